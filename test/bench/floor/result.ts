import type { Decimal } from '../../../src/money/decimal.js';
import { wholeDecimal } from '../../../src/money/cents.js';
import { centsDecimal, unfrozenCentsDecimal } from './decimals.js';
import { CEILINGS, type Amounts } from './amounts.js';
import { ASSESSMENT, deepFreeze, RULES, type RuleConstants } from './pack-constants.js';
import { daysIn, type Reading } from './read.js';

/**
 * The floor prototype's result: the public shape of `evaluate`'s assessment
 * (the same fields in the same `Object.keys` order at every depth, items
 * whose `formula`, `trace` and `schedule` are computed when first read),
 * deeply frozen as it is returned, with every constant of the pack shared and
 * each amount's Decimal built once, from its cents, without parsing.
 */

type Freeze = <T>(value: T) => T;
/** How a result makes the Decimal of an amount in cents. */
type Decimal_ = (cents: number) => Decimal;

// ---- Text of numbers, from integers (no Decimal, no float) ----

/** Cents as `toFixed(2)` writes the yuan: `9540000005` → `95400000.05`. */
function fixed2(cents: number): string {
  const text = cents < 100 ? String(cents + 1000).slice(1) : String(cents);
  const cut = cents < 100 ? 1 : text.length - 2;
  return cents < 100 ? `0.${text.slice(cut)}` : `${text.slice(0, cut)}.${text.slice(cut)}`;
}

function groupWhole(whole: string): string {
  let out = '';
  const length = whole.length;
  for (let at = 0; at < length; at += 1) {
    if (at > 0 && (length - at) % 3 === 0) out += ',';
    out += whole[at];
  }
  return out;
}

/** Cents as the library's formulas write money: `31800000018` → `318,000,000.18`. */
function grouped(cents: number): string {
  const text = fixed2(cents);
  const point = text.length - 3;
  return `${groupWhole(text.slice(0, point))}${text.slice(point)}`;
}

/** units / 10^scale as a Decimal's `toFixed()` writes it: every digit, no trailing zero. */
function exact(units: number, scale: number): string {
  if (scale === 0) return String(units);
  const text = String(units).padStart(scale + 1, '0');
  const point = text.length - scale;
  let end = text.length;
  while (end > point && text.charCodeAt(end - 1) === 48) end -= 1;
  return end === point ? text.slice(0, point) : `${text.slice(0, point)}.${text.slice(point, end)}`;
}

/** A rate (units / 10^scale) as a percentage: 435, 4 → `4.35`. */
const percent = (units: number, scale: number): string => (scale <= 2 ? String(units * 10 ** (2 - scale)) : exact(units, scale - 2));

const pad2 = (value: number): string => (value < 10 ? `0${value}` : String(value));

// ---- Compiled constants: shared trace steps, caps that hold nothing of the project ----

const step = (label: string, value: string) => Object.freeze({ label, value });
const conditions = (rule: RuleConstants) => rule.reasons.map((reason) => step(`condition: ${reason}`, 'true'));
const COND = {
  policyFund: deepFreeze(conditions(RULES.policyFund)),
  talent: deepFreeze(conditions(RULES.housing)),
  startup: deepFreeze(conditions(RULES.startupFund)),
  incremental: deepFreeze(conditions(RULES.incremental)),
};
const ONE_PAYMENT_STEPS = new Map<string, Readonly<{ label: string; value: string }>>();
/** The last step of a one-payment item, shared by every result of the same assessment date. */
const onePayment = (asOf: string) => {
  let known = ONE_PAYMENT_STEPS.get(asOf);
  if (!known) ONE_PAYMENT_STEPS.set(asOf, (known = step(`schedule: one payment on the assessment date ${asOf}`, '1')));
  return known;
};
const STEPS = deepFreeze({
  importantCeiling: step('ceiling for a particularly important project', '100000000'),
  rounded: 'amount, rounded to the cent',
  housingCeiling: step('housing purchase subsidy ceiling', '600000'),
  minRequested: 'amount = min(ceiling, requested), rounded to the cent',
  fourSix: step('“four 6-million” ceiling', '6000000'),
  incrementalCeiling: step('incremental support ceiling', '20000000'),
  share: step('share of the interest subsidised (the source states only the 6 million cap; the library assumes the whole interest)', '1'),
  nothingToPay: step('schedule: nothing to pay', '0'),
  interestDueZero: step('interest due on all loans', '0'),
});

const ZERO = centsDecimal(0);
const LIMITS = {
  important: centsDecimal(CEILINGS.important),
  housing: centsDecimal(CEILINGS.housing),
  monthlyRent: centsDecimal(CEILINGS.monthlyRent),
  months: wholeDecimal(CEILINGS.months),
  rentTotal: centsDecimal(CEILINGS.rentTotal),
  fourSix: centsDecimal(CEILINGS.fourSix),
  incremental: centsDecimal(CEILINGS.incremental),
};

type CapConstants = RuleConstants['caps'][string];

/** A cap in the order of the library's: id, label, limit, unit, binding, headroom, translations. */
const capOf = (parts: CapConstants, limit: Decimal, binding: boolean, headroom: Decimal, freeze: Freeze) =>
  freeze({ id: parts.id, label: parts.label, limit, unit: parts.unit, binding, headroom, translations: parts.translations });

/** A cap reached with a constant limit: the same object for every result. */
const reached = (parts: CapConstants, limit: Decimal) => capOf(parts, limit, true, ZERO, Object.freeze);
const REACHED = {
  important: reached(RULES.coInvestment.caps['importantCeiling']!, LIMITS.important),
  housing: reached(RULES.housing.caps['ceiling']!, LIMITS.housing),
  monthlyRent: reached(RULES.rent.caps['monthlyCeiling']!, LIMITS.monthlyRent),
  months: reached(RULES.rent.caps['months']!, LIMITS.months),
  rentTotal: reached(RULES.rent.caps['total']!, LIMITS.rentTotal),
  fourSix: reached(RULES.startupFund.caps['ceiling']!, LIMITS.fourSix),
  loanFourSix: reached(RULES.loanInterest.caps['ceiling']!, LIMITS.fourSix),
  incremental: reached(RULES.incremental.caps['ceiling']!, LIMITS.incremental),
};

/** The loan subsidy's notes and translations for a number of loans (the last note counts them), compiled once per count. */
const LOAN_TEXTS = new Map<number, { notes: readonly string[]; translations: RuleConstants['translations'] }>();
function loanTexts(count: number) {
  let known = LOAN_TEXTS.get(count);
  if (known) return known;
  const rule = RULES.loanInterest;
  const [en, zh] = count === 0
    ? ['No loans were given: there is no interest to subsidise.', '未提供贷款，无利息可贴。']
    : [`${count === 1 ? 'The loan' : `The ${count} loans`} without a repayment form ${count === 1 ? 'counts' : 'count'} as simple interest on the full principal for the whole term (principal × annual rate × years), dated on the assessment date.`,
      `${count}笔未给出还款方式的贷款按全额本金在整个期限内的单利计算（本金 × 年利率 × 年数），计于评估日。`];
  const zhRule = rule.translations.zh;
  known = deepFreeze({
    notes: [...rule.notes.slice(0, -1), en],
    translations: { zh: { label: zhRule.label, reasons: zhRule.reasons, notes: [...zhRule.notes.slice(0, -1), zh], figures: zhRule.figures } },
  });
  LOAN_TEXTS.set(count, known);
  return known;
}

// ---- Items ----

const enum Kind { CoInvestment, PolicyFund, Housing, Rent, StartupFund, ShareInvestment, VentureCapital, Loan, Incremental }

interface Explanation {
  formula: string;
  trace: ReadonlyArray<Readonly<{ label: string; value: string }>>;
}

interface Context {
  reading: Reading;
  amounts: Amounts;
}

const REQUESTED_LABELS = ['start-up fund requested', 'share investment requested', 'government venture capital requested'];

function explain(kind: Kind, context: Context, index: number, freeze: Freeze): Explanation {
  const { reading, amounts } = context;
  const asOf = reading.asOf;
  switch (kind) {
    case Kind.CoInvestment:
      return {
        formula: `min(100,000,000.00, 30% × actual investment excluding infrastructure ${grouped(amounts.base)}) = ${grouped(amounts.co)}`,
        trace: freeze([
          freeze({ label: 'actual investment excluding infrastructure', value: exact(amounts.base, 2) }),
          freeze({ label: 'share = 30% × actual investment excluding infrastructure', value: exact(amounts.coShare, 3) }),
          STEPS.importantCeiling,
          freeze({ label: STEPS.rounded, value: fixed2(amounts.co) }),
          onePayment(asOf),
        ]),
      };
    case Kind.PolicyFund:
      return {
        formula: `50% × actual investment ${grouped(reading.actual)} = ${grouped(amounts.pf)}`,
        trace: freeze([
          ...COND.policyFund,
          freeze({ label: 'actual investment', value: exact(reading.actual, 2) }),
          freeze({ label: 'share = 50% × actual investment', value: exact(amounts.pfShare, 3) }),
          freeze({ label: STEPS.rounded, value: fixed2(amounts.pf) }),
          onePayment(asOf),
        ]),
      };
    case Kind.Housing: {
      const price = reading.talents[index]!.price;
      const amount = amounts.housing[index]!;
      return {
        formula: `min(600,000.00, purchase price of the home ${grouped(price)}) = ${grouped(amount)}`,
        trace: freeze([
          ...COND.talent,
          freeze({ label: 'purchase price of the home', value: exact(price, 2) }),
          STEPS.housingCeiling,
          freeze({ label: STEPS.minRequested, value: fixed2(amount) }),
          onePayment(asOf),
        ]),
      };
    }
    case Kind.Rent: {
      const talent = reading.talents[index]!;
      const months = String(amounts.monthsPaid[index]);
      const amount = amounts.rent[index]!;
      return {
        formula: `min(2,000.00, monthly rent ${grouped(talent.monthly)}) × min(36, ${talent.months === 0 ? 36 : talent.months}) months = ${grouped(amount)}`,
        trace: freeze([
          ...COND.talent,
          freeze({ label: 'monthly rent', value: exact(talent.monthly, 2) }),
          freeze({ label: 'paid per month = min(monthly rent subsidy ceiling, monthly rent)', value: exact(amounts.perMonth[index]!, 2) }),
          freeze({ label: 'months paid = min(three consecutive years (36 months), months given)', value: months }),
          freeze({ label: 'paid per month × months paid', value: exact(amount, 2) }),
          freeze({ label: STEPS.rounded, value: fixed2(amount) }),
          freeze({ label: 'schedule: the dates of the entitlement itself', value: months }),
        ]),
      };
    }
    case Kind.StartupFund: case Kind.ShareInvestment: case Kind.VentureCapital: {
      const which = kind - Kind.StartupFund;
      const requested = which === 0 ? reading.startupFund : which === 1 ? reading.shareInvestment : reading.ventureCapital;
      const amount = which === 0 ? amounts.startupFund : which === 1 ? amounts.shareInvestment : amounts.ventureCapital;
      return {
        formula: `min(6,000,000.00, ${REQUESTED_LABELS[which]} ${grouped(requested)}) = ${grouped(amount)}`,
        trace: freeze([
          ...COND.startup,
          freeze({ label: REQUESTED_LABELS[which]!, value: exact(requested, 2) }),
          STEPS.fourSix,
          freeze({ label: STEPS.minRequested, value: fixed2(amount) }),
          onePayment(asOf),
        ]),
      };
    }
    case Kind.Loan: {
      const steps: Array<Readonly<{ label: string; value: string }>> = [...COND.startup];
      const loans = reading.loans;
      for (let at = 0; at < loans.length; at += 1) {
        const loan = loans[at]!;
        steps.push(freeze({
          label: `loan ${at + 1}: ${grouped(loan.principal)} at ${percent(loan.rateUnits, loan.rateScale)}% × ${loan.years} years, simple interest`,
          value: exact(amounts.loanInterest[at]!, loan.rateScale + 2),
        }));
      }
      steps.push(loans.length === 0 ? STEPS.interestDueZero : freeze({ label: 'interest due on all loans', value: exact(amounts.interest, 2) }), STEPS.share, STEPS.fourSix);
      if (amounts.capReached) steps.push(freeze({ label: 'ceiling reached on', value: asOf }));
      steps.push(freeze({ label: 'amount = share × the interest cumulated to each due date, rounded to the cent, up to the ceiling', value: fixed2(amounts.loan) }));
      steps.push(loans.length === 0 ? STEPS.nothingToPay : freeze({ label: 'schedule: the dates of the entitlement itself', value: '1' }));
      return { formula: `min(6,000,000.00, 100% × interest due ${grouped(amounts.interest)}) = ${grouped(amounts.loan)}`, trace: freeze(steps) };
    }
    default:
      return {
        formula: `min(20,000,000.00, incremental support requested ${grouped(reading.incremental)}) = ${grouped(amounts.incremental)}`,
        trace: freeze([
          ...COND.incremental,
          freeze({ label: 'incremental support requested', value: exact(reading.incremental, 2) }),
          STEPS.incrementalCeiling,
          freeze({ label: STEPS.minRequested, value: fixed2(amounts.incremental) }),
          onePayment(asOf),
        ]),
      };
  }
}

/** The dated payments: one on the assessment date, or each month of the rent from its start (the day kept, or the month's last). */
function scheduleOf(kind: Kind, context: Context, index: number, amount: Decimal, freeze: Freeze, decimal: Decimal_): ReadonlyArray<{ date: string; amount: Decimal }> {
  const asOf = context.reading.asOf;
  if (kind === Kind.Loan && context.reading.loans.length === 0) return freeze([]);
  if (kind !== Kind.Rent) return freeze([freeze({ date: asOf, amount })]);
  const start = context.reading.talents[index]!.start;
  const months = context.amounts.monthsPaid[index]!;
  // One Decimal for every month's payment.
  const monthly = decimal(context.amounts.perMonth[index]!);
  let year = Number(start.slice(0, 4));
  let month = Number(start.slice(5, 7));
  const day = Number(start.slice(8, 10));
  const entries = new Array<{ date: string; amount: Decimal }>(months);
  for (let at = 0; at < months; at += 1) {
    const days = daysIn(year, month);
    entries[at] = freeze({ date: `${year}-${pad2(month)}-${pad2(day < days ? day : days)}`, amount: monthly });
    if (month === 12) {
      month = 1;
      year += 1;
    } else month += 1;
  }
  return freeze(entries);
}

/**
 * Builds the result's classes and functions for one freezing policy: frozen
 * (the guarantee) or not (to measure what freezing costs). Each gets its own
 * code, so that neither measurement pays for the other's branches.
 */
function builder(freeze: Freeze, decimal: Decimal_) {
  /** An item: the fields of the library's items in their order; formula, trace and schedule on first read, then kept. */
  class FloorItem {
    declare ruleId: string;
    declare beneficiary?: string;
    declare label: string;
    declare instrument: string;
    declare status: string;
    declare basis: string;
    declare amount: Decimal;
    declare caps: readonly object[];
    declare capReachedOn?: string;
    declare reasons: readonly string[];
    declare citation: object;
    declare citations: readonly object[];
    declare interpretations: readonly string[];
    declare notes: readonly string[];
    declare figures: readonly object[];
    declare translations: object;
    readonly #kind: Kind;
    readonly #context: Context;
    readonly #index: number;
    #explanation: Explanation | undefined;
    #schedule: ReadonlyArray<{ date: string; amount: Decimal }> | undefined;

    constructor(rule: RuleConstants, kind: Kind, context: Context, index: number, beneficiary: string | undefined, amount: Decimal,
      caps: readonly object[], capReachedOn?: string, notes = rule.notes, translations: object = rule.translations) {
      this.ruleId = rule.ruleId;
      if (beneficiary !== undefined) this.beneficiary = beneficiary;
      this.label = rule.label;
      this.instrument = rule.instrument;
      this.status = rule.status;
      this.basis = rule.basis;
      this.amount = amount;
      this.caps = caps;
      if (capReachedOn !== undefined) this.capReachedOn = capReachedOn;
      this.reasons = rule.reasons;
      this.citation = rule.citation;
      this.citations = rule.citations;
      this.interpretations = rule.interpretations;
      this.notes = notes;
      this.figures = rule.figures;
      this.translations = translations;
      this.#kind = kind;
      this.#context = context;
      this.#index = index;
      freeze(this);
    }

    get formula(): string {
      return (this.#explanation ??= explain(this.#kind, this.#context, this.#index, freeze)).formula;
    }

    get trace(): ReadonlyArray<Readonly<{ label: string; value: string }>> {
      return (this.#explanation ??= explain(this.#kind, this.#context, this.#index, freeze)).trace;
    }

    get schedule(): ReadonlyArray<{ date: string; amount: Decimal }> {
      return (this.#schedule ??= scheduleOf(this.#kind, this.#context, this.#index, this.amount, freeze, decimal));
    }
  }

  /** A money cap of an amount under a constant ceiling: the shared reached cap, or one with its headroom. */
  const under = (reachedCap: object, parts: CapConstants, limit: Decimal, ceiling: number, amount: number) =>
    (amount === ceiling ? reachedCap : capOf(parts, limit, false, decimal(ceiling - amount), freeze));

  /** An item of the "four 6-million" (defined once, not in each call: a closure made per call costs). */
  const fourSix = (rule: RuleConstants, kind: Kind, context: Context, amount: number) =>
    new FloorItem(rule, kind, context, 0, undefined, decimal(amount), freeze([under(REACHED.fourSix, rule.caps['ceiling']!, LIMITS.fourSix, CEILINGS.fourSix, amount)]));

  const issued = new WeakSet<object>();
  const TOTAL_CEILINGS = freeze({ cash: ZERO, equity: ZERO, all: ZERO });

  /**
   * The assessment of a project read by `readProject`, from its amounts.
   *
   * @param reading - the project as read
   * @param amounts - its amounts, in cents
   * @returns the assessment, frozen at every depth (with the frozen builder)
   */
  function buildResult(reading: Reading, amounts: Amounts) {
    const context: Context = { reading, amounts };
    const items: FloorItem[] = [];
    const co = decimal(amounts.co);
    const coRate = amounts.coRate === amounts.co ? co : decimal(amounts.coRate);
    items.push(new FloorItem(RULES.coInvestment, Kind.CoInvestment, context, 0, undefined, co, freeze([
      under(REACHED.important, RULES.coInvestment.caps['importantCeiling']!, LIMITS.important, CEILINGS.important, amounts.co),
      capOf(RULES.coInvestment.caps['rate']!, coRate, amounts.coRate === amounts.co, amounts.coRate === amounts.co ? ZERO : decimal(amounts.coRate - amounts.co), freeze),
    ])));
    const pf = decimal(amounts.pf);
    items.push(new FloorItem(RULES.policyFund, Kind.PolicyFund, context, 0, undefined, pf, freeze([capOf(RULES.policyFund.caps['rate']!, pf, true, ZERO, freeze)])));
    const talents = reading.talents;
    for (let index = 0; index < talents.length; index += 1) {
      const amount = amounts.housing[index]!;
      if (amount < 0) continue;
      items.push(new FloorItem(RULES.housing, Kind.Housing, context, index, talents[index]!.name, decimal(amount), freeze([
        under(REACHED.housing, RULES.housing.caps['ceiling']!, LIMITS.housing, CEILINGS.housing, amount),
      ])));
    }
    for (let index = 0; index < talents.length; index += 1) {
      const amount = amounts.rent[index]!;
      if (amount < 0) continue;
      const months = amounts.monthsPaid[index]!;
      items.push(new FloorItem(RULES.rent, Kind.Rent, context, index, talents[index]!.name, decimal(amount), freeze([
        under(REACHED.monthlyRent, RULES.rent.caps['monthlyCeiling']!, LIMITS.monthlyRent, CEILINGS.monthlyRent, amounts.perMonth[index]!),
        months === CEILINGS.months ? REACHED.months : capOf(RULES.rent.caps['months']!, LIMITS.months, false, wholeDecimal(CEILINGS.months - months), freeze),
        under(REACHED.rentTotal, RULES.rent.caps['total']!, LIMITS.rentTotal, CEILINGS.rentTotal, amount),
      ])));
    }
    items.push(fourSix(RULES.startupFund, Kind.StartupFund, context, amounts.startupFund));
    items.push(fourSix(RULES.shareInvestment, Kind.ShareInvestment, context, amounts.shareInvestment));
    items.push(fourSix(RULES.ventureCapital, Kind.VentureCapital, context, amounts.ventureCapital));
    const loanCount = reading.loans.length;
    const texts = loanCount === 1 ? undefined : loanTexts(loanCount);
    items.push(new FloorItem(RULES.loanInterest, Kind.Loan, context, 0, undefined, decimal(amounts.loan), freeze([
      under(REACHED.loanFourSix, RULES.loanInterest.caps['ceiling']!, LIMITS.fourSix, CEILINGS.fourSix, amounts.loan),
    ]), amounts.capReached ? reading.asOf : undefined, texts?.notes, texts?.translations));
    items.push(new FloorItem(RULES.incremental, Kind.Incremental, context, 0, undefined, decimal(amounts.incremental), freeze([
      under(REACHED.incremental, RULES.incremental.caps['ceiling']!, LIMITS.incremental, CEILINGS.incremental, amounts.incremental),
    ])));
    const result = freeze({
      policy: ASSESSMENT.policy,
      project: freeze(reading.id === undefined ? { name: reading.name } : { id: reading.id, name: reading.name }),
      asOf: reading.asOf,
      items: freeze(items),
      totals: freeze({ cash: decimal(amounts.cash), equity: decimal(amounts.equity), all: decimal(amounts.all), ceilings: TOTAL_CEILINGS }),
      unquantified: 0,
      interpretations: ASSESSMENT.interpretations,
      unusedInterpretations: ASSESSMENT.unusedInterpretations,
      overrides: ASSESSMENT.overrides,
      warnings: ASSESSMENT.warnings,
      translations: ASSESSMENT.translations,
      provenance: freeze({
        library: ASSESSMENT.library,
        options: freeze({ policy: ASSESSMENT.policyId, asOf: reading.asOf, interpretations: ASSESSMENT.chosen, overrides: ASSESSMENT.noOverrides, schedules: ASSESSMENT.noSchedules }),
      }),
    });
    // Recognised by identity, as the library recognises its results.
    issued.add(result);
    return result;
  }
  return buildResult;
}

/** Builds the deeply frozen assessment (the guarantee). */
export const buildResult = builder(Object.freeze, centsDecimal);

/** The same assessment, not frozen: only to measure what freezing costs. */
export const buildUnfrozen = builder(<T>(value: T): T => value, unfrozenCentsDecimal);
