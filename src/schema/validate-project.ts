import type { InputIssue } from './issues.js';
import { LIMITS } from './limits.js';
import { MESSAGES } from './messages.js';
import type { Project } from './project-types.js';
import { readProject } from './read-project.js';
import { checkParsedRelations, checkProjectRelations } from './relations.js';

/** A field of a value that may not be an object, read without its prototype. */
function ownField(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null && Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;
}

function checkLength(value: unknown, max: number, path: string[], issues: InputIssue[]): void {
  if (Array.isArray(value) && value.length > max) issues.push({ code: 'too_many', path, message: MESSAGES.listTooLong(max) });
}

/**
 * Lists longer than their limit, found before anything is read: an
 * oversized input is refused at once, not read entry by entry first.
 */
export function oversizedLists(input: unknown): InputIssue[] {
  const issues: InputIssue[] = [];
  checkLength(ownField(input, 'talents'), LIMITS.maxTalents, ['talents'], issues);
  checkLength(ownField(ownField(input, 'talentStartup'), 'loans'), LIMITS.maxLoans, ['talentStartup', 'loans'], issues);
  return issues;
}

/** A validated project, or every problem found in it. */
export type ProjectValidation = { ok: true; project: Project } | { ok: false; issues: InputIssue[] };

/**
 * Validates a raw project, by hand (`readProject`), without zod: an oversized
 * list is refused at once; otherwise each field is read, then the relations
 * between fields are checked (unique talent names, a founder among the
 * talents, infrastructure within the investment, the terms of the loans), and
 * both kinds of problem are reported together. The result is exactly the zod
 * path's (`validateProjectWithZod`: the schema of `project.ts`), the same
 * normalised project or the same issues in the same order: a differential
 * test holds them together.
 *
 * @param input - the project, as `readInput` copied it
 * @returns the validated project with its defaults, or every problem found
 *
 * @example
 * validateProject({ name: 'x', investment: { actual: '-1' } });
 * //=> { ok: false, issues: [{ code: 'out_of_range', path: ['investment', 'actual'], message: 'An amount cannot be negative; got "-1".' }] }
 */
export function validateProject(input: unknown): ProjectValidation {
  const oversized = oversizedLists(input);
  if (oversized.length > 0) return { ok: false, issues: oversized };
  const { issues, project, related } = readProject(input);
  if (project !== undefined && issues.length === 0) {
    if (!related) return { ok: true, project };
    // A relation may be broken: the checks of the relations say which, on the values read, without reading the amounts again.
    const relations = checkParsedRelations(input, project);
    return relations.length > 0 ? { ok: false, issues: relations } : { ok: true, project };
  }
  return { ok: false, issues: [...issues, ...checkProjectRelations(input)] };
}
