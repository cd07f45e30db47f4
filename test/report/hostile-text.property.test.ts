import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compare, definePolicy, evaluate, renderReport, toJSON, type Assessment, type Comparison } from '../../src/index.js';
import type { Locale } from '../../src/report/texts.js';
import { expectInertMarkdown, expectNeutralCsv, expectPrintable, hostileTexts, packOf, projectOf, type Texts } from './hostile-text.js';

/**
 * Every format and locale, for assessments and comparisons of projects and
 * packs whose every text is hostile: the text report carries nothing a
 * terminal would act on, the Markdown report has the structure it would have
 * with harmless texts and no markup from a value, the CSV has no cell a
 * spreadsheet would run, and the JSON is `toJSON`'s.
 */
const RUNS = 150;
const TIMEOUT = 180_000;
const LOCALES: Locale[] = ['en', 'zh'];

function assess(texts: Texts): Assessment {
  const pack = definePolicy(packOf(texts));
  return evaluate(projectOf(texts), { policy: pack, overrides: { 'hostile-pack/c': { ceiling: '6000' } } });
}

function compareWith(texts: Texts): Comparison {
  return compare(projectOf(texts), { policies: [definePolicy(packOf(texts)), 'qingshan-lake-2018'] });
}

function checkEveryFormat(report: Assessment | Comparison, benign: Assessment | Comparison, items: number): void {
  for (const locale of LOCALES) {
    expectPrintable(renderReport(report, { locale }));
    expectInertMarkdown(renderReport(report, { format: 'markdown', locale }), renderReport(benign, { format: 'markdown', locale }));
    expectNeutralCsv(renderReport(report, { format: 'csv', locale }), items);
    expect(JSON.parse(renderReport(report, { format: 'json', locale }))).toEqual(toJSON(report));
  }
}

describe('reports of hostile texts', () => {
  it('escape every value of an assessment in every format and locale', () => {
    fc.assert(fc.property(hostileTexts, ({ hostile, benign }) => {
      const assessment = assess(hostile);
      // Sanity: the texts do reach the report (the unmet reason of the talents, the fund's warning, the offer).
      expect(assessment.items.map((item) => item.status)).toEqual(['eligible', 'unquantified', 'ineligible', 'ineligible']);
      expect(assessment.warnings).toHaveLength(1);
      checkEveryFormat(assessment, assess(benign), assessment.items.length);
    }), { numRuns: RUNS });
  }, TIMEOUT);

  it('escape every value of a comparison in every format and locale', () => {
    fc.assert(fc.property(hostileTexts, ({ hostile, benign }) => {
      const comparison = compareWith(hostile);
      const items = comparison.entries.reduce((total, entry) => total + entry.assessment.items.length, 0);
      checkEveryFormat(comparison, compareWith(benign), items);
    }), { numRuns: RUNS });
  }, TIMEOUT);
});
