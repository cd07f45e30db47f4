import { assessArguments } from '../api/assess-project.js';
import { PACKS_ONLY } from '../api/packs-only.js';
import type { Assessment } from '../engine/assessment.js';
import type { ProjectInput } from '../schema/input-types.js';
import type { PackEvaluateOptions } from './options.js';

/**
 * `evaluate` of `chip-incentives/core`: the same function as the main
 * entry's (the same validation, engine, results and errors) for a policy
 * given as a pack. It takes no id, so that a bundle of it carries only the
 * packs the caller imports; an id is refused with an `IncentiveInputError`
 * that names the pack's import.
 *
 * @param project - the project, described once (see `ProjectInput`)
 * @param options - the pack, the assessment date (or the project's `asOf`) and any interpretations
 * @returns the assessment, frozen; amounts are `Decimal`s rounded to the cent
 * @throws {IncentiveInputError} listing every problem of the project and the options, with paths
 *
 * @example
 * import { evaluate } from 'chip-incentives/core';
 * import { qingshanLake2018 } from 'chip-incentives/packs/qingshan-lake-2018';
 * const assessment = evaluate(
 *   { name: 'CMP line', investment: { actual: '250000000', infrastructure: '50000000' } },
 *   { policy: qingshanLake2018, asOf: '2018-07-01' },
 * );
 * assessment.items[0].amount.toFixed(2);
 * //=> '30000000.00'  (min(30,000,000, 30% × 200,000,000))
 */
export function evaluate(project: ProjectInput, options: PackEvaluateOptions): Assessment {
  return assessArguments(project, options, PACKS_ONLY).assessment;
}
