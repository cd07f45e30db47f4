import { compilePack, type CompiledPack } from '../engine/compiled.js';
import type { PolicyDefinition } from '../engine/definition.js';
import { BUILT_IN_POLICIES } from '../policies/index.js';
import { IncentiveInputError } from '../schema/input-error.js';
import { readInput } from '../schema/read-input.js';
import { rawField } from './assess-project.js';
import { validateDefinition } from './define-policy.js';
import { compiledPack, isPolicyPack, madeHere, makePack } from './policy-pack.js';

const compiled = new Map<string, CompiledPack>();

/** The ids of the built-in packs. */
export function builtInPolicyIds(): string[] {
  return BUILT_IN_POLICIES.map((policy) => policy.id);
}

/** A built-in pack's definition by id. */
export function findBuiltInPolicy(id: string): PolicyDefinition | undefined {
  return BUILT_IN_POLICIES.find((policy) => policy.id === id);
}

/** A built-in pack ready to evaluate, compiled on first use. */
export function compiledBuiltInPolicy(id: string): CompiledPack | undefined {
  let pack = compiled.get(id);
  if (!pack) {
    const definition = findBuiltInPolicy(id);
    if (!definition) return undefined;
    pack = compilePack(definition);
    compiled.set(id, pack);
  }
  return pack;
}

/**
 * The compiled pack a caller names: a built-in id, or a pack from
 * `definePolicy`. A pack made by another copy of the library (its ESM and
 * CommonJS builds are two) is validated again, once.
 */
export function resolvePolicy(policy: unknown): { ok: true; pack: CompiledPack } | { ok: false; error?: IncentiveInputError } {
  if (typeof policy === 'string') {
    const pack = compiledBuiltInPolicy(policy);
    return pack ? { ok: true, pack } : { ok: false };
  }
  if (!isPolicyPack(policy)) return { ok: false };
  if (madeHere(policy)) return { ok: true, pack: compiledPack(policy) };
  let pack = foreign.get(policy);
  if (!pack) {
    // Another copy's pack is the caller's object as far as this copy knows: read as data, then validated.
    const read = readInput(policy);
    const definition = read.ok ? rawField(read.value, 'definition') : undefined;
    const validated = read.ok ? validateDefinition(definition, ['definition']) : { ok: false as const, error: new IncentiveInputError(read.issues) };
    if (!validated.ok) return { ok: false, error: validated.error };
    pack = compiledPack(makePack(validated.definition));
    foreign.set(policy, pack);
  }
  return { ok: true, pack };
}

const foreign = new WeakMap<object, CompiledPack>();
