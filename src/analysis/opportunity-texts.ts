import type { Text } from '../engine/definition.js';

/** The reasons an ineligible item has no opportunity, in both languages. */
export const OPPORTUNITY_TEXTS = {
  notInForce: {
    en: 'The policy does not apply on the assessment date: no change of the project\'s facts makes it apply.',
    zh: '评估日该政策不适用：改变项目事实无法使其适用。',
  },
  noChange: (tried: number): Text =>
    tried === 0
      ? {
          en: 'No change of the facts a project states can meet its conditions: they turn on the library\'s reading of the source, on facts no change sets (loans, the date), or on another item kept instead.',
          zh: '改变项目填写的事实无法满足其条件：条件取决于本库对原文的解释、无法直接设定的事实（贷款、日期），或改为保留的另一项。',
        }
      : {
          en: `None of the ${tried} changes of stated facts tried makes it eligible in an evaluation of the changed project.`,
          zh: `所尝试的${tried}种事实变更，经对变更后项目的评估，均不能使其符合条件。`,
        },
  /** The changed item is eligible but gives nothing: its formula says why (no loans, a base of zero). */
  zero: (formula: string): Text => ({
    en: `With the smallest of them it is eligible but gives nothing: ${formula}.`,
    zh: `按其中最小的变更，该项符合条件但金额为零：${formula}。`,
  }),
  /** What the changed item still says after the smallest change tried: a fact no value follows for, say. */
  still: (reasons: Text): Text => ({
    en: `With the smallest of them: ${reasons.en}`,
    zh: `按其中最小的变更：${reasons.zh}`,
  }),
} as const;
