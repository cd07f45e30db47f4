import { IncentiveInputError } from './input-error.js';
import type { InputIssue } from './issues.js';
import { readInput, type ReadOptions } from './read-input.js';

/** One argument of a call to read, with where it sits and what to keep. */
export interface Argument extends ReadOptions {
  value: unknown;
}

/**
 * Reads every argument of a call (see `readInput`): their copies in order,
 * or one `IncentiveInputError` listing what could not be read in any of them.
 *
 * @param args - each argument with where it sits in the call (`at`) and what to keep as it is
 * @returns the copies, in the order of the arguments
 * @throws {IncentiveInputError} listing every value of every argument that could not be read
 *
 * @example
 * const [project, options] = readArguments({ value: given }, { value: settings, at: ['options'] });
 */
export function readArguments(...args: readonly Argument[]): unknown[] {
  const issues: InputIssue[] = [];
  const copies = args.map((arg) => {
    const read = readInput(arg.value, arg);
    if (read.ok) return read.value;
    issues.push(...read.issues);
    return undefined;
  });
  if (issues.length > 0) throw new IncentiveInputError(issues);
  return copies;
}
