import { JIASHAN_2023 } from '../../policies/jiashan-2023/index.js';
import { builtInPack, type PolicyPack } from '../policy-pack.js';

export type { JiashanInterpretations } from '../../policies/index.js';

/**
 * The built-in pack `jiashan-2023`: Jiashan County innovation funding and government services (2023).
 * The same pack as the id `'jiashan-2023'` gives to `evaluate` from `chip-incentives`
 * (the same assessments), as a value: `evaluate` from `chip-incentives/core`
 * takes it, and a bundle that imports it carries no other pack (of the others, only the ids of the
 * projects their sources name, which the check of `sourceProjects` reads). Frozen.
 *
 * @example
 * import { evaluate } from 'chip-incentives/core';
 * import { jiashan2023 } from 'chip-incentives/packs/jiashan-2023';
 * evaluate(project, { policy: jiashan2023, asOf: '2024-06-01' }).policy.id;
 * //=> 'jiashan-2023'
 */
export const jiashan2023: PolicyPack = /* @__PURE__ */ builtInPack(JIASHAN_2023);
