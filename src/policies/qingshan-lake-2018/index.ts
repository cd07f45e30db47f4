import type { PolicyDefinition } from '../../engine/definition.js';
import { semiconductorAudience } from '../audience.js';
import { FACTS } from './facts.js';
import { INTERPRETATIONS } from './interpretations.js';
import { PARAMETERS } from './parameters.js';
import { RULES } from './rules.js';
import { DOCUMENT, QUOTES, TITLE } from './source.js';

/**
 * Qingshan Lake Science and Technology City / Micro-Nano Smart Manufacturing
 * Town (Lin'an District, Hangzhou), as reported on 15 June 2018: the one
 * source that states hard numbers.
 */
export const QINGSHAN_LAKE_2018: PolicyDefinition = {
  id: 'qingshan-lake-2018',
  version: '1.0.0',
  name: {
    en: 'Qingshan Lake Science and Technology City / Micro-Nano Smart Manufacturing Town package (2018)',
    zh: '青山湖科技城微纳智造小镇扶持政策（2018）',
  },
  jurisdiction: {
    level: 'district',
    name: { en: 'Lin’an District, Hangzhou', zh: '杭州市临安区' },
    within: [
      { en: 'Hangzhou', zh: '杭州市' },
      { en: 'Zhejiang Province', zh: '浙江省' },
    ],
    area: {
      en: 'Qingshan Lake Science and Technology City (Micro-Nano Smart Manufacturing Town)',
      zh: '青山湖科技城（微纳智造小镇）',
    },
  },
  source: {
    document: DOCUMENT,
    title: TITLE,
    published: '2018-06-15',
    dateNote: {
      en: 'The report is dated "June 15th" without a year; the year 2018 comes from the same report ("On June 14th 2018").',
      zh: '报道日期仅写“6月15日”，年份2018取自同一报道（“2018年6月14日”）。',
    },
    dateEvidence: [QUOTES.date, QUOTES.year],
  },
  validity: {
    note: { en: 'No expiry stated in the source.', zh: '原文未规定有效期。' },
  },
  audience: semiconductorAudience([QUOTES.date, QUOTES.focusSectors, QUOTES.designatedFocus]),
  interpretations: INTERPRETATIONS,
  rules: RULES,
  groups: [
    {
      kind: 'one-of',
      id: 'qingshan-lake-2018/housing',
      rules: ['qingshan-lake-2018/talent-housing-purchase', 'qingshan-lake-2018/talent-rent'],
      appliesIf: { interpretation: 'housingBenefits', is: 'one-per-talent' },
      reason: {
        en: 'A talent keeps one housing benefit, the larger (interpretation housingBenefits: one-per-talent).',
        zh: '每位人才只享受一项住房补贴，取较高者（解释 housingBenefits：one-per-talent）。',
      },
    },
  ],
  funds: [
    {
      id: 'annual-fund',
      label: { en: 'Qingshan Lake annual fund', zh: '青山湖科技城年度扶持资金' },
      amount: PARAMETERS.annualFund,
      period: 'year',
      citation: QUOTES.annualFund,
    },
  ],
  facts: [],
  programmeFacts: FACTS,
  limitations: [
    {
      en: 'The source is a news report quoting a spokesperson, not the policy document itself; application procedures, deadlines and the authority that decides are not stated.',
      zh: '来源为引述发言人的新闻报道，并非政策原文；申请程序、期限及审批机关均未说明。',
    },
    {
      en: 'Who counts as a "qualified" or "high-level" talent, and which project is "particularly important" or "in line with the leading industry directions", is not defined: the caller states it.',
      zh: '何为“符合条件的人才”“高层次人才”“特别重大项目”“符合主导产业方向”均未界定，由调用方说明。',
    },
    {
      en: 'No payment timing is stated, except the monthly rent subsidy over three years; the incremental support is provided "in increments", with neither their number nor their dates (interpretation incrementalPayment).',
      zh: '除按月发放三年的租房补贴外，未说明发放时间；增量支持“以增量方式给予”，但未说明次数与日期（解释 incrementalPayment）。',
    },
    {
      en: 'The policy fund\'s exit terms, and the "actual performance" criteria of the incremental support, are not stated.',
      zh: '产业政策基金的退出条件、增量支持的“实际业绩”标准均未说明。',
    },
    {
      en: 'Whether all these entitlements are paid from the 450 million RMB annual fund is not stated.',
      zh: '上述扶持是否均出自每年4.5亿元的资金未作说明。',
    },
  ],
};
