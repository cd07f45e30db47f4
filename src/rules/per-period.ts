import { addMonthsToIsoDate, type IsoDate } from '../dates/iso-date.js';
import { centsOf, decimalOfCents, timesCount, wholeDecimal } from '../money/cents.js';
import type { Decimal } from '../money/decimal.js';
import { formatYuan, min, roundToCent } from '../money/money.js';
import { splitEvenly } from '../money/split-evenly.js';
import { limitCap } from './cap.js';
import { unpaidBeforeNote } from './unpaid-before.js';
import type { Labelled, Limit, QuantifiedResult, ScheduleEntry } from './types.js';

/** The inputs of `perPeriod`, resolved to values. */
export interface PerPeriodInput {
  /** The most paid for one month. */
  perPeriodCeiling: Limit;
  /** The most months paid. */
  maxPeriods: Limit<number>;
  /** What the project pays each month (the rent). */
  periodAmount: Labelled;
  /** How many months the project pays; the policy's maximum when not given. */
  periods?: number;
  /** The first month. */
  start: IsoDate;
  /** Months falling due before this date are not paid (the policy's source date); every month is paid when absent. */
  paidFrom?: IsoDate;
}

const MONTHS = { one: 'monthly payment', many: 'monthly payments', zh: '个月的款项' };

/** How many of the first `periods` months from `start` fall due before `date`: the months ascend, so they are the first ones. */
function monthsBefore(start: IsoDate, periods: number, date: IsoDate): number {
  let count = 0;
  while (count < periods && addMonthsToIsoDate(start, count) < date) count += 1;
  return count;
}

/**
 * A monthly subsidy over a number of months (a rent subsidy):
 * `min(monthly ceiling, monthly amount) × min(max months, months)`, rounded
 * once to the cent, with one payment a month from `start` (the same day of
 * each following month, or its last day: a 31 January start is followed by
 * 28 or 29 February). The payments sum exactly to the amount: each is the
 * amount divided by the months, rounded down to the cent, and the cents left
 * over go one each to the last payments, so no month exceeds the monthly ceiling.
 * With `paidFrom`, the months falling due before it are not paid: the amount,
 * the formula and the schedule count only the months paid, and a note says
 * how many were not, from when to when.
 *
 * @param input - the ceilings, the monthly amount, the months and the start
 * @returns the amount with its caps, trace and monthly schedule
 *
 * @example
 * perPeriod({ perPeriodCeiling: { value: new Decimal(2000), label: { en: 'monthly ceiling', zh: '每月上限' }, id: 'monthlyCeiling' },
 *   maxPeriods: { value: 36, label: { en: 'months', zh: '月数' }, id: 'months' },
 *   periodAmount: { value: new Decimal(3500), label: { en: 'monthly rent', zh: '月租金' } }, start: '2018-07-01' }).amount.toFixed(2);
 * //=> '72000.00'  (min(2,000, 3,500) × 36)
 */
/** The total ceiling by monthly ceiling and months, constants of a pack: its value and label made once. */
const totalLimits = new WeakMap<Decimal, Map<number, Limit>>();

function totalLimitOf(monthly: Decimal, months: number): Limit {
  let byMonths = totalLimits.get(monthly);
  if (!byMonths) totalLimits.set(monthly, (byMonths = new Map()));
  let limit = byMonths.get(months);
  if (!limit) {
    const label = Object.freeze({ en: `total ceiling (${formatYuan(monthly)} × ${months})`, zh: `总额上限（${formatYuan(monthly)} × ${months}）` });
    limit = Object.freeze({ value: timesCount(monthly, months), label, id: 'total' });
    byMonths.set(months, limit);
  }
  return limit;
}

/** What is paid a month and in all, exactly, and the amount rounded to the cent: in whole cents when the month's amount is cents. */
function amounts(paid: Decimal, months: number): { paid: Decimal; exact: Decimal; amount: Decimal } {
  const cents = centsOf(paid);
  const total = cents === undefined ? undefined : cents * months;
  if (total !== undefined && Number.isSafeInteger(total)) {
    const amount = decimalOfCents(total);
    return { paid, exact: amount, amount };
  }
  const exact = timesCount(paid, months);
  return { paid: roundToCent(paid), exact, amount: roundToCent(exact) };
}

export function perPeriod(input: PerPeriodInput): QuantifiedResult {
  const { perPeriodCeiling, maxPeriods, periodAmount, start, paidFrom } = input;
  const paid = min(periodAmount.value, perPeriodCeiling.value);
  const periods = Math.min(maxPeriods.value, input.periods ?? maxPeriods.value);
  const unpaid = paidFrom === undefined ? 0 : monthsBefore(start, periods, paidFrom);
  const { paid: paidToCent, exact, amount } = amounts(paid, periods - unpaid);
  return {
    kind: 'quantified',
    amount,
    basis: 'formula',
    caps: [
      // Compared at the cent, as every amount is.
      limitCap(perPeriodCeiling, 'CNY/month', paidToCent),
      limitCap(maxPeriods, 'months', wholeDecimal(periods)),
      limitCap(totalLimitOf(perPeriodCeiling.value, maxPeriods.value), 'CNY', amount),
    ],
    explain: () => ({
      formula:
        `min(${formatYuan(perPeriodCeiling.value)}, ${periodAmount.label.en} ${formatYuan(periodAmount.value)})` +
        ` × ${unpaid === 0 ? '' : '('}min(${maxPeriods.value}, ${input.periods ?? maxPeriods.value})` +
        `${unpaid === 0 ? '' : ` − ${unpaid} due before ${paidFrom})`} months = ${formatYuan(amount)}`,
      trace: [
        { label: periodAmount.label.en, value: periodAmount.value.toFixed() },
        { label: `paid per month = min(${perPeriodCeiling.label.en}, ${periodAmount.label.en})`, value: paid.toFixed() },
        ...(unpaid === 0 ? [{ label: `months paid = min(${maxPeriods.label.en}, months given)`, value: String(periods) }] : [
          { label: `months counted = min(${maxPeriods.label.en}, months given)`, value: String(periods) },
          { label: `months due before ${paidFrom}, not paid`, value: String(unpaid) },
          { label: 'months paid', value: String(periods - unpaid) },
        ]),
        { label: 'paid per month × months paid', value: exact.toFixed() },
        { label: 'amount, rounded to the cent', value: amount.toFixed(2) },
      ],
    }),
    schedule: (): ScheduleEntry[] => periods === unpaid ? [] :
      splitEvenly(amount, periods - unpaid).map((payment, month) => ({ date: addMonthsToIsoDate(start, unpaid + month), amount: payment })),
    notes: unpaid === 0 ? [] : [unpaidBeforeNote({ what: MONTHS, count: unpaid, first: start, last: addMonthsToIsoDate(start, unpaid - 1), from: paidFrom! })],
  };
}
