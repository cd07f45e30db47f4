import type { PolicyDefinition } from '../engine/definition.js';
import { freezeResult } from '../engine/freeze-result.js';
import { JIASHAN_2023 } from './jiashan-2023/index.js';
import { LISHUI_2024 } from './lishui-2024/index.js';
import { NANHU_2022 } from './nanhu-2022/index.js';
import { QINGSHAN_LAKE_2018 } from './qingshan-lake-2018/index.js';
import { SHANXI_2021 } from './shanxi-2021/index.js';

const DEFINITIONS: readonly PolicyDefinition[] = [QINGSHAN_LAKE_2018, SHANXI_2021, NANHU_2022, JIASHAN_2023, LISHUI_2024];
let frozen: readonly PolicyDefinition[] | undefined;

/**
 * Every built-in policy pack, in the order of their sources' dates (the
 * order of `BUILT_IN_CATALOG`). Frozen, deep, on the first call rather than
 * as the module loads (an import does no work): `listPolicies` and
 * `listFundPools` hand out parts of them (a jurisdiction, a citation) before
 * any pack is compiled, and no caller may change what every later result reads.
 *
 * @returns the definitions, frozen
 * @example
 * builtInPolicies().map((policy) => policy.id)[0]; //=> 'qingshan-lake-2018'
 */
export function builtInPolicies(): readonly PolicyDefinition[] {
  frozen ??= freezeResult(DEFINITIONS);
  return frozen;
}

export type { QingshanLakeInterpretations } from './qingshan-lake-2018/interpretation-types.js';

/** The interpretations of `shanxi-2021` and their readings (default first). */
export interface ShanxiInterpretations {
  /** The emerging sectors "such as" 5G, aerospace, IoT and new energy vehicles: the four named, or any. */
  shanxiTargetMarkets: 'named-markets' | 'any-market';
}

/** The interpretations of `jiashan-2023` and their readings (default first). */
export interface JiashanInterpretations {
  /** Whom the county's support concerns: semiconductor projects, as the report's example, or any industry. */
  jiashanAudience: 'semiconductors' | 'any-industry';
  /** Whether the services done for the projects the report names are open to a comparable project. */
  jiashanCommitments: 'comparable-projects' | 'named-projects-only';
}

/** The interpretations of `nanhu-2022` and their readings (default first). */
export interface NanhuInterpretations {
  /** Whether the commitments made to the signed project extend to a comparable one. */
  nanhuCommitments: 'comparable-projects' | 'signed-project-only';
}
