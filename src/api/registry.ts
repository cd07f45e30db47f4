import type { CompiledPack } from '../engine/compiled.js';
import type { PolicyDefinition } from '../engine/definition.js';
import { BUILT_IN_CATALOG } from '../policies/catalog.js';
import { IncentiveInputError } from '../schema/input-error.js';
import { MESSAGES } from '../schema/messages.js';
import { readInput } from '../schema/read-input.js';
import { rawField } from './assess-project.js';
import { BUILT_IN_PACKS } from './built-in-packs.js';
import { validateDefinition } from './define-policy.js';
import type { PolicyResolver } from './policy-resolver.js';
import { compiledPack, isPolicyPack, madeHere, makePack } from './policy-pack.js';

/** The ids of the built-in packs. */
export function builtInPolicyIds(): string[] {
  return BUILT_IN_CATALOG.map((entry) => entry.id);
}

/** A built-in pack's definition by id (frozen). */
export function findBuiltInPolicy(id: string): PolicyDefinition | undefined {
  return BUILT_IN_PACKS.find((pack) => pack.id === id)?.definition;
}

/**
 * A built-in pack ready to evaluate, compiled on first use: the compiled form
 * of the very pack its entry exports, so that the id and the pack give one
 * and the same assessment.
 */
export function compiledBuiltInPolicy(id: string): CompiledPack | undefined {
  const pack = BUILT_IN_PACKS.find((candidate) => candidate.id === id);
  return pack && compiledPack(pack);
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

/** The policies of the main entry: a built-in pack's id, or any pack (another copy's validated again). */
export const IDS_OR_PACKS: PolicyResolver = {
  resolve: resolvePolicy,
  required: () => MESSAGES.policyRequired(builtInPolicyIds()),
  unknown: (policy) => MESSAGES.unknownPolicy(policy, builtInPolicyIds()),
};
