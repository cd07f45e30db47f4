import type { CompiledPack } from '../engine/compiled.js';
import type { IncentiveInputError } from '../schema/input-error.js';

/**
 * What an entry of the package accepts as `policy`, and how it says what a
 * policy is: the main entry takes a built-in pack's id or a pack
 * (`IDS_OR_PACKS`), `chip-incentives/core` a pack only (`PACKS_ONLY`), so
 * that a bundle of the core entry carries no registry of packs. The options
 * are read the same way for both (`resolveOptions`).
 */
export interface PolicyResolver {
  /** The compiled pack a policy names; when not, the problems found, or none for "not a policy at all". */
  resolve(policy: unknown): { ok: true; pack: CompiledPack } | { ok: false; error?: IncentiveInputError };
  /** The sentence for options that give no policy. */
  required(): string;
  /** The sentence for a policy that names nothing `resolve` accepts, and gave no problems of its own. */
  unknown(policy: unknown): string;
}
