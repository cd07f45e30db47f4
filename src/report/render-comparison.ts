import type { Comparison, ComparisonEntry } from '../api/comparison.js';
import type { Instrument } from '../engine/definition.js';
import { INSTRUMENT_CLASS } from '../engine/totals.js';
import { formatYuan, sum } from '../money/money.js';
import { itemTexts, pick } from './localize.js';
import { layout } from './render-assessment.js';
import type { Column } from './table.js';
import { REPORT_TEXTS, type Locale } from './texts.js';

const INSTRUMENT_ORDER = Object.keys(INSTRUMENT_CLASS) as Instrument[];

/** What a location offers under one instrument: an amount, an offer without a figure, both, or nothing. */
function offerCell(entry: ComparisonEntry, instrument: Instrument, locale: Locale): string {
  const items = entry.assessment.items.filter((item) => item.instrument === instrument);
  const amounts = items.flatMap((item) => (item.status === 'eligible' ? [item.amount] : []));
  const unquantified = items.filter((item) => item.status === 'unquantified').length;
  const parts: string[] = [];
  if (amounts.length > 0) parts.push(formatYuan(sum(amounts)));
  if (unquantified > 0) parts.push(REPORT_TEXTS[locale].comparison.offer(unquantified));
  return parts.length > 0 ? parts.join(' + ') : '—';
}

/**
 * A comparison as a table with one column per location: the figures that can
 * be compared (quantified cash and equity, the rank by cash), then one row per
 * instrument saying what each location offers under it, with offers that have
 * no figure labelled as such; then the caveat and the offers without a number.
 */
export function renderComparison(comparison: Comparison, markdown: boolean, locale: Locale): string {
  const t = REPORT_TEXTS[locale];
  const { heading, section, bullet, table } = layout(markdown);
  const entries = comparison.entries;
  const columns: Column[] = [
    { heading: '', align: 'left' },
    ...entries.map((entry): Column => ({ heading: entry.policy.id, align: 'right' })),
  ];
  const row = (label: string, cell: (entry: ComparisonEntry) => string) => [label, ...entries.map(cell)];
  const offered = INSTRUMENT_ORDER.filter((instrument) => entries.some((entry) => offerCell(entry, instrument, locale) !== '—'));
  const rows = [
    row(t.comparison.jurisdiction, (entry) => `${pick(entry.policy.jurisdiction.name, locale)} (${t.level[entry.policy.jurisdiction.level]})`),
    row(t.comparison.sourceDated, (entry) => entry.policy.published),
    row(t.comparison.rank, (entry) => String(entry.rank)),
    row(t.comparison.cash, (entry) => formatYuan(entry.cash)),
    row(t.comparison.atCeiling, (entry) => formatYuan(entry.cashAtCeiling)),
    row(t.comparison.equity, (entry) => formatYuan(entry.equity)),
    row(t.comparison.offersWithoutFigure, (entry) => String(entry.unquantified)),
    ...offered.map((instrument) => row(`  ${t.instrument[instrument]}`, (entry) => offerCell(entry, instrument, locale))),
  ];
  const lines = [
    heading(t.comparison.title(entries.length, comparison.project.name, comparison.asOf)),
    '',
    table(columns, rows),
    '',
    locale === 'zh' ? comparison.translations.zh.caveat : comparison.caveat,
    '',
    section(t.sections.offers),
  ];
  for (const entry of entries) {
    const offers = entry.assessment.items.filter((item) => item.status === 'unquantified');
    if (offers.length === 0) continue;
    lines.push(markdown ? `- **${entry.policy.id}**` : `  ${entry.policy.id}:`);
    for (const item of offers) lines.push(`${markdown ? '  - ' : '    - '}${itemTexts(item, locale).label} (${t.instrument[item.instrument]})`);
  }
  const warned = entries.filter((entry) => entry.assessment.warnings.length > 0);
  if (warned.length > 0) {
    lines.push('', section(t.sections.warnings));
    for (const entry of warned) {
      const warnings = locale === 'zh' ? entry.assessment.translations.zh.warnings : entry.assessment.warnings;
      for (const warning of warnings) lines.push(bullet(`${entry.policy.id}: ${warning}`));
    }
  }
  return `${lines.join('\n')}\n`;
}
