import type { Comparison, ComparisonEntry } from '../api/comparison.js';
import type { Instrument } from '../engine/definition.js';
import { INSTRUMENT_CLASS } from '../engine/totals.js';
import { formatYuan, sum } from '../money/money.js';
import { printable } from '../schema/printable.js';
import { comparisonOpportunities } from './comparison-opportunities.js';
import { displayWidth } from './display-width.js';
import { layout } from './layout.js';
import { itemTexts, pick } from './localize.js';
import { OPPORTUNITY_WORDS } from './opportunity-words.js';
import { MAX_TABLE_WIDTH, type Column } from './table.js';
import { REPORT_TEXTS, type Locale } from './texts.js';

const INSTRUMENT_ORDER = Object.keys(INSTRUMENT_CLASS) as Instrument[];
/** The narrowest the column of row labels becomes in a text table (they wrap). */
const LABEL_WIDTH = 12;

/**
 * What a location offers under one instrument: a computed amount, a stated
 * maximum (marked "up to", never added to the computed amount), an offer
 * without a figure, some of these, or nothing.
 */
function offerCell(entry: ComparisonEntry, instrument: Instrument, locale: Locale): string {
  const items = entry.assessment.items.filter((item) => item.instrument === instrument);
  const amounts = (basis: 'formula' | 'ceiling') =>
    items.flatMap((item) => (item.status === 'eligible' && item.basis === basis ? [item.amount] : []));
  const [computed, ceilings] = [amounts('formula'), amounts('ceiling')];
  const unquantified = items.filter((item) => item.status === 'unquantified').length;
  const parts: string[] = [];
  if (computed.length > 0) parts.push(formatYuan(sum(computed)));
  if (ceilings.length > 0) parts.push(REPORT_TEXTS[locale].comparison.upTo(formatYuan(sum(ceilings))));
  if (unquantified > 0) parts.push(REPORT_TEXTS[locale].comparison.offer(unquantified));
  return parts.length > 0 ? parts.join(' + ') : '—';
}

/** A location's column: its id, its jurisdiction (which may wrap), and its figures (which keep their line while they can). */
interface LocationColumn {
  column: Column;
  jurisdiction: string;
  figures: string[];
}

function locationColumn(entry: ComparisonEntry, offered: readonly Instrument[], locale: Locale): LocationColumn {
  const t = REPORT_TEXTS[locale];
  const figures = [
    entry.policy.published,
    String(entry.rank),
    formatYuan(entry.cash),
    formatYuan(entry.cashAtCeiling),
    formatYuan(entry.equity),
    formatYuan(entry.ceilings.equity),
    String(entry.unquantified),
    ...offered.map((instrument) => offerCell(entry, instrument, locale)),
  ];
  const widest = Math.max(displayWidth(printable(entry.policy.id)), ...figures.map((figure) => displayWidth(printable(figure))));
  return {
    column: { heading: entry.policy.id, align: 'right', wrap: true, minWidth: widest },
    jurisdiction: `${pick(entry.policy.jurisdiction.name, locale)}${t.aside(t.level[entry.policy.jurisdiction.level])}`,
    figures,
  };
}

/**
 * The locations in groups that fit side by side: all of them in one table for
 * Markdown; for text, as many as fit 120 cells with their figures unwrapped,
 * the others in tables below.
 */
function groups(locations: readonly LocationColumn[], markdown: boolean): LocationColumn[][] {
  if (markdown) return [[...locations]];
  const result: LocationColumn[][] = [];
  let width = MAX_TABLE_WIDTH;
  for (const location of locations) {
    const needed = 2 + (location.column.minWidth ?? 0);
    if (result.length === 0 || width + needed > MAX_TABLE_WIDTH) {
      result.push([]);
      width = LABEL_WIDTH;
    }
    result[result.length - 1]!.push(location);
    width += needed;
  }
  return result;
}

/** The table of some locations: the figures that compare, then what each offers under each instrument. */
function locationTable(locations: readonly LocationColumn[], offered: readonly Instrument[], locale: Locale, markdown: boolean): string {
  const t = REPORT_TEXTS[locale];
  const labels = [
    t.comparison.sourceDated, t.comparison.rank, t.comparison.cash, t.comparison.atCeiling, t.comparison.equity,
    t.comparison.equityAtCeiling, t.comparison.offersWithoutFigure, ...offered.map((instrument) => `  ${t.instrument[instrument]}`),
  ];
  return layout(markdown).table(
    [{ heading: '', align: 'left', wrap: true, minWidth: LABEL_WIDTH }, ...locations.map((location) => location.column)],
    [
      [t.comparison.jurisdiction, ...locations.map((location) => location.jurisdiction)],
      ...labels.map((label, index) => [label, ...locations.map((location) => location.figures[index]!)]),
    ],
  );
}

/**
 * A comparison as a report: one column per location with the figures that
 * can be compared (computed cash and equity, the rank by computed cash, the
 * stated maximums on rows of their own beside them) and a row per
 * instrument saying what each location offers under it, offers without a
 * figure labelled as such; then the caveat, the offers without a number,
 * what would unlock more at each location (with `opportunities: true`), the
 * warnings and the packs left out, with why. A section without content is
 * left out; every value is escaped for the format (see `layout`).
 */
export function renderComparison(comparison: Comparison, markdown: boolean, locale: Locale): string {
  const t = REPORT_TEXTS[locale];
  const { value, heading, section, bullet } = layout(markdown);
  const separator = locale === 'zh' ? '：' : ': ';
  const entries = comparison.entries;
  const lines = [heading(t.comparison.title(entries.length, value(comparison.project.name), value(comparison.asOf))), ''];
  if (entries.length === 0) lines.push(t.comparison.noLocation);
  else {
    const offered = INSTRUMENT_ORDER.filter((instrument) => entries.some((entry) => offerCell(entry, instrument, locale) !== '—'));
    const locations = entries.map((entry) => locationColumn(entry, offered, locale));
    for (const group of groups(locations, markdown)) lines.push(locationTable(group, offered, locale, markdown), '');
    lines.push(value(locale === 'zh' ? comparison.translations.zh.caveat : comparison.caveat));
  }
  const add = (title: string, body: readonly string[]) => {
    if (body.length > 0) lines.push('', section(title), ...body);
  };
  add(t.sections.offers, entries.flatMap((entry) => {
    const offers = entry.assessment.items.filter((item) => item.status === 'unquantified');
    if (offers.length === 0) return [];
    return [
      markdown ? `- **${value(entry.policy.id)}**` : `  ${value(entry.policy.id)}${separator.trimEnd()}`,
      ...offers.map((item) => `${markdown ? '  - ' : '    - '}${value(itemTexts(item, locale).label)}${t.aside(t.instrument[item.instrument])}`),
    ];
  }));
  add(OPPORTUNITY_WORDS[locale].section, comparisonOpportunities(entries, locale, markdown, value));
  add(t.sections.warnings, entries.flatMap((entry) =>
    (locale === 'zh' ? entry.assessment.translations.zh.warnings : entry.assessment.warnings)
      .map((warning) => bullet(`${value(entry.policy.id)}${separator}${value(warning)}`))));
  add(t.sections.leftOut, comparison.leftOut.map((left) => {
    const name = locale === 'zh' ? left.translations.zh.name : left.name;
    const reason = locale === 'zh' ? left.translations.zh.reason : left.reason;
    return bullet(`${value(left.policyId)} — ${value(name)}${separator}${value(reason)}`);
  }));
  return `${lines.join('\n')}\n`;
}
