import { addMonthsToIsoDate, type IsoDate } from '../dates/iso-date.js';
import type { Decimal } from '../money/decimal.js';
import { formatRate, formatYuan, min, roundToCent, sum, ZERO } from '../money/money.js';
import { splitEvenly } from '../money/split-evenly.js';
import { limitCap } from './cap.js';
import { upTo } from './up-to.js';
import { payInOrder } from './pay-in-order.js';
import type { Cap, Labelled, Limit, QuantifiedResult, ScheduleEntry, TraceStep } from './types.js';

/**
 * One step of a stepped schedule: for `length` periods, a share of the base
 * each period ("half rent"), or an amount each period, never more than the
 * base when there is one.
 */
export type PeriodStep = { length: Limit<number>; rate: Limit } | { length: Limit<number>; amount: Limit };

/** The inputs of `steppedPeriods`, resolved to values. */
export interface SteppedPeriodsInput {
  period: 'month' | 'year';
  /** The first period's date. */
  start: IsoDate;
  /** What the project pays each period (the rent), when a step is a share of it or is capped by it. */
  base?: Labelled;
  /** In order: the first step's periods come first. */
  steps: readonly PeriodStep[];
  /** How many periods the project takes (a shorter lease); all the steps' periods when not given. */
  periods?: number;
  /** The most paid in all. */
  ceiling?: Limit;
}

/** A step as computed: its periods, what each pays, and its total rounded once. */
interface SteppedPart {
  step: PeriodStep;
  first: number;
  count: number;
  each: Decimal;
  amount: Decimal;
  words: string;
}

const WORDS = {
  month: { en: 'months', zh: '个月', apart: 1 },
  year: { en: 'years', zh: '年', apart: 12 },
} as const;

function stepPart(step: PeriodStep, input: SteppedPeriodsInput, first: number, count: number): SteppedPart {
  const { base } = input;
  let each: Decimal;
  let words: string;
  if ('rate' in step) {
    // A step that is a share of the base is only built with a base (checked by definePolicy).
    each = base ? step.rate.value.times(base.value) : ZERO;
    words = `${formatRate(step.rate.value)} × ${base?.label.en ?? 'base'} ${formatYuan(base?.value ?? ZERO)}`;
  } else {
    const stated = step.amount.value;
    each = base ? min(stated, base.value) : stated;
    words = base ? `min(${formatYuan(stated)}, ${base.label.en} ${formatYuan(base.value)})` : formatYuan(stated);
  }
  return { step, first, count, each, amount: roundToCent(each.times(count)), words };
}

/**
 * A rate or an amount that changes over periods ("rent-free for three years,
 * half rent for two"): for each step in turn, what it pays a period (a share
 * of the base, or an amount, never more than the base) times its periods,
 * the project's periods taken from the first step on. Each step's total is
 * rounded once to the cent, half up, and paid in equal payments a period
 * apart from `start` (cents left over go to the last ones); the amount is the
 * steps' sum, up to the ceiling, the payments then cut in date order.
 *
 * @param input - the period, the start, the base, the steps, the periods taken and the ceiling
 * @returns the amount with its caps, trace and schedule
 *
 * @example
 * // Rent-free for 36 months, half rent for 24, on a rent of 10,000 a month:
 * steppedPeriods({ period: 'month', start: '2026-01-01', base: { value: new Decimal(10_000), label: { en: 'monthly rent', zh: '月租金' } },
 *   steps: [{ length: months36, rate: full }, { length: months24, rate: half }] }).amount.toFixed(2);
 * //=> '480000.00'  (100% × 10,000 × 36 + 50% × 10,000 × 24 = 360,000 + 120,000)
 */
export function steppedPeriods(input: SteppedPeriodsInput): QuantifiedResult {
  const words = WORDS[input.period];
  const parts: SteppedPart[] = [];
  let left = input.periods ?? Number.MAX_SAFE_INTEGER;
  let first = 0;
  for (const step of input.steps) {
    const count = Math.min(step.length.value, left);
    if (count <= 0) break;
    parts.push(stepPart(step, input, first, count));
    first += count;
    left -= count;
  }
  const total = sum(parts.map((part) => part.amount));
  const { ceiling } = input;
  const amount = ceiling ? min(total, ceiling.value) : total;
  const caps: Cap[] = [];
  if (ceiling) caps.push(limitCap(ceiling, 'CNY', amount));
  for (const { step, each } of parts) {
    if ('amount' in step) caps.push(limitCap(step.amount, input.period === 'month' ? 'CNY/month' : 'CNY', roundToCent(each)));
  }
  // A step that pays nothing (a rate of 0: full rent after a subsidised start) lists no payment of 0.
  const payments = (): ScheduleEntry[] => parts.flatMap((part) =>
    splitEvenly(part.amount, part.count).map((payment, k) => ({ date: addMonthsToIsoDate(input.start, (part.first + k) * words.apart), amount: payment })))
    .filter((payment) => !payment.amount.isZero());
  const capped = ceiling && amount.lessThan(total) ? payInOrder(payments(), ceiling.value) : undefined;
  return {
    kind: 'quantified',
    amount,
    basis: 'formula',
    caps,
    explain: () => {
      const trace: TraceStep[] = [];
      for (const part of parts) {
        const span = `${words.en} ${part.first + 1}–${part.first + part.count}`;
        trace.push({ label: `${span}: paid each = ${part.words}`, value: part.each.toFixed() });
        trace.push({ label: `${span}: paid each × ${part.count}, rounded to the cent`, value: part.amount.toFixed(2) });
      }
      if (ceiling) trace.push({ label: ceiling.label.en, value: ceiling.value.toFixed() });
      trace.push({ label: 'amount', value: amount.toFixed(2) });
      const steps = parts.map((part) => `${part.words} × ${part.count} ${words.en}`).join(' + ') || '0';
      return { formula: `${upTo(ceiling, steps)} = ${formatYuan(amount)}`, trace };
    },
    schedule: () => capped?.schedule ?? payments(),
    ...(capped?.reachedOn !== undefined && { capReachedOn: capped.reachedOn }),
    notes: [],
  };
}
