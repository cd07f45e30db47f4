import type { EvaluateOptions } from '../api/options.js';
import type { PolicyPack } from '../api/policy-pack.js';

/**
 * How `chip-incentives/core` evaluates a project: as `EvaluateOptions`, with
 * the policy given as a pack (a built-in one from `chip-incentives/packs/<id>`,
 * or one from `definePolicy` or `loadPolicy`), never as an id.
 */
export type PackEvaluateOptions = Omit<EvaluateOptions, 'policy'> & {
  /** The pack to apply. */
  policy: PolicyPack;
};
