import type { Assessment } from '../engine/assessment.js';
import { IncentiveInputError } from '../schema/input-error.js';
import type { SafeEvaluateResult } from './safe-evaluate.js';

/**
 * An evaluation's outcome as `safeEvaluate` returns it (either entry's): the
 * input error caught and returned, anything else (a defect) thrown.
 *
 * @param run - the evaluation
 * @returns `{ success: true, data }` or `{ success: false, error }`
 * @example
 * settled(() => evaluate(project, options)).success; //=> true
 */
export function settled(run: () => Assessment): SafeEvaluateResult {
  try {
    return { success: true, data: run() };
  } catch (error) {
    if (error instanceof IncentiveInputError) return { success: false, error };
    throw error;
  }
}
