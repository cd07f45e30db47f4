/**
 * The projects the report names, as a project states it is one of them
 * (`sourceProjects`). A module of its own: the check of `sourceProjects`
 * reads these ids without the pack.
 */
export const JIASHAN_PROJECTS = {
  industrialPark: 'jiashan-2023/intelligent-manufacturing-industrial-park-phase-1',
  xinghui: 'jiashan-2023/xinghui-expansion',
  yuanfang: 'jiashan-2023/yuanfang-logistics-centre',
} as const;
