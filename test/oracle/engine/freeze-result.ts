import { isDecimal } from '../../../src/money/decimal.js';
import { frozenDecimal } from '../../../src/money/frozen-decimal.js';

/**
 * Freezes a value and what it holds, down to `levels` levels below it (all
 * of it by default), except what is frozen already (and so everything under
 * it: only this function freezes, and it freezes from the top down). A
 * Decimal met is frozen with its digits (see `frozenDecimal`), not walked.
 * The walk uses its own stack, so no depth can overflow the call stack.
 *
 * @param value - a definition, a result, or part of one
 * @param levels - how many levels below the value to freeze
 * @returns the same value, frozen
 *
 * @example
 * const totals = freezeResult({ cash: new Decimal(1), parts: [1, [2]] }, 1);
 * Object.isFrozen(totals.parts);    //=> true
 * Object.isFrozen(totals.parts[1]); //=> false
 * Object.isFrozen(totals.cash);     //=> true
 */
export function freezeResult<T>(value: T, levels = Number.POSITIVE_INFINITY): T {
  const stack: Array<{ node: unknown; level: number }> = [{ node: value, level: 0 }];
  while (stack.length > 0) {
    const { node, level } = stack.pop()!;
    if (typeof node !== 'object' || node === null || Object.isFrozen(node)) continue;
    if (isDecimal(node)) {
      frozenDecimal(node);
      continue;
    }
    Object.freeze(node);
    if (level >= levels) continue;
    for (const key in node) stack.push({ node: (node as Record<string, unknown>)[key], level: level + 1 });
  }
  return value;
}
