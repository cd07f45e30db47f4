import type { Assessment } from '../engine/assessment.js';
import type { IncentiveInputError } from '../schema/input-error.js';
import type { ProjectInput } from '../schema/input-types.js';
import { evaluate } from './evaluate.js';
import type { EvaluateOptions } from './options.js';
import { settled } from './settled.js';

/** The outcome of `safeEvaluate`: the assessment, or the input error. */
export type SafeEvaluateResult = { success: true; data: Assessment } | { success: false; error: IncentiveInputError };

/**
 * `evaluate` without the throw: bad input comes back as `{ success: false, error }`.
 * Anything other than an input error is a defect of the library and is still thrown.
 *
 * @param project - the project (see `ProjectInput`)
 * @param options - as for `evaluate`
 * @returns `{ success: true, data }` or `{ success: false, error }`
 *
 * @example
 * const result = safeEvaluate({ name: 'x', investment: { actual: 'ten' } }, { policy: 'qingshan-lake-2018', asOf: '2018-07-01' });
 * result.success; //=> false
 * result.error.issues[0].path; //=> ['investment', 'actual']
 */
export function safeEvaluate(project: ProjectInput, options: EvaluateOptions): SafeEvaluateResult {
  return settled(() => evaluate(project, options));
}

