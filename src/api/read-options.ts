import type { IsoDate } from '../dates/iso-date.js';
import { readDate, Refusal } from '../schema/field-readers.js';
import type { InputIssue } from '../schema/issues.js';
import { MESSAGES } from '../schema/messages.js';
import { strictUnknownFields } from '../schema/unknown-fields.js';

/** The options as read: the policy, overrides and schedules still raw, for the pack to read. */
export interface ParsedOptions {
  policy: unknown;
  asOf?: IsoDate | undefined;
  interpretations?: Record<string, string> | undefined;
  overrides?: unknown;
  schedules?: unknown;
}

/** The options' fields, in the order of their zod schema (`optionsSchema`): the order of the issues and of the fields a message lists. */
const NAMES = ['policy', 'asOf', 'interpretations', 'overrides', 'schedules'];
const FIELDS = { names: NAMES, set: new Set(NAMES) };
const AT = ['options'];

/**
 * Whether zod takes a value for a record: an object whose `constructor`, if
 * it is a function, has a prototype of its own that is an object with
 * `isPrototypeOf` (a plain object, or one without a prototype; a class
 * instance is not one).
 */
function isPlainRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const made: unknown = (value as { constructor?: unknown }).constructor;
  if (made === undefined || typeof made !== 'function') return true;
  const prototype: unknown = made.prototype;
  return typeof prototype === 'object' && prototype !== null && !Array.isArray(prototype) && Object.hasOwn(prototype, 'isPrototypeOf');
}

/** Readings by interpretation id, every one a text; an own `__proto__` key is passed over (the reserved-key check refuses it). */
function readings(value: unknown, issues: InputIssue[]): Record<string, string> | undefined {
  const path = [...AT, 'interpretations'];
  if (!isPlainRecord(value)) {
    issues.push({ code: 'invalid_type', path, message: MESSAGES.object(value) });
    return undefined;
  }
  // The common case, every reading a text and no `__proto__` key: the copy is the readings.
  let plain = true;
  for (const key in value) if (key === '__proto__' || typeof value[key] !== 'string') plain = false;
  if (plain) return value as Record<string, string>;
  const read: Record<string, string> = {};
  for (const key of Object.keys(value)) {
    if (key === '__proto__') continue;
    const reading = value[key];
    if (typeof reading === 'string') read[key] = reading;
    else issues.push({ code: reading === undefined ? 'required' : 'invalid_type', path: [...path, key], message: MESSAGES.text(reading) });
  }
  return read;
}

/** The options' reading: the options, or every problem of their shape, with paths under `options`. */
export type OptionsReading = { ok: true; options: ParsedOptions } | { ok: false; issues: InputIssue[] };

/**
 * Reads the options of `evaluate` by hand, as their zod schema
 * (`optionsSchema`) reads them: an object with a `policy` (any value, for
 * the resolver), an optional assessment date, readings by interpretation id
 * (texts), and overrides and schedules left for the pack to check; unknown
 * fields refused with a did-you-mean. The same issues, in the same order, as
 * zod's (a differential test holds them together), save that a missing policy
 * is said in `policyRequired`'s words.
 *
 * @param copy - the options, as `readInput` copied them
 * @param policyRequired - what a missing policy is told (ids or packs, by entry)
 * @returns the options in the shape zod gives them, or every problem, with paths under `options`
 *
 * @example
 * readOptions({ policy: 'qingshan-lake-2018', asOf: '2019-01-01' }, 'A policy is required.');
 * //=> { ok: true, options: { policy: 'qingshan-lake-2018', asOf: '2019-01-01', interpretations: undefined, overrides: undefined, schedules: undefined } }
 * readOptions({ policy: 'qingshan-lake-2018', asOf: '2019-02-30' }, 'A policy is required.');
 * //=> { ok: false, issues: [{ code: 'invalid_format', path: ['options', 'asOf'], message: '"2019-02-30" is not a real calendar date.' }] }
 */
export function readOptions(copy: unknown, policyRequired: string): OptionsReading {
  if (typeof copy !== 'object' || copy === null || Array.isArray(copy)) {
    const missing = copy === undefined;
    return { ok: false, issues: [{ code: missing ? 'required' : 'invalid_type', path: AT, message: missing ? MESSAGES.required : MESSAGES.object(copy) }] };
  }
  const fields = copy as Record<string, unknown>;
  const issues: InputIssue[] = [];
  // zod asks for the key itself (`in`), whatever its value.
  if (!('policy' in fields)) issues.push({ code: 'required', path: [...AT, 'policy'], message: policyRequired });
  const { policy, asOf, interpretations, overrides, schedules } = fields;
  const date = asOf === undefined ? undefined : readDate(asOf);
  if (date instanceof Refusal) issues.push({ code: date.code, path: [...AT, 'asOf'], message: date.message });
  const read = interpretations === undefined ? undefined : readings(interpretations, issues);
  strictUnknownFields(fields, FIELDS, AT, issues);
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, options: { policy, asOf: date as IsoDate | undefined, interpretations: read, overrides, schedules } };
}
