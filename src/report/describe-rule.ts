import type { AmountSpec, Condition, EligibilityTest, RuleDefinition } from '../engine/definition.js';
import { Decimal } from '../money/decimal.js';
import { formatRate, formatYuan } from '../money/money.js';
import { pick } from './localize.js';
import { RULE_WORDS } from './rule-words.js';
import type { Locale } from './texts.js';

/**
 * A rule in words, for documentation and for `chip-incentives explain`:
 * its parameters' values, its conditions and its amount as a formula, in
 * English (the default, which the README's rule tables are written with, so
 * they cannot drift from the packs) or Chinese. `join` separates the lines of
 * a choice (`<br>` in Markdown tables).
 */

export function parameterText(rule: RuleDefinition, name: string, locale: Locale = 'en'): string {
  const words = RULE_WORDS[locale];
  const parameter = rule.parameters[name];
  if (!parameter) return `?${name}`;
  if (parameter.unit === 'tiers') return parameter.value === null ? words.tiersNotPublished : words.tiersOf(words.fact(parameter.value.base));
  const number = new Decimal(parameter.value);
  if (parameter.unit === 'ratio') return formatRate(number);
  if (parameter.unit === 'months') return words.months(parameter.value);
  const money = formatYuan(number).replace(/\.00$/, '');
  return parameter.unit === 'CNY/month' ? words.perMonth(money) : words.yuan(money);
}

export function conditionText(test: Condition, locale: Locale = 'en'): string {
  const words = RULE_WORDS[locale];
  if ('all' in test) return test.all.map((entry) => conditionText(entry, locale)).join(words.and);
  if ('any' in test) return `(${test.any.map((entry) => conditionText(entry, locale)).join(words.or)})`;
  if ('not' in test) return words.not(conditionText(test.not, locale));
  if ('interpretation' in test) return `${test.interpretation}=${test.is}`;
  const fact = words.fact(test.fact);
  if ('present' in test) return words.given(fact, test.present);
  if ('is' in test) return test.is === true ? fact : test.is === false ? words.not(fact) : words.equals(fact, test.is);
  if ('includesAny' in test) return words.includesAny(fact, test.includesAny);
  if ('atLeast' in test) return `${fact} ≥ ${test.atLeast}`;
  return `${fact} > ${test.above}`;
}

export function eligibilityText(test: EligibilityTest): string {
  const text = test.met.en.replace(/\.$/, '');
  const when = test.appliesIf && 'interpretation' in test.appliesIf ? `*${conditionText(test.appliesIf)}*: ` : '';
  return when + text;
}

export function amountText(spec: AmountSpec, rule: RuleDefinition, join = '<br>', locale: Locale = 'en'): string {
  const words = RULE_WORDS[locale];
  const parameter = (name: string) => parameterText(rule, name, locale);
  switch (spec.block) {
    case 'capped-share': {
      const share = `${parameter(spec.rate.param)} × ${words.fact(spec.base.fact)}`;
      return spec.ceiling ? `min(${parameter(spec.ceiling.param)}, ${share})` : share;
    }
    case 'flat-ceiling': {
      const ceiling = parameter(spec.ceiling.param);
      if (!spec.requested) return words.ceiling(ceiling);
      const capped = `min(${ceiling}, ${words.fact(spec.requested.fact)})`;
      // A rule that concerns only those who state the fact never falls back to the ceiling.
      const alwaysGiven = rule.concerns && 'present' in rule.concerns && rule.concerns.fact === spec.requested.fact;
      return alwaysGiven ? capped : words.ceilingWhenNotGiven(capped, ceiling);
    }
    case 'per-period': {
      const periods = spec.periods ? words.fact(spec.periods.fact) : words.monthsFallback;
      return words.perPeriod(`min(${parameter(spec.perPeriodCeiling.param)}, ${words.fact(spec.periodAmount.fact)})`, `min(${parameter(spec.maxPeriods.param)}, ${periods})`);
    }
    case 'interest-subsidy':
      return words.interest(parameter(spec.ceiling.param));
    case 'by-interpretation':
      return Object.entries(spec.options).map(([reading, option]) => words.reading(spec.interpretation, reading, amountText(option, rule, join, locale))).join(join);
    case 'tiered':
      return words.tiered(parameter(spec.ceiling.param));
    case 'unquantified':
      return words.noFigure(pick(spec.offer, locale));
    case 'cases':
      return [...spec.cases.map((entry) => words.ifCase(conditionText(entry.when, locale), amountText(entry.then, rule, join, locale))),
        words.otherwise(amountText(spec.otherwise, rule, join, locale))].join(join);
  }
}
