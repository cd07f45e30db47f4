import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/money/decimal.js';
import { floorToCent, formatRate, formatYuan, groupThousands, roundToCent, sum } from '../../src/money/money.js';
import { splitEvenly } from '../../src/money/split-evenly.js';
import { callerDecimal } from '../helpers.js';
import { PROPERTY_TIMEOUT } from '../timeouts.js';

describe('roundToCent', () => {
  it('rounds half up at the third decimal', () => {
    expect(roundToCent(new Decimal('0.005')).toFixed(2)).toBe('0.01');
    expect(roundToCent(new Decimal('0.004999')).toFixed(2)).toBe('0.00');
    expect(roundToCent(new Decimal('2.675')).toFixed(2)).toBe('2.68'); // 2.675 as a float would round to 2.67
    expect(roundToCent(new Decimal('30000000.345')).toFixed(2)).toBe('30000000.35');
  });

  it('is exact where floats are not: 0.1 + 0.2', () => {
    expect(sum([new Decimal('0.1'), new Decimal('0.2')]).toFixed()).toBe('0.3');
  });
});

describe('floorToCent', () => {
  it('never rounds up', () => {
    expect(floorToCent(new Decimal('33.339')).toFixed(2)).toBe('33.33');
  });
});

describe('formatting', () => {
  it('groups thousands and keeps two decimals', () => {
    expect(formatYuan(new Decimal('30000000'))).toBe('30,000,000.00');
    expect(formatYuan(new Decimal('999.5'))).toBe('999.50');
    expect(formatYuan(new Decimal('1234567.891'))).toBe('1,234,567.89');
    expect(groupThousands('1')).toBe('1');
    expect(groupThousands('1000')).toBe('1,000');
  });

  it('writes rates as exact percentages', () => {
    expect(formatRate(new Decimal('0.3'))).toBe('30%');
    expect(formatRate(new Decimal('0.0435'))).toBe('4.35%');
  });
});

describe('splitEvenly', () => {
  it('puts the leftover cents on the last payments, a cent each', () => {
    // 100.00 / 3 = 33.333...: two payments of 33.33, the last 100.00 - 66.66 = 33.34.
    expect(splitEvenly(new Decimal('100'), 3).map((p) => p.toFixed(2))).toEqual(['33.33', '33.33', '33.34']);
  });

  it('never makes a negative payment, even when the amount is smaller than a cent per part', () => {
    // 0.18 / 36 = 0.005 a month: 0.00 rounded down, and the 18 cents left go to the last 18 payments.
    const payments = splitEvenly(new Decimal('0.18'), 36);
    expect(payments.slice(0, 18).every((p) => p.isZero())).toBe(true);
    expect(payments.slice(18).every((p) => p.toFixed(2) === '0.01')).toBe(true);
  });

  it('sums exactly to the amount; every payment in whole cents, within a cent of the exact share', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 17n }), fc.integer({ min: 1, max: 600 }), (cents, parts) => {
        const amount = new Decimal(cents.toString()).dividedBy(100);
        const share = amount.dividedBy(parts);
        const payments = splitEvenly(amount, parts);
        expect(payments).toHaveLength(parts);
        expect(sum(payments).equals(amount)).toBe(true);
        for (const payment of payments) {
          expect(payment.isNegative()).toBe(false);
          expect(payment.decimalPlaces()).toBeLessThanOrEqual(2);
          expect(payment.minus(share).abs().lessThan('0.01')).toBe(true);
        }
        // Non-decreasing: the extra cents are at the end.
        for (let i = 1; i < parts; i += 1) expect(payments[i]!.greaterThanOrEqualTo(payments[i - 1]!)).toBe(true);
      }),
      { numRuns: 100 },
    );
  }, PROPERTY_TIMEOUT);
});

describe('the private Decimal', () => {
  it('is a clone: the global decimal.js configuration is untouched', async () => {
    const GlobalDecimal = await callerDecimal();
    expect(GlobalDecimal.precision).toBe(20);
    expect(GlobalDecimal.rounding).toBe(GlobalDecimal.ROUND_HALF_UP);
    expect(Decimal.precision).toBe(100);
  });
});
