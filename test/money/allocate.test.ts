import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { largestRemainder, splitByShares } from '../../src/money/allocate.js';
import { Decimal } from '../../src/money/decimal.js';
import { sum } from '../../src/money/money.js';
import { PROPERTY_TIMEOUT } from '../timeouts.js';

const d = (value: string | number) => new Decimal(value);
const cents = fc.bigInt({ min: 0n, max: 10n ** 17n }).map((value) => d(value.toString()).dividedBy(100));

describe('splitByShares', () => {
  it('rounds every part but the last down; the last absorbs the rest', () => {
    // 30% of 100.01 = 30.003 → 30.00; the last takes 100.01 − 30.00 = 70.01.
    expect(splitByShares(d('100.01'), [d('0.3'), d('0.7')]).map((p) => p.toFixed(2))).toEqual(['30.00', '70.01']);
    // 0.02 in four quarters: 0.005 → 0.00 three times, 0.02 last (half up would overpay 0.03).
    expect(splitByShares(d('0.02'), [0.25, 0.25, 0.25, 0.25].map(d)).map((p) => p.toFixed(2))).toEqual(['0.00', '0.00', '0.00', '0.02']);
  });

  it('sums exactly, never negative', () => {
    const shares = fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 12 })
      .filter((weights) => weights.some((w) => w > 0))
      .map((weights) => {
        const total = weights.reduce((a, b) => a + b, 0);
        const fractions = weights.map((w) => d(w).dividedBy(total).toDecimalPlaces(8, Decimal.ROUND_DOWN));
        fractions[fractions.length - 1] = d(1).minus(sum(fractions.slice(0, -1)));
        return fractions;
      });
    fc.assert(fc.property(cents, shares, (amount, plan) => {
      const parts = splitByShares(amount, plan);
      expect(sum(parts).equals(amount)).toBe(true);
      for (const part of parts) expect(part.isNegative()).toBe(false);
    }), { numRuns: 100 });
  }, PROPERTY_TIMEOUT);
});

describe('largestRemainder', () => {
  it('gives the leftover cents to the largest remainders, ties to the earlier', () => {
    // 100 / 3 = 33.333…: 33.33 each and one cent left, to the first (all remainders equal).
    expect(largestRemainder(d(100), [1, 1, 1].map(d)).map((p) => p.toFixed(2))).toEqual(['33.34', '33.33', '33.33']);
    // 10 × 2/7 = 2.857… and 10 × 5/7 = 7.142…: floors 2.85 + 7.14 = 9.99; the cent goes to 2.857 (remainder 0.0071 > 0.0028).
    expect(largestRemainder(d(10), [2, 5].map(d)).map((p) => p.toFixed(2))).toEqual(['2.86', '7.14']);
  });

  it('gives nothing when every weight is zero', () => {
    expect(largestRemainder(d(10), [0, 0].map(d)).map((p) => p.toFixed(2))).toEqual(['0.00', '0.00']);
  });

  it('sums exactly to the total, each part within a cent of its exact share', () => {
    fc.assert(fc.property(cents, fc.array(cents, { minLength: 1, maxLength: 30 }), (total, weights) => {
      const parts = largestRemainder(total, weights);
      const weightSum = sum(weights);
      if (weightSum.isZero()) return;
      expect(sum(parts).equals(total)).toBe(true);
      parts.forEach((part, index) => {
        const exact = total.times(weights[index]!).dividedBy(weightSum);
        expect(part.minus(exact).abs().lessThan('0.01')).toBe(true);
        expect(part.decimalPlaces()).toBeLessThanOrEqual(2);
      });
    }), { numRuns: 100 });
  }, PROPERTY_TIMEOUT);
});
