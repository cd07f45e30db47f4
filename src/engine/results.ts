import { isDecimal } from '../money/decimal.js';
import type { InputIssue } from '../schema/issues.js';
import { MESSAGES } from '../schema/messages.js';

/**
 * The assessments and comparisons this copy of the library made. Reports and
 * analyses of results recognise them by identity, without reading a property
 * a caller controls: a copy, a spread or a Proxy of one is not one of them.
 */
const assessments = new WeakSet<object>();
const comparisons = new WeakSet<object>();

/**
 * Freezes a result (or a pack's definition) and everything in it, except
 * Decimals (immutable through their API) and what is frozen already: the
 * parts an assessment shares with its pack are frozen once, on the first
 * assessment that carries them. The walk uses its own stack, so no depth can
 * overflow the call stack.
 */
export function freezeResult<T>(value: T): T {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const next = stack.pop();
    if (typeof next !== 'object' || next === null || Object.isFrozen(next) || isDecimal(next)) continue;
    Object.freeze(next);
    for (const key of Object.keys(next)) stack.push((next as Record<string, unknown>)[key]);
  }
  return value;
}

/** Registers and freezes an assessment the engine made; returns it. */
export function issueAssessment<T extends object>(assessment: T): T {
  freezeResult(assessment);
  assessments.add(assessment);
  return assessment;
}

/** Registers and freezes a comparison; returns it. */
export function issueComparison<T extends object>(comparison: T): T {
  freezeResult(comparison);
  comparisons.add(comparison);
  return comparison;
}

/** Whether a value is an assessment this library made, as it was returned. */
export function isIssuedAssessment(value: unknown): boolean {
  return typeof value === 'object' && value !== null && assessments.has(value);
}

/** Whether a value is a comparison this library made, as it was returned. */
export function isIssuedComparison(value: unknown): boolean {
  return typeof value === 'object' && value !== null && comparisons.has(value);
}

/** No issue for an assessment this library made; otherwise one, at the argument's name, saying to pass it as returned. */
export function assessmentIssues(value: unknown, argument: string): InputIssue[] {
  return isIssuedAssessment(value) ? [] : [{ code: 'invalid_type', path: [argument], message: MESSAGES.notAnAssessment(value) }];
}

/** The same for a report: an assessment or a comparison this library made. */
export function reportIssues(value: unknown, argument: string): InputIssue[] {
  return isIssuedAssessment(value) || isIssuedComparison(value) ? [] : [{ code: 'invalid_type', path: [argument], message: MESSAGES.notAReport(value) }];
}
