import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSentences, type Span } from '../../src/engine/split-sentences.js';
import { definePolicy, exportPolicy, IncentiveInputError, sourceCoverage } from '../../src/index.js';
import { builtInPolicies } from '../../src/policies/index.js';
import { SOURCE_LEDGERS } from '../../src/policies/ledgers.js';
import { PROPERTY_TIMEOUT } from '../timeouts.js';

const seedFile = (document: string) => readFileSync(new URL(`../../seeds/${document}`, import.meta.url), 'utf8');
const BLANK = /\s/u;

/** The sentences tile the text: in order, apart, trimmed, and every character that is not blank in one of them. */
function expectTiling(text: string, spans: readonly Span[]): void {
  let covered = 0;
  for (const [i, span] of spans.entries()) {
    expect(span.end).toBeGreaterThan(span.start);
    expect(span.start).toBeGreaterThanOrEqual(i === 0 ? 0 : spans[i - 1]!.end);
    expect(BLANK.test(text[span.start]!) || BLANK.test(text[span.end - 1]!)).toBe(false);
    covered += span.end - span.start;
  }
  const gaps = spans.map((span, i) => text.slice(i === 0 ? 0 : spans[i - 1]!.end, span.start)).concat(text.slice(spans.at(-1)?.end ?? 0));
  expect(gaps.every((gap) => /^\s*$/u.test(gap))).toBe(true);
  expect(covered + gaps.join('').length).toBe(text.length);
}

/** Every place a quote occurs in a text. */
function places(text: string, quote: string): Span[] {
  const found: Span[] = [];
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) found.push({ start: at, end: at + quote.length });
  return found;
}

/** A kept span is whole sentences: a sentence that meets it lies inside it, or goes beyond it by quotation marks only. */
function expectWhole(text: string, spans: readonly Span[], kept: Span): void {
  for (const span of spans.filter((candidate) => candidate.start < kept.end && candidate.end > kept.start)) {
    expect(text.slice(span.start, Math.max(span.start, kept.start))).toMatch(/^[“"‘(（]*$/u);
    expect(text.slice(Math.min(span.end, kept.end), span.end)).toMatch(/^[”"’)）]*$/u);
  }
}

describe('sourceCoverage', () => {
  for (const policy of builtInPolicies()) {
    describe(policy.id, () => {
      const coverage = sourceCoverage(policy.id);
      const seed = seedFile(policy.source.document);

      it('cuts the seed file itself into sentences that tile it', () => {
        expect(coverage.document).toBe(policy.source.document);
        expect(coverage.seed === seed).toBe(true);
        for (const sentence of coverage.sentences) expect(seed.slice(sentence.start, sentence.end)).toBe(sentence.text);
        expectTiling(seed, coverage.sentences);
      });

      it('accounts for every sentence: cited by the pack, or classified with a reason', () => {
        const unclassified = coverage.sentences.filter((sentence) => sentence.role === 'unclassified').map((sentence) => sentence.text);
        expect(unclassified).toEqual([]);
        for (const sentence of coverage.sentences) {
          const cited = sentence.citedBy.length > 0;
          if (cited) expect(sentence.reason).toBeUndefined();
          else expect(sentence.reason?.en && sentence.reason.zh).toBeTruthy();
          expect(cited).toBe(sentence.role !== 'context' && sentence.role !== 'unrelated');
        }
      });

      it('keeps every quotation it cites whole, one sentence or several', () => {
        const quotes = new Set(JSON.stringify(exportPolicy(policy.id)).match(/"quote":"(?:[^"\\]|\\.)*"/g)!.map((entry) => JSON.parse(`{${entry}}`).quote as string));
        for (const quote of quotes) {
          const found = places(seed, quote);
          expect(found.length).toBeGreaterThan(0);
          for (const kept of found) expectWhole(seed, coverage.sentences, kept);
        }
      });

      it('has no stale note: each names sentences that are there, alike, and cited by nothing', () => {
        for (const note of SOURCE_LEDGERS[policy.id]!.notes) {
          for (const opening of note.sentences) {
            const matched = coverage.sentences.filter((sentence) => sentence.text.startsWith(opening));
            expect(matched.length, opening).toBeGreaterThan(0);
            expect(new Set(matched.map((sentence) => sentence.text)).size, opening).toBe(1);
            expect(matched.map((sentence) => sentence.citedBy), `${opening} is cited: drop its note`).toEqual(matched.map(() => []));
          }
        }
      });
    });
  }

  it('names the rules, parameters and interpretations that cite a sentence', () => {
    const { sentences } = sourceCoverage('qingshan-lake-2018');
    const coInvestment = sentences.find((sentence) => sentence.text.startsWith('We will match up to 30 million RMB'))!;
    expect(coInvestment.role).toBe('rule');
    expect(coInvestment.rules).toEqual(['qingshan-lake-2018/project-co-investment']);
    expect(coInvestment.citedBy).toContainEqual({ role: 'parameter', id: 'qingshan-lake-2018/project-co-investment.ceiling' });
    // The quotation mark that closes the spokesperson's words goes with the sentence it closes.
    expect(coInvestment.text.endsWith('as financial support.”')).toBe(true);
    const fund = sentences.find((sentence) => sentence.text.startsWith('Every year, we allocate 450 million RMB'))!;
    expect([fund.role, fund.citedBy]).toEqual(['fund', [{ role: 'interpretation', id: 'coInvestmentScope' }, { role: 'fund', id: 'annual-fund' }]]);
    const important = sentences.find((sentence) => sentence.text.startsWith('Furthermore, for those particularly important'))!;
    expect(important.role).toBe('parameter');
    expect(important.rules).toEqual(['qingshan-lake-2018/project-co-investment']);
  });

  it('keeps the figures of the town, the science city and the signing as programme facts', () => {
    const roles = (id: string) => sourceCoverage(id).sentences.filter((sentence) => sentence.role === 'fact').flatMap((sentence) => sentence.citedBy.map((by) => by.id));
    expect(roles('qingshan-lake-2018')).toEqual(['national-projects', 'signing-weeks', 'innovative-entities', 'sizable-enterprises', 'national-high-tech-enterprises']);
    expect(roles('jiashan-2023')).toContain('sme-target');
    expect(roles('lishui-2024')).toEqual(expect.arrayContaining(['enterprises-above-size', 'output-value-2023']));
  });

  it('classifies page chrome and other projects as not about the policy', () => {
    const sentence = (text: string) => sourceCoverage('nanhu-2022').sentences.find((candidate) => candidate.text === text)!;
    expect(sentence('Accept Read More').role).toBe('unrelated');
    expect(sentence('Release date: 2022-08-22 09:01').role).toBe('date');
  });

  it('gives each caller its own copy', () => {
    const first = sourceCoverage('jiashan-2023');
    first.sentences[0]!.text = 'changed';
    first.sentences.find((sentence) => sentence.reason)!.reason!.en = 'changed';
    expect(JSON.stringify(sourceCoverage('jiashan-2023'))).not.toContain('changed');
  });

  it('refuses an unknown id with the closest, and a pack that is not built in', () => {
    const thrown = (call: () => unknown) => {
      try {
        call();
      } catch (error) {
        return error as IncentiveInputError;
      }
      throw new Error('expected an error');
    };
    const unknown = thrown(() => sourceCoverage('qingshan-lake-2108'));
    expect(unknown).toBeInstanceOf(IncentiveInputError);
    expect(unknown.issues).toEqual([{ code: 'unknown_option', path: ['policy'], message: expect.stringContaining('Did you mean "qingshan-lake-2018"?') }]);
    const pack = definePolicy(exportPolicy('shanxi-2021'));
    const userPack = thrown(() => sourceCoverage(pack as unknown as string));
    expect(userPack.issues[0]!.message).toMatch(/carries no source text/);
    expect(thrown(() => sourceCoverage(undefined as unknown as string)).issues[0]!.code).toBe('unknown_option');
  });
});

describe('splitSentences', () => {
  it('cuts at sentence ends and lines, but not after a title or a company form', () => {
    const text = 'Dr. Zhang met Mr. Li. Zhejiang Co., Ltd. located here signed.\n“It is fast.” He said so';
    const spans = splitSentences(text, []);
    expect(spans.map((span) => text.slice(span.start, span.end))).toEqual([
      'Dr. Zhang met Mr. Li.',
      'Zhejiang Co., Ltd. located here signed.',
      '“It is fast.”',
      'He said so',
    ]);
  });

  it('keeps a cited span whole and cuts at its ends, taking the quotation marks around it', () => {
    const text = 'He said: “We pay. We match.” Then left.';
    const kept = { start: text.indexOf('We pay'), end: text.indexOf('.”') + 1 };
    expect(splitSentences(text, [kept]).map((span) => text.slice(span.start, span.end))).toEqual(['He said:', '“We pay. We match.”', 'Then left.']);
  });

  it('tiles any text, and keeps any spans whole, in the seeds and elsewhere', () => {
    const seeds = builtInPolicies().map((policy) => SOURCE_LEDGERS[policy.id]!.seed);
    const text = fc.oneof(
      fc.constantFrom(...seeds),
      fc.string({ unit: fc.constantFrom('a', 'B', ' ', '.', '!', '?', '\n', '”', '“', '\u00a0', 'Dr', '’', '。', '\t'), maxLength: 200 }),
    );
    const withSpans = text.chain((chosen) => fc.tuple(
      fc.constant(chosen),
      fc.array(fc.tuple(fc.nat(chosen.length), fc.nat(400)).map(([start, length]) => ({ start, end: Math.min(chosen.length, start + length + 1) })), { maxLength: 3 }),
    ));
    fc.assert(fc.property(withSpans, ([chosen, spans]) => {
      const kept = spans.filter((span) => span.end > span.start);
      const sentences = splitSentences(chosen, kept);
      expectTiling(chosen, sentences);
      // Spans that meet are not each whole (a cut at one's end falls inside the other); apart, each is.
      const apart = kept.filter((span) => kept.every((other) => other === span || other.end < span.start - 2 || other.start > span.end + 2));
      for (const span of apart) expectWhole(chosen, sentences, span);
    }), { numRuns: 300 });
  }, PROPERTY_TIMEOUT);
});
