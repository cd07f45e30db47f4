import type { EligibilityTest, PolicyDefinition } from '../../engine/definition.js';
import { semiconductorAudience } from '../audience.js';
import { offer } from '../offer.js';
import { SIGNED_PROJECT } from './projects.js';
import { DOCUMENT, QUOTES, TITLE } from './source.js';

const PACK = 'nanhu-2022';

const IS_SIGNED_PROJECT = { fact: 'sourceProjects', includesAny: [SIGNED_PROJECT] };

// The commitments were made to one signed project; whether they extend to others is an interpretation.
// Under either reading the signed project itself is eligible.
const OPEN_TO_THIS_PROJECT: EligibilityTest[] = [
  {
    appliesIf: { interpretation: 'nanhuCommitments', is: 'comparable-projects' },
    when: { any: [IS_SIGNED_PROJECT, { fact: 'industry', is: 'semiconductors' }, { fact: 'industry', present: false }] },
    met: {
      en: 'Read as open to the signed photomask project and to comparable semiconductor and microelectronics projects; the project is one of them, or states no industry (interpretation nanhuCommitments: comparable-projects).',
      zh: '理解为对已签约的光掩模项目及同类半导体和微电子项目开放；本项目属于其中，或未说明所属行业（解释 nanhuCommitments：comparable-projects）。',
    },
    unmet: {
      en: 'Read as open to the signed photomask project and to comparable semiconductor and microelectronics projects; the project states another industry (interpretation nanhuCommitments: comparable-projects).',
      zh: '理解为对已签约的光掩模项目及同类半导体和微电子项目开放；本项目说明属于其他行业（解释 nanhuCommitments：comparable-projects）。',
    },
  },
  {
    appliesIf: { interpretation: 'nanhuCommitments', is: 'signed-project-only' },
    when: IS_SIGNED_PROJECT,
    met: {
      en: `The project is the signed photomask material project (sourceProjects names "${SIGNED_PROJECT}"; interpretation nanhuCommitments: signed-project-only).`,
      zh: `本项目即已签约的光掩模材料产业链项目（sourceProjects 含“${SIGNED_PROJECT}”；解释 nanhuCommitments：signed-project-only）。`,
    },
    unmet: {
      en: `Read as made to the signed photomask material project only, and the project does not say it is that project (sourceProjects: "${SIGNED_PROJECT}") (interpretation nanhuCommitments: signed-project-only).`,
      zh: `理解为仅对已签约的光掩模材料产业链项目作出，而本项目未说明即该项目（sourceProjects：“${SIGNED_PROJECT}”）（解释 nanhuCommitments：signed-project-only）。`,
    },
  },
];

// Where the signed project will be settled: a fact about that project, not an offer of land.
const SITING_NOTE = {
  en: 'The signed project "will be settled in the Integrated Circuit Industrial Park of Nanhu High-tech Zone": a fact about that project, not an offer of land; no site, land, price or terms are offered to any project.',
  zh: '已签约项目“将落户南湖高新区集成电路产业园”：这是关于该项目的事实，并非用地承诺；原文未向任何项目提供场地、用地、价格或条件。',
};

/**
 * Nanhu District's commitments at the signing of the photomask material
 * industry chain project in Nanhu High-tech Zone, released on 22 August 2022:
 * speed, service and a site, none with a figure.
 */
export const NANHU_2022: PolicyDefinition = {
  id: PACK,
  version: '1.0.0',
  name: {
    en: 'Nanhu District commitments to a photomask material project (2022)',
    zh: '南湖区光掩模材料产业链项目服务承诺（2022）',
  },
  jurisdiction: {
    level: 'district',
    name: { en: 'Nanhu District', zh: '南湖区' },
    within: [
      { en: 'Jiaxing', zh: '嘉兴市' },
      { en: 'Zhejiang Province', zh: '浙江省' },
    ],
    area: { en: 'Nanhu High-tech Zone (Jiaxing Science and Technology City)', zh: '南湖高新区（嘉兴科技城）' },
  },
  source: { document: DOCUMENT, title: TITLE, published: '2022-08-22', dateEvidence: [QUOTES.date] },
  validity: { note: { en: 'No expiry stated in the source.', zh: '原文未规定有效期。' } },
  audience: semiconductorAudience([QUOTES.microelectronics, QUOTES.leadingIndustry]),
  interpretations: [
    {
      id: 'nanhuCommitments',
      label: { en: 'Whom Nanhu\'s commitments extend to', zh: '南湖区承诺的适用范围' },
      question: {
        en: 'The district made its commitments to one signed project; the release also says it "welcomes more high-end talents and high-end projects" and wants the project to "attract more related projects".',
        zh: '区里的承诺针对一个已签约项目；报道同时称“欢迎更多高端人才、高端项目落户南湖”，并希望借此项目“吸引更多相关项目”。',
      },
      citations: [QUOTES.fast, QUOTES.welcome, QUOTES.site],
      default: 'comparable-projects',
      options: [
        {
          value: 'comparable-projects',
          label: { en: 'A comparable project can expect the same', zh: '同类项目可望同等对待' },
          rationale: {
            en: 'The district presents the project as "a typical sample of chip industry attraction" to "attract more related projects", and "welcomes more high-end talents and high-end projects": the commitments show what the signed project and a comparable semiconductor or microelectronics project can expect, with no figure attached.',
            zh: '区里将该项目作为“芯片产业招引的典型样板”以“吸引更多相关项目”，并“欢迎更多高端人才、高端项目落户南湖”：这些承诺表明已签约项目及同类半导体、微电子项目可望获得的对待，但均无金额。',
          },
        },
        {
          value: 'signed-project-only',
          label: { en: 'The signed project only', zh: '仅限已签约项目' },
          rationale: {
            en: 'The commitments were made to one named project; nothing binds the district to repeat them. The signed project says it is that project with sourceProjects: ["nanhu-2022/photomask-material"].',
            zh: '承诺是对一个具名项目作出的，区里并无义务对其他项目重复。已签约项目以 sourceProjects: ["nanhu-2022/photomask-material"] 表明其身份。',
          },
        },
      ],
    },
  ],
  rules: [
    offer({
      id: `${PACK}/fast-construction`,
      label: { en: 'Fast construction, approval and investment', zh: '快建厂、快审批、快投资' },
      instrument: 'service',
      citation: QUOTES.fast,
      offer: {
        en: 'factories built as soon as possible, with the project\'s approval and investment sped up',
        zh: '尽快建厂，加快项目审批和投资',
      },
      eligibility: OPEN_TO_THIS_PROJECT,
      notes: [SITING_NOTE],
      alsoCites: [QUOTES.site],
    }),
    offer({
      id: `${PACK}/project-escort`,
      label: { en: 'Business environment and escort to production', zh: '一流营商环境与全程护航' },
      instrument: 'service',
      citation: QUOTES.escort,
      offer: {
        en: 'a first-class business environment and every effort to escort the project until it is in production',
        zh: '一流营商环境，全力护航项目推进，力争早日投产',
      },
      eligibility: OPEN_TO_THIS_PROJECT,
    }),
  ],
  groups: [],
  funds: [],
  facts: [],
  programmeFacts: [
    {
      id: 'photomask-project-investment',
      label: { en: 'Total investment of the photomask material project', zh: '光掩模材料产业链项目总投资' },
      value: '3000000000',
      unit: 'CNY',
      citations: [QUOTES.investment],
    },
    {
      id: 'photomask-project-first-phase',
      label: { en: 'First-phase investment of the photomask material project', zh: '光掩模材料产业链项目一期投资' },
      value: '1100000000',
      unit: 'CNY',
      citations: [QUOTES.investment],
    },
    {
      id: 'industry-cluster',
      label: { en: 'Upstream and downstream enterprises gathered in the zone', zh: '园区集聚的上下游企业' },
      value: '241',
      unit: 'count',
      citations: [QUOTES.cluster],
    },
  ],
  limitations: [
    {
      en: 'The source reports a signing ceremony: it states commitments of speed and service made to one project, and no amount, land price, subsidy or term.',
      zh: '来源报道签约仪式：只载明对一个项目作出的提速与服务承诺，无金额、地价、补贴或条件。',
    },
    {
      en: 'Whether another project would receive the same treatment is not stated (interpretation nanhuCommitments).',
      zh: '其他项目能否获得同等对待未作说明（解释 nanhuCommitments）。',
    },
  ],
};
