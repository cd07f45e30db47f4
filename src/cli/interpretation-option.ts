import { pairs } from './pairs.js';

/**
 * The `--interpret id=value` arguments as the library's `interpretations`.
 * Built with `Object.fromEntries`, so that an id such as `__proto__` or
 * `constructor` is an own key of a plain object, which the library refuses as
 * unknown, rather than a write to a prototype.
 *
 * @param values - the `--interpret` arguments
 * @returns the readings by interpretation id, or undefined when none is given
 * @throws {UsageError} for an argument without `=`
 *
 * @example
 * interpretations(['majorProject=ceiling-only']); //=> { majorProject: 'ceiling-only' }
 */
export function interpretations(values: readonly string[] | undefined): Record<string, string> | undefined {
  const entries = pairs(values, 'interpret');
  return entries.length === 0 ? undefined : Object.fromEntries(entries);
}

