import type { LineItemJSON } from '../index.js';
import type { Locale } from '../report/texts.js';

/**
 * An item's texts in the report's language, read from its JSON form.
 *
 * @example
 * itemWords(item, 'zh').label; //=> '项目配套资助'
 */
export function itemWords(item: LineItemJSON, locale: Locale): { label: string; reasons: string[]; notes: string[]; offer?: string } {
  if (locale === 'en') return { label: item.label, reasons: item.reasons, notes: item.notes, ...(item.offer !== undefined && { offer: item.offer }) };
  const zh = item.translations.zh;
  return { label: zh.label, reasons: zh.reasons, notes: zh.notes, ...(item.offer !== undefined && { offer: zh.offer ?? item.offer }) };
}
