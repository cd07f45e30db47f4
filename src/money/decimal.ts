import DecimalModule from 'decimal.js';
import type { Decimal as DecimalInstance } from 'decimal.js';

/**
 * decimal.js's typings are written as an ES module, but its package.json
 * marks them CommonJS, so under NodeNext resolution TypeScript types the
 * default import as the module object `{ default, Decimal }`. At run time the
 * default import is the constructor itself (ESM build, and CJS through the
 * bundler's interop); a bundler that hands over the module object instead is
 * handled too. The public types name `Decimal` by its named export, which
 * resolves the same way under every module resolution.
 */
const DecimalJs: typeof DecimalInstance =
  typeof DecimalModule === 'function'
    ? (DecimalModule as unknown as typeof DecimalInstance)
    : (DecimalModule as unknown as { default: typeof DecimalInstance }).default;

/**
 * The library's private decimal constructor.
 *
 * A clone, so that nothing here changes the configuration of a `decimal.js`
 * the caller may use elsewhere (the global `Decimal.set` is never called).
 *
 * - `precision: 100` significant digits: inputs are limited to 10^15 yuan with
 *   at most 20 decimal places (see `src/schema/limits.ts`), so every product of
 *   an amount, a rate and a count that the rules form stays exact. Only
 *   divisions (shares, present values) can be inexact, and those are rounded
 *   explicitly where the calculation says.
 * - `rounding: ROUND_HALF_UP`: the one rounding mode money uses.
 * - `toExpNeg` / `toExpPos`: `toString()` never switches to exponent notation
 *   inside the accepted range.
 */
export const Decimal = DecimalJs.clone({
  precision: 100,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -100,
  toExpPos: 100,
});
// Every amount the library returns reaches this constructor (`amount.constructor`), and with it
// `set`: one call such as `amount.constructor.set({ precision: 3 })` would make every later result
// of the process wrong. Frozen, its configuration cannot change (`set` throws). The methods the
// library calls on it never write to it (only decimal.js's logarithms, exponentials, non-integer
// powers and trigonometry do, which it leaves to `DiscountDecimal`, whose values it never returns).
// The prototype stays as it is: decimal.js shares it with every clone, the caller's own included.
Object.freeze(Decimal);

/** An exact decimal value (an instance of `decimal.js`'s `Decimal`). */
export type Decimal = DecimalInstance;

/** Whether a value is a `decimal.js` instance, from this or any other clone. */
export function isDecimal(value: unknown): value is Decimal {
  return DecimalJs.isDecimal(value);
}

/**
 * Whether a value is an instance of this copy of decimal.js (every clone of it
 * shares one prototype): the check for the library's own values, which does
 * not look for decimal.js's tag on every other object.
 */
export function isOwnDecimal(value: unknown): value is Decimal {
  return value instanceof DecimalJs;
}

/**
 * A second private clone, for discount factors only: `(1 + rate)^(−days / 365)`
 * is irrational in general, so it is computed to 40 significant digits (far
 * beyond the cent on any amount the library accepts) rather than 100, which
 * would make each factor several times slower for no visible digit.
 */
export const DiscountDecimal = DecimalJs.clone({
  precision: 40,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -100,
  toExpPos: 100,
});
