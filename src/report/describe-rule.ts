import type { AmountSpec, Condition, EligibilityTest, RuleDefinition } from '../engine/definition.js';
import { Decimal } from '../money/decimal.js';
import { formatRate, formatYuan } from '../money/money.js';
import { pick } from './localize.js';
import { RULE_WORDS } from './rule-words.js';
import type { Locale } from './texts.js';

/*
 * A rule in words, for documentation and for `chip-incentives explain`:
 * its parameters' values, its conditions and its amount as a formula, in
 * English (the default, which the README's rule tables are written with, so
 * they cannot drift from the packs) or Chinese.
 */

/**
 * A parameter's value with its unit.
 *
 * @param rule - the rule that has the parameter
 * @param name - the parameter's name
 * @param locale - `en` (default) or `zh`
 * @returns the value in words
 *
 * @example
 * parameterText(talentRent, 'monthlyCeiling');       //=> '2,000 a month'
 * parameterText(talentRent, 'monthlyCeiling', 'zh'); //=> '每月2,000元'
 */
export function parameterText(rule: RuleDefinition, name: string, locale: Locale = 'en'): string {
  const words = RULE_WORDS[locale];
  const parameter = rule.parameters[name];
  if (!parameter) return `?${name}`;
  if (parameter.unit === 'tiers') return parameter.value === null ? words.tiersNotPublished : words.tiersOf(words.fact(parameter.value.base));
  const number = new Decimal(parameter.value);
  if (parameter.unit === 'ratio') return formatRate(number);
  if (parameter.unit === 'months') return words.months(parameter.value);
  if (parameter.unit === 'years') return words.years(parameter.value);
  const money = formatYuan(number).replace(/\.00$/, '');
  if (parameter.unit === 'count') return money;
  return parameter.unit === 'CNY/month' ? words.perMonth(money) : words.yuan(money);
}

/**
 * A condition in words: facts by name in English, by their Chinese label in Chinese.
 *
 * @param test - the condition
 * @param locale - `en` (default) or `zh`
 * @returns the condition in words
 *
 * @example
 * conditionText({ fact: 'talentStartup.founder', present: true });       //=> 'talentStartup.founder given'
 * conditionText({ fact: 'talentStartup.founder', present: true }, 'zh'); //=> '已填写人才创业项目创始人'
 */
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

/**
 * An eligibility test as the README's tables state it, in English, with the
 * interpretation it applies under.
 *
 * @param test - the test
 * @returns its sentence, without the final stop
 *
 * @example
 * eligibilityText(startupFund.eligibility[1]); //=> '*startupFounder=high-level*: The founder is a high-level talent'
 */
export function eligibilityText(test: EligibilityTest): string {
  const text = test.met.en.replace(/\.$/, '');
  const when = test.appliesIf && 'interpretation' in test.appliesIf ? `*${conditionText(test.appliesIf)}*: ` : '';
  return when + text;
}

/**
 * A rule's amount as a formula with the parameters' values.
 *
 * @param spec - the amount (the rule's, or one of its cases or readings)
 * @param rule - the rule, for its parameters
 * @param join - what separates the lines of a choice (`<br>` in Markdown tables)
 * @param locale - `en` (default) or `zh`
 * @returns the formula
 *
 * @example
 * amountText(talentRent.amount, talentRent, '\n', 'zh');
 * //=> 'min(每月2,000元, 月租金) × min(36个月, 租住月数)，按月发放'
 */
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
      return words.interest(parameter(spec.ceiling.param), spec.share && parameter(spec.share.param));
    case 'by-interpretation':
      return Object.entries(spec.options).map(([reading, option]) => words.reading(spec.interpretation, reading, amountText(option, rule, join, locale))).join(join);
    case 'tiered':
      return words.tiered(parameter(spec.ceiling.param));
    case 'per-unit': {
      const product = `${parameter(spec.perUnit.param)} × ${words.fact(spec.units.fact)}`;
      return spec.ceiling ? `min(${parameter(spec.ceiling.param)}, ${product})` : product;
    }
    case 'stepped-periods': {
      const base = spec.base ? words.fact(spec.base.fact) : '';
      const steps = words.steps(spec.steps.map((step) => ({
        length: parameter(step.length.param),
        pays: 'rate' in step ? `${parameter(step.rate.param)} × ${base}` : spec.base ? `min(${parameter(step.amount.param)}, ${base})` : parameter(step.amount.param),
      })));
      const paid = `${steps}${words.paid(spec.period)}`;
      return spec.ceiling ? `min(${parameter(spec.ceiling.param)}, ${paid})` : paid;
    }
    case 'yearly-share': {
      const share = `rate × ${words.fact(spec.base.fact)}`;
      const each = spec.yearCeiling ? `min(${parameter(spec.yearCeiling.param)}, ${share})` : share;
      const steps = words.steps(spec.steps.map((step) => ({ length: parameter(step.years.param), pays: parameter(step.rate.param) })));
      const yearly = words.yearly(each, steps, words.fact(spec.start.fact));
      return spec.ceiling ? `min(${parameter(spec.ceiling.param)}, ${yearly})` : yearly;
    }
    case 'threshold-excess': {
      const share = `${parameter(spec.rate.param)} × ${words.excess(words.fact(spec.base.fact), parameter(spec.threshold.param))}`;
      return spec.ceiling ? `min(${parameter(spec.ceiling.param)}, ${share})` : share;
    }
    case 'unquantified':
      return words.noFigure(pick(spec.offer, locale));
    case 'cases':
      return [...spec.cases.map((entry) => words.ifCase(conditionText(entry.when, locale), amountText(entry.then, rule, join, locale))),
        words.otherwise(amountText(spec.otherwise, rule, join, locale))].join(join);
  }
}
