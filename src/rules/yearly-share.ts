import type { Decimal } from '../money/decimal.js';
import { formatRate, formatYuan, max, min, roundToCent, sum, ZERO } from '../money/money.js';
import { limitCap } from './cap.js';
import { upTo } from './up-to.js';
import { payInOrder } from './pay-in-order.js';
import type { Cap, Labelled, Limit, QuantifiedResult, ScheduleEntry, Text, TraceStep } from './types.js';

/** One step of a yearly share: for `years` years, `rate` of that year's base. */
export interface YearStep {
  years: Limit<number>;
  rate: Limit;
}

/** The inputs of `yearlyShare`, resolved to values. */
export interface YearlyShareInput {
  /** The base by calendar year (the local share of tax paid), in ascending order of year. */
  base: Labelled<ReadonlyArray<{ year: number; value: Decimal }>>;
  /** The calendar year of year 1. */
  firstYear: number;
  /** In order: the first step's years come first. */
  steps: readonly YearStep[];
  /** The most paid for any one year. */
  yearCeiling?: Limit;
  /** The most paid in all. */
  ceiling?: Limit;
}

/** One year as computed. */
interface YearPart {
  index: number;
  year: number;
  rate: Decimal;
  base: Decimal | undefined;
  amount: Decimal;
}

function yearParts(input: YearlyShareInput): YearPart[] {
  const byYear = new Map(input.base.value.map((entry) => [entry.year, entry.value]));
  const parts: YearPart[] = [];
  let index = 0;
  for (const step of input.steps) {
    for (let k = 0; k < step.years.value; k += 1, index += 1) {
      const year = input.firstYear + index;
      const base = byYear.get(year);
      const share = base ? roundToCent(step.rate.value.times(base)) : ZERO;
      parts.push({ index, year, rate: step.rate.value, base, amount: input.yearCeiling ? min(share, input.yearCeiling.value) : share });
    }
  }
  return parts;
}

function missingNote(count: number, label: Text): Text[] {
  if (count === 0) return [];
  return [{
    en: `${count} of the years paid for have no figure of ${label.en}: they count 0.`,
    zh: `补贴年度中有${count}年未提供${label.zh}数据，按0计。`,
  }];
}

/**
 * A share of a yearly base that steps down by year ("100% of the local share
 * of tax paid in years 1-3, 50% in years 4-5, at most 5 million a year"):
 * year 1 is `firstYear`; each year's amount is `min(year ceiling, rate of its
 * step × that year's base)`, rounded once to the cent, half up; a year the
 * base gives no figure for counts 0. The amount is the years' sum, up to the
 * total ceiling; each year is paid on its 31 December, in year order up to
 * that ceiling.
 *
 * @param input - the base by year, the first year, the steps and the ceilings
 * @returns the amount with its caps, trace and yearly schedule
 *
 * @example
 * yearlyShare({ base: { value: [{ year: 2026, value: new Decimal(4_000_000) }, { year: 2029, value: new Decimal(8_000_000) }], label },
 *   firstYear: 2026, steps: [{ years: three, rate: full }, { years: two, rate: half }],
 *   yearCeiling: { value: new Decimal(5_000_000), label, id: 'yearCeiling' } }).amount.toFixed(2);
 * //=> '8000000.00'  (2026: min(5,000,000, 100% × 4,000,000) + 2029: min(5,000,000, 50% × 8,000,000) = 4,000,000 + 4,000,000)
 */
export function yearlyShare(input: YearlyShareInput): QuantifiedResult {
  const { base, yearCeiling, ceiling } = input;
  const parts = yearParts(input);
  const total = sum(parts.map((part) => part.amount));
  const amount = ceiling ? min(total, ceiling.value) : total;
  const caps: Cap[] = [];
  if (yearCeiling) {
    const most = parts.reduce((largest, part) => max(largest, part.amount), ZERO);
    caps.push(limitCap(yearCeiling, 'CNY', most));
  }
  if (ceiling) caps.push(limitCap(ceiling, 'CNY', amount));
  const payments = (): ScheduleEntry[] => parts.filter((part) => !part.amount.isZero()).map((part) => ({ date: `${part.year}-12-31`, amount: part.amount }));
  const capped = ceiling && amount.lessThan(total) ? payInOrder(payments(), ceiling.value) : undefined;
  const missing = parts.filter((part) => part.base === undefined).length;
  return {
    kind: 'quantified',
    amount,
    basis: 'formula',
    caps,
    explain: () => {
      const each = yearCeiling ? `min(${formatYuan(yearCeiling.value)}, rate × ${base.label.en} of the year)` : `rate × ${base.label.en} of the year`;
      const trace: TraceStep[] = [];
      for (const part of parts) {
        if (part.base === undefined) continue;
        trace.push({ label: `year ${part.index + 1} (${part.year}): ${formatRate(part.rate)} × ${formatYuan(part.base)}${yearCeiling ? `, at most ${formatYuan(yearCeiling.value)}` : ''}, rounded to the cent`, value: part.amount.toFixed(2) });
      }
      if (missing > 0) trace.push({ label: `years without a figure of ${base.label.en} (each 0)`, value: String(missing) });
      if (ceiling) trace.push({ label: ceiling.label.en, value: ceiling.value.toFixed() });
      trace.push({ label: 'amount', value: amount.toFixed(2) });
      const steps = input.steps.map((step) => `${formatRate(step.rate.value)} × ${step.years.value}`).join(', ');
      const summed = `Σ over ${parts.length} years from ${input.firstYear} (${steps}) of ${each}`;
      return { formula: `${upTo(ceiling, summed)} = ${formatYuan(amount)}`, trace };
    },
    schedule: () => capped?.schedule ?? payments(),
    ...(capped?.reachedOn !== undefined && { capReachedOn: capped.reachedOn }),
    notes: missingNote(missing, base.label),
  };
}
