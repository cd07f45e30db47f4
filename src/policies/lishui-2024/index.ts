import type { PolicyDefinition } from '../../engine/definition.js';
import { semiconductorAudience } from '../audience.js';
import { offer } from '../offer.js';
import { DOCUMENT, QUOTES, TITLE } from './source.js';

const PACK = 'lishui-2024';

/**
 * Lishui City's value-added government services for its specialised
 * semiconductor industry, as reported on 19 August 2024. Every offer is
 * described without a figure: the pack quantifies nothing and invents nothing.
 */
export const LISHUI_2024: PolicyDefinition = {
  id: PACK,
  version: '1.0.0',
  name: {
    en: 'Lishui City value-added services for the semiconductor industry (2024)',
    zh: '丽水市半导体产业增值化政务服务（2024）',
  },
  jurisdiction: {
    level: 'city',
    name: { en: 'Lishui City', zh: '丽水市' },
    within: [{ en: 'Zhejiang Province', zh: '浙江省' }],
    area: { en: 'Lishui Economic and Technological Development Zone', zh: '丽水经济技术开发区' },
  },
  source: { document: DOCUMENT, title: TITLE, published: '2024-08-19', dateEvidence: [QUOTES.date] },
  validity: { note: { en: 'No expiry stated in the source.', zh: '原文未规定有效期。' } },
  audience: semiconductorAudience([{ document: DOCUMENT, quote: TITLE }, QUOTES.specialPolicies]),
  interpretations: [],
  rules: [
    offer({
      id: `${PACK}/four-leaders`,
      label: { en: '“Four Leaders” collaborative service system', zh: '“四长”协同增值服务体系' },
      instrument: 'service',
      citation: QUOTES.fourLeaders,
      alsoCites: [QUOTES.fourLeadersRoles],
      offer: {
        en: 'a “Chain Leader” coordinating the industrial chain, a “Dean” for innovation, research and the transfer of results, a “Principal” for technical training and a “Bank President” for financial services',
        zh: '“链长”统筹产业链，“院长”负责技术创新与成果转化，“校长”负责专业技术人才培养，“行长”负责金融服务',
      },
    }),
    offer({
      id: `${PACK}/value-added-services`,
      label: { en: 'One-stop value-added services and faster approvals', zh: '一站式增值服务与审批提速' },
      instrument: 'service',
      citation: QUOTES.serviceItems,
      alsoCites: [QUOTES.approvals],
      offer: {
        en: 'value-added service items from project attraction to production, with incomplete applications accepted and cross-level joint handling to speed up reviews and approvals',
        zh: '从项目招引到建成投产的增值服务事项，容缺受理、跨层级联办以加快审批',
      },
      figures: [
        { label: { en: 'value-added service items', zh: '增值服务事项' }, value: '35', unit: 'count', citation: QUOTES.serviceItems },
        { label: { en: 'categories of service items', zh: '服务事项类别' }, value: '7', unit: 'count', citation: QUOTES.serviceItems },
      ],
      notes: [{ en: 'The 35 items are not listed in the source.', zh: '原文未列出35项服务事项的内容。' }],
    }),
    offer({
      id: `${PACK}/land-quota-pool`,
      label: { en: 'Land quota from the city-county revolving pool', zh: '市县一体“用地指标周转池”' },
      instrument: 'land',
      citation: QUOTES.landPool,
      alsoCites: [QUOTES.landPoolExample],
      offer: {
        en: 'land quota from a city-county integrated revolving pool, to ensure sufficient land for the project',
        zh: '市县一体化用地指标周转池，保障项目用地',
      },
      notes: [{ en: 'How much land, where and at what price are not stated.', zh: '原文未说明用地面积、位置与价格。' }],
    }),
    offer({
      id: `${PACK}/use-before-transfer`,
      label: { en: '“Use-before-transfer” of scientific and technological results', zh: '科技成果“先用后转”' },
      instrument: 'service',
      citation: QUOTES.useBeforeTransfer,
      offer: {
        en: 'use of scientific and technological achievements before their transfer, under the province\'s first pilot reform',
        zh: '全省首个科技成果“先用后转”改革试点，先使用后转让',
      },
    }),
    offer({
      id: `${PACK}/research-support`,
      label: { en: 'Chief Scientist and research institutions', zh: '首席科学家与科研机构支撑' },
      instrument: 'service',
      citation: QUOTES.chiefScientist,
      offer: {
        en: 'technical support from the semiconductor industry\'s Chief Scientist and eight professional research institutions',
        zh: '半导体产业首席科学家及八家专业科研机构的技术支撑',
      },
      figures: [
        { label: { en: 'professional research institutions', zh: '专业科研机构' }, value: '8', unit: 'count', citation: QUOTES.chiefScientist },
      ],
    }),
    offer({
      id: `${PACK}/talent-training`,
      label: { en: 'Staff training and “order-based” programmes', zh: '人才培养与“订单式”培训' },
      instrument: 'training',
      citation: QUOTES.training,
      offer: {
        en: 'semiconductor courses and “order-based” skill training at the Semiconductor Industry College, the Artisans College and technical schools',
        zh: '半导体产业学院、工匠学院及技工学校开设的半导体专业课程与“订单式”技能培训',
      },
    }),
    offer({
      id: `${PACK}/special-policies`,
      label: { en: 'Special policies for talent and technology', zh: '人才与科技赋能专项政策' },
      instrument: 'unspecified',
      citation: QUOTES.specialPolicies,
      offer: { en: 'special policies for talent and technological empowerment', zh: '人才与科技赋能专项政策' },
      notes: [{ en: 'The source does not describe these policies.', zh: '原文未说明政策内容。' }],
    }),
    offer({
      id: `${PACK}/guidance-fund`,
      label: { en: 'Government-led industrial guidance fund', zh: '政府主导的产业引导基金' },
      instrument: 'equity',
      citation: QUOTES.guidanceFund,
      offer: {
        en: 'investment from a government-led industrial guidance fund, followed by partner investment institutions and social capital',
        zh: '政府主导的产业引导基金投资，专业投资机构与社会资本跟投',
      },
      notes: [{ en: 'The fund\'s size, terms and criteria are not stated.', zh: '原文未说明基金规模、条件与投资标准。' }],
    }),
    offer({
      id: `${PACK}/financing-matrix`,
      label: { en: '“Financing matrix” with bank capital', zh: '含银行资本的“融资矩阵”' },
      instrument: 'financing',
      citation: QUOTES.financingMatrix,
      offer: {
        en: 'financing from a “financing matrix” of government funds, other funds and bank capital',
        zh: '政府基金、多元基金与银行资本组成的“融资矩阵”',
      },
    }),
  ],
  groups: [],
  funds: [],
  facts: [],
  programmeFacts: [
    {
      id: 'fulede-investment',
      label: { en: 'Total investment of the Fulede sensing project', zh: 'Fulede 传感项目总投资' },
      value: '3000000000',
      unit: 'CNY',
      qualifier: 'about',
      citations: [QUOTES.fulede],
    },
    {
      id: 'ferrotec-land-pool-project',
      label: { en: 'Investment of the Ferrotec project launched through the land quota pool', zh: '经用地指标周转池落地的 Ferrotec 半导体产业项目投资' },
      value: '12000000000',
      unit: 'CNY',
      qualifier: 'about',
      citations: [QUOTES.landPoolExample],
    },
    {
      id: 'semiconductor-projects',
      label: { en: 'Semiconductor projects established in four years', zh: '四年内落地的半导体项目' },
      value: '78',
      unit: 'count',
      citations: [QUOTES.results],
    },
    {
      id: 'semiconductor-investment',
      label: { en: 'Total investment of those projects', zh: '上述项目总投资' },
      value: '70000000000',
      unit: 'CNY',
      qualifier: 'over',
      citations: [QUOTES.results],
    },
    {
      id: 'enterprises-above-size',
      label: { en: 'Semiconductor enterprises above the designated size cultivated in four years', zh: '四年内培育的规模以上半导体企业' },
      value: '60',
      unit: 'count',
      citations: [QUOTES.results],
    },
    {
      id: 'output-value-2023',
      label: { en: 'Output value of the semiconductor industry in 2023', zh: '2023年半导体产业产值' },
      value: '10000000000',
      unit: 'CNY',
      qualifier: 'nearly',
      citations: [QUOTES.results],
    },
  ],
  limitations: [
    {
      en: 'The source is a news report of services and reforms; it states no amount, term or application procedure for any offer.',
      zh: '来源为关于服务与改革的新闻报道，未说明任何扶持的金额、条件或申请程序。',
    },
    {
      en: 'Who may take up each offer is not stated beyond the city\'s semiconductor industry: every offer is shown as open to a semiconductor project in Lishui.',
      zh: '除面向丽水半导体产业外，原文未说明各项扶持的适用对象：各项均列为对丽水半导体项目开放。',
    },
    {
      en: 'The guidance fund\'s size and terms, the land available from the pool and the 35 service items are not stated.',
      zh: '引导基金规模与条件、周转池可用土地及35项服务事项均未说明。',
    },
  ],
};
