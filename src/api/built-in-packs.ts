import type { PolicyPack } from './policy-pack.js';
import { jiashan2023 } from './packs/jiashan-2023.js';
import { lishui2024 } from './packs/lishui-2024.js';
import { nanhu2022 } from './packs/nanhu-2022.js';
import { qingshanLake2018 } from './packs/qingshan-lake-2018.js';
import { shanxi2021 } from './packs/shanxi-2021.js';

/**
 * Every built-in pack as the value its own entry exports, in the order of
 * `BUILT_IN_CATALOG`: what an id given to `evaluate` stands for.
 */
export const BUILT_IN_PACKS: readonly PolicyPack[] = [qingshanLake2018, shanxi2021, nanhu2022, jiashan2023, lishui2024];
