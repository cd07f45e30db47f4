import { expect } from 'vitest';
import { IncentiveInputError } from '../../src/index.js';
import { formatPath, formatWhere } from '../../src/schema/issues.js';
import { isExotic } from './exotic.js';

const CODES = new Set(['required', 'invalid_type', 'invalid_format', 'out_of_range', 'unknown_field', 'too_many', 'duplicate', 'not_found', 'inconsistent', 'unknown_option']);

/** Freezes a value and everything in it, so that any attempt to change a caller's input throws. */
export function deepFreeze<T>(value: T): T {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const next = stack.pop();
    // An exotic value (a Proxy, a getter) is the library's to read, not the harness's.
    if (typeof next === 'object' && next !== null && !isExotic(next) && !Object.isFrozen(next)) {
      Object.freeze(next);
      for (const key of Object.keys(next)) stack.push((next as Record<string, unknown>)[key]);
    }
  }
  return value;
}

function resolve(root: unknown, path: readonly string[]): { found: boolean; value: unknown } {
  let node = root;
  for (const key of path) {
    // What is inside an exotic value cannot be checked without running its traps: taken as there.
    if (isExotic(node)) return { found: true, value: {} };
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) return { found: false, value: undefined };
    node = (node as Record<string, unknown>)[key];
  }
  return { found: true, value: node };
}

/**
 * Every issue of an input error is data a person can act on: a known code, a
 * path whose parent exists in what the caller gave (the input, or the options
 * under `options`), and a sentence; the error's message repeats each path.
 */
export function expectReadableIssues(error: IncentiveInputError, roots: { input: unknown; options?: unknown }): void {
  const hasOptions = Object.hasOwn(roots, 'options');
  const lines = new Set(error.message.split('\n'));
  // Checked in plain code and reported together: an error may hold thousands of issues.
  const problems: string[] = [];
  if (error.issues.length === 0) problems.push('no issue');
  for (const issue of error.issues) {
    const where = formatPath(issue.path);
    if (!CODES.has(issue.code)) problems.push(`${where}: unknown code ${issue.code}`);
    if (!issue.path.every((part) => typeof part === 'string')) problems.push(`${where}: a path part is not a string`);
    if (typeof issue.message !== 'string' || issue.message.length < 10 || issue.message.length > 2_000) problems.push(`${where}: message of ${String(issue.message).length} characters`);
    if (issue.message.includes('[object Object]')) problems.push(`${where}: "[object Object]" in "${issue.message}"`);
    const [head, ...rest] = issue.path;
    const inOptions = head === 'options' && hasOptions;
    const path = inOptions ? rest : issue.path;
    if (path.length > 0) {
      const parent = resolve(inOptions ? roots.options : roots.input, path.slice(0, -1));
      if (!parent.found || (typeof parent.value !== 'object' && typeof parent.value !== 'function') || parent.value === null) problems.push(`${where}: its parent is not in the input`);
    }
    if (!lines.has(`- ${formatWhere(issue)}: ${issue.message}`)) problems.push(`${where}: not repeated in the error's message`);
  }
  expect(problems).toEqual([]);
}

/**
 * Runs a call on hostile input: it returns a result, or throws an
 * `IncentiveInputError` whose issues are readable; anything else fails.
 */
export function resultOrInputError<T>(call: () => T, roots: { input: unknown; options?: unknown }): T | undefined {
  try {
    return call();
  } catch (error) {
    if (!(error instanceof IncentiveInputError)) throw error;
    expectReadableIssues(error, roots);
    return undefined;
  }
}

const PROTOTYPES = [Object.prototype, Array.prototype, Function.prototype, String.prototype, Number.prototype];
const before = PROTOTYPES.map((prototype) => Object.getOwnPropertyNames(prototype).sort().join(','));

/** Nothing global changed: no key added to a built-in prototype, nothing inherited by a fresh object. */
export function expectNoPollution(): void {
  PROTOTYPES.forEach((prototype, index) => expect(Object.getOwnPropertyNames(prototype).sort().join(',')).toBe(before[index]));
  const fresh = {} as Record<string, unknown>;
  expect(fresh['polluted']).toBeUndefined();
  expect(Object.keys(Object.prototype)).toEqual([]);
}
