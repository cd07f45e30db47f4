import type { Assessment } from '../engine/assessment.js';
import { IncentiveInputError } from '../schema/input-error.js';
import type { ProjectInput } from '../schema/input-types.js';
import { MESSAGES } from '../schema/messages.js';
import { readArguments } from '../schema/read-arguments.js';
import { readInput } from '../schema/read-input.js';
import { assessProject } from './assess-project.js';
import { keepPackAt } from './policy-pack.js';
import { isAsyncIterable, isIterable, readEach, readEachAsync } from './read-each.js';
import { resolveOptions, type EvaluateOptions, type ResolvedOptions } from './options.js';

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
 * Assesses many projects under one policy, one at a time, in constant
 * memory: a project is read, assessed and handed over before the next is
 * read, and nothing is kept. A bad project does not stop the batch: it comes
 * out as `{ ok: false, error, index }` in its place (a project that cannot be
 * read, its getters throwing, is a bad project). The options are checked
 * once, before the first project. An iterable whose iteration itself throws
 * ends the batch with an `IncentiveInputError` at `['projects']`.
 *
 * @param projects - any iterable (an array, a generator) or async iterable (a stream of parsed lines)
 * @param options - as for `evaluate`; `asOf` here applies to every project, else each project's own
 * @returns a generator for an iterable, an async generator for an async iterable
 * @throws {IncentiveInputError} at once, for invalid options or projects that are not iterable
 *
 * @example
 * for (const result of evaluateMany(projects, { policy: 'qingshan-lake-2018' })) {
 *   if (result.ok) total = total.plus(result.assessment.totals.cash);
 *   else console.error(`project ${result.index}: ${result.error.message}`);
 * }
 */
export function evaluateMany(projects: Iterable<ProjectInput | unknown>, options: EvaluateOptions): Generator<BatchResult, void, undefined>;
export function evaluateMany(projects: AsyncIterable<ProjectInput | unknown>, options: EvaluateOptions): AsyncGenerator<BatchResult, void, undefined>;
export function evaluateMany(
  projects: Iterable<unknown> | AsyncIterable<unknown>,
  options: EvaluateOptions,
): Generator<BatchResult, void, undefined> | AsyncGenerator<BatchResult, void, undefined> {
  const [settings] = readArguments({ value: options, at: ['options'], keep: keepPackAt('policy') });
  const resolved = resolveOptions(settings);
  if (!resolved.ok) throw new IncentiveInputError(resolved.issues);
  if (isAsyncIterable(projects)) return fromAsyncIterable(projects, resolved.options);
  if (!isIterable(projects)) throw new IncentiveInputError([{ code: 'invalid_type', path: ['projects'], message: MESSAGES.list(projects) }]);
  return fromIterable(projects, resolved.options);
}
