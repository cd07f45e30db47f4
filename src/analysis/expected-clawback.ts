import { daysBetweenIsoDates, type IsoDate } from '../dates/iso-date.js';
import type { CommitmentResult } from '../engine/assessment.js';
import type { Decimal } from '../money/decimal.js';
import { min, roundToCent, ZERO } from '../money/money.js';
import { discountFactor } from './discount-factor.js';
import { dueOrder } from '../engine/due-order.js';
import type { MissProbabilities } from './miss-probabilities.js';

/** How an item's expected clawback is reached: what was paid, its commitments and the rule they are keyed by. */
export interface ClawbackExposure {
  ruleId: string;
  paid: Decimal;
  commitments: readonly CommitmentResult[];
}

/**
 * The expected clawback of an item, discounted to the valuation date and
 * rounded once, half up, to the cent: the sum over its commitments of
 * `e × (1 + rate)^(−days to by / 365)`, where `e` is the clawback computed
 * for a commitment already judged (met or missed), limited to what the
 * earlier ones left of the amount paid, and for a pending one
 * `p × min(amount at risk, what the earlier ones left)`, `p` the caller's
 * probability of missing it entirely: the probability weighs what could
 * still be repaid, so it matters even when an earlier clawback took most of
 * the amount. Taken in the order of their `by` dates, as clawbacks are; the
 * expected clawback never exceeds the amount paid, and grows with every
 * probability.
 *
 * @param exposure - the item's amount paid and its commitments
 * @param probability - the probability of missing each commitment, by key
 * @param asOf - the valuation date
 * @param logOfGrowth - ln(1 + rate), a value of the discount context
 * @returns the expected clawback's present value
 *
 * @example
 * // 10,000,000 at risk on 2028-12-31, p = 0.2, at a rate of 0: 0.2 × 10,000,000 = 2,000,000.
 * expectedClawback({ ruleId, paid, commitments }, () => new Decimal('0.2'), '2026-06-30', zeroLog).toFixed(2); //=> '2000000.00'
 */
export function expectedClawback(exposure: ClawbackExposure, probability: MissProbabilities, asOf: IsoDate, logOfGrowth: Decimal): Decimal {
  const { commitments } = exposure;
  let left = exposure.paid;
  let value = ZERO;
  for (const index of dueOrder(commitments)) {
    const commitment = commitments[index]!;
    const p = commitment.status === 'pending' ? (probability(`${exposure.ruleId}/${commitment.id}`) ?? ZERO) : undefined;
    const expected = p === undefined ? min(left, commitment.clawback) : p.times(min(left, commitment.amountAtRisk));
    left = left.minus(expected);
    value = value.plus(expected.times(discountFactor(logOfGrowth, daysBetweenIsoDates(asOf, commitment.by))));
  }
  return roundToCent(value);
}
