import { JIASHAN_PROJECTS } from './jiashan-2023/projects.js';
import { SIGNED_PROJECT } from './nanhu-2022/projects.js';

/** What the library knows of a built-in pack without loading it. */
export interface BuiltInEntry {
  /** The pack's id, as `evaluate` accepts it. */
  readonly id: string;
  /** The name the pack is exported by, from `chip-incentives` and from `chip-incentives/packs/<id>`. */
  readonly exportName: string;
  /** The projects its source names (`sourceProjects`), in the order its conditions name them. */
  readonly namedProjects: readonly string[];
}

/**
 * Every built-in pack, in the order of their sources' dates, as a small
 * table: what validating a project and naming a pack in a message need of
 * every pack, so that a bundle of `evaluate` with one pack carries none of
 * the others. A test checks it against the packs themselves.
 */
export const BUILT_IN_CATALOG: readonly BuiltInEntry[] = [
  { id: 'qingshan-lake-2018', exportName: 'qingshanLake2018', namedProjects: [] },
  { id: 'shanxi-2021', exportName: 'shanxi2021', namedProjects: [] },
  { id: 'nanhu-2022', exportName: 'nanhu2022', namedProjects: [SIGNED_PROJECT] },
  {
    id: 'jiashan-2023',
    exportName: 'jiashan2023',
    namedProjects: [JIASHAN_PROJECTS.xinghui, JIASHAN_PROJECTS.industrialPark, JIASHAN_PROJECTS.yuanfang],
  },
  { id: 'lishui-2024', exportName: 'lishui2024', namedProjects: [] },
];
