import { compilePack, type CompiledPack, type Overrides } from './compiled.js';
import type { PolicyDefinition } from './definition.js';

/**
 * How many override sets are kept per pack. A sweep or a breakpoint search
 * varies one override over many values, and each value is evaluated many
 * times in a row: a few dozen recent sets keep those hits, and the bound keeps
 * the memory of a long sweep flat.
 */
const KEPT_PER_PACK = 64;

/** Recently compiled packs by definition, then by their overrides written as JSON, most recent last. */
const compiled = new WeakMap<PolicyDefinition, Map<string, CompiledPack>>();

/**
 * A pack compiled with validated overrides, compiled once per set of overrides
 * and kept: everything cached per compiled rule and parameter (limits, labels,
 * cap texts) is then made once per set too, instead of once per call (a call
 * with overrides cost five times one without).
 *
 * @param definition - the pack's definition (frozen by `compilePack`)
 * @param overrides - the overrides, already read and validated against the pack
 * @returns the compiled pack; the same object for the same overrides while it is kept
 *
 * @example
 * const overrides = { 'qingshan-lake-2018/project-co-investment': { ceiling: '50000000' } };
 * compiledWithOverrides(definition, overrides) === compiledWithOverrides(definition, { ...overrides });
 * //=> true
 */
export function compiledWithOverrides(definition: PolicyDefinition, overrides: Overrides): CompiledPack {
  // The overrides hold only rule ids, parameter names, decimal strings, tier tables and null: their JSON
  // says all of them, in their order (another order is another entry, never a wrong one).
  const key = JSON.stringify(overrides);
  let kept = compiled.get(definition);
  if (kept === undefined) compiled.set(definition, (kept = new Map()));
  const found = kept.get(key);
  if (found !== undefined) {
    // Most recent last: a hit moves to the end, so that the oldest is the one let go.
    kept.delete(key);
    kept.set(key, found);
    return found;
  }
  const pack = compilePack(definition, overrides);
  kept.set(key, pack);
  if (kept.size > KEPT_PER_PACK) kept.delete(kept.keys().next().value!);
  return pack;
}
