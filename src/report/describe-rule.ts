import type { AmountSpec, Condition, EligibilityTest, RuleDefinition } from '../engine/definition.js';
import { Decimal } from '../money/decimal.js';
import { formatRate, formatYuan } from '../money/money.js';

/**
 * A rule in words, for documentation and for `chip-incentives explain`:
 * its parameters' values, its conditions and its amount as a formula.
 * The README's rule tables are written with these, so they cannot drift from
 * the packs. `join` separates the lines of a choice (`<br>` in Markdown tables).
 */

export function parameterText(rule: RuleDefinition, name: string): string {
  const parameter = rule.parameters[name];
  if (!parameter) return `?${name}`;
  if (parameter.unit === 'tiers') return parameter.value === null ? 'tiers (not published)' : `tiers of ${parameter.value.base}`;
  const number = new Decimal(parameter.value);
  if (parameter.unit === 'ratio') return formatRate(number);
  if (parameter.unit === 'months') return `${parameter.value} months`;
  const money = formatYuan(number).replace(/\.00$/, '');
  return parameter.unit === 'CNY/month' ? `${money} a month` : money;
}

export function conditionText(test: Condition): string {
  if ('all' in test) return test.all.map(conditionText).join(' and ');
  if ('any' in test) return `(${test.any.map(conditionText).join(' or ')})`;
  if ('not' in test) return `not ${conditionText(test.not)}`;
  if ('interpretation' in test) return `${test.interpretation}=${test.is}`;
  if ('present' in test) return `${test.fact} ${test.present ? 'given' : 'not given'}`;
  if ('is' in test) return test.is === true ? test.fact : test.is === false ? `not ${test.fact}` : `${test.fact} = ${test.is}`;
  if ('includesAny' in test) return `${test.fact} includes any of ${test.includesAny.join(', ')}`;
  if ('atLeast' in test) return `${test.fact} ≥ ${test.atLeast}`;
  return `${test.fact} > ${test.above}`;
}

export function eligibilityText(test: EligibilityTest): string {
  const text = test.met.en.replace(/\.$/, '');
  const when = test.appliesIf && 'interpretation' in test.appliesIf ? `*${conditionText(test.appliesIf)}*: ` : '';
  return when + text;
}

export function amountText(spec: AmountSpec, rule: RuleDefinition, join = '<br>'): string {
  switch (spec.block) {
    case 'capped-share': {
      const share = `${parameterText(rule, spec.rate.param)} × ${spec.base.fact}`;
      return spec.ceiling ? `min(${parameterText(rule, spec.ceiling.param)}, ${share})` : share;
    }
    case 'flat-ceiling': {
      if (!spec.requested) return `${parameterText(rule, spec.ceiling.param)} (basis ceiling)`;
      const capped = `min(${parameterText(rule, spec.ceiling.param)}, ${spec.requested.fact})`;
      // A rule that concerns only those who state the fact never falls back to the ceiling.
      const alwaysGiven = rule.concerns && 'present' in rule.concerns && rule.concerns.fact === spec.requested.fact;
      return alwaysGiven ? capped : `${capped}, or ${parameterText(rule, spec.ceiling.param)} (basis ceiling) when not given`;
    }
    case 'per-period':
      return `min(${parameterText(rule, spec.perPeriodCeiling.param)}, ${spec.periodAmount.fact}) × min(${parameterText(rule, spec.maxPeriods.param)}, ${spec.periods?.fact ?? 'months'}), paid monthly`;
    case 'interest-subsidy':
      return `min(${parameterText(rule, spec.ceiling.param)}, Σ principal × annualRate × years)`;
    case 'by-interpretation':
      return Object.entries(spec.options).map(([reading, option]) => `*${spec.interpretation}=${reading}*: ${amountText(option, rule, join)}`).join(join);
    case 'tiered':
      return `min(${parameterText(rule, spec.ceiling.param)}, the bracket of a tier table), or ${parameterText(rule, spec.ceiling.param)} (basis ceiling) while the tiers are not published`;
    case 'unquantified':
      return `no figure: ${spec.offer.en}`;
    case 'cases':
      return [...spec.cases.map((entry) => `if ${conditionText(entry.when)}: ${amountText(entry.then, rule, join)}`),
        `otherwise: ${amountText(spec.otherwise, rule, join)}`].join(join);
  }
}
