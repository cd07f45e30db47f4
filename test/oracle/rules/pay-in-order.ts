import type { IsoDate } from '../../../src/dates/iso-date.js';
import type { Decimal } from '../../../src/money/decimal.js';
import { min, ZERO } from '../money/money.js';
import type { ScheduleEntry } from './types.js';

/**
 * Payments in date order up to a total ceiling: each is paid in full while the
 * running total stays within the ceiling, the one that reaches it only up to
 * it, and none after. Payments of 0 are left out.
 *
 * @param payments - the payments in date order, each in whole cents
 * @param ceiling - the most paid in all, in whole cents
 * @returns the payments kept, summing to `min(ceiling, their sum)`, and the date the ceiling was reached, if it was
 *
 * @example
 * payInOrder([{ date: '2026-12-31', amount: new Decimal(600) }, { date: '2027-12-31', amount: new Decimal(600) }], new Decimal(1000));
 * //=> { schedule: [600 on 2026-12-31, 400 on 2027-12-31], reachedOn: '2027-12-31' }
 */
export function payInOrder(payments: readonly ScheduleEntry[], ceiling: Decimal): { schedule: ScheduleEntry[]; reachedOn?: IsoDate } {
  const schedule: ScheduleEntry[] = [];
  let left = ceiling;
  for (const payment of payments) {
    if (payment.amount.isZero()) continue;
    const paid = min(payment.amount, left);
    if (paid.greaterThan(ZERO)) schedule.push({ date: payment.date, amount: paid });
    left = left.minus(paid);
    if (left.isZero()) return { schedule, reachedOn: payment.date };
  }
  return { schedule };
}
