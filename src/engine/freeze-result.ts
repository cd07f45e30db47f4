import { isDecimal, isOwnDecimal } from '../money/decimal.js';
import { frozenDecimal } from '../money/frozen-decimal.js';

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
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  // Two parallel stacks rather than one of records: a result holds hundreds of objects, frozen on every call.
  const nodes: unknown[] = [value];
  const depths: number[] = [0];
  while (nodes.length > 0) {
    const node = nodes.pop();
    const level = depths.pop()!;
    if (typeof node !== 'object' || node === null || Object.isFrozen(node)) continue;
    // Results and packs hold the library's own Decimals; the tag check is for any other.
    if (isOwnDecimal(node) || (!Array.isArray(node) && isDecimal(node))) {
      frozenDecimal(node);
      continue;
    }
    Object.freeze(node);
    if (level >= levels) continue;
    if (Array.isArray(node)) {
      for (let index = 0; index < node.length; index += 1) {
        const child: unknown = node[index];
        if (typeof child === 'object' && child !== null) {
          nodes.push(child);
          depths.push(level + 1);
        }
      }
      continue;
    }
    for (const key in node) {
      const child = (node as Record<string, unknown>)[key];
      if (typeof child === 'object' && child !== null) {
        nodes.push(child);
        depths.push(level + 1);
      }
    }
  }
  return value;
}
