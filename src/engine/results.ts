import type { InputIssue } from '../schema/issues.js';
import { MESSAGES } from '../schema/messages.js';
import { freezeResult } from './freeze-result.js';

/**
 * The assessments and comparisons this copy of the library made. Reports and
 * analyses of results recognise them by identity (a WeakSet lookup runs no
 * trap and reads no property), so nothing a caller controls is read to decide:
 * a copy, a spread or a Proxy of one is not one of them. Each is frozen as it
 * is registered (its top levels; see `FROZEN_LEVELS`).
 */
/** The kinds of result the library issues. */
export type ResultKind = 'assessment' | 'comparison' | 'opportunities';

const issued: Record<ResultKind, WeakSet<object>> = {
  assessment: new WeakSet<object>(),
  comparison: new WeakSet<object>(),
  opportunities: new WeakSet<object>(),
};

/**
 * Levels of a result frozen as it is issued: the result, what it holds (its
 * items, totals, policy, entries…) and what those hold (each item, each
 * entry). Everything a result shares with its pack is frozen with the pack,
 * once; freezing every nested object of every result as well would cost
 * about a third of an evaluation (see the README's Performance).
 */
const FROZEN_LEVELS = 2;

/**
 * Freezes and registers a result the library made: an assessment, or with
 * `kind` a comparison or the opportunities of a project.
 *
 * @returns the same result, frozen
 *
 * @example
 * issueResult(assessment) === assessment; //=> true, and isIssued(assessment, 'assessment') is now true
 */
export function issueResult<T extends object>(result: T, kind: ResultKind = 'assessment'): T {
  freezeResult(result, FROZEN_LEVELS);
  issued[kind].add(result);
  return result;
}

/**
 * Whether a value is a result this library made, as it was returned.
 *
 * @example
 * isIssued({ ...assessment }, 'assessment'); //=> false
 */
export function isIssued(value: unknown, kind: ResultKind): boolean {
  return typeof value === 'object' && value !== null && issued[kind].has(value);
}

/**
 * No issue for a result this library made of one of the kinds wanted;
 * otherwise one, at the argument's name, saying to pass it as returned.
 *
 * @example
 * resultIssues({}, 'report', ['assessment', 'comparison'])[0].path; //=> ['report']
 */
export function resultIssues(value: unknown, argument: string, kinds: ReadonlyArray<'assessment' | 'comparison'> = ['assessment']): InputIssue[] {
  if (kinds.some((kind) => isIssued(value, kind))) return [];
  const message = kinds.length === 1 ? MESSAGES.notAnAssessment(value) : MESSAGES.notAReport(value);
  return [{ code: 'invalid_type', path: [argument], message }];
}
