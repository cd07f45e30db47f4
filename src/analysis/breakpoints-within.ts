import type { EvaluateOptions } from '../api/options.js';
import type { Decimal } from '../money/decimal.js';
import { IncentiveInputError } from '../schema/input-error.js';
import type { ProjectInput } from '../schema/input-types.js';
import { breakpoints, type Breakpoint } from './breakpoints.js';

/**
 * The breakpoints of a sweep: those `breakpoints` finds along the path that
 * lie between its two ends (either way round), or undefined for a path whose
 * relation to the rules `breakpoints` does not know. The sweep has already
 * evaluated the project at both ends, so any other refusal is one of those.
 *
 * @returns the breakpoints in range, in increasing order of the input, or undefined
 *
 * @example
 * breakpointsWithin(project, 'investment.actual', { policy: 'qingshan-lake-2018' }, new Decimal(0), new Decimal('500000000'))
 *   ?.map((point) => point.exact); //=> ['100000000', '100000000']
 */
export function breakpointsWithin(project: ProjectInput, path: string, options: EvaluateOptions, from: Decimal, to: Decimal): Breakpoint[] | undefined {
  const { policy, ...rest } = options;
  let found: Breakpoint[];
  try {
    found = breakpoints(project, policy, path, rest);
  } catch (error) {
    if (error instanceof IncentiveInputError) return undefined;
    throw error;
  }
  const [low, high] = from.lessThanOrEqualTo(to) ? [from, to] : [to, from];
  return found.filter((point) => point.at.greaterThanOrEqualTo(low) && point.at.lessThanOrEqualTo(high));
}
