import { compilePack, type CompiledPack } from '../engine/compiled.js';
import type { PolicyDefinition } from '../engine/definition.js';
import { BUILT_IN_POLICIES } from '../policies/index.js';

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
