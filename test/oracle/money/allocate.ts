// The allocate of 0.1.0, on the money functions of 0.1.0 beside it.
import { Decimal } from '../../../src/money/decimal.js';
import { frozenDecimal } from '../../../src/money/frozen-decimal.js';
import { floorToCent, sum, ZERO } from './money.js';

const CENT = frozenDecimal(new Decimal('0.01'));

/**
 * Splits an amount of whole cents by shares that sum to 1 (a tranche plan):
 * every part but the last is its share of the amount rounded down to the
 * cent, and the last absorbs the rest, so the parts sum exactly to the amount
 * and none is negative.
 *
 * @param amount - an amount in whole cents
 * @param shares - fractions summing to exactly 1, in order
 * @returns the parts, in order
 *
 * @example
 * splitByShares(new Decimal('100.01'), [new Decimal('0.3'), new Decimal('0.7')]).map(String);
 * //=> ['30', '70.01']  (30% of 100.01 = 30.003, rounded down; the last takes the rest)
 */
export function splitByShares(amount: Decimal, shares: readonly Decimal[]): Decimal[] {
  const parts = shares.slice(0, -1).map((share) => floorToCent(amount.times(share)));
  return [...parts, amount.minus(sum(parts))];
}

/**
 * Shares `total` (whole cents) in proportion to `weights` by the largest
 * remainder method: each part is its exact proportional share rounded down to
 * the cent; the cents left over (fewer than the number of parts) go one each
 * to the parts with the largest remainders, ties to the earlier part. The parts
 * sum exactly to `total`, and each differs from its exact share by less than a
 * cent. With all weights zero, every part is zero.
 *
 * @param total - the amount to share, in whole cents
 * @param weights - non-negative weights, in order
 * @returns the parts, in the order of the weights
 *
 * @example
 * largestRemainder(new Decimal('100'), [1, 1, 1].map((w) => new Decimal(w))).map(String);
 * //=> ['33.34', '33.33', '33.33']
 */
export function largestRemainder(total: Decimal, weights: readonly Decimal[]): Decimal[] {
  const weightSum = sum(weights);
  if (weightSum.isZero()) return weights.map(() => ZERO);
  const exact = weights.map((weight) => total.times(weight).dividedBy(weightSum));
  const parts = exact.map(floorToCent);
  let leftover = total.minus(sum(parts)).dividedBy(CENT).toNumber(); // a count of cents, fewer than the parts
  const order = exact
    .map((share, index) => ({ index, remainder: share.minus(parts[index]!) }))
    .sort((a, b) => b.remainder.comparedTo(a.remainder) || a.index - b.index);
  for (const { index } of order) {
    if (leftover <= 0) break;
    parts[index] = parts[index]!.plus(CENT);
    leftover -= 1;
  }
  return parts;
}
