import type { Assessment, LineItem } from '../engine/assessment.js';
import type { Citation } from '../engine/definition.js';
import { formatYuan } from '../money/money.js';
import type { Column } from './table.js';

/** The columns of an itemized assessment table. */
export const ITEM_COLUMNS: readonly Column[] = [
  { heading: '#', align: 'right' },
  { heading: 'Item', align: 'left' },
  { heading: 'For', align: 'left' },
  { heading: 'Instrument', align: 'left' },
  { heading: 'Status', align: 'left' },
  { heading: 'Basis', align: 'left' },
  { heading: 'Amount (CNY)', align: 'right' },
  { heading: 'Binding cap', align: 'left' },
  { heading: 'Headroom (CNY)', align: 'right' },
  { heading: 'Source', align: 'left' },
];

/** Numbers each distinct citation in order of first use, for footnotes. */
export function numberCitations(items: readonly LineItem[]): Map<string, { number: number; citation: Citation }> {
  const numbers = new Map<string, { number: number; citation: Citation }>();
  for (const item of items) {
    for (const citation of item.citations) {
      const key = `${citation.document}\u0000${citation.quote}`;
      if (!numbers.has(key)) numbers.set(key, { number: numbers.size + 1, citation });
    }
  }
  return numbers;
}

/** The first binding cap, and how many more bind (all of them are in the JSON). */
function bindingCap(item: LineItem): string {
  const binding = item.caps.filter((cap) => cap.binding).map((cap) => cap.label);
  if (binding.length === 0) return '—';
  return binding.length === 1 ? binding[0]! : `${binding[0]!} (+${binding.length - 1} more)`;
}

/** The least money headroom among the item's caps: how much more the project could reach. */
function headroom(item: LineItem): string {
  const money = item.caps.filter((cap) => cap.unit === 'CNY');
  if (money.length === 0) return '—';
  const least = money.reduce((a, b) => (b.headroom.lessThan(a.headroom) ? b : a));
  return formatYuan(least.headroom);
}

/** One row per item, each cell a string, with footnote numbers for its citations. */
export function itemRows(assessment: Assessment, numbers: ReturnType<typeof numberCitations>): string[][] {
  return assessment.items.map((item, index) => [
    String(index + 1),
    item.label,
    item.beneficiary ?? '',
    item.instrument,
    item.status,
    item.basis,
    item.amount === null ? 'no figure' : formatYuan(item.amount),
    item.status === 'eligible' ? bindingCap(item) : '—',
    item.status === 'eligible' ? headroom(item) : '—',
    item.citations
      .map((citation) => `[${numbers.get(`${citation.document}\u0000${citation.quote}`)?.number ?? '?'}]`)
      .join(''),
  ]);
}
