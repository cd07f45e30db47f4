import { normalizeProject } from './normalize-project.js';
import { libraryProjectSchema } from './project.js';
import { checkParsedRelations, checkProjectRelations } from './relations.js';
import { oversizedLists, type ProjectValidation } from './validate-project.js';
import { toInputIssues } from './zod-issues.js';

/**
 * The validation of a project by its zod schema (`projectSchema`), then the
 * relations between fields: what `validateProject` did before it read
 * projects by hand, kept as the reference its hand reading is held to (the
 * differential fuzz test). No public function validates this way: the zod
 * schema is the project's JSON Schema and its documentation.
 *
 * @param input - the project, as `readInput` copied it
 * @returns the validated project with its defaults, or every problem found
 *
 * @example
 * validateProjectWithZod({ name: 'x', investment: { actual: '-1' } });
 * //=> { ok: false, issues: [{ code: 'out_of_range', path: ['investment', 'actual'], message: 'An amount cannot be negative; got "-1".' }] }
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
