import type { InterpretationDefinition } from '../../engine/definition.js';
import { QUOTES } from './source.js';

/** What the Qingshan Lake report leaves open, with the library's default reading first. */
export const INTERPRETATIONS: InterpretationDefinition[] = [
  {
    id: 'majorProject',
    label: { en: 'Ceiling for particularly important projects', zh: '特别重大项目的资助上限' },
    question: {
      en: 'The report raises the support to "up to 100 million RMB" for particularly important projects but does not say whether the limit of 30% of the investment still applies.',
      zh: '报道称特别重大项目最高可获1亿元资助，但未说明实际投资30%的比例限制是否仍然适用。',
    },
    citations: [QUOTES.coInvestment, QUOTES.importantProjects],
    default: 'ratio-applies',
    options: [
      {
        value: 'ratio-applies',
        label: { en: 'The 30% limit still applies', zh: '30%比例限制仍然适用' },
        rationale: {
          en: 'The 100 million sentence opens with "Furthermore" after the 30% rule and names only a higher ceiling; reading it as lifting the ceiling alone is the cautious reading: min(100,000,000, 30% × eligible investment).',
          zh: '1亿元一句以“此外”承接30%的规定，只提到更高的上限；理解为仅提高上限是审慎的读法：min(1亿元, 30% × 不含基础设施的实际投资)。',
        },
      },
      {
        value: 'ceiling-only',
        label: { en: 'Up to 100 million whatever the ratio', zh: '不受比例限制，最高1亿元' },
        rationale: {
          en: 'The 100 million sentence states no ratio: a particularly important project may receive up to 100,000,000, shown as the ceiling (basis "ceiling").',
          zh: '1亿元一句未提比例：特别重大项目最高可获1亿元，按上限列示（依据为“上限”）。',
        },
      },
    ],
  },
  {
    id: 'policyFundBase',
    label: { en: 'Base of the policy-fund investment', zh: '产业政策基金投资的计算基数' },
    question: {
      en: 'The policy fund may invest "as high as 50% of the actual investment"; the report excludes infrastructure for the co-investment but says nothing of it here.',
      zh: '产业政策基金投资“最高可达实际投资的50%”；报道对配套资助排除了基础设施，此处却未提及。',
    },
    citations: [QUOTES.policyFund, QUOTES.coInvestment],
    default: 'actual-investment',
    options: [
      {
        value: 'actual-investment',
        label: { en: '50% of the actual investment', zh: '实际投资的50%' },
        rationale: {
          en: 'The literal text: "50% of the actual investment", with no exclusion.',
          zh: '按字面：“实际投资的50%”，未作排除。',
        },
      },
      {
        value: 'excluding-infrastructure',
        label: { en: '50% of the actual investment excluding infrastructure', zh: '不含基础设施实际投资的50%' },
        rationale: {
          en: 'Read the base as the co-investment\'s two sentences earlier: the actual investment excluding infrastructure.',
          zh: '与前文配套资助的基数一致：不含基础设施的实际投资。',
        },
      },
    ],
  },
  {
    id: 'housingBenefits',
    label: { en: 'A talent who both buys and rents', zh: '既购房又租房的人才' },
    question: {
      en: 'The report offers qualified talents a housing purchase subsidy "and" a rental subsidy without saying whether one talent may have both.',
      zh: '报道对符合条件的人才给予购房补贴“和”租房补贴，但未说明同一人才能否同时享受。',
    },
    citations: [QUOTES.housing],
    default: 'one-per-talent',
    options: [
      {
        value: 'one-per-talent',
        label: { en: 'One housing benefit per talent: the larger', zh: '每位人才享受一项住房补贴，取较高者' },
        rationale: {
          en: 'Both subsidies meet the same need for a home; paying both to one talent would double a benefit the text does not clearly double. The cautious reading: the talent keeps the larger, the other item says why it is not claimable.',
          zh: '两项补贴解决的是同一住房需求；同时发放等于双倍享受，而原文并未明确如此。审慎读法：保留较高的一项，另一项注明原因。',
        },
      },
      {
        value: 'stack',
        label: { en: 'Both benefits', zh: '两项均可享受' },
        rationale: {
          en: 'The text joins the two with "and" and states no rule against combining them.',
          zh: '原文以“和”并列两项，且未规定不得同时享受。',
        },
      },
    ],
  },
  {
    id: 'startupFounder',
    label: { en: 'Who may claim the “four 6-million”', zh: '“四个600万”的适用对象' },
    question: {
      en: 'The report introduces the "four 6-million" only with "In terms of talents"; the next sentence speaks of "the high-level talent support policy".',
      zh: '报道仅以“在人才方面”引出“四个600万”，下一句提到“高层次人才政策支持”。',
    },
    citations: [QUOTES.fourSixMillion, QUOTES.incremental],
    default: 'high-level',
    options: [
      {
        value: 'high-level',
        label: { en: 'A startup founded by a high-level talent', zh: '高层次人才创办的企业' },
        rationale: {
          en: 'The "four 6-million" are read as the high-level talent support policy whose expiry the next sentence mentions; the cautious reading.',
          zh: '将“四个600万”理解为下一句所说到期的高层次人才支持政策；审慎读法。',
        },
      },
      {
        value: 'qualified',
        label: { en: 'A startup founded by any qualified talent', zh: '任何符合条件的人才创办的企业' },
        rationale: {
          en: 'The sentence itself says only "In terms of talents".',
          zh: '该句本身只说“在人才方面”。',
        },
      },
    ],
  },
];
