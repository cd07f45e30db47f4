import { NANHU_2022 } from '../../policies/nanhu-2022/index.js';
import { builtInPack, type PolicyPack } from '../policy-pack.js';

export type { NanhuInterpretations } from '../../policies/index.js';

/**
 * The built-in pack `nanhu-2022`: Nanhu District commitments to a photomask material project (2022).
 * The same pack as the id `'nanhu-2022'` gives to `evaluate` from `chip-incentives`
 * (the same assessments), as a value: `evaluate` from `chip-incentives/core`
 * takes it, and a bundle that imports it carries no other pack (of the others, only the ids of the
 * projects their sources name, which the check of `sourceProjects` reads). Frozen.
 *
 * @example
 * import { evaluate } from 'chip-incentives/core';
 * import { nanhu2022 } from 'chip-incentives/packs/nanhu-2022';
 * evaluate(project, { policy: nanhu2022, asOf: '2024-06-01' }).policy.id;
 * //=> 'nanhu-2022'
 */
export const nanhu2022: PolicyPack = /* @__PURE__ */ builtInPack(NANHU_2022);
