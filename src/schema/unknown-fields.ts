import type { InputIssue } from './issues.js';
import { MESSAGES } from './messages.js';

/**
 * An issue for each key of an object that is not one of the known fields, at
 * its own path, with a did-you-mean hint for a misspelling (an own
 * `__proto__` or `constructor` key is one of them). For the objects read by
 * hand rather than by a schema (overrides, tranche plans, claims, pools).
 *
 * @param value - the object as read
 * @param known - the fields allowed in it
 * @param path - where the object is
 * @returns the issues, none when every key is known
 *
 * @example
 * unknownFieldIssues({ from: '0', amuont: '5' }, ['from', 'amount'], ['brackets', '0']);
 * //=> [{ code: 'unknown_field', path: ['brackets', '0', 'amuont'], message: 'Unknown field …: from, amount. Did you mean "amount"?' }]
 */
export function unknownFieldIssues(value: Record<string, unknown>, known: readonly string[], path: readonly string[]): InputIssue[] {
  return Object.keys(value)
    .filter((key) => !known.includes(key))
    .map((key) => ({ code: 'unknown_field' as const, path: [...path, key], message: MESSAGES.unknownField(known, key) }));
}
