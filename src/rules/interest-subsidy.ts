import type { IsoDate } from '../dates/iso-date.js';
import { Decimal } from '../money/decimal.js';
import { centsOf, decimalOfCents, productToCent, roundHalfUp, unitsOf } from '../money/cents.js';
import { atMost, formatRate, formatYuan, minus, plus, roundToCent, sameAmount, sum, ZERO } from '../money/money.js';
import { limitCap } from './cap.js';
import { monthlyInterest, type AmortizedLoan } from './loan-interest.js';
import { unpaidBeforeNote } from './unpaid-before.js';
import type { Limit, QuantifiedResult, ScheduleEntry, Text, TraceStep } from './types.js';

/** The share subsidised when none is given: the whole interest. */
const WHOLE = new Decimal(1);

/** A loan counted as simple interest on its full principal over whole years. */
export interface SimpleLoan {
  form: 'simple';
  principal: Decimal;
  annualRate: Decimal;
  years: number;
}

/** A loan as the interest subsidy reads it. */
export type SubsidisedLoan = SimpleLoan | AmortizedLoan;

/** The inputs of `interestSubsidy`, resolved to values. */
export interface InterestSubsidyInput {
  ceiling: Limit;
  /**
   * The fraction of each interest payment subsidised, from 0 to 1 (1: the
   * whole interest). Absent means 1.
   */
  share?: Limit;
  loans: readonly SubsidisedLoan[];
  /** The date simple interest is dated on (it has no dates of its own): the assessment date. */
  asOf: IsoDate;
  /** Interest falling due before this date is not subsidised (the policy's source date); all of it is when absent. */
  paidFrom?: IsoDate;
}

const INTEREST = { one: 'monthly interest payment', many: 'monthly interest payments', zh: '笔按月利息' };

/** The notes of `countingNotes` by the counts of simple and amortized loans, for counts under `FEW`. */
const FEW = 16;
const notesByCounts: Array<Text[] | undefined> = [];

/**
 * What the amount counts, for the loans given: simple interest for loans
 * without a repayment form, the interest due month by month for those with
 * one, so that the item's notes describe what was actually computed.
 */
function countingNotes(loans: readonly SubsidisedLoan[]): Text[] {
  if (loans.length === 0) return [{ en: 'No loans were given: there is no interest to subsidise.', zh: '未提供贷款，无利息可贴。' }];
  const simple = loans.filter((loan) => loan.form === 'simple').length;
  const amortized = loans.length - simple;
  // The same counts, the same notes: written once (frozen) for each pair of small counts met.
  const key = simple < FEW && amortized < FEW ? simple * FEW + amortized : undefined;
  const known = key === undefined ? undefined : notesByCounts[key];
  if (known) return known;
  const notes: Text[] = [];
  if (simple > 0) {
    notes.push({
      en: `${simple === 1 ? 'The loan' : `The ${simple} loans`} without a repayment form ${simple === 1 ? 'counts' : 'count'} as simple interest on the full principal for the whole term (principal × annual rate × years), dated on the assessment date.`,
      zh: `${simple}笔未给出还款方式的贷款按全额本金在整个期限内的单利计算（本金 × 年利率 × 年数），计于评估日。`,
    });
  }
  if (amortized > 0) {
    notes.push({
      en: `${amortized === 1 ? 'The loan' : `The ${amortized} loans`} with a repayment form ${amortized === 1 ? 'counts' : 'count'} the interest actually due month by month: the annual rate ÷ 12 on the principal still owed, each month's interest rounded to the cent as a bank charges it, due a month after the start and monthly after.`,
      zh: `${amortized}笔给出还款方式的贷款按每月实际应付的利息计算：以年利率 ÷ 12 乘以尚欠本金，每月利息按银行做法四舍五入到分，自起始日后一个月起按月到期。`,
    });
  }
  if (key === undefined) return notes;
  return (notesByCounts[key] = Object.freeze(notes.map((note) => Object.freeze(note))) as Text[]);
}

function describeLoan(loan: SubsidisedLoan, index: number): string {
  const head = `loan ${index + 1}: ${formatYuan(loan.principal)} at ${formatRate(loan.annualRate)}`;
  return loan.form === 'simple'
    ? `${head} × ${loan.years} years, simple interest`
    : `${head}, ${loan.form}, ${loan.termMonths} months from ${loan.start}: interest due month by month`;
}

/**
 * A subsidy of the interest on loans, up to a ceiling.
 *
 * - A loan without a repayment form counts as simple interest: principal ×
 *   annual rate × years, due on the assessment date; the simple interest of all
 *   such loans is summed exactly and rounded once.
 * - A loan with a repayment form counts the interest actually due each month
 *   (see `monthlyInterest`).
 *
 * With `paidFrom`, interest falling due before it is not subsidised: it is
 * left out of the interest due, and a note says how many months, from when to
 * when, and how much.
 *
 * With a share, the subsidy cumulated to each due date is the share of the
 * interest cumulated to it, rounded once, half up, to the cent, and each
 * payment is what that adds: the payments are whole cents, they add up
 * exactly to the share of all the interest rounded once, and no rounding
 * accumulates over a long schedule. With a share of 1 (or none) the subsidy
 * is the interest itself, which is already in cents.
 *
 * The subsidy follows the interest in date order, cumulated until the ceiling
 * is reached; the payment that reaches it is cut to the ceiling, later ones are
 * not paid, and the item records the date. No loans, no interest: 0.
 *
 * @param input - the ceiling, the share subsidised, the loans and the assessment date
 * @returns the amount with its cap, its dated schedule and one trace step per loan
 *
 * @example
 * interestSubsidy({ ceiling: { value: new Decimal(6_000_000), label: { en: 'ceiling', zh: '上限' }, id: 'ceiling' }, asOf: '2019-01-01',
 *   loans: [{ form: 'simple', principal: new Decimal(10_000_000), annualRate: new Decimal('0.0435'), years: 3 }] }).amount.toFixed(2);
 * //=> '1305000.00'  (10,000,000 × 4.35% × 3)
 */
/** A simple loan's interest over its whole term: principal × annual rate × years, exact. */
function simpleInterest(loan: SimpleLoan): Decimal {
  return loan.principal.times(loan.annualRate).times(loan.years);
}

/**
 * The simple interest of the loans, summed and rounded once to the cent: in
 * integers when principal and rate are exact over a power of ten and the sum
 * stays a safe integer, else with the Decimal (the same value).
 */
function simpleInterestToCent(loans: readonly SimpleLoan[]): Decimal {
  let total = 0;
  let scale = 0;
  for (const loan of loans) {
    const principal = unitsOf(loan.principal);
    const rate = principal && unitsOf(loan.annualRate);
    const interest = rate && principal!.units * rate.units * loan.years;
    if (!rate || !Number.isSafeInteger(interest) || !Number.isInteger(loan.years)) return roundToCent(sum(loans.map(simpleInterest)));
    // Both at the larger scale of the two.
    const loanScale = principal!.scale + rate.scale;
    const [aligned, alignedTotal] = loanScale >= scale ? [interest!, total * 10 ** (loanScale - scale)] : [interest! * 10 ** (scale - loanScale), total];
    scale = Math.max(scale, loanScale);
    total = aligned + alignedTotal;
    if (!Number.isSafeInteger(total) || scale > 22) return roundToCent(sum(loans.map(simpleInterest)));
  }
  // In cents: the sum is over 10^scale yuan, 10^(scale - 2) cents. Fewer than two decimals scale up,
  // which may leave the safe integers (a whole interest of 10^14 yuan is 10^16 cents).
  const cents = scale >= 2 ? roundHalfUp(total, scale - 2) : total * 10 ** (2 - scale);
  return Number.isSafeInteger(cents) ? decimalOfCents(cents) : roundToCent(sum(loans.map(simpleInterest)));
}

/** What the subsidy pays: its payments, their sum, and the date the ceiling was reached, if it was. */
interface Paid {
  schedule: ScheduleEntry[];
  paid: Decimal;
  capReachedOn?: IsoDate;
}

/**
 * The subsidy, date by date: the share of the interest cumulated to each date,
 * rounded to the cent, less what was paid before, until the ceiling is reached.
 */
function paidByDecimal(dates: readonly IsoDate[], byDate: ReadonlyMap<IsoDate, Decimal>, share: Decimal, ceiling: Decimal): Paid {
  const schedule: ScheduleEntry[] = [];
  let paid = ZERO;
  let interestSoFar = ZERO;
  for (const date of dates) {
    interestSoFar = plus(interestSoFar, byDate.get(date)!);
    const due = minus(productToCent(share, interestSoFar), paid);
    const room = minus(ceiling, paid);
    const payment = atMost(due, room) ? due : room;
    if (!payment.isZero()) schedule.push({ date, amount: payment });
    paid = plus(paid, payment);
    if (sameAmount(paid, ceiling)) return { schedule, paid, capReachedOn: date };
  }
  return { schedule, paid };
}

/**
 * The same as `paidByDecimal`, in whole cents: `undefined` when a figure is
 * not whole cents, the share not an integer over a power of ten, or a sum or
 * product not a safe integer (the Decimals then compute it).
 */
function paidInCents(dates: readonly IsoDate[], byDate: ReadonlyMap<IsoDate, Decimal>, share: Decimal, ceiling: Decimal): Paid | undefined {
  const factor = unitsOf(share);
  const ceilingCents = centsOf(ceiling);
  if (factor === undefined || ceilingCents === undefined) return undefined;
  const schedule: ScheduleEntry[] = [];
  let soFar = 0;
  let paid = 0;
  for (const date of dates) {
    const interest = centsOf(byDate.get(date)!);
    if (interest === undefined) return undefined;
    soFar += interest;
    const product = factor.units * soFar;
    if (!Number.isSafeInteger(soFar) || !Number.isSafeInteger(product)) return undefined;
    const due = roundHalfUp(product, factor.scale) - paid;
    const room = ceilingCents - paid;
    const payment = due <= room ? due : room;
    if (payment !== 0) schedule.push({ date, amount: decimalOfCents(payment) });
    paid += payment;
    if (paid === ceilingCents) return { schedule, paid: decimalOfCents(paid), capReachedOn: date };
  }
  return { schedule, paid: decimalOfCents(paid) };
}

export function interestSubsidy(input: InterestSubsidyInput): QuantifiedResult {
  const { ceiling, share, loans, asOf, paidFrom } = input;
  const shareValue = share?.value ?? WHOLE;
  // Each loan's interest, computed for the trace only when it is read (a simple loan's) or kept (an amortized one's).
  const perLoan: Array<{ loan: SubsidisedLoan; interest: () => Decimal }> = [];
  const byDate = new Map<IsoDate, Decimal>();
  const unpaid = { count: 0, first: '', last: '', total: ZERO };
  const add = (date: IsoDate, interest: Decimal) => {
    if (paidFrom !== undefined && date < paidFrom) {
      unpaid.count += 1;
      if (unpaid.first === '' || date < unpaid.first) unpaid.first = date;
      if (date > unpaid.last) unpaid.last = date;
      unpaid.total = plus(unpaid.total, interest);
      return;
    }
    byDate.set(date, plus(byDate.get(date) ?? ZERO, interest));
  };

  const simple: SimpleLoan[] = [];
  loans.forEach((loan) => {
    if (loan.form === 'simple') {
      simple.push(loan);
      perLoan.push({ loan, interest: () => simpleInterest(loan) });
    } else {
      const due = monthlyInterest(loan);
      for (const entry of due) add(entry.date, entry.interest);
      const interest = sum(due.map((entry) => entry.interest));
      perLoan.push({ loan, interest: () => interest });
    }
  });
  if (simple.length > 0) add(asOf, simpleInterestToCent(simple));

  const dates = [...byDate.keys()].sort();
  const interestDue = (): Decimal => sum([...byDate.values()]);
  const { schedule, paid, capReachedOn } = paidInCents(dates, byDate, shareValue, ceiling.value) ?? paidByDecimal(dates, byDate, shareValue, ceiling.value);
  return {
    kind: 'quantified',
    amount: paid,
    basis: 'formula',
    caps: [limitCap(ceiling, 'CNY', paid)],
    explain: () => ({
      formula: `min(${formatYuan(ceiling.value)}, ${share ? `${formatRate(shareValue)} × ` : ''}interest due${unpaid.count === 0 ? '' : ` from ${paidFrom}`} ${formatYuan(interestDue())}) = ${formatYuan(paid)}`,
      trace: [
        ...perLoan.map(({ loan, interest }, index): TraceStep => ({ label: describeLoan(loan, index), value: interest().toFixed() })),
        ...(unpaid.count === 0 ? [] : [{ label: `interest due before ${paidFrom}, not subsidised (${unpaid.count} months)`, value: unpaid.total.toFixed() }]),
        { label: unpaid.count === 0 ? 'interest due on all loans' : `interest due on all loans from ${paidFrom}`, value: interestDue().toFixed() },
        ...(share ? [{ label: share.label.en, value: shareValue.toFixed() }] : []),
        { label: ceiling.label.en, value: ceiling.value.toFixed() },
        ...(capReachedOn ? [{ label: 'ceiling reached on', value: capReachedOn }] : []),
        { label: share ? 'amount = share × the interest cumulated to each due date, rounded to the cent, up to the ceiling' : 'amount = interest due, cumulated up to the ceiling', value: paid.toFixed(2) },
      ],
    }),
    schedule: () => schedule,
    ...(capReachedOn && { capReachedOn }),
    notes: unpaid.count === 0 ? countingNotes(loans) : [...countingNotes(loans), unpaidBeforeNote({ what: INTEREST, ...unpaid, from: paidFrom! })],
  };
}
