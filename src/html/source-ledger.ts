import { sourceCoverage, type AssessmentJSON } from '../index.js';

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

/** A sentence of a whole source, where it is in the document. */
interface PlacedSentence extends LedgerSentence {
  start: number;
  end: number;
}

/** The whole source of a built-in pack, sentence by sentence (`sourceCoverage`); none for a user's own pack. */
function wholeSource(policyId: string, document: string): { ledger: SourceLedger; seed: string } | undefined {
  try {
    const coverage = sourceCoverage(policyId);
    if (coverage.document !== document) return undefined;
    const sentences: PlacedSentence[] = coverage.sentences.map(({ text, start, end }) => ({ text, start, end, items: [] }));
    return { ledger: { document, whole: true, sentences }, seed: coverage.seed };
  } catch {
    return undefined; // a pack of the caller's own carries no source text, only its citations
  }
}

/** The sentences of a whole source that a quote covers, wherever it occurs (a quote is one sentence or several). */
function sentencesQuoted(sentences: readonly PlacedSentence[], seed: string, quote: string): PlacedSentence[] {
  const held: PlacedSentence[] = [];
  for (let at = seed.indexOf(quote); at >= 0 && quote.length > 0; at = seed.indexOf(quote, at + 1)) {
    for (const sentence of sentences) if (sentence.start < at + quote.length && sentence.end > at && !held.includes(sentence)) held.push(sentence);
  }
  return held;
}

/**
 * The sources of an assessment as the report shows them. For the document of
 * a built-in pack, the whole source cut into sentences as `sourceCoverage`
 * cuts it, each cited sentence with the numbers of the items citing it; for
 * any other document (a pack of the caller's own), the distinct cited
 * sentences, in order of first use.
 *
 * @param assessment - an assessment, as `toJSON` writes it
 * @returns one ledger per document cited
 *
 * @example
 * ledgersOf(toJSON(assessment))[0].whole; //=> true
 */
export function ledgersOf(assessment: AssessmentJSON): SourceLedger[] {
  const ledgers = new Map<string, { ledger: SourceLedger; seed?: string }>();
  assessment.items.forEach((item, index) => {
    for (const citation of item.citations) {
      let entry = ledgers.get(citation.document);
      if (!entry) {
        entry = wholeSource(assessment.policy.id, citation.document) ?? { ledger: { document: citation.document, whole: false, sentences: [] } };
        ledgers.set(citation.document, entry);
      }
      const { ledger, seed } = entry;
      let held: LedgerSentence[] = seed === undefined
        ? ledger.sentences.filter((one) => one.text === citation.quote)
        : sentencesQuoted(ledger.sentences as PlacedSentence[], seed, citation.quote);
      if (held.length === 0) {
        const sentence = { text: citation.quote, items: [] as number[] };
        ledger.sentences.push(sentence);
        held = [sentence];
      }
      for (const sentence of held) if (!sentence.items.includes(index + 1)) sentence.items.push(index + 1);
    }
  });
  return [...ledgers.values()].map((entry) => entry.ledger);
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
  // A quote of several sentences starts with the first of them (the ledger cuts at both ends of every quote).
  const index = ledgers[ledgerIndex]!.sentences.findIndex((one) => one.text.includes(citation.quote) || citation.quote.startsWith(one.text));
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
