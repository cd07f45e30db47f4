import { QINGSHAN_LAKE_2018 } from '../../policies/qingshan-lake-2018/index.js';
import { builtInPack, type PolicyPack } from '../policy-pack.js';

export type { QingshanLakeInterpretations } from '../../policies/qingshan-lake-2018/interpretation-types.js';

/**
 * The built-in pack `qingshan-lake-2018`: Qingshan Lake Science and Technology City / Micro-Nano Smart Manufacturing Town package (2018), Lin’an District, Hangzhou.
 * The same pack as the id `'qingshan-lake-2018'` gives to `evaluate` from `chip-incentives`
 * (the same assessments), as a value: `evaluate` from `chip-incentives/core`
 * takes it, and a bundle that imports it carries no other pack (of the others, only the ids of the
 * projects their sources name, which the check of `sourceProjects` reads). Frozen.
 *
 * @example
 * import { evaluate } from 'chip-incentives/core';
 * import { qingshanLake2018 } from 'chip-incentives/packs/qingshan-lake-2018';
 * evaluate(project, { policy: qingshanLake2018, asOf: '2018-07-01' }).items[0].amount.toFixed(2);
 * //=> '30000000.00'  (min(30,000,000, 30% × 200,000,000))
 */
export const qingshanLake2018: PolicyPack = /* @__PURE__ */ builtInPack(QINGSHAN_LAKE_2018);
