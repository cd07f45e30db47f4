import type { Decimal } from '../money/decimal.js';
import { formatYuan } from '../money/money.js';
import type { Cap } from '../rules/types.js';
import { capLabel } from './localize.js';
import type { NumberedItem } from './notes-lines.js';
import { textTable } from './table.js';
import { REPORT_TEXTS, type Locale } from './texts.js';

/** A cap's limit or headroom in its unit: `30,000,000.00`, `2,000.00 a month`, `36 months`. */
function inUnit(value: Decimal, unit: Cap['unit'], locale: Locale): string {
  const texts = REPORT_TEXTS[locale];
  if (unit === 'months') return texts.months(value.toFixed(0));
  return unit === 'CNY/month' ? texts.perMonth(formatYuan(value)) : formatYuan(value);
}

/**
 * The caps of the eligible items as a text table, one row per cap: the item's
 * number, the cap, its limit, whether the project reaches it and the headroom
 * left. Every binding cap is named, however many bind. The text report shows
 * it under the items, so that the items' table fits a terminal.
 *
 * @param numbered - the items with their numbers
 * @param locale - the report's language
 * @returns the table, or `''` when no eligible item has a cap
 *
 * @example
 * capsTable(items, 'en').split('\n')[2]; // items of the CMP line of the examples
 * //=> ' 1  co-investment ceiling                                 30,000,000.00  yes             0.00'
 */
export function capsTable(numbered: readonly NumberedItem[], locale: Locale): string {
  const texts = REPORT_TEXTS[locale];
  const rows = numbered.flatMap(({ item, number }) =>
    item.status !== 'eligible' ? [] : item.caps.map((cap) => [
      String(number),
      `${capLabel(cap, locale)}${cap.shared ? texts.shared : ''}`,
      inUnit(cap.limit, cap.unit, locale),
      cap.binding ? texts.yes : texts.no,
      inUnit(cap.headroom, cap.unit, locale),
    ]));
  if (rows.length === 0) return '';
  const c = texts.capColumns;
  return textTable([
    { heading: c.number, align: 'right' },
    { heading: c.cap, align: 'left', wrap: true },
    { heading: c.limit, align: 'right' },
    { heading: c.binding, align: 'left' },
    { heading: c.headroom, align: 'right' },
  ], rows);
}
