import { CENTS_BY_FIELDS, decimalFromFields, decimalOfCents } from '../../../src/money/cents.js';
import type { Decimal } from '../../../src/money/decimal.js';

/**
 * The Decimal of a non-negative amount in cents, built from decimal.js's
 * fields as `decimalOfCents` (src/money/cents.ts) builds it, specialised to
 * what the prototype makes (no sign, fewer than 10^16 cents): the same
 * instance layout, frozen with its digits. When the module's layout check
 * failed (`CENTS_BY_FIELDS` false), the library's function, through the
 * public API. The floor's test checks it against `decimalOfCents`.
 */

const ZERO = decimalOfCents(0);
const digitsOf = (word: number): number => (word >= 1e6 ? 7 : word >= 1e5 ? 6 : word >= 1e4 ? 5 : word >= 1e3 ? 4 : word >= 100 ? 3 : word >= 10 ? 2 : 1);

/** A non-negative amount of cents from its fields (anything else by the library's function), frozen or not. */
function byFields(cents: number, freeze: boolean): Decimal {
  if (cents === 0) return ZERO;
  if (!(cents > 0 && cents < 1e16)) return decimalOfCents(cents);
  const fraction = cents % 100;
  const yuan = (cents - fraction) / 100;
  let words: number[];
  let exponent: number;
  if (yuan >= 1e7) {
    const low = yuan % 1e7;
    const high = (yuan - low) / 1e7;
    words = fraction === 0 ? (low === 0 ? [high] : [high, low]) : [high, low, fraction * 1e5];
    exponent = digitsOf(high) + 6;
  } else if (yuan > 0) {
    words = fraction === 0 ? [yuan] : [yuan, fraction * 1e5];
    exponent = digitsOf(yuan) - 1;
  } else {
    words = [fraction * 1e5];
    exponent = fraction >= 10 ? -1 : -2;
  }
  return freeze ? Object.freeze(decimalFromFields(1, exponent, Object.freeze(words) as number[])) : decimalFromFields(1, exponent, words);
}

/**
 * @param cents - a safe integer
 * @returns the amount in yuan, frozen with its digits
 * @example
 * centsDecimal(38000000055).toFixed(2); //=> '380000000.55'
 */
export const centsDecimal: (cents: number) => Decimal = CENTS_BY_FIELDS ? (cents) => byFields(cents, true) : decimalOfCents;

/** The same Decimal, not frozen: only to measure what freezing costs (zero stays the shared frozen one). */
export const unfrozenCentsDecimal: (cents: number) => Decimal = CENTS_BY_FIELDS ? (cents) => byFields(cents, false) : decimalOfCents;
