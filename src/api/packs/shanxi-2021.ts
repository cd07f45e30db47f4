import { SHANXI_2021 } from '../../policies/shanxi-2021/index.js';
import { builtInPack, type PolicyPack } from '../policy-pack.js';

export type { ShanxiInterpretations } from '../../policies/index.js';

/**
 * The built-in pack `shanxi-2021`: Shanxi Province guidelines for semiconductors and integrated circuits (2021).
 * The same pack as the id `'shanxi-2021'` gives to `evaluate` from `chip-incentives`
 * (the same assessments), as a value: `evaluate` from `chip-incentives/core`
 * takes it, and a bundle that imports it carries no other pack (of the others, only the ids of the
 * projects their sources name, which the check of `sourceProjects` reads). Frozen.
 *
 * @example
 * import { evaluate } from 'chip-incentives/core';
 * import { shanxi2021 } from 'chip-incentives/packs/shanxi-2021';
 * evaluate(project, { policy: shanxi2021, asOf: '2024-06-01' }).policy.id;
 * //=> 'shanxi-2021'
 */
export const shanxi2021: PolicyPack = /* @__PURE__ */ builtInPack(SHANXI_2021);
