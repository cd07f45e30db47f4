import type { InputIssue } from './issues.js';
import { normalizeProject } from './normalize-project.js';
import { projectSchema } from './project.js';
import type { Project } from './project-types.js';
import { checkProjectRelations } from './relations.js';
import { toInputIssues } from './zod-issues.js';

/** A validated project, or every problem found in it. */
export type ProjectValidation = { ok: true; project: Project } | { ok: false; issues: InputIssue[] };

/**
 * Validates a raw project: each field by `projectSchema`, then the relations
 * between fields; both kinds of problem are reported together.
 */
export function validateProject(input: unknown): ProjectValidation {
  const parsed = projectSchema.safeParse(input, { reportInput: true });
  const issues = parsed.success ? [] : toInputIssues(parsed.error.issues);
  issues.push(...checkProjectRelations(input));
  if (issues.length > 0 || !parsed.success) return { ok: false, issues };
  return { ok: true, project: normalizeProject(parsed.data) };
}
