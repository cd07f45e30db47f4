import type { SafeEvaluateResult } from '../api/safe-evaluate.js';
import { settled } from '../api/settled.js';
import type { ProjectInput } from '../schema/input-types.js';
import { evaluate } from './evaluate.js';
import type { PackEvaluateOptions } from './options.js';

/**
 * `safeEvaluate` of `chip-incentives/core`: its `evaluate` without the
 * throw. Bad input, an id given as the policy included, comes back as
 * `{ success: false, error }`; anything else is a defect and still thrown.
 *
 * @param project - the project (see `ProjectInput`)
 * @param options - as for `evaluate` of `chip-incentives/core`: the policy is a pack
 * @returns `{ success: true, data }` or `{ success: false, error }`
 *
 * @example
 * const result = safeEvaluate({ name: 'x', investment: { actual: 'ten' } }, { policy: qingshanLake2018, asOf: '2018-07-01' });
 * result.success; //=> false
 * result.error.issues[0].path; //=> ['investment', 'actual']
 */
export function safeEvaluate(project: ProjectInput, options: PackEvaluateOptions): SafeEvaluateResult {
  return settled(() => evaluate(project, options));
}
