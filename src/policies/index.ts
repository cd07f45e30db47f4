import type { PolicyDefinition } from '../engine/definition.js';
import { QINGSHAN_LAKE_2018 } from './qingshan-lake-2018/index.js';

/** Every built-in policy pack, in the order they are listed. */
export const BUILT_IN_POLICIES: readonly PolicyDefinition[] = [QINGSHAN_LAKE_2018];

export type { QingshanLakeInterpretations } from './qingshan-lake-2018/interpretation-types.js';
