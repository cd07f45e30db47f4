import type { EligibilityTest, PolicyDefinition } from '../../engine/definition.js';
import { semiconductorAudience } from '../audience.js';
import { offer } from '../offer.js';
import { DOCUMENT, QUOTES, TITLE } from './source.js';

const PACK = 'shanxi-2021';

const MANUFACTURING: EligibilityTest = {
  when: { fact: 'activities', includesAny: ['manufacturing'] },
  met: { en: 'The project manufactures.', zh: '项目从事制造。' },
  unmet: { en: 'The project does not manufacture (activities do not include "manufacturing").', zh: '项目不从事制造（业务类型不含“manufacturing”）。' },
};

/**
 * Shanxi Province's guidelines for semiconductors and integrated circuits,
 * announced on 20 June (2021). The guidelines name what the province will
 * support and for whom, but give no figure: every offer is unquantified.
 */
export const SHANXI_2021: PolicyDefinition = {
  id: PACK,
  version: '1.0.0',
  name: {
    en: 'Shanxi Province guidelines for semiconductors and integrated circuits (2021)',
    zh: '山西省半导体与集成电路产业高质量发展指导意见（2021）',
  },
  jurisdiction: {
    level: 'province',
    name: { en: 'Shanxi Province', zh: '山西省' },
    within: [],
  },
  source: {
    document: DOCUMENT,
    title: TITLE,
    published: '2021-06-20',
    dateNote: {
      en: 'The report dates the statement "June 20" without a year; the year 2021, when the guidelines were issued, is not in the source text.',
      zh: '报道仅写“6月20日”，未写年份；2021年为指导意见发布年份，原文未载明。',
    },
    dateEvidence: [QUOTES.date],
  },
  validity: { note: { en: 'No expiry stated in the source.', zh: '原文未规定有效期。' } },
  audience: semiconductorAudience([QUOTES.date]),
  interpretations: [
    {
      id: 'shanxiTargetMarkets',
      label: { en: 'Emerging sectors targeted by Shanxi\'s manufacturing support', zh: '山西制造业支持所针对的新兴领域' },
      question: {
        en: 'The guidelines target emerging sectors "such as 5G communications, aerospace, the internet of things and new energy vehicles": "such as" leaves the list open.',
        zh: '指导意见针对“5G通信、航空航天、物联网、新能源汽车等”新兴领域，“等”字使范围不封闭。',
      },
      citations: [QUOTES.manufacturing],
      default: 'named-markets',
      options: [
        {
          value: 'named-markets',
          label: { en: 'The four sectors named', zh: '仅限列明的四个领域' },
          rationale: {
            en: 'Only the sectors the text names can be checked against it; the cautious reading.',
            zh: '只有原文列明的领域可据以核对；审慎读法。',
          },
        },
        {
          value: 'any-market',
          label: { en: 'Any manufacturing project', zh: '任何制造项目' },
          rationale: {
            en: '"Such as" introduces examples: a manufacturing project for another emerging sector may count too.',
            zh: '“等”表示列举：面向其他新兴领域的制造项目也可能适用。',
          },
        },
      ],
    },
  ],
  rules: [
    offer({
      id: `${PACK}/design-companies`,
      label: { en: 'Attraction of IC design companies and design services outsourcing', zh: '引进集成电路设计企业与设计服务外包' },
      instrument: 'unspecified',
      citation: QUOTES.designCompanies,
      offer: {
        en: 'support to attract design companies and develop semiconductor and IC design services outsourcing in the province',
        zh: '支持引进设计企业、发展半导体和集成电路设计服务外包',
      },
      eligibility: [
        {
          when: { fact: 'activities', includesAny: ['design', 'design-services'] },
          met: { en: 'The project designs chips or provides design services.', zh: '项目从事芯片设计或设计服务。' },
          unmet: { en: 'The project neither designs chips nor provides design services.', zh: '项目不从事芯片设计或设计服务。' },
        },
      ],
      notes: [
        {
          en: 'The guidelines aim at design companies "with national influence and competitiveness", which they do not define.',
          zh: '指导意见面向“具有全国影响力和竞争力”的设计企业，但未界定其标准。',
        },
      ],
    }),
    offer({
      id: `${PACK}/emerging-sector-manufacturing`,
      label: { en: 'Expansion of manufacturing for emerging sectors', zh: '面向新兴领域的制造业扩张' },
      instrument: 'unspecified',
      citation: QUOTES.manufacturing,
      offer: {
        en: 'help to expand semiconductor and IC-related manufacturing for emerging sectors',
        zh: '帮助扩大面向新兴领域的半导体和集成电路相关制造业',
      },
      eligibility: [
        MANUFACTURING,
        {
          appliesIf: { interpretation: 'shanxiTargetMarkets', is: 'named-markets' },
          when: { fact: 'targetMarkets', includesAny: ['5g', 'aerospace', 'iot', 'new-energy-vehicles'] },
          met: {
            en: 'The project targets 5G, aerospace, the internet of things or new energy vehicles.',
            zh: '项目面向5G、航空航天、物联网或新能源汽车。',
          },
          unmet: {
            en: 'The project targets none of 5G, aerospace, the internet of things and new energy vehicles.',
            zh: '项目不面向5G、航空航天、物联网或新能源汽车。',
          },
        },
      ],
    }),
    offer({
      id: `${PACK}/new-production-lines`,
      label: { en: 'New production lines for RF, power and optoelectronic devices', zh: '射频、功率和光电器件新生产线建设' },
      instrument: 'unspecified',
      citation: QUOTES.productionLines,
      offer: {
        en: 'help with building a new production line for high-performance radio-frequency, power or optoelectronic devices',
        zh: '帮助建设高性能射频、功率或光电器件新生产线',
      },
      eligibility: [
        MANUFACTURING,
        {
          when: { fact: 'classification.newProductionLine', is: true },
          met: { en: 'The project builds a new production line.', zh: '项目新建生产线。' },
          unmet: { en: 'The project does not build a new production line.', zh: '项目不新建生产线。' },
        },
        {
          when: { fact: 'deviceTypes', includesAny: ['radio-frequency', 'power', 'optoelectronic'] },
          met: { en: 'The line makes radio-frequency, power or optoelectronic devices.', zh: '生产线生产射频、功率或光电器件。' },
          unmet: {
            en: 'The project makes none of radio-frequency, power and optoelectronic devices.',
            zh: '项目不生产射频、功率或光电器件。',
          },
        },
      ],
      notes: [
        {
          en: 'The form and size of the help are not stated; "high-performance" is not defined.',
          zh: '帮助的形式与规模未说明；“高性能”亦未界定。',
        },
      ],
    }),
    offer({
      id: `${PACK}/equipment-cooperation`,
      label: { en: 'Cooperation between manufacturers and equipment makers', zh: '制造企业与设备企业合作' },
      instrument: 'service',
      citation: QUOTES.equipment,
      offer: {
        en: 'help to smooth cooperation between semiconductor manufacturers and equipment enterprises',
        zh: '为半导体制造企业与设备企业加强合作牵线搭桥',
      },
      eligibility: [
        {
          when: { fact: 'activities', includesAny: ['equipment', 'manufacturing'] },
          met: { en: 'The project makes semiconductor equipment or manufactures semiconductors.', zh: '项目生产半导体设备或从事半导体制造。' },
          unmet: {
            en: 'The project neither makes equipment nor manufactures semiconductors.',
            zh: '项目既不生产设备也不从事半导体制造。',
          },
        },
      ],
    }),
    offer({
      id: `${PACK}/national-teams`,
      label: { en: 'Attraction of national-level teams', zh: '引进国家级团队' },
      instrument: 'unspecified',
      citation: QUOTES.teamsAndRdCentres,
      offer: { en: 'efforts to bring national-level teams of the sector to the province', zh: '吸引国家级团队落户' },
      notes: [
        {
          en: 'What makes a team "national-level", and what it would receive, are not stated.',
          zh: '何为“国家级团队”及其可获支持均未说明。',
        },
      ],
    }),
    offer({
      id: `${PACK}/joint-rd-centres`,
      label: { en: 'Joint R&D centres with local enterprises', zh: '与本地企业共建研发中心' },
      instrument: 'service',
      citation: QUOTES.teamsAndRdCentres,
      offer: {
        en: 'encouragement for a leading domestic player to build an R&D centre jointly with local enterprises',
        zh: '鼓励国内龙头企业与本地企业共建研发中心',
      },
      eligibility: [
        {
          when: { fact: 'enterprise.leadingDomesticPlayer', is: true },
          met: { en: 'The enterprise is a leading domestic player.', zh: '企业为国内龙头企业。' },
          unmet: { en: 'The enterprise is not a leading domestic player.', zh: '企业不是国内龙头企业。' },
        },
        {
          when: { fact: 'plans.jointRdCentre', is: true },
          met: { en: 'It plans an R&D centre with local enterprises.', zh: '企业计划与本地企业共建研发中心。' },
          unmet: { en: 'It plans no R&D centre with local enterprises.', zh: '企业未计划与本地企业共建研发中心。' },
        },
      ],
    }),
    offer({
      id: `${PACK}/experienced-teams`,
      label: { en: 'Encouragement for experienced teams to invest', zh: '鼓励成熟团队加大投资' },
      instrument: 'unspecified',
      citation: QUOTES.experiencedTeams,
      offer: {
        en: 'encouragement for stable teams with experience, technology and top people to invest more in the province',
        zh: '鼓励有经验、有技术、有顶尖人才的稳定团队加大在晋投资',
      },
    }),
    offer({
      id: `${PACK}/research-cooperation`,
      label: { en: 'Cooperation with national research academies', zh: '与国家级科研院所合作' },
      instrument: 'service',
      citation: QUOTES.research,
      offer: {
        en: 'cooperation with research institutes such as the Chinese Academy of Sciences and the Chinese Academy of Engineering',
        zh: '与中国科学院、中国工程院等科研院所合作',
      },
    }),
    offer({
      id: `${PACK}/ic-investment-funds`,
      label: { en: 'IC industrial investment funds', zh: '集成电路产业投资基金' },
      instrument: 'equity',
      citation: QUOTES.finance,
      offer: { en: 'investment from IC industrial investment funds the province plans to establish', zh: '省里拟设立的集成电路产业投资基金' },
      notes: [{ en: 'The funds are planned; their size and terms are not stated.', zh: '基金尚在筹划，规模与条件未说明。' }],
    }),
    offer({
      id: `${PACK}/listing-support`,
      label: { en: 'Support for listing at home and abroad', zh: '支持境内外上市' },
      instrument: 'service',
      citation: QUOTES.finance,
      offer: { en: 'support for listing on stock markets at home and abroad', zh: '支持在境内外证券市场上市' },
      eligibility: [
        {
          when: { fact: 'plans.listing', is: true },
          met: { en: 'The enterprise plans to list.', zh: '企业计划上市。' },
          unmet: { en: 'The enterprise does not plan to list.', zh: '企业未计划上市。' },
        },
      ],
      notes: [{ en: 'The support is for "qualified" IC companies, which the source does not define.', zh: '支持对象为“符合条件的”集成电路企业，原文未界定。' }],
    }),
    offer({
      id: `${PACK}/bank-financing`,
      label: { en: 'Bank financing for major projects', zh: '重大项目银行融资' },
      instrument: 'financing',
      citation: QUOTES.finance,
      offer: {
        en: 'encouragement for commercial financial institutions to increase financial support',
        zh: '鼓励商业金融机构加大金融支持',
      },
      eligibility: [
        {
          when: { fact: 'classification.major', is: true },
          met: { en: 'The project is a major semiconductor or IC project.', zh: '项目为重大半导体和集成电路项目。' },
          unmet: { en: 'The project is not a major semiconductor or IC project.', zh: '项目不是重大半导体和集成电路项目。' },
        },
      ],
    }),
  ],
  groups: [],
  funds: [],
  facts: [],
  programmeFacts: [],
  limitations: [
    {
      en: 'The source reports guidelines: what the province "will" support, with no amount, rate, term or procedure for any of it.',
      zh: '来源报道的是指导意见：省里“将”支持的方向，均无金额、比例、条件或程序。',
    },
    {
      en: 'The year of the guidelines is not in the source text (only "June 20").',
      zh: '原文未写指导意见年份（仅写“6月20日”）。',
    },
    {
      en: 'Aims that are not offers to a project (building industrial parks, backbone companies in compound semiconductor materials) are not encoded.',
      zh: '不构成对项目扶持的目标（建设产业园区、培育化合物半导体材料骨干企业）未作编码。',
    },
  ],
};
