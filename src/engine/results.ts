import type { InputIssue } from '../schema/issues.js';
import { MESSAGES } from '../schema/messages.js';
import { freezeResult } from './freeze-result.js';

/** What of a result holds Decimals below the levels frozen with it: an assessment's items, a comparison's entries. */
interface AmountHolders {
  items?: ReadonlyArray<{ amount: unknown; caps: unknown; exit?: unknown; commitments?: unknown; net?: unknown }>;
  entries?: ReadonlyArray<{ cash: unknown; cashAtCeiling: unknown; equity: unknown; ceilings?: unknown }>;
  totals?: { ceilings?: Record<string, unknown>; clawback?: Record<string, unknown>; net?: Record<string, unknown> };
}

/**
 * The assessments and comparisons this copy of the library made. Reports and
 * analyses of results recognise them by identity (a WeakSet lookup runs no
 * trap and reads no property), so nothing a caller controls is read to decide:
 * a copy, a spread or a Proxy of one is not one of them. Each is frozen as it
 * is registered (its top levels; see `FROZEN_LEVELS`). A sweep is registered
 * too, so that `toJSON` and the HTML report can read one as the library made it.
 */
const issued = {
  assessment: new WeakSet<object>(),
  comparison: new WeakSet<object>(),
  sweep: new WeakSet<object>(),
  opportunities: new WeakSet<object>(),
};

/** The kinds of result the library issues. */
export type ResultKind = keyof typeof issued;

/**
 * Levels of a result frozen as it is issued: the result, what it holds (its
 * items, totals, policy, entries…) and what those hold (each item, each
 * entry). Everything a result shares with its pack is frozen with the pack,
 * once; freezing every nested object of every result as well would cost
 * about a third of an evaluation (see the README's Performance). The Decimals
 * below these levels (an item's amount, its caps, its exit value; an entry's
 * sums) are frozen one by one: a Decimal may be one the library keeps (a
 * pack's ceiling, zero), so a write to it would change later results.
 */
const FROZEN_LEVELS = 2;

/**
 * Freezes and registers a result the library made: an assessment, or with
 * `kind` a comparison, a sweep or the opportunities of a project.
 *
 * @returns the same result, frozen
 *
 * @example
 * issueResult(assessment) === assessment; //=> true, and isIssued(assessment, 'assessment') is now true
 */
export function issueResult<T extends object>(result: T, kind: ResultKind = 'assessment'): T {
  // The opportunities are frozen whole: their Decimals sit at every depth
  // (standings, gains, the totals of each changed project), and they are
  // small next to the evaluations of the changed projects that made them.
  freezeResult(result, kind === 'opportunities' ? Number.POSITIVE_INFINITY : FROZEN_LEVELS);
  const { items = [], entries = [], totals } = result as AmountHolders;
  // Each part apart, not through a list made for the purpose: this runs for every item of every assessment.
  for (let index = 0; index < items.length; index += 1) {
    const item = items[index]!;
    if (!Object.isFrozen(item.amount)) freezeResult(item.amount);
    freezeList(item.caps as readonly unknown[]);
    if (item.exit !== undefined) freezeResult(item.exit);
    if (item.commitments !== undefined) freezeResult(item.commitments);
    if (item.net !== undefined) freezeResult(item.net);
  }
  for (const entry of entries) freezeResult([entry.cash, entry.cashAtCeiling, entry.equity, entry.ceilings]);
  // The stated maximums, the clawbacks and the net sums sit a level below the totals the freeze above reaches.
  if (totals !== undefined) {
    freezeSums(totals.ceilings);
    freezeSums(totals.clawback);
    freezeSums(totals.net);
  }
  issued[kind].add(result);
  return result;
}

/** A list of a result frozen with what it holds: each entry frozen already (a block's caps, the usual case) is not walked. */
function freezeList(list: readonly unknown[]): void {
  if (Object.isFrozen(list)) return;
  for (let index = 0; index < list.length; index += 1) if (!Object.isFrozen(list[index])) freezeResult(list[index]);
  Object.freeze(list);
}

/** The Decimals of a record of sums, frozen (each apart: no list is made for the purpose). */
function freezeSums(sums: Record<string, unknown> | undefined): void {
  if (sums === undefined) return;
  for (const key in sums) freezeResult(sums[key]);
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
export function resultIssues(value: unknown, argument: string, kinds: readonly ResultKind[] = ['assessment']): InputIssue[] {
  if (kinds.some((kind) => isIssued(value, kind))) return [];
  const message = kinds.length === 1 ? MESSAGES.notAnAssessment(value) : kinds.includes('sweep') ? MESSAGES.notAResult(value) : MESSAGES.notAReport(value);
  return [{ code: 'invalid_type', path: [argument], message }];
}
