import type { LineItem } from '../engine/assessment.js';
import type { Layout } from './layout.js';
import { REPORT_TEXTS, type Locale } from './texts.js';

/** An item with its number in the report and its label in the report's language. */
export interface NumberedItem {
  item: LineItem;
  number: number;
  label: string;
}

/** Item numbers, runs shortened: `#3–#5, #9`. */
function itemNumbers(numbers: readonly number[], locale: Locale): string {
  const runs: string[] = [];
  for (let start = 0; start < numbers.length;) {
    let end = start;
    while (end + 1 < numbers.length && numbers[end + 1] === numbers[end]! + 1) end += 1;
    runs.push(end === start ? `#${numbers[start]}` : `#${numbers[start]}–#${numbers[end]}`);
    start = end + 1;
  }
  return runs.join(REPORT_TEXTS[locale].listSeparator);
}

/**
 * The notes of the items (what the source leaves open and what the library
 * assumes), one line per note: `#4 Talent rent subsidy: "Three consecutive
 * years" is read as 36 monthly payments…`. A note that several items of one
 * rule share (one per talent) is written once, with all their numbers.
 *
 * @param numbered - the items with their numbers and labels
 * @param locale - the report's language
 * @param format - the layout of the report's format
 * @returns the lines, none when no item has a note
 *
 * @example
 * notesLines([{ item: rentSubsidy, number: 4, label: 'Talent rent subsidy' }], 'en', layout(false));
 * //=> ['  - #4 Talent rent subsidy: "Three consecutive years" is read as 36 monthly payments from the first month of rent.']
 */
export function notesLines(numbered: readonly NumberedItem[], locale: Locale, format: Layout): string[] {
  const groups = new Map<string, { label: string; note: string; numbers: number[] }>();
  for (const { item, number, label } of numbered) {
    for (const note of locale === 'zh' ? item.translations.zh.notes : item.notes) {
      const key = `${item.ruleId}\u0000${note}`;
      const group = groups.get(key);
      if (group) group.numbers.push(number);
      else groups.set(key, { label, note, numbers: [number] });
    }
  }
  const separator = locale === 'zh' ? '：' : ': ';
  return [...groups.values()].map(({ label, note, numbers }) =>
    format.bullet(`${itemNumbers(numbers, locale)} ${format.value(label)}${separator}${format.value(note)}`));
}
