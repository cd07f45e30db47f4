import type { ProjectInput } from '../schema/input-types.js';
import { evaluateBatch, type BatchResult } from './evaluate-batch.js';
import type { EvaluateOptions } from './options.js';
import { IDS_OR_PACKS } from './registry.js';

export type { BatchResult } from './evaluate-batch.js';

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
 * @throws {IncentiveInputError} at once, for invalid options, for projects that are not iterable, and for a text, bytes
 * (a Buffer, a typed array) or a Map: iterated, they would yield characters, numbers or pairs, never a project
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
  return evaluateBatch(projects, options, IDS_OR_PACKS);
}
