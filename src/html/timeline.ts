import type { LineItemJSON } from '../index.js';
import { Decimal } from '../money/decimal.js';
import type { Instrument } from '../engine/definition.js';

/** One period of the payment timeline: what falls due in it, by instrument, computed amounts apart from ceilings. */
export interface TimelinePeriod {
  /** `2019` or `2019-03`. */
  period: string;
  /** Computed amounts by instrument (exact, two decimals), in the order of `Timeline.instruments`. */
  computed: string[];
  /** Amounts of items at a ceiling falling due in the period. */
  ceiling: string;
  /** The computed amounts of the period together. */
  total: string;
}

/** The payment timeline of an assessment. */
export interface Timeline {
  byYear: boolean;
  /** The instruments with a computed payment, in the order the items first use them. */
  instruments: Instrument[];
  periods: TimelinePeriod[];
}

/** Payments spread over more months than this are shown by year, so that a chart stays readable. */
const MAX_MONTHS = 24;

const monthOf = (date: string) => date.slice(0, 7);

/** Every month or year from the first to the last, so that a gap in payments shows as a gap. */
function periodsBetween(first: string, last: string, byYear: boolean): string[] {
  const periods: string[] = [];
  let [year, month] = [Number(first.slice(0, 4)), byYear ? 1 : Number(first.slice(5, 7))];
  const [endYear, endMonth] = [Number(last.slice(0, 4)), byYear ? 1 : Number(last.slice(5, 7))];
  while (year < endYear || (year === endYear && month <= endMonth)) {
    periods.push(byYear ? String(year).padStart(4, '0') : `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`);
    if (byYear || month === 12) [year, month] = [year + 1, 1];
    else month += 1;
  }
  return periods;
}

/**
 * The dated payments of an assessment's eligible items, summed exactly by
 * month (or by year when they span more than 24 months) and by instrument;
 * items whose amount is only a stated maximum (basis `ceiling`) are summed
 * apart. Every period from the first payment to the last is listed.
 *
 * @param items - the items of an assessment, as `toJSON` writes them
 * @returns the periods, or none when nothing is paid
 *
 * @example
 * timelineOf(toJSON(assessment).items).periods[0];
 * //=> { period: '2018-09', computed: ['2600.00'], ceiling: '0.00', total: '2600.00' }
 */
export function timelineOf(items: readonly LineItemJSON[]): Timeline {
  const payments = items.flatMap((item) => (item.status === 'eligible' ? (item.schedule ?? []).map((entry) => ({ item, entry })) : []));
  const months = payments.map(({ entry }) => monthOf(entry.date)).sort();
  if (months.length === 0) return { byYear: false, instruments: [], periods: [] };
  const first = months[0]!;
  const last = months[months.length - 1]!;
  const byYear = periodsBetween(first, last, false).length > MAX_MONTHS;
  const keyOf = (date: string) => (byYear ? date.slice(0, 4) : monthOf(date));
  const instruments = [...new Set(payments.filter(({ item }) => item.basis === 'formula').map(({ item }) => item.instrument))];
  const sums = new Map(periodsBetween(first, last, byYear).map((period) => [period, { computed: instruments.map(() => new Decimal(0)), ceiling: new Decimal(0) }]));
  for (const { item, entry } of payments) {
    const sum = sums.get(keyOf(entry.date))!;
    if (item.basis === 'ceiling') sum.ceiling = sum.ceiling.plus(entry.amount);
    else {
      const index = instruments.indexOf(item.instrument);
      sum.computed[index] = sum.computed[index]!.plus(entry.amount);
    }
  }
  const periods = [...sums].map(([period, sum]) => ({
    period,
    computed: sum.computed.map((value) => value.toFixed(2)),
    ceiling: sum.ceiling.toFixed(2),
    total: sum.computed.reduce((a, b) => a.plus(b), new Decimal(0)).toFixed(2),
  }));
  return { byYear, instruments, periods };
}
