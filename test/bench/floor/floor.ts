import { computeAmounts } from './amounts.js';
import { readProject } from './read.js';
import { buildResult } from './result.js';

export { NotMyShape } from './read.js';

/**
 * The floor prototype: the assessment `evaluate` gives for a project of the
 * representative shape under the benchmark's options, by a hand-specialised
 * "compiled" Qingshan Lake pack: one fused pass of validation and reading,
 * integer cents, a deeply frozen result of shared constants with formula,
 * trace and schedule computed when read. Not part of the library: a
 * measurement of what a fully compiled engine could at best do.
 *
 * @param project - a project of the representative shape
 * @param options - `{ policy: 'qingshan-lake-2018', interpretations: { incrementalOverlap: 'independent' } }`
 * @returns what `evaluate(project, options)` returns, field for field
 * @throws {NotMyShape} for a project or options the prototype does not cover
 */
export function floorEvaluate(project: unknown, options: unknown) {
  const reading = readProject(project, options);
  return buildResult(reading, computeAmounts(reading));
}
