import type { AssessmentJSON } from '../index.js';

/** One sentence of a source as the report shows it. */
export interface LedgerSentence {
  text: string;
  /** The items (their numbers in the assessment, from 1) whose citations include the sentence. */
  items: number[];
}

/** The sentences of one source document shown in the report. */
export interface SourceLedger {
  document: string;
  /** Whether `sentences` is the whole document (otherwise only the sentences cited). */
  whole: boolean;
  sentences: LedgerSentence[];
}

/**
 * The sources of an assessment as the report shows them: for each document
 * the items cite, its sentences, each with the numbers of the items citing
 * it. The sentences are the distinct cited ones, in order of first use.
 *
 * @param assessment - an assessment, as `toJSON` writes it
 * @returns one ledger per document cited
 *
 * @example
 * ledgersOf(toJSON(assessment))[0].sentences[0]; //=> { text: 'Every year, we allocate …', items: [1] }
 */
export function ledgersOf(assessment: AssessmentJSON): SourceLedger[] {
  const ledgers = new Map<string, SourceLedger>();
  assessment.items.forEach((item, index) => {
    for (const citation of item.citations) {
      let ledger = ledgers.get(citation.document);
      if (!ledger) {
        ledger = { document: citation.document, whole: false, sentences: [] };
        ledgers.set(citation.document, ledger);
      }
      let sentence = ledger.sentences.find((one) => one.text === citation.quote);
      if (!sentence) {
        sentence = { text: citation.quote, items: [] };
        ledger.sentences.push(sentence);
      }
      if (!sentence.items.includes(index + 1)) sentence.items.push(index + 1);
    }
  });
  return [...ledgers.values()];
}

/**
 * The anchor of the sentence that holds a citation, as `document:index`, or
 * undefined when no sentence of the ledgers holds it.
 *
 * @example
 * sentenceAnchor(ledgers, citation); //=> 's0-3'
 */
export function sentenceAnchor(ledgers: readonly SourceLedger[], citation: { document: string; quote: string }): string | undefined {
  const ledgerIndex = ledgers.findIndex((ledger) => ledger.document === citation.document);
  if (ledgerIndex < 0) return undefined;
  const index = ledgers[ledgerIndex]!.sentences.findIndex((one) => one.text.includes(citation.quote) || citation.quote.includes(one.text));
  return index < 0 ? undefined : `s${ledgerIndex}-${index}`;
}

/**
 * The footnote number of each sentence anchor: 1, 2, … across the documents, in their order.
 *
 * @example
 * sentenceNumbers(ledgers).get('s0-0'); //=> 1
 */
export function sentenceNumbers(ledgers: readonly SourceLedger[]): Map<string, number> {
  const numbers = new Map<string, number>();
  ledgers.forEach((ledger, ledgerIndex) => ledger.sentences.forEach((_, index) => numbers.set(`s${ledgerIndex}-${index}`, numbers.size + 1)));
  return numbers;
}
