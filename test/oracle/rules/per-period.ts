import { addMonthsToIsoDate, type IsoDate } from '../../../src/dates/iso-date.js';
import { Decimal } from '../../../src/money/decimal.js';
import { formatYuan, min, roundToCent } from '../money/money.js';
import { splitEvenly } from '../money/split-evenly.js';
import { cap } from './cap.js';
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
export function perPeriod(input: PerPeriodInput): QuantifiedResult {
  const { perPeriodCeiling, maxPeriods, periodAmount, start, paidFrom } = input;
  const paid = min(periodAmount.value, perPeriodCeiling.value);
  const periods = Math.min(maxPeriods.value, input.periods ?? maxPeriods.value);
  const unpaid = paidFrom === undefined ? 0 : monthsBefore(start, periods, paidFrom);
  const exact = paid.times(periods - unpaid);
  const amount = roundToCent(exact);
  const totalCeiling = perPeriodCeiling.value.times(maxPeriods.value);
  return {
    kind: 'quantified',
    amount,
    basis: 'formula',
    caps: [
      // Compared at the cent, as every amount is.
      cap(perPeriodCeiling.id, perPeriodCeiling.label, perPeriodCeiling.value, 'CNY/month', roundToCent(paid)),
      cap(maxPeriods.id, maxPeriods.label, new Decimal(maxPeriods.value), 'months', new Decimal(periods)),
      cap('total', {
        en: `total ceiling (${formatYuan(perPeriodCeiling.value)} × ${maxPeriods.value})`,
        zh: `总额上限（${formatYuan(perPeriodCeiling.value)} × ${maxPeriods.value}）`,
      }, totalCeiling, 'CNY', amount),
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
