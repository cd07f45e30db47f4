import { isRecord } from './is-record.js';
import type { InputIssue } from './issues.js';
import { LIMITS } from './limits.js';
import { MESSAGES } from './messages.js';
import { QUALIFIED_ID } from './qualified-id.js';

/** `<pack id>/<fact id>`, as a pack's conditions name a fact of its own. */
export const PACK_FACT_KEY = QUALIFIED_ID;

/** A project's facts as read, or the problems of `facts` itself, their paths from `facts`. */
export type ProjectFactsReading = { ok: true; facts: ReadonlyMap<string, unknown> } | { ok: false; issues: InputIssue[] };

/**
 * Reads a project's `facts`: an object of at most `LIMITS.maxProjectFacts`
 * entries keyed `<pack id>/<fact id>`, the values kept as given (a copy).
 * Their types and limits belong to the packs, so they are read when a pack is
 * evaluated (see `readPackFacts`); here only the keys are checked. The zod
 * field of the project schema (`projectFactsField`) wraps this reader.
 *
 * @param value - the value of `facts`, as `readInput` copied it
 * @returns the facts by key, or every problem, each path relative to `facts`
 * @example
 * readProjectFacts({ 'my-district/new-hires': 120 });
 * //=> { ok: true, facts: Map { 'my-district/new-hires' => 120 } }
 * readProjectFacts({ 'New hires': 120 });
 * //=> { ok: false, issues: [{ code: 'invalid_format', path: ['New hires'], message: … }] }
 */
export function readProjectFacts(value: unknown): ProjectFactsReading {
  if (!isRecord(value)) return { ok: false, issues: [{ code: 'invalid_type', path: [], message: MESSAGES.projectFacts(value) }] };
  const entries = Object.entries(value);
  if (entries.length > LIMITS.maxProjectFacts) {
    return { ok: false, issues: [{ code: 'too_many', path: [], message: MESSAGES.listTooLong(LIMITS.maxProjectFacts) }] };
  }
  const issues: InputIssue[] = [];
  for (const [key] of entries) {
    if (!PACK_FACT_KEY.test(key)) issues.push({ code: 'invalid_format', path: [key], message: MESSAGES.projectFactKey(key) });
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, facts: new Map(entries) };
}
