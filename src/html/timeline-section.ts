import type { LineItemJSON } from '../index.js';
import { REPORT_TEXTS, type Locale } from '../report/texts.js';
import { legend, stackedBars, type BarSeries } from './bar-chart.js';
import { escapeHtml } from './escape.js';
import { htmlTable } from './html-table.js';
import { amountCell } from './money-label.js';
import { HTML_TEXTS } from './texts.js';
import { timelineOf } from './timeline.js';

/**
 * The payment timeline of an assessment: the stacked bar chart by month or
 * year and, for readers who cannot see it, the table of the same figures
 * (`class="timeline-data"`, one row per period, one column per instrument,
 * then the ceilings and the computed total).
 *
 * @example
 * timelineSection(toJSON(assessment).items, 'en').includes('<svg'); //=> true
 */
export function timelineSection(items: readonly LineItemJSON[], locale: Locale): string {
  const t = HTML_TEXTS[locale];
  const timeline = timelineOf(items);
  const heading = `<h2 id="timeline">${escapeHtml(t.timeline)}</h2>`;
  if (timeline.periods.length === 0) return `<section>${heading}<p>${escapeHtml(t.noPayments)}</p></section>`;
  const instrumentNames = timeline.instruments.map((instrument) => REPORT_TEXTS[locale].instrument[instrument]);
  const series: BarSeries[] = [
    ...timeline.instruments.map((_, index) => ({ label: instrumentNames[index]!, values: timeline.periods.map((p) => p.computed[index]!), style: 'fill' as const })),
    ...(timeline.periods.some((p) => p.ceiling !== '0.00') ? [{ label: t.ceilingSeries, values: timeline.periods.map((p) => p.ceiling), style: 'outline' as const }] : []),
  ];
  const categories = timeline.periods.map((p) => p.period);
  const figure = (amount: string) => ({ html: escapeHtml(amountCell(amount)), num: true });
  const table = htmlTable(
    [{ text: t.period }, ...instrumentNames.map((text) => ({ text, num: true })), { text: t.ceilingSeries, num: true }, { text: t.total, num: true }],
    timeline.periods.map((p) => [p.period, ...p.computed.map(figure), { ...figure(p.ceiling), className: 'ceiling' }, figure(p.total)]),
    'class="timeline-data wide"',
  );
  return `<section>${heading}<p class="note">${escapeHtml(t.timelineNote(timeline.byYear))}</p>
<figure>${stackedBars(t.timeline, categories, series, locale)}${legend(series)}</figure>
<h3>${escapeHtml(t.timelineTable)}</h3>${table}</section>`;
}
