import type { CompiledPack } from '../engine/compiled.js';
import { readPackFacts } from '../engine/pack-facts.js';
import type { InputIssue } from '../schema/issues.js';
import { isRecord } from '../schema/is-record.js';
import { readProjectFacts } from '../schema/read-project-facts.js';

/**
 * The problems of the facts a project states for the packs of a call, when
 * the project is invalid for another reason (no `investment`, a bad date):
 * they are listed with its other problems, every problem in one error,
 * rather than found only once those are fixed. A valid project's facts are
 * checked where the pack and the project meet (see `measureWorkload`). When
 * `facts` itself is malformed, or the project is not an object, validation
 * has reported it, and nothing is added.
 *
 * @param input - the project, as `readInput` copied it
 * @param packs - the packs of the call
 * @returns the problems of its facts for those packs, each at `facts.<key>`
 *
 * @example
 * packFactIssues({ name: 'x', facts: { 'my-district/new-hires': -3 } }, [pack]);
 * //=> [{ code: 'out_of_range', path: ['facts', 'my-district/new-hires'], message: 'Expected a whole number from 0 to 1000000000000; got -3.' }]
 */
export function packFactIssues(input: unknown, packs: readonly CompiledPack[]): InputIssue[] {
  if (!isRecord(input)) return [];
  const raw = Object.hasOwn(input, 'facts') ? input['facts'] : undefined;
  const read = raw === undefined ? { ok: true as const, facts: new Map<string, unknown>() } : readProjectFacts(raw);
  if (!read.ok) return [];
  const facts = { facts: read.facts };
  return packs.flatMap((pack) => readPackFacts(pack.definition, facts).issues);
}
