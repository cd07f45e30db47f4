import { LISHUI_2024 } from '../../policies/lishui-2024/index.js';
import { builtInPack, type PolicyPack } from '../policy-pack.js';

/**
 * The built-in pack `lishui-2024`: Lishui City value-added services for the semiconductor industry (2024).
 * The same pack as the id `'lishui-2024'` gives to `evaluate` from `chip-incentives`
 * (the same assessments), as a value: `evaluate` from `chip-incentives/core`
 * takes it, and a bundle that imports it carries no other pack (of the others, only the ids of the
 * projects their sources name, which the check of `sourceProjects` reads). Frozen.
 *
 * @example
 * import { evaluate } from 'chip-incentives/core';
 * import { lishui2024 } from 'chip-incentives/packs/lishui-2024';
 * evaluate(project, { policy: lishui2024, asOf: '2024-06-01' }).policy.id;
 * //=> 'lishui-2024'
 */
export const lishui2024: PolicyPack = /* @__PURE__ */ builtInPack(LISHUI_2024);
