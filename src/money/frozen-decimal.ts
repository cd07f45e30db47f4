import type { Decimal } from './decimal.js';

/**
 * Freezes a Decimal and its digit array. A `decimal.js` instance keeps its
 * value in the writable fields `d` (digits), `e` and `s`; its methods never
 * change an existing instance, but a caller could. A Decimal the library keeps
 * (a constant, a pack's parameter) or hands out (an amount of a result, which
 * may be that very constant) is frozen, so that no caller can change what a
 * later calculation reads.
 *
 * @param value - a Decimal
 * @returns the same Decimal, frozen (a write to it throws in strict code and does nothing otherwise)
 *
 * @example
 * const zero = frozenDecimal(new Decimal(0));
 * Object.isFrozen(zero) && Object.isFrozen(zero.d); //=> true
 */
export function frozenDecimal<T extends Decimal>(value: T): T {
  // `d` is null for NaN and the infinities, which the library never makes; freezing null is a no-op.
  Object.freeze((value as unknown as { d: unknown }).d);
  return Object.freeze(value);
}
