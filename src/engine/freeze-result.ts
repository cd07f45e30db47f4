import { isDecimal } from '../money/decimal.js';

/**
 * Freezes a result (or a pack's definition) and everything in it, except
 * Decimals (immutable through their API) and what is frozen already: the
 * parts an assessment shares with its pack are frozen once, on the first
 * assessment that carries them, and cost nothing after. The walk uses its
 * own stack, so no depth can overflow the call stack.
 *
 * @param value - a result, or a definition
 * @returns the same value, frozen
 *
 * @example
 * const totals = freezeResult({ cash: new Decimal(1), parts: [1, 2] });
 * Object.isFrozen(totals.parts); //=> true
 */
export function freezeResult<T>(value: T): T {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const next = stack.pop();
    if (typeof next !== 'object' || next === null || Object.isFrozen(next) || isDecimal(next)) continue;
    Object.freeze(next);
    for (const key of Object.keys(next)) stack.push((next as Record<string, unknown>)[key]);
  }
  return value;
}
