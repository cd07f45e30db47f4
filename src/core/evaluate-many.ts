import { evaluateBatch, type BatchResult } from '../api/evaluate-batch.js';
import { PACKS_ONLY } from '../api/packs-only.js';
import type { ProjectInput } from '../schema/input-types.js';
import type { PackEvaluateOptions } from './options.js';

/**
 * `evaluateMany` of `chip-incentives/core`: many projects under one pack,
 * one at a time, in constant memory, as the main entry's `evaluateMany`
 * does; the policy is a pack, never an id.
 *
 * @param projects - any iterable (an array, a generator) or async iterable (a stream of parsed lines)
 * @param options - as for `evaluate` of `chip-incentives/core`; `asOf` here applies to every project, else each project's own
 * @returns a generator for an iterable, an async generator for an async iterable
 * @throws {IncentiveInputError} at once, for invalid options (an id as the policy) or projects that are not iterable
 *
 * @example
 * for (const result of evaluateMany(projects, { policy: qingshanLake2018 })) {
 *   if (result.ok) total = total.plus(result.assessment.totals.cash);
 *   else console.error(`project ${result.index}: ${result.error.message}`);
 * }
 */
export function evaluateMany(projects: Iterable<ProjectInput | unknown>, options: PackEvaluateOptions): Generator<BatchResult, void, undefined>;
export function evaluateMany(projects: AsyncIterable<ProjectInput | unknown>, options: PackEvaluateOptions): AsyncGenerator<BatchResult, void, undefined>;
export function evaluateMany(
  projects: Iterable<unknown> | AsyncIterable<unknown>,
  options: PackEvaluateOptions,
): Generator<BatchResult, void, undefined> | AsyncGenerator<BatchResult, void, undefined> {
  return evaluateBatch(projects, options, PACKS_ONLY);
}
