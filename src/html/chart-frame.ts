import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { escapeHtml } from './escape.js';
import { axisLabel } from './money-label.js';
import type { Locale } from '../report/texts.js';

/** The drawing area of every chart, in SVG units: the page scales it to the column's width. */
export const FRAME = { width: 680, height: 280, left: 92, right: 44, top: 12, bottom: 44 };

/** How many ticks an axis asks its scale for (the scale picks round values near it). */
const TICKS = 5;

/**
 * A tick as a decimal string, or undefined when the number the scale gives
 * has no plain decimal form: such a tick is drawn without a label rather
 * than with a rounded one.
 */
export function tickValue(tick: number): string | undefined {
  const text = String(tick);
  return /^-?\d+(\.\d+)?$/.test(text) ? text : undefined;
}

/**
 * The vertical money scale of a chart, from 0 to the largest value rounded up
 * to a round number, and its gridlines with labels in the locale's units,
 * written from the ticks' exact decimal values.
 *
 * @param largest - the largest value drawn, as a number (a position only)
 * @param largestExact - the same value exactly, which picks the unit of the labels
 * @returns the scale and the SVG of the gridlines and their labels
 *
 * @example
 * moneyAxis(30000000, '30000000', 'zh').svg.includes('3,000万元'); //=> true
 */
export function moneyAxis(largest: number, largestExact: string, locale: Locale): { y: ScaleLinear<number, number>; svg: string } {
  const y = scaleLinear().domain([0, largest > 0 ? largest : 1]).nice(TICKS).range([FRAME.height - FRAME.bottom, FRAME.top]);
  const top = tickValue(y.domain()[1]!) ?? largestExact;
  const lines = y.ticks(TICKS).map((tick) => {
    const value = tickValue(tick);
    const at = y(tick).toFixed(1);
    const label = value === undefined ? '' : `<text class="tick" x="${FRAME.left - 6}" y="${at}" dy="0.32em" text-anchor="end">${escapeHtml(axisLabel(value, locale, top))}</text>`;
    return `<line class="grid" x1="${FRAME.left}" x2="${FRAME.width - FRAME.right}" y1="${at}" y2="${at}"/>${label}`;
  });
  return { y, svg: lines.join('') };
}

/**
 * An SVG chart of the standard frame around its content, described for
 * assistive technology by its title.
 *
 * @example
 * svgChart('Payments', '<rect …/>').startsWith('<svg'); //=> true
 */
export function svgChart(title: string, content: string): string {
  return `<svg class="chart" viewBox="0 0 ${FRAME.width} ${FRAME.height}" role="img" aria-label="${escapeHtml(title)}" xmlns="http://www.w3.org/2000/svg"><title>${escapeHtml(title)}</title>${content}</svg>`;
}
