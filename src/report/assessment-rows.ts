import type { Assessment, LineItem } from '../engine/assessment.js';
import type { Citation } from '../engine/definition.js';
import { formatYuan } from '../money/money.js';
import { capLabel, itemTexts } from './localize.js';
import type { Column } from './table.js';
import { REPORT_TEXTS, type Locale } from './texts.js';

/**
 * The columns of an itemized assessment table, in the report's language.
 * With `caps`, the binding caps and the headroom are columns too (Markdown,
 * which has no width limit); the text report lists them in a table of their
 * own, under the items, so that the items fit a terminal.
 */
export function itemColumns(locale: Locale, caps: boolean): Column[] {
  const c = REPORT_TEXTS[locale].columns;
  return [
    { heading: c.number, align: 'right' },
    { heading: c.item, align: 'left', wrap: true },
    { heading: c.for, align: 'left', wrap: true },
    { heading: c.instrument, align: 'left' },
    { heading: c.status, align: 'left' },
    { heading: c.basis, align: 'left' },
    { heading: c.amount, align: 'right' },
    ...(caps ? [{ heading: c.bindingCap, align: 'left', wrap: true } as const, { heading: c.headroom, align: 'right' } as const] : []),
    { heading: c.source, align: 'left', wrap: true },
  ];
}

const citationKey = (citation: Citation) => `${citation.document}\u0000${citation.quote}`;

/** Numbers each distinct citation in order of first use, for footnotes. */
export function numberCitations(items: readonly LineItem[]): Map<string, { number: number; citation: Citation }> {
  const numbers = new Map<string, { number: number; citation: Citation }>();
  for (const item of items) {
    for (const citation of item.citations) {
      const key = citationKey(citation);
      if (!numbers.has(key)) numbers.set(key, { number: numbers.size + 1, citation });
    }
  }
  return numbers;
}

/** The footnote marks of an item's citations: `[1][2]`. */
export function footnotes(item: LineItem, numbers: ReturnType<typeof numberCitations>): string {
  return item.citations.map((citation) => `[${numbers.get(citationKey(citation))?.number ?? '?'}]`).join('');
}

/** Every binding cap of an item, named: `monthly rent subsidy ceiling; 36 months; total ceiling`, or `—`. */
export function bindingCaps(item: LineItem, locale: Locale): string {
  const binding = item.caps.filter((cap) => cap.binding).map((cap) => capLabel(cap, locale));
  return binding.length === 0 ? '—' : binding.join(REPORT_TEXTS[locale].capSeparator);
}

/** The least money headroom among the item's own caps: how much more the project could reach. */
export function leastHeadroom(item: LineItem): string {
  const money = item.caps.filter((cap) => cap.unit === 'CNY');
  if (money.length === 0) return '—';
  return formatYuan(money.reduce((a, b) => (b.headroom.lessThan(a.headroom) ? b : a)).headroom);
}

/** The basis of an item in words; an ineligible item has none (`—`), whatever formula it would have used. */
export function basisText(item: LineItem, locale: Locale): string {
  const texts = REPORT_TEXTS[locale];
  return item.status === 'ineligible' ? texts.noBasis : texts.basis[item.basis];
}

/** One row per item, each cell a string, with footnote numbers for its citations (columns as `itemColumns`). */
export function itemRows(assessment: Assessment, numbers: ReturnType<typeof numberCitations>, locale: Locale, caps: boolean): string[][] {
  const texts = REPORT_TEXTS[locale];
  return assessment.items.map((item, index) => [
    String(index + 1),
    itemTexts(item, locale).label,
    item.beneficiary ?? '',
    texts.instrument[item.instrument],
    texts.status[item.status],
    basisText(item, locale),
    item.amount === null ? texts.noFigure : formatYuan(item.amount),
    ...(caps ? [item.status === 'eligible' ? bindingCaps(item, locale) : '—', item.status === 'eligible' ? leastHeadroom(item) : '—'] : []),
    footnotes(item, numbers),
  ]);
}
