import type { Assessment } from '../engine/assessment.js';
import { assess } from '../engine/assess.js';
import { IncentiveInputError } from '../schema/input-error.js';
import type { ProjectInput } from '../schema/input-types.js';
import type { InputIssue } from '../schema/issues.js';
import { MESSAGES } from '../schema/messages.js';
import { validateProject } from '../schema/validate-project.js';
import { resolveOptions, type EvaluateOptions } from './options.js';

/**
 * Assesses a project under a policy: every entitlement it could claim,
 * itemized, with the formula, the caps, the verbatim source sentence and the
 * interpretations chosen.
 *
 * Pure and deterministic: the caller's objects are not changed, no clock is
 * read, and the same input always gives the same assessment.
 *
 * @param project - the project, described once (see `ProjectInput`)
 * @param options - the policy, the assessment date (or the project's `asOf`) and any interpretations
 * @returns the assessment; amounts are `Decimal`s rounded to the cent
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
  const resolved = resolveOptions(options);
  const validated = validateProject(project);
  const issues: InputIssue[] = [...(resolved.ok ? [] : resolved.issues), ...(validated.ok ? [] : validated.issues)];
  // Whether a date was given at all is known even when the rest is invalid.
  if (rawField(options, 'asOf') === undefined && rawField(project, 'asOf') === undefined) {
    issues.push({ code: 'required', path: ['asOf'], message: MESSAGES.missingAsOf });
  }
  if (issues.length > 0 || !resolved.ok || !validated.ok) throw new IncentiveInputError(issues);
  const asOf = resolved.options.asOf ?? validated.project.asOf;
  if (asOf === undefined) throw new IncentiveInputError([{ code: 'required', path: ['asOf'], message: MESSAGES.missingAsOf }]);
  const { pack, interpretations, plans } = resolved.options;
  return assess(pack, validated.project, asOf, { interpretations, plans });
}

function rawField(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null && Object.hasOwn(value, key)
    ? (value as Record<string, unknown>)[key]
    : undefined;
}
