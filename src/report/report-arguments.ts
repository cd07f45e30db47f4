import type { Comparison } from '../api/comparison.js';
import type { Assessment } from '../engine/assessment.js';
import type { Opportunities } from '../analysis/opportunity-types.js';
import { resultIssues } from '../engine/results.js';
import { IncentiveInputError } from '../schema/input-error.js';
import { isRecord } from '../schema/is-record.js';
import type { InputIssue } from '../schema/issues.js';
import { MESSAGES } from '../schema/messages.js';
import { readInput } from '../schema/read-input.js';

/** What to add to the message of a word refused for an option, by option and word: where that word is accepted. */
export type ChoiceHints = Readonly<Record<string, Readonly<Record<string, string>>>>;

/** A choice among a fixed set of words, or undefined for the default; an issue for anything else. */
function choice<T extends string>(settings: Record<string, unknown>, key: string, allowed: readonly T[], issues: InputIssue[], hints: ChoiceHints): T | undefined {
  const value = settings[key];
  if (value === undefined || (allowed as readonly unknown[]).includes(value)) return value as T | undefined;
  const hint = typeof value === 'string' && Object.hasOwn(hints, key) && Object.hasOwn(hints[key]!, value) ? hints[key]![value]! : '';
  issues.push({ code: 'unknown_option', path: ['options', key], message: `${MESSAGES.choice(value, allowed)}${hint}` });
  return undefined;
}

/**
 * Checks the arguments of `renderReport`: a report this library made, as it
 * was returned (recognised by identity, so nothing a caller controls is read),
 * and options that are absent or an object with only the keys given, each one
 * of its words. Every problem is thrown at once; a word that another entry
 * accepts is refused with the hint `hints` gives for it.
 *
 * @returns the report and the chosen words (undefined where the default applies)
 */
export function readReportArguments<const K extends string>(
  report: unknown,
  options: unknown,
  choices: { readonly [key in K]: readonly string[] },
  hints: ChoiceHints = {},
): { report: Assessment | Comparison | Opportunities; chosen: { [key in K]?: string } } {
  const issues = resultIssues(report, 'report', ['assessment', 'comparison', 'opportunities']);
  const read = readInput(options, { at: ['options'] });
  const chosen: { [key in K]?: string } = {};
  if (!read.ok) issues.push(...read.issues);
  else if (read.value !== undefined && !isRecord(read.value)) issues.push({ code: 'invalid_type', path: ['options'], message: MESSAGES.object(read.value) });
  else if (read.value !== undefined) {
    const known = Object.keys(choices);
    for (const key of Object.keys(read.value)) {
      if (!known.includes(key)) issues.push({ code: 'unknown_field', path: ['options', key], message: MESSAGES.unknownField(known) });
    }
    for (const key of known as K[]) chosen[key] = choice(read.value, key, choices[key], issues, hints);
  }
  if (issues.length > 0) throw new IncentiveInputError(issues);
  return { report: report as Assessment | Comparison | Opportunities, chosen };
}
