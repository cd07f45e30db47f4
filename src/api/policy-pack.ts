import { compilePack, type CompiledPack } from '../engine/compiled.js';
import type { PolicyDefinition } from '../engine/definition.js';
import { freezeResult } from '../engine/freeze-result.js';

/**
 * Marks the packs made by `definePolicy`. A registered symbol, so that a pack
 * made by the ESM build is recognised by the CommonJS one and the reverse.
 */
const BRAND = Symbol.for('chip-incentives.policy-pack');

/** A validated policy pack, usable wherever a built-in policy id is. */
export interface PolicyPack {
  readonly id: string;
  readonly name: string;
  /** The full definition, as `exportPolicy` writes it. */
  readonly definition: PolicyDefinition;
}

const compiled = new WeakMap<object, CompiledPack>();
/** The packs this copy of the library made (and so validated). */
const made = new WeakSet<object>();

/** Wraps a validated definition as a pack; the definition is frozen, so a pack never changes. */
export function makePack(definition: PolicyDefinition): PolicyPack {
  const pack = Object.freeze({ id: definition.id, name: definition.name.en, definition: freezeResult(definition), [BRAND]: true });
  made.add(pack);
  return pack;
}

/** Whether this copy of the library made the pack; a pack from another copy is validated again before use. */
export function madeHere(pack: PolicyPack): boolean {
  return made.has(pack);
}

/** Whether a value is a pack made by `definePolicy` (from either build of the library). */
export function isPolicyPack(value: unknown): value is PolicyPack {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
}

/**
 * For the boundary reader (`readInput`'s `keep`): a pack found where the
 * pattern says a policy goes (`'*'` for any key, such as a list index) is
 * kept as it is, since a pack is recognised by what it is, not by a copy of
 * its fields.
 *
 * @example
 * readInput(options, { at: ['options'], keep: keepPackAt('policy') });
 */
export function keepPackAt(...pattern: string[]): (value: object, path: readonly string[]) => boolean {
  return (value, path) => path.length === pattern.length && pattern.every((key, at) => key === '*' || key === path[at]) && isPolicyPack(value);
}

/** A pack ready to evaluate, compiled on first use. */
export function compiledPack(pack: PolicyPack): CompiledPack {
  let found = compiled.get(pack);
  if (!found) {
    found = compilePack(pack.definition);
    compiled.set(pack, found);
  }
  return found;
}
