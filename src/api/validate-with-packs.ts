import type { PolicyDefinition } from '../engine/definition.js';
import { BUILT_IN_POLICIES } from '../policies/index.js';
import type { InputIssue } from '../schema/issues.js';
import { MESSAGES } from '../schema/messages.js';
import type { Project } from '../schema/project-types.js';
import { validateProject, type ProjectValidation } from '../schema/validate-project.js';

/** Every value a definition's conditions look for in `sourceProjects`, found by walking its plain data. */
function namedProjects(definition: PolicyDefinition): string[] {
  const found = new Set<string>();
  const pending: unknown[] = [definition];
  while (pending.length > 0) {
    const value = pending.pop();
    if (typeof value !== 'object' || value === null) continue;
    if (Array.isArray(value)) {
      pending.push(...value);
      continue;
    }
    const record = value as { fact?: unknown; includesAny?: unknown };
    if (record.fact === 'sourceProjects' && Array.isArray(record.includesAny)) {
      for (const name of record.includesAny as unknown[]) if (typeof name === 'string') found.add(name);
    }
    pending.push(...Object.values(record));
  }
  return [...found].sort();
}

// The built-in packs never change: their named projects are read once, on first use.
let byPack: ReadonlyMap<string, readonly string[]> | undefined;

function builtInNamedProjects(): ReadonlyMap<string, readonly string[]> {
  byPack ??= new Map(BUILT_IN_POLICIES.map((definition) => [definition.id, namedProjects(definition)]));
  return byPack;
}

/**
 * The entries of a project's `sourceProjects` that name a built-in pack but
 * no project its source names (`nanhu-2022/photomask`): such an entry would
 * otherwise be read silently as no project at all. An entry of another pack
 * (a user's own) is the user's to define, and accepted.
 */
function sourceProjectIssues(project: Project): InputIssue[] {
  const known = builtInNamedProjects();
  return project.sourceProjects.flatMap((entry, index): InputIssue[] => {
    const pack = entry.slice(0, entry.indexOf('/'));
    const named = known.get(pack);
    if (named === undefined || named.includes(entry)) return [];
    return [{ code: 'not_found', path: ['sourceProjects', String(index)], message: MESSAGES.unknownSourceProject(entry, pack, named) }];
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
 * //     message: 'The source of nanhu-2022 names no project "nanhu-2022/photomask"; the projects it names are:
 * //     nanhu-2022/photomask-material. Did you mean "nanhu-2022/photomask-material"?' }] }
 */
export function validateWithPacks(input: unknown): ProjectValidation {
  const validated = validateProject(input);
  if (!validated.ok) return validated;
  const issues = sourceProjectIssues(validated.project);
  return issues.length > 0 ? { ok: false, issues } : validated;
}
