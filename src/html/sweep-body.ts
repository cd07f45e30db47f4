import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import type { SweepJSON } from '../index.js';
import { Decimal } from '../money/decimal.js';
import type { Locale } from '../report/texts.js';
import { legend } from './bar-chart.js';
import { FRAME, moneyAxis, svgChart, tickValue } from './chart-frame.js';
import { escapeHtml } from './escape.js';
import { exactLabel } from './exact-label.js';
import { htmlTable } from './html-table.js';
import { amountCell, axisLabel } from './money-label.js';
import { HTML_TEXTS } from './texts.js';

type Series = SweepJSON['items'][number];

const seriesName = (series: Series, locale: Locale) =>
  `${locale === 'zh' ? series.translations.zh.label : series.label}${series.beneficiary ? ` (${series.beneficiary})` : ''}`;

/** The chart: one line per item, the breakpoints as dashed verticals labelled with their exact values. */
function sweepChart(curve: SweepJSON, shown: readonly Series[], locale: Locale): string {
  const values = curve.values.map(Number);
  const amounts = shown.flatMap((series) => series.amounts.filter((amount): amount is string => amount !== null).map((amount) => new Decimal(amount)));
  const highest = amounts.reduce((a, b) => (b.greaterThan(a) ? b : a), new Decimal(0));
  const { y, svg: axis } = moneyAxis(highest.toNumber(), highest.toFixed(), locale);
  const [low, high] = [Math.min(...values), Math.max(...values)];
  const x = scaleLinear().domain(low === high ? [low, low + 1] : [low, high]).range([FRAME.left, FRAME.width - FRAME.right]);
  const largestInput = curve.values.reduce((a, b) => (new Decimal(b).abs().greaterThan(new Decimal(a).abs()) ? b : a), '0');
  const xTicks = x.ticks(5).map((tick) => {
    const value = tickValue(tick);
    const at = x(tick).toFixed(1);
    return `<line class="axis" x1="${at}" x2="${at}" y1="${FRAME.height - FRAME.bottom}" y2="${FRAME.height - FRAME.bottom + 4}"/>${value === undefined ? ''
      : `<text class="tick" x="${at}" y="${FRAME.height - FRAME.bottom + 16}" text-anchor="middle">${escapeHtml(axisLabel(value, locale, largestInput))}</text>`}`;
  });
  // Only the drawing's geometry is a float (a pixel position); every figure written on the page comes from
  // the exact decimal strings (axisLabel, the data table).
  const path = line<[number, string | null]>().defined(([, amount]) => amount !== null).x(([value]) => x(value)).y(([, amount]) => y(Number(amount)));
  const lines = shown.map((series, index) =>
    `<path class="line c${index % 8}" d="${path(values.map((value, point) => [value, series.amounts[point] ?? null])) ?? ''}"><title>${escapeHtml(seriesName(series, locale))}</title></path>`);
  const distinct = [...new Map((curve.breakpoints ?? []).map((point) => [point.exact, point])).values()];
  const marks = distinct.map((point, index) => {
    const at = x(Number(point.at)).toFixed(1);
    const labelY = FRAME.top + 10 + (index % 3) * 12;
    // A label right of the middle is written leftwards from its line, so that it stays inside the chart.
    const leftwards = Number(at) > (FRAME.left + FRAME.width - FRAME.right) / 2;
    return `<line class="break" x1="${at}" x2="${at}" y1="${FRAME.top}" y2="${FRAME.height - FRAME.bottom}"/><text class="break-label" x="${at}" y="${labelY}" dx="${leftwards ? -3 : 3}" text-anchor="${leftwards ? 'end' : 'start'}">${escapeHtml(exactLabel(point.exact, point.at, locale))}</text>`;
  });
  const base = `<line class="axis" x1="${FRAME.left}" x2="${FRAME.width - FRAME.right}" y1="${FRAME.height - FRAME.bottom}" y2="${FRAME.height - FRAME.bottom}"/>`;
  return svgChart(HTML_TEXTS[locale].sweepChart, axis + base + xTicks.join('') + lines.join('') + marks.join(''));
}

/** A series' amount at a point as a Decimal; none where the item is absent. */
const at = (series: Series, point: number) => {
  const amount = series.amounts[point];
  return amount === null || amount === undefined ? undefined : new Decimal(amount);
};

/** Whether two steps (differences of the input or of an amount) are the same; an absent amount makes a step of its own. */
const sameStep = (a: Decimal | undefined, b: Decimal | undefined) => (a === undefined || b === undefined ? a === b : a.equals(b));

/**
 * The points a reader needs to read the sweep: the first, the last, and each
 * point where an item's amount changes course, its step from the point before
 * differing from its step to the next (exactly, in decimals). Between two such
 * points every amount moves in equal steps, so nothing is lost.
 */
function turningPoints(values: readonly string[], shown: readonly Series[]): number[] {
  const last = values.length - 1;
  const step = (series: Series, from: number) => {
    const [a, b] = [at(series, from), at(series, from + 1)];
    return a === undefined || b === undefined ? undefined : b.minus(a);
  };
  return values.map((_, point) => point).filter((point) =>
    point === 0 || point === last ||
    shown.some((series) => !sameStep(step(series, point - 1), step(series, point)) ||
      (at(series, point) === undefined) !== (at(series, point - 1) === undefined)));
}

/**
 * The body of a sweep's HTML report: each item's amount against the swept
 * input as a line chart with the breakpoints marked and labelled with their
 * exact values, the list of breakpoints, and the table of the charted figures
 * (`class="sweep-data"`). When some points lie on straight runs, the table
 * shows the points where an amount changes course (`class="sweep-key"`) and
 * keeps every point in a collapsed `<details>` below it. Items that are absent
 * or zero at every point are left out of both.
 *
 * @param curve - the sweep, as `toJSON` writes it
 *
 * @example
 * sweepBody(toJSON(curve), 'en').includes('class="break"'); //=> true
 */
export function sweepBody(curve: SweepJSON, locale: Locale): string {
  const t = HTML_TEXTS[locale];
  const shown = curve.items.filter((series) => series.amounts.some((amount) => amount !== null && amount !== '0.00'));
  const points = (curve.breakpoints ?? []).map((point) => {
    const series = curve.items.find((one) => one.ruleId === point.ruleId && one.beneficiary === point.beneficiary);
    const label = series ? seriesName(series, locale) : point.label;
    return `<li><strong>${escapeHtml(exactLabel(point.exact, point.at, locale))}</strong>: ${escapeHtml(label)}${point.cap ? ` · ${escapeHtml(point.cap)}` : ''} · ${escapeHtml(t.event[point.event])}${locale === 'en' ? ` (${escapeHtml(point.description)})` : ''}</li>`;
  });
  const table = (rows: readonly number[], attributes: string) => htmlTable(
    [{ text: `${t.input}: ${curve.path}` }, ...shown.map((series) => ({ text: seriesName(series, locale), num: true }))],
    rows.map((point) => [
      { html: escapeHtml(amountCell(curve.values[point]!)), num: true },
      ...shown.map((series) => ({ html: escapeHtml(series.amounts[point] === null ? '—' : amountCell(series.amounts[point]!)), num: true })),
    ]),
    attributes,
  );
  const all = curve.values.map((_, point) => point);
  const key = turningPoints(curve.values, shown);
  // A long sweep's every point is there, collapsed: the rows that matter show, and print, without it.
  const data = key.length === all.length
    ? table(all, 'class="sweep-data wide"')
    : `${table(key, 'class="sweep-key wide"')}<p class="note">${escapeHtml(t.sweepKeyRows(key.length, all.length))}</p>` +
      `<details><summary>${escapeHtml(t.sweepAllPoints(all.length))}</summary>${table(all, 'class="sweep-data wide"')}</details>`;
  const legendSeries = shown.map((series) => ({ label: seriesName(series, locale), style: 'fill' as const }));
  return [
    `<header><h1>${escapeHtml(t.sweep(curve.path))}</h1></header>`,
    `<section><figure>${sweepChart(curve, shown, locale)}${legend(legendSeries)}</figure></section>`,
    `<section><h2 id="breakpoints">${escapeHtml(t.breakpoints)}</h2>${points.length ? `<ul>${points.join('')}</ul>` : `<p>${escapeHtml(t.noBreakpoints)}</p>`}</section>`,
    `<section><h2 id="data">${escapeHtml(t.sweepTable)}</h2>${data}</section>`,
  ].join('\n');
}
