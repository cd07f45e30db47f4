import { sourceCoverage, type AssessmentJSON, type SourceCoverage } from '../index.js';

/** One sentence of a source as the report shows it. */
export interface LedgerSentence {
  text: string;
  /** The items (their numbers in the assessment, from 1, in order) whose citations include the sentence. */
  items: number[];
}

/** The sentences of one source document shown in the report. */
export interface SourceLedger {
  document: string;
  /** Whether `sentences` is the whole document (otherwise only the sentences cited). */
  whole: boolean;
  sentences: LedgerSentence[];
  /** For each quote cited from the document, the sentences it covers (their indices, in order). */
  quotes: Map<string, readonly number[]>;
}

/** A sentence of a whole source, where it is in the document. */
interface PlacedSentence extends LedgerSentence {
  start: number;
  end: number;
}

/** A ledger being built, with what finding a quote in it needs. */
interface Building {
  ledger: SourceLedger;
  /** The source's text, for a whole source. */
  seed?: string;
  /** Each cited sentence of a partial ledger, by its text. */
  byText: Map<string, number>;
}

/** The whole source of a built-in pack, sentence by sentence (`sourceCoverage`); none for a user's own pack. */
function coverageOf(policyId: string): SourceCoverage | undefined {
  try {
    return sourceCoverage(policyId);
  } catch {
    return undefined; // a pack of the caller's own carries no source text, only its citations
  }
}

/** The index of the first sentence (they tile the seed, in order) that ends after `at`. */
function firstEndingAfter(sentences: readonly PlacedSentence[], at: number): number {
  let low = 0;
  let high = sentences.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sentences[middle]!.end > at) high = middle;
    else low = middle + 1;
  }
  return low;
}

/**
 * The sentences of a whole source that a quote covers, wherever it occurs (a
 * quote is one sentence or several), by index and in order. The occurrences
 * are found left to right and each sentence is found by bisection, so a quote
 * that occurs a thousand times costs a thousand small steps, not a thousand
 * passes over the sentences.
 */
function sentencesQuoted(sentences: readonly PlacedSentence[], seed: string, quote: string): number[] {
  const held: number[] = [];
  for (let at = seed.indexOf(quote); at >= 0 && quote.length > 0; at = seed.indexOf(quote, at + 1)) {
    const end = at + quote.length;
    for (let index = Math.max(firstEndingAfter(sentences, at), held.length === 0 ? 0 : held[held.length - 1]! + 1);
      index < sentences.length && sentences[index]!.start < end; index += 1) held.push(index);
  }
  return held;
}

/** The sentences of a ledger a quote covers, found once per quote; a quote found nowhere becomes a sentence of its own. */
function coveredBy(building: Building, quote: string): readonly number[] {
  const { ledger, seed, byText } = building;
  let covered = ledger.quotes.get(quote);
  if (covered) return covered;
  covered = seed === undefined ? (byText.has(quote) ? [byText.get(quote)!] : []) : sentencesQuoted(ledger.sentences as PlacedSentence[], seed, quote);
  if (covered.length === 0) {
    covered = [ledger.sentences.length];
    byText.set(quote, ledger.sentences.length);
    ledger.sentences.push({ text: quote, items: [] });
  }
  ledger.quotes.set(quote, covered);
  return covered;
}

/**
 * The sources of an assessment as the report shows them. For the document of
 * a built-in pack, the whole source cut into sentences as `sourceCoverage`
 * cuts it, each cited sentence with the numbers of the items citing it; for
 * any other document (a pack of the caller's own), the distinct cited
 * sentences, in order of first use. Each quote is looked up once, however
 * many items cite it, so the work grows with the items and the distinct
 * quotes, not with their product.
 *
 * @param assessment - an assessment, as `toJSON` writes it
 * @returns one ledger per document cited
 *
 * @example
 * ledgersOf(toJSON(assessment))[0].whole; //=> true
 */
export function ledgersOf(assessment: AssessmentJSON): SourceLedger[] {
  const buildings = new Map<string, Building>();
  let coverage: SourceCoverage | null | undefined;
  const buildingOf = (document: string): Building => {
    let building = buildings.get(document);
    if (!building) {
      if (coverage === undefined) coverage = coverageOf(assessment.policy.id) ?? null;
      const whole = coverage !== null && coverage.document === document;
      const sentences: LedgerSentence[] = whole ? coverage!.sentences.map(({ text, start, end }): PlacedSentence => ({ text, start, end, items: [] })) : [];
      building = { ledger: { document, whole, sentences, quotes: new Map() }, ...(whole && { seed: coverage!.seed }), byText: new Map() };
      buildings.set(document, building);
    }
    return building;
  };
  assessment.items.forEach((item, index) => {
    for (const citation of item.citations) {
      const building = buildingOf(citation.document);
      for (const covered of coveredBy(building, citation.quote)) {
        const items = building.ledger.sentences[covered]!.items;
        // Items come in order: the item is already listed if it is the last one listed.
        if (items[items.length - 1] !== index + 1) items.push(index + 1);
      }
    }
  });
  return [...buildings.values()].map((building) => building.ledger);
}

/**
 * The anchor of the sentence a citation starts in, as `s<document>-<sentence>`,
 * or undefined when no ledger holds the citation.
 *
 * @example
 * sentenceAnchor(ledgers, citation); //=> 's0-3'
 */
export function sentenceAnchor(ledgers: readonly SourceLedger[], citation: { document: string; quote: string }): string | undefined {
  const ledgerIndex = ledgerIndexes(ledgers).get(citation.document);
  const first = ledgerIndex === undefined ? undefined : ledgers[ledgerIndex]!.quotes.get(citation.quote)?.[0];
  return first === undefined ? undefined : `s${ledgerIndex}-${first}`;
}

const indexCache = new WeakMap<readonly SourceLedger[], Map<string, number>>();

/** Each ledger's index by its document, built once per list of ledgers. */
function ledgerIndexes(ledgers: readonly SourceLedger[]): Map<string, number> {
  let indexes = indexCache.get(ledgers);
  if (!indexes) {
    indexes = new Map(ledgers.map((ledger, index) => [ledger.document, index]));
    indexCache.set(ledgers, indexes);
  }
  return indexes;
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
