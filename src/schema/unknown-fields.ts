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

/**
 * The keys of an object its strict schema does not know, as zod reports them
 * and `toInputIssues` lists them: after the issues of its fields, in the order
 * `for…in` gives them, each an issue at its own path, with one message for
 * all (a single unknown key gets its did-you-mean, several do not). For the
 * objects read by hand in zod's stead (projects, the options of `evaluate`).
 *
 * @param value - the object as read
 * @param known - the fields allowed in it, in the order of its schema
 * @param path - where the object is
 * @param issues - where the issues are added
 *
 * @example
 * const issues = [];
 * strictUnknownFields({ nmae: 'x' }, { names: ['name', 'id'], set: new Set(['name', 'id']) }, [], issues);
 * issues; //=> [{ code: 'unknown_field', path: ['nmae'], message: 'Unknown field …: name, id. Did you mean "name"?' }]
 */
export function strictUnknownFields(
  value: object,
  known: { names: readonly string[]; set: ReadonlySet<string> },
  path: readonly string[],
  issues: InputIssue[],
): void {
  let unknown: string[] | undefined;
  for (const key in value) if (!known.set.has(key)) (unknown ??= []).push(key);
  if (unknown === undefined) return;
  const message = MESSAGES.unknownField(known.names, unknown.length === 1 ? unknown[0] : undefined);
  for (const key of unknown) issues.push({ code: 'unknown_field', path: [...path, key], message });
}
