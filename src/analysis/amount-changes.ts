import type { CompiledNumberParameter, CompiledRule } from '../engine/compiled.js';
import { choose, holds, type ConditionScope } from '../engine/conditions.js';
import type { AmountSpec } from '../engine/definition.js';
import { Decimal } from '../money/decimal.js';
import { roundToCent, sum } from '../money/money.js';
import { change, setFact, stated, type Alternatives, type ChangeContext } from './fact-changes.js';
import type { FactChange } from './opportunity-types.js';
import { conditionChanges } from './condition-changes.js';

/**
 * `raise`: the facts an eligible item's amount reads, moved to where its
 * ceiling binds. `missing`: the facts it needs and the project leaves out,
 * stated at that same point.
 */
export type AmountGoal = 'raise' | 'missing';

interface Walk {
  rule: CompiledRule;
  scope: ConditionScope;
  context: ChangeContext;
  goal: AmountGoal;
}

function number(walk: Walk, name: string): Decimal | undefined {
  const found = walk.rule.parameters.get(name);
  return found?.kind === 'number' ? (found as CompiledNumberParameter).value : undefined;
}

/**
 * The change that brings a fact to `target`: when it is left out
 * (`missing`), or stated below it (`raise`). A fact of the pack's own is
 * brought no further than the largest value its declaration accepts: a
 * ceiling out of the fact's reach is still raised toward, as far as it goes.
 */
function toward(fact: string, target: Decimal, walk: Walk, write: (value: Decimal) => string | number = (value) => value.toFixed()): FactChange[] {
  const current = stated(fact, walk.context);
  const reachable = withinDeclared(fact, target, walk.context);
  if (walk.goal === 'missing' ? current !== null : current === null || !new Decimal(current as string | number).lessThan(reachable)) return [];
  return setFact(fact, write(reachable), walk.context)[0] ?? [];
}

/** A value within the bounds a number of the pack's own declares (for a series, each year's). */
function withinDeclared(fact: string, value: Decimal, context: ChangeContext): Decimal {
  const declaration = context.declarations.get(fact);
  if (!declaration || declaration.type === 'date') return value;
  if (declaration.max !== undefined && value.greaterThan(declaration.max)) return new Decimal(declaration.max);
  return declaration.min !== undefined && value.lessThan(declaration.min) ? new Decimal(declaration.min) : value;
}

/** The base at which `rate × base` reaches `limit`: limit ÷ rate, rounded up to the cent. */
function baseReaching(limit: Decimal, rate: Decimal): Decimal | undefined {
  return rate.isPositive() ? limit.dividedBy(rate).toDecimalPlaces(2, Decimal.ROUND_UP) : undefined;
}

/** Simple-interest loans: the last one with interest raised until the interest of all reaches the ceiling. */
function loanChanges(ceiling: Decimal, walk: Walk): FactChange[] {
  const loans = walk.context.project.talentStartup?.loans ?? [];
  if (walk.goal !== 'raise' || loans.some((loan) => loan.form !== 'simple')) return [];
  const interest = (loan: (typeof loans)[number]) => (loan.form === 'simple' ? loan.principal.times(loan.annualRate).times(loan.years) : new Decimal(0));
  const raisable = loans.map((loan, at) => (loan.form === 'simple' && loan.annualRate.times(loan.years).isPositive() ? at : -1));
  const index = Math.max(-1, ...raisable);
  const loan = loans[index];
  if (!loan || loan.form !== 'simple' || !sum(loans.map(interest)).lessThan(ceiling)) return [];
  const others = sum(loans.filter((_, at) => at !== index).map(interest));
  const principal = baseReaching(ceiling.minus(others), loan.annualRate.times(loan.years));
  if (!principal) return [];
  return [change('talentStartup.loans', ['talentStartup', 'loans', String(index), 'principal'], loan.principal.toFixed(), principal.toFixed(), walk.context)];
}

const whole = (value: Decimal) => value.toNumber();

/** The start of a block the project leaves out, stated as the assessment date. */
function startOn(fact: string, walk: Walk): FactChange[] {
  return walk.goal === 'missing' && stated(fact, walk.context) === null ? setFact(fact, walk.context.asOf, walk.context)[0] ?? [] : [];
}

/**
 * A stepped block: the periods taken raised to all the steps' periods; and
 * the base (left out, or stated below it) at which each step pays in full
 * (the largest amount a step states) or, for steps that are shares, at which
 * the ceiling binds (ceiling ÷ Σ share × periods, rounded up to the cent).
 */
function steppedChanges(spec: Extract<AmountSpec, { block: 'stepped-periods' }>, walk: Walk): FactChange[] {
  const lengths = spec.steps.map((step) => number(walk, step.length.param));
  const changes: FactChange[] = [];
  if (spec.periods && walk.goal === 'raise' && lengths.every((length) => length !== undefined)) {
    changes.push(...toward(spec.periods.fact, sum(lengths as Decimal[]), walk, whole));
  }
  if (spec.base) {
    const amounts = spec.steps.flatMap((step) => ('amount' in step ? [number(walk, step.amount.param)] : [])).filter((amount) => amount !== undefined);
    const ceiling = spec.ceiling && number(walk, spec.ceiling.param);
    const shares = spec.steps.map((step, index) => ('rate' in step ? number(walk, step.rate.param)?.times(lengths[index] ?? 0) : undefined));
    const target = amounts.length > 0 ? amounts.reduce((a, b) => (b.greaterThan(a) ? b : a))
      : ceiling && baseReaching(ceiling, sum(shares.map((share) => share ?? new Decimal(0))));
    if (target) changes.push(...toward(spec.base.fact, target, walk));
  }
  return [...changes, ...startOn(spec.start.fact, walk)];
}

/**
 * A yearly share: the base of the years it pays for raised, in year order,
 * until each year is at the year's ceiling or the whole at the ceiling:
 * each year's base at what it must pay ÷ its step's share, rounded up to the
 * cent. A series left out is stated so, from the start (the assessment
 * date's year when that is left out too).
 */
function yearlyChanges(spec: Extract<AmountSpec, { block: 'yearly-share' }>, walk: Walk): FactChange[] {
  const yearCeiling = spec.yearCeiling && number(walk, spec.yearCeiling.param);
  const ceiling = spec.ceiling && number(walk, spec.ceiling.param);
  const current = stated(spec.base.fact, walk.context);
  if ((!yearCeiling && !ceiling) || (walk.goal === 'missing') !== (current === null)) return [];
  const start = stated(spec.start.fact, walk.context);
  const firstYear = Number(String(start ?? walk.context.asOf).slice(0, 4));
  const byYear: Record<string, string> = { ...(current as Record<string, string> | null) };
  const rates = spec.steps.flatMap((step) => Array.from({ length: number(walk, step.years.param)?.toNumber() ?? 0 }, () => number(walk, step.rate.param) ?? new Decimal(0)));
  const paid = (year: number, rate: Decimal) => {
    const share = Object.hasOwn(byYear, String(year)) ? roundToCent(rate.times(byYear[String(year)]!)) : new Decimal(0);
    return yearCeiling && share.greaterThan(yearCeiling) ? yearCeiling : share;
  };
  let total = sum(rates.map((rate, index) => paid(firstYear + index, rate)));
  let raised = false;
  for (const [index, rate] of rates.entries()) {
    if (ceiling && !total.lessThan(ceiling)) break;
    const now = paid(firstYear + index, rate);
    const room = ceiling?.minus(total);
    const want = yearCeiling ? (room && room.lessThan(yearCeiling.minus(now)) ? now.plus(room) : yearCeiling) : now.plus(room!);
    const reached = want.greaterThan(now) ? baseReaching(want, rate) : undefined;
    const base = reached && withinDeclared(spec.base.fact, reached, walk.context);
    const before = Object.hasOwn(byYear, String(firstYear + index)) ? new Decimal(byYear[String(firstYear + index)]!) : undefined;
    if (!base || (before && !before.lessThan(base))) continue;
    byYear[String(firstYear + index)] = base.toFixed();
    // What the year then pays: its base at the declared largest value may pay less than wanted.
    total = total.minus(now).plus(paid(firstYear + index, rate));
    raised = true;
  }
  if (!raised) return [];
  return [...(setFact(spec.base.fact, byYear, walk.context)[0] ?? []), ...startOn(spec.start.fact, walk)];
}

function leafChanges(spec: AmountSpec, walk: Walk): FactChange[] {
  switch (spec.block) {
    case 'capped-share': {
      const rate = number(walk, spec.rate.param);
      const ceiling = spec.ceiling && number(walk, spec.ceiling.param);
      const target = rate && ceiling && baseReaching(ceiling, rate);
      return target ? toward(spec.base.fact, target, walk) : [];
    }
    case 'flat-ceiling': {
      const ceiling = number(walk, spec.ceiling.param);
      // Nothing requested is the ceiling already: only a request below it can rise.
      return spec.requested && ceiling && walk.goal === 'raise' ? toward(spec.requested.fact, ceiling, walk) : [];
    }
    case 'per-period': {
      const monthly = number(walk, spec.perPeriodCeiling.param);
      const months = number(walk, spec.maxPeriods.param);
      const changes = monthly ? toward(spec.periodAmount.fact, monthly, walk) : [];
      // Months left out are as many as the rule pays: only months stated below that can rise.
      if (months && spec.periods && walk.goal === 'raise') changes.push(...toward(spec.periods.fact, months, walk, whole));
      return [...changes, ...startOn(spec.start.fact, walk)];
    }
    case 'per-unit': {
      const each = number(walk, spec.perUnit.param);
      const ceiling = spec.ceiling && number(walk, spec.ceiling.param);
      // The units at which the amount per unit reaches the ceiling, rounded up to a whole unit.
      return each?.isPositive() && ceiling ? toward(spec.units.fact, ceiling.dividedBy(each).ceil(), walk, whole) : [];
    }
    case 'threshold-excess': {
      const threshold = number(walk, spec.threshold.param);
      const rate = number(walk, spec.rate.param);
      const ceiling = spec.ceiling && number(walk, spec.ceiling.param);
      const excess = rate && ceiling && baseReaching(ceiling, rate);
      return threshold && excess ? toward(spec.base.fact, threshold.plus(excess), walk) : [];
    }
    case 'stepped-periods':
      return steppedChanges(spec, walk);
    case 'yearly-share':
      return yearlyChanges(spec, walk);
    case 'interest-subsidy': {
      const ceiling = number(walk, spec.ceiling.param);
      return ceiling ? loanChanges(ceiling, walk) : [];
    }
    case 'tiered': {
      const tiers = walk.rule.parameters.get(spec.tiers.param);
      const ceiling = number(walk, spec.ceiling.param);
      if (tiers?.kind !== 'tiers' || !tiers.value || !ceiling || tiers.value.brackets.length === 0) return [];
      // The first bracket that pays the most the ceiling allows.
      const pays = (amount: Decimal) => (amount.greaterThan(ceiling) ? ceiling : amount);
      const best = tiers.value.brackets.reduce((found, bracket) => (pays(bracket.amount).greaterThan(pays(found.amount)) ? bracket : found));
      return toward(tiers.value.base, best.from, walk);
    }
    default:
      // An offer without a figure, or a block this analysis does not move: nothing to raise.
      return [];
  }
}

/** The amount spec that applies under the project as stated: the reading chosen, the first case that holds. */
function activeLeaf(spec: AmountSpec, scope: ConditionScope): { leaf: AmountSpec; skipped: AmountSpec[] } {
  const skipped: AmountSpec[] = [];
  let current = spec;
  for (;;) {
    if (current.block === 'by-interpretation') {
      current = current.options[choose(current.interpretation, scope)]!;
    } else if (current.block === 'cases') {
      const cases = current.cases;
      const index = cases.findIndex((entry) => holds(entry.when, scope));
      // Cases before the one that applies could apply instead, if their conditions came to hold.
      skipped.push(...cases.slice(0, index < 0 ? cases.length : index).map((entry) => ({ block: 'cases', cases: [entry], otherwise: entry.then }) as AmountSpec));
      current = index < 0 ? current.otherwise : cases[index]!.then;
    } else {
      return { leaf: current, skipped };
    }
  }
}

/**
 * The changes that would raise an eligible item, or state the facts an
 * ineligible one lacks to be computed: for the block that applies, its
 * facts moved to where its ceiling binds (the base of a share at ceiling ÷
 * rate, rounded up to the cent; a request at the ceiling; a rent at the
 * monthly ceiling for the most months; the loan principal whose simple
 * interest reaches the ceiling; the base of the first bracket that pays
 * the most; the units of an amount per unit at ceiling ÷ amount per unit,
 * rounded up to a whole unit; the base above a threshold at threshold +
 * ceiling ÷ rate, rounded up to the cent; each year of a yearly share at
 * its year's ceiling, or as far as the whole ceiling allows; the periods of
 * a stepped block at all its steps'); and, to raise, each earlier case of a
 * `cases` block made to hold (a flag that raises a ceiling).
 *
 * @param rule - the item's rule
 * @param scope - the item's facts and interpretations
 * @param context - the project, the date and the talent
 * @param goal - `raise` or `missing`
 * @returns the alternatives, each a set of changes
 *
 * @example
 * amountChanges(coInvestment, scopeAt50Million, context, 'raise')[0].map((c) => c.to);
 * //=> ['100000000']  (investment.actual for an eligible investment of 30,000,000 ÷ 30%)
 */
export function amountChanges(rule: CompiledRule, scope: ConditionScope, context: ChangeContext, goal: AmountGoal): Alternatives {
  const walk: Walk = { rule, scope, context, goal };
  const { leaf, skipped } = activeLeaf(rule.definition.amount, scope);
  const own = leafChanges(leaf, walk);
  const alternatives: Alternatives = own.length > 0 ? [own] : [];
  if (goal === 'raise') {
    for (const entry of skipped) {
      if (entry.block === 'cases') alternatives.push(...conditionChanges(entry.cases[0]!.when, true, scope, context).filter((set) => set.length > 0));
    }
  }
  return alternatives;
}
