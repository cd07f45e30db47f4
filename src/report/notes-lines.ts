import type { LineItem } from '../engine/assessment.js';
import type { Layout } from './layout.js';
import { reportedNotes } from './reported-notes.js';
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
 * years" is read as monthly payments…`. A note that several items of one
 * rule share (one per talent) is written once, with all their numbers; an
 * ineligible item's notes are left out (see `reportedNotes`).
 *
 * @param numbered - the items with their numbers (from 1, in order) and labels
 * @param locale - the report's language
 * @param format - the layout of the report's format
 * @returns the lines, none when no item has a note to show
 *
 * @example
 * notesLines([{ item: rentSubsidy, number: 1, label: 'Talent rent subsidy' }], 'en', layout(false));
 * //=> ['  - #1 Talent rent subsidy: "Three consecutive years" is read as monthly payments from the first month of rent: 36 months in the source (parameter months).']
 */
export function notesLines(numbered: readonly NumberedItem[], locale: Locale, format: Layout): string[] {
  const separator = locale === 'zh' ? '：' : ': ';
  return reportedNotes(numbered.map(({ item }) => item), locale).map(({ note, numbers }) => {
    const label = numbered[numbers[0]! - 1]!.label;
    return format.bullet(`${itemNumbers(numbers, locale)} ${format.value(label)}${separator}${format.value(note)}`);
  });
}
