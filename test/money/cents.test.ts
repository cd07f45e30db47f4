import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CENTS_BY_FIELDS, centsOf, decimalOfCents, productToCent, roundHalfUp, timesCount, unitsOf, wholeDecimal } from '../../src/money/cents.js';
import { Decimal } from '../../src/money/decimal.js';
import { PROPERTY_TIMEOUT } from '../timeouts.js';

/**
 * The engine builds Decimals from whole cents by writing decimal.js's fields
 * and reads cents from them (src/money/cents.ts): each must give exactly what
 * the public API gives, field by field, or the results would differ from one
 * computed with `new Decimal(...)`.
 */
interface Fields {
  s: number;
  e: number;
  d: number[];
}

/** Whether two Decimals have the same sign, exponent and digit words. */
function sameFields(a: Decimal, b: Decimal): boolean {
  const [x, y] = [a as unknown as Fields, b as unknown as Fields];
  return x.s === y.s && x.e === y.e && x.d.length === y.d.length && x.d.every((word, index) => word === y.d[index]);
}
const byApi = (cents: number) => new Decimal(cents).dividedBy(100);

describe('whole cents and Decimals', () => {
  it('uses the field layout of the pinned decimal.js (checked when the module loads)', () => {
    expect(CENTS_BY_FIELDS).toBe(true);
  });

  it('builds, for 2,000,000 amounts of every magnitude, the Decimal the public API builds, frozen', () => {
    // A linear congruential generator (deterministic), its high bits, spread over 1 to 16 digits.
    let state = 12345;
    const next = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
    let differing = 0;
    for (let run = 0; run < 2_000_000; run += 1) {
      const digits = 1 + Math.floor(next() * 16);
      let cents = Math.min(Number.MAX_SAFE_INTEGER, Math.floor(next() * 10 ** digits));
      // Round numbers (trailing zero words) and negative ones too.
      if (run % 5 === 0) cents -= cents % 10 ** Math.floor(next() * 10);
      if (run % 7 === 0) cents = -cents;
      const built = decimalOfCents(cents);
      const expected = byApi(cents);
      // (The public API keeps the sign of -0 / 100; whole cents have no -0.)
      const same = sameFields(built, cents === 0 ? new Decimal(0) : expected)
        && built.constructor === expected.constructor && Object.isFrozen(built) && Object.isFrozen((built as unknown as Fields).d)
        && centsOf(expected) === cents;
      if (!same) differing += 1;
    }
    expect(differing).toBe(0);
  }, PROPERTY_TIMEOUT);

  it('reads whole cents only from an amount that is whole cents and a safe integer of them', () => {
    // 0.005 is half a cent; 10^14 yuan is 10^16 cents, beyond 2^53.
    expect([centsOf(new Decimal('0.005')), centsOf(new Decimal('1.001')), centsOf(new Decimal('1e14')), centsOf(new Decimal('1e-30'))])
      .toEqual([undefined, undefined, undefined, undefined]);
    expect([centsOf(new Decimal('380000000.55')), centsOf(new Decimal('-0.5')), centsOf(new Decimal('90071992547409.91'))])
      .toEqual([38000000055, -50, 9007199254740991]);
  });

  it('agrees with the public API on any decimal string: the cents when whole, none otherwise', () => {
    const decimal = fc.tuple(fc.bigInt({ min: -(10n ** 18n), max: 10n ** 18n }), fc.integer({ min: 0, max: 22 }))
      .map(([units, places]) => new Decimal(`${units}e-${places}`));
    fc.assert(fc.property(decimal, (value) => {
      const hundredfold = value.times(100);
      const whole = hundredfold.isInteger() && hundredfold.abs().lessThanOrEqualTo(Number.MAX_SAFE_INTEGER);
      expect(centsOf(value)).toBe(whole ? hundredfold.toNumber() : undefined);
    }), { numRuns: 20_000, seed: 14 });
  }, PROPERTY_TIMEOUT);

  it('multiplies by a count exactly, in cents or beyond them', () => {
    // 1,850.35 × 36 = 66,612.60; 0.005 × 3 = 0.015 (not whole cents: the Decimal computes it).
    expect(timesCount(new Decimal('1850.35'), 36).toFixed()).toBe('66612.6');
    expect(timesCount(new Decimal('0.005'), 3).toFixed()).toBe('0.015');
    expect(timesCount(new Decimal('90071992547409.91'), 2).toFixed()).toBe('180143985094819.82');
    expect([wholeDecimal(36).toFixed(), wholeDecimal(2.5).toFixed(), wholeDecimal(10 ** 15).toFixed()]).toEqual(['36', '2.5', '1000000000000000']);
  });

  it('reads any decimal as an integer over a power of ten when the integer is safe, and rounds it half up as decimal.js does', () => {
    const decimal = fc.tuple(fc.bigInt({ min: -(10n ** 17n), max: 10n ** 17n }), fc.integer({ min: 0, max: 22 }))
      .map(([units, places]) => new Decimal(`${units}e-${places}`));
    fc.assert(fc.property(decimal, (value) => {
      const read = unitsOf(value);
      const digits = value.toFixed().replace('-', '').replace('.', '').replace(/^0+/, '');
      if (read === undefined) {
        // Only a value whose digits make an integer beyond 2^53 - 1 is not read.
        expect(BigInt(digits) > BigInt(Number.MAX_SAFE_INTEGER) || value.decimalPlaces() === 0).toBe(true);
        return;
      }
      expect(new Decimal(read.units).dividedBy(new Decimal(10).pow(read.scale)).equals(value)).toBe(true);
      expect(read.scale === 0 || read.units % 10 !== 0).toBe(true);
      expect(roundHalfUp(read.units, read.scale)).toBe(value.toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber());
    }), { numRuns: 20_000, seed: 15 });
  }, PROPERTY_TIMEOUT);

  it('rounds a rate times an amount to the cent exactly as the Decimal does', () => {
    const rate = fc.tuple(fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 0, max: 8 })).map(([units, places]) => new Decimal(`${units}e-${places}`));
    const amount = fc.tuple(fc.bigInt({ min: -(10n ** 17n), max: 10n ** 17n }), fc.integer({ min: 0, max: 6 })).map(([units, places]) => new Decimal(`${units}e-${places}`));
    fc.assert(fc.property(rate, amount, (r, a) => {
      expect(productToCent(r, a).toFixed()).toBe(r.times(a).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed());
    }), { numRuns: 20_000, seed: 16 });
    // 30% of 318,000,000.18 is 95,400,000.054: 95,400,000.05; 4.35% of 0.5 is 0.02175: 0.02.
    expect(productToCent(new Decimal('0.3'), new Decimal('318000000.18')).toFixed(2)).toBe('95400000.05');
    expect(productToCent(new Decimal('0.0435'), new Decimal('0.5')).toFixed(2)).toBe('0.02');
  }, PROPERTY_TIMEOUT);
});
