import type { Decimal } from './decimal.js';
import { floorToCent } from './money.js';

/**
 * Splits an amount of whole cents into `parts` payments that sum to it
 * exactly: every payment but the last is the amount divided by `parts`,
 * rounded down to the cent; the last absorbs the remaining cents, so no
 * payment is ever negative.
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
  const payments: Decimal[] = new Array<Decimal>(parts).fill(each);
  payments[parts - 1] = amount.minus(each.times(parts - 1));
  return payments;
}
