import { citedSpans } from './cited-spans.js';
import type { PolicyDefinition } from './definition.js';
import { CITED_ROLES, type SentenceCitedBy, type SentenceNote, type SourceSentence } from './ledger-types.js';
import { splitSentences } from './split-sentences.js';

const strongest = (cited: readonly SentenceCitedBy[]) => CITED_ROLES.find((role) => cited.some((by) => by.role === role));

/**
 * A pack's source cut into sentences, each with what it is to the pack: the
 * parts of the pack that cite it, or else the pack's note on it (context, or
 * not about the policy, with the reason), or else `unclassified`. The cuts
 * respect the citations: a quotation the pack cites is one sentence or
 * several, never part of one. A note never overrides a citation.
 *
 * @param definition - the pack
 * @param seed - the text of its source document
 * @param notes - the pack's notes on the sentences it does not cite
 * @returns every sentence of the source, in order; together they tile it
 *
 * @example
 * sourceLedger(QINGSHAN_LAKE_2018, SEED, NOTES)[0];
 * //=> { text: 'SIZONE’s Board Chair to Represent …', start: 0, end: 85, role: 'context', rules: [], citedBy: [], reason: { en: …, zh: … } }
 */
export function sourceLedger(definition: PolicyDefinition, seed: string, notes: readonly SentenceNote[]): SourceSentence[] {
  const cited = citedSpans(definition, seed);
  return splitSentences(seed, cited).map(({ start, end }) => {
    const text = seed.slice(start, end);
    const spans = cited.filter((span) => span.start < end && span.end > start);
    const citedBy = spans.map((span) => span.by).filter((entry, i, all) => all.findIndex((other) => other.role === entry.role && other.id === entry.id) === i);
    const rules = [...new Set(spans.flatMap((span) => (span.rule === undefined ? [] : [span.rule])))];
    const role = strongest(citedBy);
    if (role) return { text, start, end, role, rules, citedBy };
    const note = notes.find((candidate) => candidate.sentences.some((opening) => text.startsWith(opening)));
    return note ? { text, start, end, role: note.role, rules, citedBy, reason: note.reason } : { text, start, end, role: 'unclassified', rules, citedBy };
  });
}
