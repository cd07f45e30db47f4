import type { Decimal } from '../../../src/money/decimal.js';
import { min, roundToCent, ZERO } from '../money/money.js';

/** What is repaid when a commitment is missed: all, a share (a ratio), or pro rata to the shortfall. */
export type ClawbackTerms = { kind: 'all' } | { kind: 'share'; share: Decimal } | { kind: 'pro-rata' };

/** What a commitment puts at risk, and what its outcome makes the project repay. */
export interface ClawbackResult {
  /** What would be repaid if the commitment were missed entirely: all, the share, or all for pro rata. */
  amountAtRisk: Decimal;
  /** What the outcome makes the project repay: 0 when none is given or the target is reached. */
  clawback: Decimal;
}

/**
 * The clawback of one commitment on an amount paid. Missed (`achieved` below
 * `target`), the project repays everything paid (`all`), `share × paid`
 * (`share`), or `(target − achieved) ÷ target × paid` (`pro-rata`: the share
 * the shortfall is of the target, between 0 and 1); each computed exactly
 * and rounded once, half up, to the cent, so never above what was paid. A
 * target of 0 is always reached.
 *
 * @param paid - the amount paid, in yuan (whole cents, non-negative)
 * @param terms - what is repaid when the commitment is missed
 * @param target - the value the fact must reach
 * @param achieved - the value it reached, when the outcome is known and judged; absent, nothing is repaid
 * @returns the amount at risk and the clawback
 *
 * @example
 * // 200 jobs promised, 150 reached, 1,000,000 paid: (200 − 150) ÷ 200 × 1,000,000 = 250,000.
 * clawback(new Decimal(1000000), { kind: 'pro-rata' }, new Decimal(200), new Decimal(150)).clawback.toFixed(2);
 * //=> '250000.00'
 */
export function clawback(paid: Decimal, terms: ClawbackTerms, target: Decimal, achieved?: Decimal): ClawbackResult {
  const amountAtRisk = terms.kind === 'share' ? roundToCent(paid.times(terms.share)) : paid;
  if (achieved === undefined || achieved.greaterThanOrEqualTo(target)) return { amountAtRisk, clawback: ZERO };
  if (terms.kind !== 'pro-rata') return { amountAtRisk, clawback: amountAtRisk };
  // Multiplied before dividing, so a terminating quotient is exact; a non-terminating one is far from any half cent at 100 digits.
  const shortfall = target.minus(achieved.isNegative() ? ZERO : achieved);
  return { amountAtRisk, clawback: min(paid, roundToCent(paid.times(shortfall).dividedBy(target))) };
}
