import type { InputIssue } from '../../../src/schema/issues.js';
import { MESSAGES } from '../../../src/schema/messages.js';
import type { Project } from '../../../src/schema/project-types.js';
import { didYouMean } from '../../../src/schema/suggest.js';
import type { CompiledPack } from './compiled.js';
import type { PolicyDefinition } from './definition.js';

const named = new WeakMap<PolicyDefinition, ReadonlySet<string>>();

/**
 * The project ids a pack's conditions name (`{ fact: 'sourceProjects', includesAny: […] }`), wherever they
 * stand; read once per definition.
 *
 * @param definition - a pack's definition
 * @returns the ids
 *
 * @example
 * [...namedProjectsOf(nanhuDefinition)]; //=> ['nanhu-2022/photomask-material']
 */
export function namedProjectsOf(definition: PolicyDefinition): ReadonlySet<string> {
  let ids = named.get(definition);
  if (!ids) {
    const found = new Set<string>();
    // A definition is plain data, read and bounded as any input: a walk over it ends, and finds every condition.
    const visit = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(visit);
      else if (typeof value === 'object' && value !== null) {
        const fields = value as Record<string, unknown>;
        if (fields['fact'] === 'sourceProjects' && Array.isArray(fields['includesAny'])) {
          for (const id of fields['includesAny']) if (typeof id === 'string') found.add(id);
        }
        Object.values(fields).forEach(visit);
      }
    };
    visit(definition);
    ids = found;
    named.set(definition, ids);
  }
  return ids;
}

/**
 * The entries of a project's `sourceProjects` that name the pack assessed
 * (`<pack id>/…`) but none of the projects its source names: a misspelt id
 * would otherwise be taken as another project, and under a reading for the
 * named projects only, make their offers ineligible without a word. Entries
 * naming another pack are that pack's to check.
 *
 * @param pack - the pack the project is assessed under
 * @param project - the validated project
 * @returns one `not_found` issue per such entry, at its index
 *
 * @example
 * unknownSourceProjects(nanhu, { ...project, sourceProjects: ['nanhu-2022/photomask-materials'] })[0].path;
 * //=> ['sourceProjects', '0']
 */
export function unknownSourceProjects(pack: CompiledPack, project: Project): InputIssue[] {
  const prefix = `${pack.definition.id}/`;
  const issues: InputIssue[] = [];
  project.sourceProjects.forEach((id, index) => {
    if (!id.startsWith(prefix)) return;
    const known = namedProjectsOf(pack.definition);
    if (known.has(id)) return;
    issues.push({ code: 'not_found', path: ['sourceProjects', String(index)], message: MESSAGES.unknownSourceProject(id, pack.definition.id, [...known], didYouMean(id, known)) });
  });
  return issues;
}
