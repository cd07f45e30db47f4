import type { InputIssue } from './issues.js';
import { LIMITS } from './limits.js';
import { MESSAGES } from './messages.js';
import { readProjectFast } from './fast-project.js';
import { normalizeProject } from './normalize-project.js';
import { libraryProjectSchema } from './project.js';
import type { Project } from './project-types.js';
import { checkParsedRelations, checkProjectRelations } from './relations.js';
import { toInputIssues } from './zod-issues.js';

/**
 * Lists longer than their limit, found before anything is parsed: an
 * oversized input is refused at once, not read entry by entry first.
 */
function oversizedLists(input: unknown): InputIssue[] {
  const issues: InputIssue[] = [];
  const field = (value: unknown, key: string) =>
    typeof value === 'object' && value !== null && Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;
  const check = (value: unknown, max: number, path: string[]) => {
    if (Array.isArray(value) && value.length > max) issues.push({ code: 'too_many', path, message: MESSAGES.listTooLong(max) });
  };
  check(field(input, 'talents'), LIMITS.maxTalents, ['talents']);
  check(field(field(input, 'talentStartup'), 'loans'), LIMITS.maxLoans, ['talentStartup', 'loans']);
  return issues;
}

/** A validated project, or every problem found in it. */
export type ProjectValidation = { ok: true; project: Project } | { ok: false; issues: InputIssue[] };

/**
 * Validates a raw project: each field by `projectSchema`, then the relations
 * between fields; both kinds of problem are reported together. A project in
 * the common shape and valid is read by hand (`readProjectFast`), to the same
 * result; any other takes the zod path (`validateProjectWithZod`).
 *
 * @param input - the project, as `readInput` copied it
 * @returns the validated project with its defaults, or every problem found
 *
 * @example
 * validateProject({ name: 'x', investment: { actual: '-1' } });
 * //=> { ok: false, issues: [{ code: 'out_of_range', path: ['investment', 'actual'], message: 'An amount cannot be negative; got "-1".' }] }
 */
export function validateProject(input: unknown): ProjectValidation {
  const project = readProjectFast(input);
  return project === undefined ? validateProjectWithZod(input) : { ok: true, project };
}

/**
 * The zod path of `validateProject`, which says what is wrong: every
 * validation goes this way when the hand reading gives up.
 */
export function validateProjectWithZod(input: unknown): ProjectValidation {
  const oversized = oversizedLists(input);
  if (oversized.length > 0) return { ok: false, issues: oversized };
  // Without `reportInput` zod takes its fast path; the issues of a failure are read again with it.
  const parsed = libraryProjectSchema().safeParse(input);
  if (parsed.success) {
    // The fields are valid: their relations are checked on the parsed values, without reading them again.
    const project = normalizeProject(parsed.data);
    const issues = checkParsedRelations(input, project);
    return issues.length > 0 ? { ok: false, issues } : { ok: true, project };
  }
  const reported = libraryProjectSchema().safeParse(input, { reportInput: true });
  const zodIssues = reported.success ? [] : reported.error.issues;
  return { ok: false, issues: [...toInputIssues(zodIssues), ...checkProjectRelations(input)] };
}
