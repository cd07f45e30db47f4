import type { InputIssue } from '../schema/issues.js';
import { MESSAGES } from '../schema/messages.js';
import { readFactValue } from '../schema/fact-value.js';
import type { Project } from '../schema/project-types.js';
import type { DeclaredFact, DeclaredFactType, PolicyDefinition } from './definition.js';
import type { Fact, FactType, PackFacts } from './facts.js';

const FACT_TYPE: Record<DeclaredFactType, FactType> = {
  'amount': 'amount',
  'count': 'count',
  'rate': 'rate',
  'boolean': 'boolean',
  'date': 'date',
  'choice': 'text',
  'amount-series': 'amount-series',
  'count-series': 'count-series',
};

const catalogues = new WeakMap<readonly DeclaredFact[], ReadonlyMap<string, Fact>>();

/**
 * The facts a pack declares of its own, as the engine reads them, by their
 * qualified name `<pack id>/<fact id>`: each reads the value the project
 * states for the pack being evaluated. Made once per list of declarations.
 *
 * @param pack - the pack's id and its declared facts
 * @returns the facts by qualified name
 *
 * @example
 * declaredFacts({ id: 'my-district', facts: [{ id: 'new-hires', type: 'count', label: { en: 'new hires', zh: '新增雇员' } }] })
 *   .get('my-district/new-hires')?.type; //=> 'count'
 */
export function declaredFacts(pack: Pick<PolicyDefinition, 'id' | 'facts'>): ReadonlyMap<string, Fact> {
  let catalogue = catalogues.get(pack.facts);
  if (!catalogue) {
    catalogue = new Map(pack.facts.map((declared): [string, Fact] => {
      const key = `${pack.id}/${declared.id}`;
      return [key, {
        type: FACT_TYPE[declared.type], scope: 'project', label: declared.label,
        ...(declared.values && { values: declared.values }),
        read: (context) => context.pack?.values.get(key) as never,
      }];
    }));
    catalogues.set(pack.facts, catalogue);
  }
  return catalogue;
}

/** A pack's facts as read for one project: the values, and the problems of those the project got wrong. */
export interface PackFactsReading {
  facts: PackFacts;
  issues: InputIssue[];
}

/** The reading of a project that states no fact, by pack: no value, no problem. */
const noFacts = new WeakMap<PolicyDefinition, PackFactsReading>();

function noFactsOf(definition: PolicyDefinition): PackFactsReading {
  let reading = noFacts.get(definition);
  if (!reading) noFacts.set(definition, (reading = Object.freeze({ facts: Object.freeze({ declared: declaredFacts(definition), values: new Map() }), issues: Object.freeze([]) as unknown as InputIssue[] })));
  return reading;
}

const readings = new WeakMap<Pick<Project, 'facts'>, WeakMap<PolicyDefinition, PackFactsReading>>();

function read(definition: PolicyDefinition, project: Pick<Project, 'facts'>): PackFactsReading {
  const declared = declaredFacts(definition);
  const values = new Map<string, unknown>();
  const issues: InputIssue[] = [];
  const prefix = `${definition.id}/`;
  const known = [...declared.keys()];
  for (const [key, raw] of project.facts) {
    // A fact of another pack is that pack's: a comparison assesses one project under many.
    if (!key.startsWith(prefix)) continue;
    const declaration = definition.facts.find((fact) => `${prefix}${fact.id}` === key);
    if (!declaration) {
      issues.push({ code: 'unknown_field', path: ['facts', key], message: MESSAGES.unknownPackFact(key, definition.id, known) });
      continue;
    }
    const result = readFactValue(raw, declaration);
    if (result.ok) values.set(key, result.value);
    else for (const problem of result.problems) issues.push({ code: problem.code, path: ['facts', key, ...problem.path], message: problem.message });
  }
  for (const declaration of definition.facts) {
    const key = `${prefix}${declaration.id}`;
    if (declaration.required && !project.facts.has(key)) {
      issues.push({ code: 'required', path: ['facts', key], message: MESSAGES.requiredPackFact(declaration.label.en, definition.id) });
    }
  }
  return { facts: { declared, values }, issues };
}

/**
 * Reads and checks the facts a project states for the pack being evaluated
 * (those keyed `<pack id>/…`): an unknown one, a value of the wrong type or
 * outside the declared limits, and a required one left out are problems at
 * `facts.<key>`; facts of other packs are left alone. Read once per project
 * and pack.
 *
 * @param definition - the pack being evaluated
 * @param project - the validated project, or only its validated `facts` (those of a project otherwise invalid)
 * @returns the values, for the engine, and the problems
 *
 * @example
 * readPackFacts(pack.definition, project).issues;
 * //=> [{ code: 'out_of_range', path: ['facts', 'my-district/new-hires'], message: 'Expected a whole number from 0 to 1000000000000; got -3.' }]
 */
export function readPackFacts(definition: PolicyDefinition, project: Pick<Project, 'facts'>): PackFactsReading {
  // No fact stated, none required: the same reading for every project, kept by the pack, not by the project
  // (a table keyed by each short-lived project is work for the garbage collector on every evaluation).
  if (project.facts.size === 0 && !definition.facts.some((declaration) => declaration.required)) return noFactsOf(definition);
  let byPack = readings.get(project);
  if (!byPack) readings.set(project, (byPack = new WeakMap()));
  let reading = byPack.get(definition);
  if (!reading) byPack.set(definition, (reading = read(definition, project)));
  return reading;
}
