import type { Assessment } from '../engine/assessment.js';
import type { ProjectInput } from '../schema/input-types.js';
import { assessArguments } from './assess-project.js';
import type { EvaluateOptions } from './options.js';
import { IDS_OR_PACKS } from './registry.js';

/**
 * Assesses a project under a policy: every entitlement it could claim,
 * itemized, with the formula, the caps, the verbatim source sentence and the
 * interpretations chosen.
 *
 * Pure and deterministic: the caller's objects are read once, as data (see
 * "Hostile input" in the README), and never changed; no clock is read; the
 * same input always gives the same assessment, frozen.
 *
 * @param project - the project, described once (see `ProjectInput`)
 * @param options - the policy, the assessment date (or the project's `asOf`) and any interpretations
 * @returns the assessment, frozen; amounts are `Decimal`s rounded to the cent
 * @throws {IncentiveInputError} listing every problem of the project and the options, with paths
 *
 * @example
 * const assessment = evaluate(
 *   { name: 'CMP line', investment: { actual: '250000000', infrastructure: '50000000' } },
 *   { policy: 'qingshan-lake-2018', asOf: '2018-07-01' },
 * );
 * assessment.items[0].amount.toFixed(2);
 * //=> '30000000.00'  (min(30,000,000, 30% × 200,000,000))
 */
export function evaluate(project: ProjectInput, options: EvaluateOptions): Assessment {
  return assessArguments(project, options, IDS_OR_PACKS).assessment;
}
