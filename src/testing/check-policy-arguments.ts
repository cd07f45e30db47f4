import { exportPolicy, IncentiveInputError, type InputIssue, type PolicyPack } from '../index.js';
import { MESSAGES } from '../schema/messages.js';
import { didYouMean } from '../schema/suggest.js';

/** Generated projects per check when the caller does not say. */
export const DEFAULT_RUNS = 200;
/** Most generated projects per check: a million is hours of work, and a sign of a mistyped number beyond. */
export const MAX_RUNS = 1_000_000;
/** fast-check's seeds are 32-bit integers: what its failure report prints, and what replays it. */
const SEEDS = { min: -(2 ** 31), max: 2 ** 31 - 1 };
const OPTION_NAMES = ['runs', 'seed'];

/** The arguments of `checkPolicy`, read and checked. */
export interface PolicyCheckPlan {
  /** The id of the pack to check. */
  policy: string;
  runs: number;
  seed: number | undefined;
}

/** The problem with a number that must be a whole number from `min` to `max`, if any. */
function wholeNumberIssue(value: unknown, min: number, max: number, path: string[], message: string): InputIssue[] {
  if (typeof value !== 'number') return [{ code: 'invalid_type', path, message }];
  return Number.isInteger(value) && value >= min && value <= max ? [] : [{ code: 'out_of_range', path, message }];
}

/** The pack's id, read by the library itself: an unknown id or a value that is not a pack is its input error. */
function policyId(policy: unknown, issues: InputIssue[]): string {
  try {
    return exportPolicy(policy as PolicyPack).id;
  } catch (error) {
    if (!(error instanceof IncentiveInputError)) throw error;
    issues.push(...error.issues);
    return '';
  }
}

/**
 * Own fields read once, so that what is checked is what is used. A getter or
 * a proxy that throws while they are read makes the options invalid, rather
 * than escaping.
 */
function ownFields(options: object, issues: InputIssue[]): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  try {
    for (const key of Object.keys(options)) {
      if (OPTION_NAMES.includes(key)) fields[key] = (options as Record<string, unknown>)[key];
      else issues.push({ code: 'unknown_field', path: ['options', key], message: MESSAGES.unknownField(OPTION_NAMES) + didYouMean(key, OPTION_NAMES) });
    }
  } catch {
    issues.push({ code: 'invalid_type', path: ['options'], message: MESSAGES.invalid(options) });
    return {};
  }
  return fields;
}

/**
 * Reads and checks the arguments of `checkPolicy` before any project is
 * generated, so that a mistake in them is an `IncentiveInputError` listing
 * every problem, never a fast-check failure report.
 *
 * @param policy - a built-in id or a pack, as given
 * @param options - `{ runs?, seed? }` or nothing, as given
 * @returns the pack's id, the number of runs and the seed
 * @throws {IncentiveInputError} for an unknown policy, a value that is not a pack, or bad options
 *
 * @example
 * checkPolicyArguments('qingshan-lake-2018', { runs: 50 });
 * //=> { policy: 'qingshan-lake-2018', runs: 50, seed: undefined }
 */
export function checkPolicyArguments(policy: unknown, options: unknown): PolicyCheckPlan {
  const issues: InputIssue[] = [];
  const id = policyId(policy, issues);
  let fields: Record<string, unknown> = {};
  if (typeof options === 'object' && options !== null && !Array.isArray(options)) fields = ownFields(options, issues);
  else if (options !== undefined) issues.push({ code: 'invalid_type', path: ['options'], message: MESSAGES.object(options) });
  const { runs = DEFAULT_RUNS, seed } = fields;
  issues.push(...wholeNumberIssue(runs, 1, MAX_RUNS, ['options', 'runs'], MESSAGES.positiveInteger(runs, MAX_RUNS)));
  if (seed !== undefined) issues.push(...wholeNumberIssue(seed, SEEDS.min, SEEDS.max, ['options', 'seed'], MESSAGES.seed(seed)));
  if (issues.length > 0) throw new IncentiveInputError(issues);
  return { policy: id, runs: runs as number, seed: seed as number | undefined };
}
