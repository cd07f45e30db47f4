import type { SentenceRole } from '../engine/ledger-types.js';
import type { Locale } from '../report/texts.js';

/** The words of `chip-incentives source`, in both languages. */
export interface SourceTexts {
  title: (id: string, name: string) => string;
  /** The line under the title: the document, its date, and how its sentences are accounted for. */
  summary: (document: string, published: string, count: number, tally: string) => string;
  role: Record<SentenceRole, string>;
  citedBy: string;
  why: string;
  colon: string;
  separator: string;
}

export const SOURCE_TEXTS: Record<Locale, SourceTexts> = {
  en: {
    title: (id, name) => `Source of ${id}: ${name}`,
    summary: (document, published, count, tally) => `seeds/${document} (${published}), ${count} sentences: ${tally}.`,
    role: {
      rule: 'rule', parameter: 'parameter', combination: 'combination', fund: 'fund', interpretation: 'interpretation', audience: 'audience',
      fact: 'programme fact', date: 'date', pack: 'cited by the pack', context: 'context', unrelated: 'not about the policy',
      unclassified: 'unclassified',
    },
    citedBy: 'Cited by',
    why: 'Why',
    colon: ': ',
    separator: ', ',
  },
  zh: {
    title: (id, name) => `${id} 的原文：${name}`,
    summary: (document, published, count, tally) => `seeds/${document}（${published}），共 ${count} 句：${tally}。`,
    role: {
      rule: '规则', parameter: '参数', combination: '组合', fund: '资金', interpretation: '解释', audience: '适用对象',
      fact: '项目事实', date: '日期', pack: '政策包引用', context: '背景', unrelated: '与政策无关',
      unclassified: '未分类',
    },
    citedBy: '引用者',
    why: '原因',
    colon: '：',
    separator: '，',
  },
};
