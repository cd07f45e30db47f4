import type { FactChange, ProjectInput } from '../../src/index.js';

/** The changes applied by a setter of the tests' own (not the library's), on a deep copy. */
export function applied(project: ProjectInput, changes: readonly FactChange[]): ProjectInput {
  const copy = structuredClone(project) as unknown as Record<string, unknown>;
  for (const change of changes) {
    let node = copy;
    for (const key of change.path.slice(0, -1)) {
      if (typeof node[key] !== 'object' || node[key] === null) node[key] = {};
      node = node[key] as Record<string, unknown>;
    }
    const last = change.path.at(-1)!;
    if (change.to === null) delete node[last];
    else node[last] = change.to;
  }
  return copy as unknown as ProjectInput;
}
