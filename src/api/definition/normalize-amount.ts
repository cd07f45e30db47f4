import type { AmountSpec, Condition, InterpretationDefinition, ParameterDefinition, PeriodStepSpec } from '../../engine/definition.js';
import type { Fact } from '../../engine/facts.js';
import type { AmountInput, ConditionInput } from '../../schema/policy-definition.js';
import { LIMITS } from '../../schema/limits.js';
import { MESSAGES } from '../../schema/messages.js';
import { periodsWithinDates } from '../../engine/periods-within-dates.js';
import { checkBound, checkFact, type Problems } from './check-values.js';
import { toText } from './texts.js';

/** What a rule's amount and conditions are checked against. */
export interface RuleScope {
  scope: 'project' | 'talent';
  parameters: Readonly<Record<string, ParameterDefinition>>;
  interpretations: readonly InterpretationDefinition[];
  problems: Problems;
  /** The facts the pack declares of its own, by qualified name. */
  facts: ReadonlyMap<string, Fact>;
}

const ANY_TYPE: ReadonlyArray<Fact['type']> = ['boolean', 'amount', 'date', 'text', 'count', 'loans', 'list', 'rate', 'amount-series', 'count-series'];

const UNIT_OF_ROLE = {
  rate: 'ratio',
  ceiling: 'CNY',
  floor: 'CNY',
  perPeriodCeiling: 'CNY/month',
  maxPeriods: 'months',
  tiers: 'tiers',
  perUnit: 'CNY',
  threshold: 'CNY',
  monthlyAmount: 'CNY/month',
  yearlyAmount: 'CNY',
  months: 'months',
  years: 'years',
  share: 'ratio',
} as const;

function param(ref: { param: string }, role: keyof typeof UNIT_OF_ROLE, path: readonly string[], rule: RuleScope): { param: string } {
  const parameter = Object.hasOwn(rule.parameters, ref.param) ? rule.parameters[ref.param] : undefined;
  const wanted = UNIT_OF_ROLE[role];
  if (!parameter) rule.problems.add('not_found', [...path, 'param'], MESSAGES.unknownParameter(ref.param, Object.keys(rule.parameters)));
  else if (parameter.unit !== wanted) rule.problems.add('inconsistent', [...path, 'param'], MESSAGES.parameterUnit(ref.param, parameter.unit, wanted));
  return { param: ref.param };
}

function fact(ref: { fact: string }, types: ReadonlyArray<Fact['type']>, path: readonly string[], rule: RuleScope): { fact: string } {
  checkFact(ref.fact, [...path, 'fact'], rule.problems, rule.scope, types, rule.facts);
  return { fact: ref.fact };
}

function interpretation(id: string, path: readonly string[], rule: RuleScope): InterpretationDefinition | undefined {
  const found = rule.interpretations.find((candidate) => candidate.id === id);
  if (!found) rule.problems.add('not_found', path, MESSAGES.unknownInterpretation(id, rule.interpretations.map((i) => i.id)));
  return found;
}

/** A condition, checked against the facts and interpretations, with its bounds as exact strings. */
export function normalizeCondition(condition: ConditionInput, path: readonly string[], rule: RuleScope): Condition {
  if ('all' in condition) return { all: condition.all.map((part, i) => normalizeCondition(part, [...path, 'all', String(i)], rule)) };
  if ('any' in condition) return { any: condition.any.map((part, i) => normalizeCondition(part, [...path, 'any', String(i)], rule)) };
  if ('not' in condition) return { not: normalizeCondition(condition.not, [...path, 'not'], rule) };
  if ('interpretation' in condition) {
    const found = interpretation(condition.interpretation, [...path, 'interpretation'], rule);
    const readings = found?.options.map((option) => option.value) ?? [];
    if (found && !readings.includes(condition.is)) rule.problems.add('not_found', [...path, 'is'], MESSAGES.unknownReading(condition.is, readings));
    return { interpretation: condition.interpretation, is: condition.is };
  }
  const at = [...path, 'fact'];
  if ('present' in condition) {
    checkFact(condition.fact, at, rule.problems, rule.scope, ANY_TYPE, rule.facts);
    return { fact: condition.fact, present: condition.present };
  }
  if ('is' in condition) {
    const found = checkFact(condition.fact, at, rule.problems, rule.scope, typeof condition.is === 'boolean' ? ['boolean'] : ['text'], rule.facts);
    // A word the choice cannot take would make the condition never hold (a misspelling, a case): refused.
    if (found?.values && typeof condition.is === 'string' && !found.values.includes(condition.is)) {
      rule.problems.add('not_found', [...path, 'is'], MESSAGES.choice(condition.is, found.values));
    }
    return { fact: condition.fact, is: condition.is };
  }
  if ('includesAny' in condition) {
    checkFact(condition.fact, at, rule.problems, rule.scope, ['list'], rule.facts);
    return { fact: condition.fact, includesAny: [...condition.includesAny] };
  }
  const found = checkFact(condition.fact, at, rule.problems, rule.scope, ['amount', 'count', 'date', 'rate'], rule.facts);
  if ('atLeast' in condition) {
    const bound = found ? checkBound(condition.atLeast, found, [...path, 'atLeast'], rule.problems) : undefined;
    return { fact: condition.fact, atLeast: bound ?? String(condition.atLeast) };
  }
  const bound = found ? checkBound(condition.above, found, [...path, 'above'], rule.problems) : undefined;
  return { fact: condition.fact, above: bound ?? String(condition.above) };
}

type SteppedInput = Extract<AmountInput, { block: 'stepped-periods' }>;

/**
 * Steps whose periods alone run past the dates accepted: paid from the
 * earliest date accepted, the last would still be dated after the last one,
 * so every assessment would be refused (see `periodsWithinDates`). Counted
 * from the parameters the steps name, those that are whole numbers of the
 * block's period; a wrong one is reported where it is.
 */
function stepsPastMaxDate(steps: readonly PeriodStepSpec[], monthly: boolean, path: readonly string[], rule: RuleScope): void {
  let total = 0;
  for (const step of steps) {
    const parameter = Object.hasOwn(rule.parameters, step.length.param) ? rule.parameters[step.length.param] : undefined;
    if (parameter?.unit === (monthly ? 'months' : 'years') && /^\d+$/.test(parameter.value)) total += Number(parameter.value);
  }
  const most = periodsWithinDates(LIMITS.minDate, monthly ? 1 : 12);
  if (total > most) rule.problems.add('out_of_range', [...path, 'steps'], MESSAGES.stepsPastMaxDate(total, most, monthly ? 'month' : 'year'));
}

/**
 * A stepped block: each step's length in the block's period (`months` or
 * `years`), its share a ratio or its amount per period; a share needs a base.
 */
function normalizeStepped(spec: SteppedInput, path: readonly string[], rule: RuleScope): AmountSpec {
  const monthly = spec.period === 'month';
  const steps = spec.steps.map((step, i): PeriodStepSpec => {
    const at = [...path, 'steps', String(i)];
    const length = param(step.length, monthly ? 'months' : 'years', [...at, 'length'], rule);
    if ('rate' in step) {
      if (!spec.base && !spec.steps.slice(0, i).some((earlier) => 'rate' in earlier)) rule.problems.add('required', [...path, 'base'], MESSAGES.stepNeedsBase);
      return { length, rate: param(step.rate, 'rate', [...at, 'rate'], rule) };
    }
    return { length, amount: param(step.amount, monthly ? 'monthlyAmount' : 'yearlyAmount', [...at, 'amount'], rule) };
  });
  stepsPastMaxDate(steps, monthly, path, rule);
  return {
    block: 'stepped-periods',
    period: spec.period,
    start: fact(spec.start, ['date'], [...path, 'start'], rule),
    ...(spec.base && { base: fact(spec.base, ['amount'], [...path, 'base'], rule) }),
    ...(spec.periods && { periods: fact(spec.periods, ['count'], [...path, 'periods'], rule) }),
    steps,
    ...(spec.ceiling && { ceiling: param(spec.ceiling, 'ceiling', [...path, 'ceiling'], rule) }),
  };
}

/** An amount spec, checked against the rule's parameters, the facts and the interpretations. */
export function normalizeAmount(spec: AmountInput, path: readonly string[], rule: RuleScope): AmountSpec {
  switch (spec.block) {
    case 'capped-share':
      return {
        block: 'capped-share',
        rate: param(spec.rate, 'rate', [...path, 'rate'], rule),
        base: fact(spec.base, ['amount'], [...path, 'base'], rule),
        ...(spec.ceiling && { ceiling: param(spec.ceiling, 'ceiling', [...path, 'ceiling'], rule) }),
        ...(spec.floor && { floor: param(spec.floor, 'floor', [...path, 'floor'], rule) }),
      };
    case 'flat-ceiling':
      return {
        block: 'flat-ceiling',
        ceiling: param(spec.ceiling, 'ceiling', [...path, 'ceiling'], rule),
        ...(spec.requested && { requested: fact(spec.requested, ['amount'], [...path, 'requested'], rule) }),
      };
    case 'per-period':
      return {
        block: 'per-period',
        perPeriodCeiling: param(spec.perPeriodCeiling, 'perPeriodCeiling', [...path, 'perPeriodCeiling'], rule),
        maxPeriods: param(spec.maxPeriods, 'maxPeriods', [...path, 'maxPeriods'], rule),
        periodAmount: fact(spec.periodAmount, ['amount'], [...path, 'periodAmount'], rule),
        ...(spec.periods && { periods: fact(spec.periods, ['count'], [...path, 'periods'], rule) }),
        start: fact(spec.start, ['date'], [...path, 'start'], rule),
      };
    case 'interest-subsidy':
      return {
        block: 'interest-subsidy',
        ceiling: param(spec.ceiling, 'ceiling', [...path, 'ceiling'], rule),
        loans: fact(spec.loans, ['loans'], [...path, 'loans'], rule),
        ...(spec.share && { share: param(spec.share, 'share', [...path, 'share'], rule) }),
      };
    case 'tiered':
      return {
        block: 'tiered',
        ceiling: param(spec.ceiling, 'ceiling', [...path, 'ceiling'], rule),
        tiers: param(spec.tiers, 'tiers', [...path, 'tiers'], rule),
      };
    case 'per-unit':
      return {
        block: 'per-unit',
        perUnit: param(spec.perUnit, 'perUnit', [...path, 'perUnit'], rule),
        units: fact(spec.units, ['count'], [...path, 'units'], rule),
        ...(spec.ceiling && { ceiling: param(spec.ceiling, 'ceiling', [...path, 'ceiling'], rule) }),
      };
    case 'stepped-periods':
      return normalizeStepped(spec, path, rule);
    case 'yearly-share':
      return {
        block: 'yearly-share',
        base: fact(spec.base, ['amount-series'], [...path, 'base'], rule),
        start: fact(spec.start, ['date'], [...path, 'start'], rule),
        steps: spec.steps.map((step, i) => ({
          years: param(step.years, 'years', [...path, 'steps', String(i), 'years'], rule),
          rate: param(step.rate, 'rate', [...path, 'steps', String(i), 'rate'], rule),
        })),
        ...(spec.yearCeiling && { yearCeiling: param(spec.yearCeiling, 'ceiling', [...path, 'yearCeiling'], rule) }),
        ...(spec.ceiling && { ceiling: param(spec.ceiling, 'ceiling', [...path, 'ceiling'], rule) }),
      };
    case 'threshold-excess':
      return {
        block: 'threshold-excess',
        base: fact(spec.base, ['amount'], [...path, 'base'], rule),
        threshold: param(spec.threshold, 'threshold', [...path, 'threshold'], rule),
        rate: param(spec.rate, 'rate', [...path, 'rate'], rule),
        ...(spec.ceiling && { ceiling: param(spec.ceiling, 'ceiling', [...path, 'ceiling'], rule) }),
      };
    case 'unquantified':
      return { block: 'unquantified', offer: toText(spec.offer) };
    case 'by-interpretation': {
      const found = interpretation(spec.interpretation, [...path, 'interpretation'], rule);
      const readings = found?.options.map((option) => option.value) ?? Object.keys(spec.options);
      const options: Record<string, AmountSpec> = {};
      for (const [reading, option] of Object.entries(spec.options)) {
        if (found && !readings.includes(reading)) rule.problems.add('not_found', [...path, 'options', reading], MESSAGES.unknownReading(reading, readings));
        options[reading] = normalizeAmount(option, [...path, 'options', reading], rule);
      }
      const missing = readings.filter((reading) => !Object.hasOwn(spec.options, reading));
      if (found && missing.length > 0) rule.problems.add('required', [...path, 'options'], MESSAGES.missingReading(missing));
      return { block: 'by-interpretation', interpretation: spec.interpretation, options };
    }
    case 'cases':
      return {
        block: 'cases',
        cases: spec.cases.map((entry, i) => ({
          when: normalizeCondition(entry.when, [...path, 'cases', String(i), 'when'], rule),
          then: normalizeAmount(entry.then, [...path, 'cases', String(i), 'then'], rule),
        })),
        otherwise: normalizeAmount(spec.otherwise, [...path, 'otherwise'], rule),
      };
  }
}
