import type { EligibilityTest, PolicyDefinition } from '../../engine/definition.js';
import { offer } from '../offer.js';
import { DOCUMENT, QUOTES, TITLE } from './source.js';

const PACK = 'nanhu-2022';

// The commitments were made to one signed project; whether they extend to others is an interpretation.
const OPEN_TO_THIS_PROJECT: EligibilityTest = {
  when: { interpretation: 'nanhuCommitments', is: 'comparable-projects' },
  met: {
    en: 'Read as open to a comparable project (interpretation nanhuCommitments: comparable-projects).',
    zh: '理解为同类项目亦可享受（解释 nanhuCommitments：comparable-projects）。',
  },
  unmet: {
    en: 'Read as made to the signed photomask project only (interpretation nanhuCommitments: signed-project-only).',
    zh: '理解为仅对已签约的光掩模项目作出（解释 nanhuCommitments：signed-project-only）。',
  },
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
  interpretations: [
    {
      id: 'nanhuCommitments',
      label: { en: 'Whom Nanhu\'s commitments extend to', zh: '南湖区承诺的适用范围' },
      question: {
        en: 'The district made its commitments to one signed project; the release also says it "welcomes more high-end talents and high-end projects" and wants the project to "attract more related projects".',
        zh: '区里的承诺针对一个已签约项目；报道同时称“欢迎更多高端人才、高端项目落户南湖”，并希望借此项目“吸引更多相关项目”。',
      },
      citations: [QUOTES.fast, QUOTES.welcome],
      default: 'comparable-projects',
      options: [
        {
          value: 'comparable-projects',
          label: { en: 'A comparable project can expect the same', zh: '同类项目可望同等对待' },
          rationale: {
            en: 'The district presents the project as "a typical sample" to attract related projects: the commitments show what a comparable project can expect, with no figure attached.',
            zh: '区里将该项目作为吸引相关项目的“典型样板”：这些承诺表明同类项目可望获得的对待，但均无金额。',
          },
        },
        {
          value: 'signed-project-only',
          label: { en: 'The signed project only', zh: '仅限已签约项目' },
          rationale: {
            en: 'The commitments were made to one named project; nothing binds the district to repeat them.',
            zh: '承诺是对一个具名项目作出的，区里并无义务对其他项目重复。',
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
      eligibility: [OPEN_TO_THIS_PROJECT],
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
      eligibility: [OPEN_TO_THIS_PROJECT],
    }),
    offer({
      id: `${PACK}/ic-park-site`,
      label: { en: 'A site in the Integrated Circuit Industrial Park', zh: '集成电路产业园选址' },
      instrument: 'land',
      citation: QUOTES.site,
      offer: {
        en: 'a site in the Integrated Circuit Industrial Park of Nanhu High-tech Zone',
        zh: '落户南湖高新区集成电路产业园',
      },
      eligibility: [OPEN_TO_THIS_PROJECT],
      notes: [{ en: 'The land\'s size, price and terms are not stated.', zh: '用地面积、价格与条件均未说明。' }],
    }),
  ],
  groups: [],
  funds: [],
  facts: [
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
