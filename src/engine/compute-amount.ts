import { addMonthsToIsoDate, type IsoDate } from '../dates/iso-date.js';
import type { Decimal } from '../money/decimal.js';
import { cappedShare } from '../rules/capped-share.js';
import { flatCeiling } from '../rules/flat-ceiling.js';
import { interestSubsidy, type SubsidisedLoan } from '../rules/interest-subsidy.js';
import { perPeriod } from '../rules/per-period.js';
import { perUnit } from '../rules/per-unit.js';
import { steppedPeriods } from '../rules/stepped-periods.js';
import { thresholdExcess } from '../rules/threshold-excess.js';
import { yearlyShare } from '../rules/yearly-share.js';
import type { BlockResult, Labelled, Limit } from '../rules/types.js';
import { tiered } from '../rules/tiered.js';
import { unquantifiedOffer } from '../rules/unquantified-offer.js';
import type { CompiledNumberParameter, CompiledParameter, CompiledRule, CompiledTiersParameter } from './compiled.js';
import { choose, holds, type ConditionScope } from './conditions.js';
import type { IdRecord } from './id-list.js';
import type { AmountSpec, FactRef, ParameterRef, Text } from './definition.js';
import { lookupFact, type Fact, type Series } from './facts.js';
import { PAYMENTS_BEFORE_SOURCE } from './payments-before-source.js';

/** A computed amount, or the fact the project would have to state for there to be one. */
export type AmountOutcome = { ok: true; result: BlockResult } | { ok: false; missing: Text };

/** What an amount is computed in: a condition scope plus the rule, recording the parameters read. */
export interface AmountScope extends ConditionScope {
  rule: CompiledRule;
  usedParameters: IdRecord;
  /** The pack's source date: under the default reading, nothing falling due before it is paid. */
  sourceDate: IsoDate;
}

class MissingFact {
  constructor(readonly label: Text) {}
}

function definitionError(scope: AmountScope, what: string): Error {
  return new Error(`Policy definition error in ${scope.ruleId}: ${what}.`);
}

function parameter(ref: ParameterRef, scope: AmountScope): CompiledParameter {
  const found = scope.rule.parameters.get(ref.param);
  if (!found) throw definitionError(scope, `no parameter "${ref.param}"`);
  scope.usedParameters.add(ref.param);
  return found;
}

function numberParameter(ref: ParameterRef, scope: AmountScope): CompiledNumberParameter {
  const found = parameter(ref, scope);
  if (found.kind !== 'number') throw definitionError(scope, `parameter "${ref.param}" is not a number`);
  return found;
}

function tiersParameter(ref: ParameterRef, scope: AmountScope): CompiledTiersParameter {
  const found = parameter(ref, scope);
  if (found.kind !== 'tiers') throw definitionError(scope, `parameter "${ref.param}" is not a tier table`);
  return found;
}

/**
 * A parameter's label as a cap shows it. A value the caller replaced is said to
 * be replaced: the pack's label may state the pack's own figure ("three
 * consecutive years (36 months)"), which the replaced value no longer is.
 */
function parameterLabel(found: CompiledParameter): Text {
  const { label } = found.definition;
  if (found.baseline === undefined) return label;
  return { en: `${found.name}, as replaced (the source: ${label.en})`, zh: `${found.name}（已替换；原文：${label.zh}）` };
}

/** The limits of each compiled parameter, made once: its value, label and id never change. */
const limits = new WeakMap<CompiledNumberParameter, { amount: Limit; count: Limit<number> }>();

function limitsOf(found: CompiledNumberParameter): { amount: Limit; count: Limit<number> } {
  let made = limits.get(found);
  if (!made) {
    // Frozen: shared by every item of the pack that reads this parameter.
    const label = Object.freeze(parameterLabel(found));
    made = { amount: { value: found.value, label, id: found.name }, count: { value: found.value.toNumber(), label, id: found.name } };
    limits.set(found, made);
  }
  return made;
}

function limit(ref: ParameterRef, scope: AmountScope): Limit {
  return limitsOf(numberParameter(ref, scope)).amount;
}

/** A whole-number parameter (months, years) as a limit on a count. */
function count(ref: ParameterRef, scope: AmountScope): Limit<number> {
  return limitsOf(numberParameter(ref, scope)).count;
}

function factOf(ref: FactRef, scope: AmountScope): Fact {
  const fact = lookupFact(ref.fact, scope.facts);
  if (!fact) throw definitionError(scope, `unknown fact "${ref.fact}"`);
  return fact;
}

function optionalFact<T>(ref: FactRef, scope: AmountScope, type: Fact['type']): Labelled<T> | undefined {
  const fact = factOf(ref, scope);
  if (fact.type !== type) throw definitionError(scope, `fact "${ref.fact}" is a ${fact.type}, not a ${type}`);
  const value = fact.read(scope.facts);
  return value === undefined ? undefined : { value: value as T, label: fact.label };
}

function requiredFact<T>(ref: FactRef, scope: AmountScope, type: Fact['type']): Labelled<T> {
  const found = optionalFact<T>(ref, scope, type);
  if (!found) throw new MissingFact(factOf(ref, scope).label);
  return found;
}

/**
 * The date a block pays from: the source date when its first payment would
 * fall due before it and the reading is the default, else none. The reading is
 * consulted (and so reported) only when a payment falls before the source date:
 * otherwise both readings give the same result.
 */
function paidFrom(earliest: IsoDate | undefined, scope: AmountScope): IsoDate | undefined {
  if (earliest === undefined || earliest >= scope.sourceDate) return undefined;
  return choose(PAYMENTS_BEFORE_SOURCE, scope) === 'from-source-date' ? scope.sourceDate : undefined;
}

/** The first date any loan's interest falls due: a month after the start of each loan with a repayment form (simple interest is dated on the assessment date). */
function firstInterestDate(loans: readonly SubsidisedLoan[]): IsoDate | undefined {
  let first: IsoDate | undefined;
  for (const loan of loans) {
    if (loan.form === 'simple') continue;
    const date = addMonthsToIsoDate(loan.start, 1);
    if (first === undefined || date < first) first = date;
  }
  return first;
}

function compute(spec: AmountSpec, scope: AmountScope): BlockResult {
  switch (spec.block) {
    case 'capped-share': {
      const base = requiredFact<Decimal>(spec.base, scope, 'amount');
      const rate = numberParameter(spec.rate, scope);
      return cappedShare({
        rate: rate.value,
        rateId: rate.name,
        base: base.value,
        baseLabel: base.label,
        ...(spec.ceiling && { ceiling: limit(spec.ceiling, scope) }),
        ...(spec.floor && { floor: limit(spec.floor, scope) }),
      });
    }
    case 'flat-ceiling': {
      const requested = spec.requested && optionalFact<Decimal>(spec.requested, scope, 'amount');
      return flatCeiling({ ceiling: limit(spec.ceiling, scope), ...(requested && { requested }) });
    }
    case 'per-period': {
      const periods = spec.periods && optionalFact<number>(spec.periods, scope, 'count');
      const maxPeriods = numberParameter(spec.maxPeriods, scope);
      const perPeriodCeiling = limit(spec.perPeriodCeiling, scope);
      const periodAmount = requiredFact<Decimal>(spec.periodAmount, scope, 'amount');
      const start = requiredFact<IsoDate>(spec.start, scope, 'date').value;
      const from = paidFrom(start, scope);
      return perPeriod({
        perPeriodCeiling,
        maxPeriods: limitsOf(maxPeriods).count,
        periodAmount,
        start,
        ...(periods && { periods: periods.value }),
        ...(from !== undefined && { paidFrom: from }),
      });
    }
    case 'interest-subsidy': {
      const loans = optionalFact<readonly SubsidisedLoan[]>(spec.loans, scope, 'loans')?.value ?? [];
      const from = paidFrom(firstInterestDate(loans), scope);
      return interestSubsidy({
        ceiling: limit(spec.ceiling, scope),
        ...(spec.share && { share: limit(spec.share, scope) }),
        loans,
        asOf: scope.facts.asOf,
        ...(from !== undefined && { paidFrom: from }),
      });
    }
    case 'tiered': {
      const tiers = tiersParameter(spec.tiers, scope).value;
      const ceiling = limit(spec.ceiling, scope);
      if (!tiers) return tiered({ ceiling });
      const base = requiredFact<Decimal>({ fact: tiers.base }, scope, 'amount');
      return tiered({ ceiling, tiers: { base, brackets: tiers.brackets } });
    }
    case 'per-unit': {
      const ceiling = spec.ceiling && limit(spec.ceiling, scope);
      return perUnit({ perUnit: limit(spec.perUnit, scope), units: requiredFact<number>(spec.units, scope, 'count'), ...(ceiling && { ceiling }) });
    }
    case 'stepped-periods': {
      const base = spec.base && requiredFact<Decimal>(spec.base, scope, 'amount');
      const periods = spec.periods && optionalFact<number>(spec.periods, scope, 'count');
      const ceiling = spec.ceiling && limit(spec.ceiling, scope);
      return steppedPeriods({
        period: spec.period,
        start: requiredFact<IsoDate>(spec.start, scope, 'date').value,
        steps: spec.steps.map((step) => ('rate' in step
          ? { length: count(step.length, scope), rate: limit(step.rate, scope) }
          : { length: count(step.length, scope), amount: limit(step.amount, scope) })),
        ...(base && { base }),
        ...(periods && { periods: periods.value }),
        ...(ceiling && { ceiling }),
      });
    }
    case 'yearly-share': {
      const yearCeiling = spec.yearCeiling && limit(spec.yearCeiling, scope);
      const ceiling = spec.ceiling && limit(spec.ceiling, scope);
      return yearlyShare({
        base: requiredFact<Series>(spec.base, scope, 'amount-series'),
        firstYear: Number(requiredFact<IsoDate>(spec.start, scope, 'date').value.slice(0, 4)),
        steps: spec.steps.map((step) => ({ years: count(step.years, scope), rate: limit(step.rate, scope) })),
        ...(yearCeiling && { yearCeiling }),
        ...(ceiling && { ceiling }),
      });
    }
    case 'threshold-excess': {
      const ceiling = spec.ceiling && limit(spec.ceiling, scope);
      return thresholdExcess({
        base: requiredFact<Decimal>(spec.base, scope, 'amount'),
        threshold: limit(spec.threshold, scope),
        rate: limit(spec.rate, scope),
        ...(ceiling && { ceiling }),
      });
    }
    case 'unquantified':
      return unquantifiedOffer({ offer: spec.offer });
    case 'by-interpretation': {
      const chosen = choose(spec.interpretation, scope);
      const option = Object.hasOwn(spec.options, chosen) ? spec.options[chosen] : undefined;
      if (!option) throw definitionError(scope, `no amount for reading "${chosen}" of "${spec.interpretation}"`);
      return compute(option, scope);
    }
    case 'cases': {
      const match = spec.cases.find((entry) => holds(entry.when, scope));
      return compute(match ? match.then : spec.otherwise, scope);
    }
  }
}

/**
 * Computes an item's amount from its spec: resolves the parameters and facts
 * it names, follows interpretations and cases, and hands the values to the
 * building block. A fact the project does not state ends in `missing`.
 */
export function computeAmount(spec: AmountSpec, scope: AmountScope): AmountOutcome {
  try {
    return { ok: true, result: compute(spec, scope) };
  } catch (error) {
    if (error instanceof MissingFact) return { ok: false, missing: error.label };
    throw error;
  }
}
