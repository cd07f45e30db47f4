import { BUILT_IN_CATALOG } from '../policies/catalog.js';
import { didYouMean } from '../schema/suggest.js';
import type { InputIssue } from '../schema/issues.js';
import { MESSAGES } from '../schema/messages.js';
import type { Project } from '../schema/project-types.js';
import { validateProject, type ProjectValidation } from '../schema/validate-project.js';

/**
 * The entries of a project's `sourceProjects` that name a built-in pack but
 * no project its source names (`nanhu-2022/photomask`): such an entry would
 * otherwise be read silently as no project at all. An entry of another pack
 * (a user's own) is the user's to define, and accepted. The named projects
 * come from the catalog, so that this check carries none of the packs.
 */
function sourceProjectIssues(project: Project): InputIssue[] {
  return project.sourceProjects.flatMap((entry, index): InputIssue[] => {
    const pack = entry.slice(0, entry.indexOf('/'));
    const named = BUILT_IN_CATALOG.find((builtIn) => builtIn.id === pack)?.namedProjects;
    if (named === undefined || named.includes(entry)) return [];
    return [{ code: 'not_found', path: ['sourceProjects', String(index)], message: MESSAGES.unknownSourceProject(entry, pack, named, didYouMean(entry, named)) }];
  });
}

/**
 * Validates a raw project as `validateProject` does, then what only the packs
 * know: each entry of `sourceProjects` that names a built-in pack must be a
 * project that pack's source names.
 *
 * @param input - the project, as `readInput` copied it
 * @returns the validated project, or every problem found
 *
 * @example
 * validateWithPacks({ name: 'x', sourceProjects: ['nanhu-2022/photomask'] });
 * //=> { ok: false, issues: [{ code: 'not_found', path: ['sourceProjects', '0'],
 * //     message: '"nanhu-2022/photomask" names no project of nanhu-2022: the projects its source names are
 * //     nanhu-2022/photomask-material. Did you mean "nanhu-2022/photomask-material"?' }] }
 */
export function validateWithPacks(input: unknown): ProjectValidation {
  const validated = validateProject(input);
  if (!validated.ok) return validated;
  const issues = sourceProjectIssues(validated.project);
  return issues.length > 0 ? { ok: false, issues } : validated;
}
