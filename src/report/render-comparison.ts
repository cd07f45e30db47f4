import type { Comparison, ComparisonEntry } from '../api/comparison.js';
import type { Instrument } from '../engine/definition.js';
import { formatYuan, sum } from '../money/money.js';
import { INSTRUMENT_CLASS } from '../engine/totals.js';
import { markdownTable, textTable, type Column } from './table.js';

const INSTRUMENT_ORDER = Object.keys(INSTRUMENT_CLASS) as Instrument[];

/** What a location offers under one instrument: an amount, an offer without a figure, both, or nothing. */
function offerCell(entry: ComparisonEntry, instrument: Instrument): string {
  const items = entry.assessment.items.filter((item) => item.instrument === instrument);
  const amounts = items.flatMap((item) => (item.status === 'eligible' ? [item.amount] : []));
  const unquantified = items.filter((item) => item.status === 'unquantified').length;
  const parts: string[] = [];
  if (amounts.length > 0) parts.push(formatYuan(sum(amounts)));
  if (unquantified > 0) parts.push(unquantified === 1 ? 'offer, no figure' : `${unquantified} offers, no figure`);
  return parts.length > 0 ? parts.join(' + ') : '—';
}

/**
 * A comparison as a table with one column per location: the figures that can
 * be compared (quantified cash and equity, the rank by cash), then one row per
 * instrument saying what each location offers under it, with offers that have
 * no figure labelled as such; then the caveat and the offers without a number.
 */
export function renderComparison(comparison: Comparison, format: 'text' | 'markdown'): string {
  const markdown = format === 'markdown';
  const entries = comparison.entries;
  const columns: Column[] = [
    { heading: '', align: 'left' },
    ...entries.map((entry): Column => ({ heading: entry.policy.id, align: 'right' })),
  ];
  const row = (label: string, cell: (entry: ComparisonEntry) => string) => [label, ...entries.map(cell)];
  const offered = INSTRUMENT_ORDER.filter((instrument) => entries.some((entry) => offerCell(entry, instrument) !== '—'));
  const rows = [
    row('Jurisdiction', (entry) => `${entry.policy.jurisdiction.name.en} (${entry.policy.jurisdiction.level})`),
    row('Source dated', (entry) => entry.policy.published),
    row('Rank by cash', (entry) => String(entry.rank)),
    row('Cash (grants, subsidies)', (entry) => formatYuan(entry.cash)),
    row('  of which at a ceiling', (entry) => formatYuan(entry.cashAtCeiling)),
    row('Equity', (entry) => formatYuan(entry.equity)),
    row('Offers without a figure', (entry) => String(entry.unquantified)),
    ...offered.map((instrument) => row(`  ${instrument}`, (entry) => offerCell(entry, instrument))),
  ];
  const title = `Comparison of ${entries.length} locations for ${comparison.project.name}, as of ${comparison.asOf}`;
  const lines = [
    markdown ? `## ${title}` : `${title}\n${'='.repeat(title.length)}`,
    '',
    markdown ? markdownTable(columns, rows) : textTable(columns, rows),
    '',
    comparison.caveat,
    '',
    markdown ? '### Offers without a figure' : 'Offers without a figure',
  ];
  for (const entry of entries) {
    const offers = entry.assessment.items.filter((item) => item.status === 'unquantified');
    if (offers.length === 0) continue;
    lines.push(markdown ? `- **${entry.policy.id}**` : `  ${entry.policy.id}:`);
    for (const item of offers) lines.push(`${markdown ? '  - ' : '    - '}${item.label} (${item.instrument})`);
  }
  const warned = entries.filter((entry) => entry.assessment.warnings.length > 0);
  if (warned.length > 0) {
    lines.push('', markdown ? '### Warnings' : 'Warnings');
    for (const entry of warned) {
      for (const warning of entry.assessment.warnings) lines.push(`${markdown ? '- ' : '  - '}${entry.policy.id}: ${warning}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
