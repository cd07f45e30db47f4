import { scaleBand } from 'd3-scale';
import { FRAME, moneyAxis, svgChart } from './chart-frame.js';
import { escapeHtml } from './escape.js';
import type { Locale } from '../report/texts.js';
import { Decimal } from '../money/decimal.js';

/** One stacked series of a bar chart: a value per category, exact. */
export interface BarSeries {
  label: string;
  values: string[];
  /** `outline` for amounts drawn apart (ceilings): an unfilled, dashed box. */
  style: 'fill' | 'outline';
}

/** Category labels beyond this many would overlap: only every n-th is written. */
const MAX_LABELS = 12;

/**
 * A stacked bar chart as SVG: one bar per category, the series stacked in
 * order, the money axis labelled in the locale's units from exact values.
 * Positions are floats; no figure shown is.
 *
 * @param title - what the chart shows
 * @param categories - the label of each bar
 * @param series - the stacked series, each with a value per category
 * @returns the SVG element
 *
 * @example
 * stackedBars('Payments', ['2019', '2020'], [{ label: 'grant', values: ['10.00', '5.00'], style: 'fill' }], 'en');
 */
export function stackedBars(title: string, categories: readonly string[], series: readonly BarSeries[], locale: Locale): string {
  const heights = categories.map((_, index) => series.reduce((sum, one) => sum.plus(one.values[index]!), new Decimal(0)));
  const tallest = heights.reduce((a, b) => (b.greaterThan(a) ? b : a), new Decimal(0));
  const { y, svg: axis } = moneyAxis(tallest.toNumber(), tallest.toFixed(), locale);
  const x = scaleBand<number>().domain(categories.map((_, index) => index)).range([FRAME.left, FRAME.width - FRAME.right]).padding(0.2);
  const every = Math.ceil(categories.length / MAX_LABELS);
  const bars = categories.map((category, index) => {
    let base = 0;
    const left = x(index)!.toFixed(1);
    const width = x.bandwidth().toFixed(1);
    const rects = series.map((one, kind) => {
      const value = Number(one.values[index]);
      if (value === 0) return '';
      const top = base + value;
      const rect = `<rect class="${one.style === 'outline' ? 'outline' : `c${kind % 8}`}" x="${left}" width="${width}" y="${y(top).toFixed(1)}" height="${(y(base) - y(top)).toFixed(1)}"><title>${escapeHtml(`${category} · ${one.label}: ${one.values[index]!}`)}</title></rect>`;
      base = top;
      return rect;
    });
    const label = index % every === 0
      ? `<text class="tick" x="${(x(index)! + x.bandwidth() / 2).toFixed(1)}" y="${FRAME.height - FRAME.bottom + 16}" text-anchor="middle">${escapeHtml(category)}</text>`
      : '';
    return rects.join('') + label;
  });
  return svgChart(title, axis + bars.join(''));
}

/**
 * The legend of a chart as HTML: one swatch per series, in its colour or as an outline.
 *
 * @example
 * legend([{ label: 'grant', values: [], style: 'fill' }]); //=> '<ul class="legend"><li><span class="swatch c0"></span>grant</li></ul>'
 */
export function legend(series: ReadonlyArray<Pick<BarSeries, 'label' | 'style'>>): string {
  const entries = series.map((one, kind) => `<li><span class="swatch ${one.style === 'outline' ? 'outline' : `c${kind % 8}`}"></span>${escapeHtml(one.label)}</li>`);
  return `<ul class="legend">${entries.join('')}</ul>`;
}
