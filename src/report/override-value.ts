import type { ParameterUnit } from '../engine/definition.js';
import { Decimal } from '../money/decimal.js';
import { formatRate, formatYuan } from '../money/money.js';
import { RULE_WORDS } from './rule-words.js';
import { REPORT_TEXTS, type Locale } from './texts.js';

/** An override as an assessment records it: values as text (`'50000000'`, `'not published'`, a tier table in words). */
export interface RecordedOverride {
  ruleId: string;
  parameter: string;
  unit: ParameterUnit | 'tiers';
  value: string;
  baseline: string;
}

const BRACKET = /^from ([0-9.]+): ([0-9.]+)$/;

/** `finance.rdSpending: from 0: 500000; …` with its amounts formatted, or the text as it is when it has another form. */
function tiersText(text: string, locale: Locale): string {
  const words = RULE_WORDS[locale];
  if (text === 'not published') return words.tiersNotPublished;
  const split = text.indexOf(': ');
  if (split < 0) return text;
  const brackets = text.slice(split + 2).split('; ').map((bracket) => BRACKET.exec(bracket));
  if (brackets.some((bracket) => bracket === null)) return text;
  const from = locale === 'zh' ? (start: string, amount: string) => `自${start}起${amount}` : (start: string, amount: string) => `from ${start}: ${amount}`;
  const listed = brackets.map((bracket) => from(formatYuan(new Decimal(bracket![1]!)), formatYuan(new Decimal(bracket![2]!))));
  return `${words.tiersOf(words.fact(text.slice(0, split)))}${locale === 'zh' ? '：' : ': '}${listed.join(locale === 'zh' ? '；' : '; ')}`;
}

/** A recorded value written as the report writes amounts. */
function valueText(value: string, unit: ParameterUnit | 'tiers', locale: Locale): string {
  if (unit === 'tiers') return tiersText(value, locale);
  const texts = REPORT_TEXTS[locale];
  if (unit === 'months') return texts.months(value);
  const number = new Decimal(value);
  if (unit === 'ratio') return formatRate(number);
  return unit === 'CNY/month' ? texts.perMonth(formatYuan(number)) : formatYuan(number);
}

/**
 * A replaced parameter as a report lists it, the value used and the pack's
 * value beside it written as the report writes amounts: thousands separators
 * and cents for yuan, a month's amount and a count of months in words, a rate
 * as a percentage, a tier table bracket by bracket. Not escaped: each format
 * escapes the line as it writes it.
 *
 * @param override - the override as the assessment records it
 * @param locale - the report's language
 * @returns the line
 *
 * @example
 * overrideLine({ ruleId: 'qingshan-lake-2018/project-co-investment', parameter: 'ceiling', unit: 'CNY', value: '50000000', baseline: '30000000' }, 'en');
 * //=> 'qingshan-lake-2018/project-co-investment ceiling: 50,000,000.00 (the source: 30,000,000.00)'
 * overrideLine({ ruleId: 'qingshan-lake-2018/talent-rent', parameter: 'months', unit: 'months', value: '48', baseline: '36' }, 'zh');
 * //=> 'qingshan-lake-2018/talent-rent months：48个月（原文：36个月）'
 */
export function overrideLine(override: RecordedOverride, locale: Locale): string {
  const { ruleId, parameter, unit, value, baseline } = override;
  return REPORT_TEXTS[locale].override(ruleId, parameter, valueText(value, unit, locale), valueText(baseline, unit, locale));
}
