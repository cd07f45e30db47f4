import type { Text } from './definition.js';

/** Texts the engine itself writes onto items and assessments, in both languages. */
export const ENGINE_TEXTS = {
  noCondition: {
    en: 'The source states no eligibility condition for this item.',
    zh: '原文未对此项规定资格条件。',
  },
  missingFact: (label: Text): Text => ({
    en: `The project does not state the ${label.en}, so there is nothing to compute the amount from.`,
    zh: `项目未提供${label.zh}，无法计算金额。`,
  }),
  planNeeded: (amount: string): Text => ({
    en: `The amount (${amount}) is paid in parts whose number and dates the source does not state: give a payment plan for this rule (options.schedules) to date them.`,
    zh: `该金额（${amount}）分次发放，原文未说明次数与日期：请为此项提供发放计划（options.schedules）以确定日期。`,
  }),
  notEligibleFormula: 'not eligible: 0.00',
  outsideAudience: (industry: string, audience: Text): Text => ({
    en: `The project states its industry as "${industry}"; the source concerns ${audience.en}, so this offer does not apply to it.`,
    zh: `项目所属行业为“${industry}”；来源涉及的是${audience.zh}，此项扶持不适用于该项目。`,
  }),
  industryNotStated: (audience: Text): Text => ({
    en: `The source concerns ${audience.en}; the project states no industry, so it was assessed as one of them. State "industry" to check it.`,
    zh: `来源涉及的是${audience.zh}；项目未说明所属行业，因此按属于此类项目评估。请填写“industry”以核对。`,
  }),
} as const;
