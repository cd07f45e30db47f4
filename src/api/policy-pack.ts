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

/**
 * Wraps a built-in pack's definition as a pack, as the pack's own entry
 * (`chip-incentives/packs/<id>`) and the registry of ids hand it out: one
 * object for both, so that the id and the pack share one compiled form. The
 * definition is the library's own data, validated by its tests, not input;
 * it is frozen on first read of `definition` rather than as the module
 * loads, so that importing a pack does no work (every reader of a pack goes
 * through that getter).
 *
 * @param definition - a built-in pack's definition
 * @returns the pack, frozen, its definition frozen when first read
 * @example
 * const qingshanLake2018 = builtInPack(QINGSHAN_LAKE_2018);
 * Object.isFrozen(qingshanLake2018.definition.rules); //=> true
 */
export function builtInPack(definition: PolicyDefinition): PolicyPack {
  let frozen: PolicyDefinition | undefined;
  const pack = Object.freeze({
    id: definition.id,
    name: definition.name.en,
    get definition() {
      frozen ??= freezeResult(definition);
      return frozen;
    },
    [BRAND]: true,
  });
  made.add(pack);
  return pack;
}

/** Whether this copy of the library made the pack; a pack from another copy is validated again before use. */
export function madeHere(pack: PolicyPack): boolean {
  return made.has(pack);
}

/**
 * What each object's marker said when it was first read: `true`, `false`, or
 * `unreadable` when reading it threw. Read once per object, so that a Proxy
 * cannot answer one check and then another differently (or throw the second
 * time): every later check gets the first answer.
 */
const markers = new WeakMap<object, boolean | 'unreadable'>();

function markerOf(value: object): boolean | 'unreadable' {
  let marker = markers.get(value);
  if (marker === undefined) {
    try {
      marker = made.has(value) || (value as Record<symbol, unknown>)[BRAND] === true;
    } catch {
      marker = 'unreadable';
    }
    markers.set(value, marker);
  }
  return marker;
}

/** Whether a value is a pack made by `definePolicy` (from either build of the library); its marker is read once. */
export function isPolicyPack(value: unknown): value is PolicyPack {
  return typeof value === 'object' && value !== null && markerOf(value) === true;
}

/**
 * For the boundary reader (`readInput`'s `keep`): a pack found where the
 * pattern says a policy goes (`'*'` for any key, such as a list index) is
 * kept as it is, since a pack is recognised by what it is, not by a copy of
 * its fields. An object whose marker cannot be read is reported unreadable
 * at its path (the reader turns the throw into that issue).
 *
 * @example
 * readInput(options, { at: ['options'], keep: keepPackAt('policy') });
 */
export function keepPackAt(...pattern: string[]): (value: object, path: readonly string[]) => boolean {
  return (value, path) => {
    if (path.length !== pattern.length || !pattern.every((key, at) => key === '*' || key === path[at])) return false;
    const marker = markerOf(value);
    if (marker === 'unreadable') throw new TypeError('The policy pack marker could not be read.');
    return marker;
  };
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
