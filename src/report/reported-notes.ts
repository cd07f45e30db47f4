import type { Locale } from './texts.js';

/** What `reportedNotes` reads of an item: an assessment's item or its JSON form. */
export interface NotedItem {
  ruleId: string;
  status: 'eligible' | 'ineligible' | 'unquantified';
  notes: readonly string[];
  translations: { zh: { notes: readonly string[] } };
}

/** One note as a report writes it: the items it concerns (numbered from 1) and the first of them. */
export interface ReportedNote<T extends NotedItem> {
  note: string;
  numbers: number[];
  first: T;
}

/**
 * The notes a report shows (what the source leaves open and what the library
 * assumes), each once. An ineligible item's notes are left out: they are about
 * an amount or an offer the item does not have, and its reasons already say why
 * it is not eligible. A note that several items of one rule share (one per
 * talent) is one entry with all their numbers.
 *
 * @param items - the assessment's items, in their order
 * @param locale - the language of the notes
 * @returns the notes in the order of their first item
 *
 * @example
 * reportedNotes(cmpLine.items, 'en').map(({ numbers }) => numbers.join(','));
 * //=> ['2', '2', '3', '4,5'] (the rent note of the two renting talents once; no ineligible item's note)
 */
export function reportedNotes<T extends NotedItem>(items: readonly T[], locale: Locale): ReportedNote<T>[] {
  const groups = new Map<string, ReportedNote<T>>();
  items.forEach((item, index) => {
    if (item.status === 'ineligible') return;
    for (const note of locale === 'zh' ? item.translations.zh.notes : item.notes) {
      const key = `${item.ruleId}\u0000${note}`;
      const group = groups.get(key);
      if (group) group.numbers.push(index + 1);
      else groups.set(key, { note, numbers: [index + 1], first: item });
    }
  });
  return [...groups.values()];
}
