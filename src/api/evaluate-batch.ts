import type { Assessment } from '../engine/assessment.js';
import { IncentiveInputError } from '../schema/input-error.js';
import { MESSAGES } from '../schema/messages.js';
import { readArguments } from '../schema/read-arguments.js';
import { readInput } from '../schema/read-input.js';
import { assessProject } from './assess-project.js';
import { batchRefusal } from './batch-refusal.js';
import { keepPackAt } from './policy-pack.js';
import { isAsyncIterable, isIterable, readEach, readEachAsync } from './read-each.js';
import { resolveOptions, type ResolvedOptions } from './options.js';
import type { PolicyResolver } from './policy-resolver.js';

/** One project of a batch: its assessment, or the input error that stopped it, with its place in the input. */
export type BatchResult =
  | { index: number; ok: true; assessment: Assessment }
  | { index: number; ok: false; error: IncentiveInputError };

function evaluateOne(project: unknown, index: number, options: ResolvedOptions): BatchResult {
  const read = readInput(project);
  const outcome = read.ok ? assessProject(read.value, options, options.asOf) : read;
  return outcome.ok ? { index, ok: true, assessment: outcome.assessment } : { index, ok: false, error: new IncentiveInputError(outcome.issues) };
}

function* fromIterable(projects: Iterable<unknown>, options: ResolvedOptions): Generator<BatchResult, void, undefined> {
  let index = 0;
  for (const project of readEach(projects)) yield evaluateOne(project, index++, options);
}

async function* fromAsyncIterable(projects: AsyncIterable<unknown>, options: ResolvedOptions): AsyncGenerator<BatchResult, void, undefined> {
  let index = 0;
  for await (const project of readEachAsync(projects)) yield evaluateOne(project.value, index++, options);
}

/**
 * `evaluateMany` with the policy read by `policies`: the one batch of the
 * main entry (ids or packs) and of `chip-incentives/core` (packs only). The
 * options are checked once, before the first project.
 *
 * @param projects - any iterable or async iterable
 * @param options - the options as the caller gave them
 * @param policies - what the entry takes as a policy
 * @returns a generator for an iterable, an async generator for an async iterable
 * @throws {IncentiveInputError} at once, for invalid options, projects that are not iterable, or a text, bytes or a Map (see `batchRefusal`)
 * @example
 * [...evaluateBatch([project], { policy: qingshanLake2018 }, PACKS_ONLY)][0].ok; //=> true
 */
export function evaluateBatch(
  projects: Iterable<unknown> | AsyncIterable<unknown>,
  options: unknown,
  policies: PolicyResolver,
): Generator<BatchResult, void, undefined> | AsyncGenerator<BatchResult, void, undefined> {
  const [settings] = readArguments({ value: options, at: ['options'], keep: keepPackAt('policy') });
  const resolved = resolveOptions(settings, policies);
  if (!resolved.ok) throw new IncentiveInputError(resolved.issues);
  const refusal = batchRefusal(projects);
  if (refusal) throw new IncentiveInputError([refusal]);
  if (isAsyncIterable(projects)) return fromAsyncIterable(projects, resolved.options);
  if (!isIterable(projects)) throw new IncentiveInputError([{ code: 'invalid_type', path: ['projects'], message: MESSAGES.projectsList(projects) }]);
  return fromIterable(projects, resolved.options);
}
