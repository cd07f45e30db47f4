// The split-evenly of 0.1.0, on the money functions of 0.1.0 beside it.
import type { Decimal } from '../../../src/money/decimal.js';
import { floorToCent } from './money.js';

/**
 * Splits an amount of whole cents into `parts` payments that sum to it
 * exactly and differ from one another by at most a cent: each payment is the
 * amount divided by `parts`, rounded down to the cent, and the cents left over
 * (fewer than `parts`) go one each to the last payments. No payment is ever
 * negative, and none exceeds the exact share rounded up to the cent, so a
 * per-payment ceiling the amount respects on average is respected by each.
 *
 * @param amount - an amount in whole cents
 * @param parts - how many payments, at least 1
 * @returns the payments, in order
 *
 * @example
 * splitEvenly(new Decimal('100'), 3).map(String);
 * //=> ['33.33', '33.33', '33.34']
 */
export function splitEvenly(amount: Decimal, parts: number): Decimal[] {
  const each = floorToCent(amount.dividedBy(parts));
  // A count of cents, fewer than `parts`: small enough to be a plain number.
  const leftoverCents = amount.minus(each.times(parts)).times(100).toNumber();
  const firstWithExtraCent = parts - leftoverCents;
  const withExtraCent = each.plus('0.01');
  return Array.from({ length: parts }, (_, index) => (index >= firstWithExtraCent ? withExtraCent : each));
}
