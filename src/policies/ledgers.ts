import type { SentenceNote } from '../engine/ledger-types.js';
import { NOTES as JIASHAN_NOTES } from './jiashan-2023/coverage.js';
import { SEED as JIASHAN_SEED } from './jiashan-2023/seed.js';
import { NOTES as LISHUI_NOTES } from './lishui-2024/coverage.js';
import { SEED as LISHUI_SEED } from './lishui-2024/seed.js';
import { NOTES as NANHU_NOTES } from './nanhu-2022/coverage.js';
import { SEED as NANHU_SEED } from './nanhu-2022/seed.js';
import { NOTES as QINGSHAN_NOTES } from './qingshan-lake-2018/coverage.js';
import { SEED as QINGSHAN_SEED } from './qingshan-lake-2018/seed.js';
import { NOTES as SHANXI_NOTES } from './shanxi-2021/coverage.js';
import { SEED as SHANXI_SEED } from './shanxi-2021/seed.js';

/** A built-in pack's source, as the package's `seeds/` file holds it, and its notes on the sentences it does not cite. */
export interface SourceLedger {
  seed: string;
  notes: readonly SentenceNote[];
}

/** The source of every built-in pack, by pack id. */
export const SOURCE_LEDGERS: Readonly<Record<string, SourceLedger>> = {
  'qingshan-lake-2018': { seed: QINGSHAN_SEED, notes: QINGSHAN_NOTES },
  'shanxi-2021': { seed: SHANXI_SEED, notes: SHANXI_NOTES },
  'nanhu-2022': { seed: NANHU_SEED, notes: NANHU_NOTES },
  'jiashan-2023': { seed: JIASHAN_SEED, notes: JIASHAN_NOTES },
  'lishui-2024': { seed: LISHUI_SEED, notes: LISHUI_NOTES },
};
