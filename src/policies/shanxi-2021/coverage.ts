import type { SentenceNote } from '../../engine/ledger-types.js';

/** The sentences of the source that the pack does not cite, and why (see `sourceCoverage`). */
export const NOTES: readonly SentenceNote[] = [
  {
    role: 'context',
    reason: { en: 'The report\'s headline: it states no support.', zh: '报道标题：未提及任何扶持。' },
    sentences: ['Shanxi pushes semiconductors, integrated circuits growth'],
  },
  {
    role: 'context',
    reason: {
      en: 'What the province has already built (industry clusters, backbone companies): a record with no figure, not an offer of the new guidelines.',
      zh: '全省已有的建设成果（产业集群、骨干企业）：无具体数字，也不是新指导意见的扶持内容。',
    },
    sentences: ['In recent years, Shanxi has established', 'The province has also developed a number'],
  },
];
