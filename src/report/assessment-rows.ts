import type { Assessment, LineItem } from '../engine/assessment.js';
import type { Citation } from '../engine/definition.js';
import { formatYuan } from '../money/money.js';
import { capLabel, itemTexts } from './localize.js';
import type { Column } from './table.js';
import { REPORT_TEXTS, type Locale } from './texts.js';

/** The columns of an itemized assessment table, in the report's language. */
export function itemColumns(locale: Locale): Column[] {
  const c = REPORT_TEXTS[locale].columns;
  return [
    { heading: c.number, align: 'right' },
    { heading: c.item, align: 'left' },
    { heading: c.for, align: 'left' },
    { heading: c.instrument, align: 'left' },
    { heading: c.status, align: 'left' },
    { heading: c.basis, align: 'left' },
    { heading: c.amount, align: 'right' },
    { heading: c.bindingCap, align: 'left' },
    { heading: c.headroom, align: 'right' },
    { heading: c.source, align: 'left' },
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

/** The binding caps of an item in words: the first, and how many more bind (all of them are in the JSON). */
export function bindingCaps(item: LineItem, locale: Locale): string {
  const binding = item.caps.filter((cap) => cap.binding).map((cap) => capLabel(cap, locale));
  if (binding.length === 0) return '—';
  return binding.length === 1 ? binding[0]! : REPORT_TEXTS[locale].moreBinding(binding[0]!, binding.length - 1);
}

/** The least money headroom among the item's own caps: how much more the project could reach. */
export function leastHeadroom(item: LineItem): string {
  const money = item.caps.filter((cap) => cap.unit === 'CNY');
  if (money.length === 0) return '—';
  return formatYuan(money.reduce((a, b) => (b.headroom.lessThan(a.headroom) ? b : a)).headroom);
}

/** One row per item, each cell a string, with footnote numbers for its citations. */
export function itemRows(assessment: Assessment, numbers: ReturnType<typeof numberCitations>, locale: Locale): string[][] {
  const texts = REPORT_TEXTS[locale];
  return assessment.items.map((item, index) => [
    String(index + 1),
    itemTexts(item, locale).label,
    item.beneficiary ?? '',
    texts.instrument[item.instrument],
    texts.status[item.status],
    texts.basis[item.basis],
    item.amount === null ? texts.noFigure : formatYuan(item.amount),
    item.status === 'eligible' ? bindingCaps(item, locale) : '—',
    item.status === 'eligible' ? leastHeadroom(item) : '—',
    footnotes(item, numbers),
  ]);
}
