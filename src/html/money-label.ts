import { formatAmount } from '../index.js';
import { Decimal } from '../money/decimal.js';
import { formatYuan } from '../money/money.js';
import type { Locale } from '../report/texts.js';

/**
 * An exact amount for a table cell: every cent, grouped (`30,000,000.00`),
 * the same in both languages (the column says the unit).
 *
 * @example
 * amountCell('30000000.00'); //=> '30,000,000.00'
 */
export function amountCell(amount: string): string {
  return formatYuan(new Decimal(amount));
}

/**
 * An axis label from an exact tick value, in the locale's units: 万 and 亿
 * in Chinese, millions or thousands in English (the unit chosen from the
 * largest value on the axis), every digit kept (nothing rounded).
 *
 * @param value - the tick, as a decimal string
 * @param locale - the report's language
 * @param largest - the largest value on the axis, as a decimal string
 *
 * @example
 * axisLabel('15000000', 'zh', '30000000'); //=> '1,500万元'
 * axisLabel('15000000', 'en', '30000000'); //=> '¥15 million'
 */
export function axisLabel(value: string, locale: Locale, largest: string): string {
  // Zero needs no unit, and every digit of 0.00元 would only crowd the axis.
  if (new Decimal(value).isZero()) return locale === 'zh' ? '0' : '¥0';
  if (locale === 'zh') return formatAmount(value, { locale: 'zh' });
  const top = new Decimal(largest).abs();
  const unit = top.greaterThanOrEqualTo(1_000_000) ? 'million' : top.greaterThanOrEqualTo(1000) ? 'thousand' : 'yuan';
  return formatAmount(value, { unit });
}
