import type { InputIssue } from './issues.js';
import { LIMITS } from './limits.js';
import { MESSAGES } from './messages.js';
import { normalizeProject } from './normalize-project.js';
import { projectSchema } from './project.js';
import type { Project } from './project-types.js';
import { checkProjectRelations } from './relations.js';
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
 * between fields; both kinds of problem are reported together.
 */
export function validateProject(input: unknown): ProjectValidation {
  const oversized = oversizedLists(input);
  if (oversized.length > 0) return { ok: false, issues: oversized };
  const parsed = projectSchema.safeParse(input, { reportInput: true });
  const issues = parsed.success ? [] : toInputIssues(parsed.error.issues);
  issues.push(...checkProjectRelations(input));
  if (issues.length > 0 || !parsed.success) return { ok: false, issues };
  return { ok: true, project: normalizeProject(parsed.data) };
}
