import { describe, expect, it } from 'vitest';
import { evaluate, listPolicies, renderReport, type PolicyId, type ProjectInput, type TalentInput } from '../../src/index.js';
import { displayWidth } from '../../src/report/display-width.js';

/**
 * The text report's tables fit a terminal of 120 columns whatever they hold:
 * every item of every built-in pack (so every label, in both languages) and
 * 10,000 talents with names of 500 characters, long words, Chinese and spaces
 * among them. Long cells wrap within their column.
 */
const NAME_LENGTH = 500;
const TALENTS = 10_000;
const TIMEOUT = 240_000;

function talentName(index: number): string {
  const kinds = [
    `Talent ${index} with a long name `,
    `人才${index}号`,
    `Unbroken${index}`,
  ];
  const base = kinds[index % kinds.length]!;
  return base.repeat(Math.ceil(NAME_LENGTH / base.length)).slice(0, NAME_LENGTH);
}

const talents: TalentInput[] = Array.from({ length: TALENTS }, (_, index) => ({
  name: talentName(index),
  qualified: true,
  housingPurchase: { price: '800000' },
  rent: { monthly: '2500', start: '2024-09-01' },
}));

const project: ProjectInput = {
  name: 'Every item',
  asOf: '2024-09-01',
  investment: { actual: '260000000', infrastructure: '45000000' },
  classification: { leadingIndustryDirection: true, major: true, newProductionLine: true, particularlyImportant: true },
  activities: ['manufacturing', 'design', 'equipment', 'materials'],
  deviceTypes: ['power', 'radio-frequency', 'photomask'],
  targetMarkets: ['5g'],
  enterprise: { technologyBasedSME: true },
  plans: { listing: true, jointRdCentre: true },
  talents,
};

/** The lines of every table of a text report: a heading line, the rule of dashes under it, and the rows up to a blank line. */
function tableLines(report: string): string[] {
  const lines = report.split('\n');
  const found: string[] = [];
  lines.forEach((line, index) => {
    if (!/^-[- ]*$/.test(line)) return;
    found.push(lines[index - 1]!, line);
    for (let at = index + 1; at < lines.length && lines[at] !== ''; at += 1) found.push(lines[at]!);
  });
  return found;
}

/** The column "For" of the items' table (English, where one character is one cell), its lines joined without spaces. */
function forColumn(lines: readonly string[]): string {
  const heading = lines[0]!;
  const [start, end] = [heading.indexOf('For'), heading.indexOf('Instrument')];
  return lines.map((line) => line.slice(start, end)).join('').replace(/\s+/g, '');
}

describe('text tables', () => {
  it('fit 120 columns with every label of every built-in pack, in both languages', () => {
    for (const policy of listPolicies()) {
      const assessment = evaluate({ ...project, talents: talents.slice(0, 3) }, { policy: policy.id as PolicyId });
      for (const locale of ['en', 'zh'] as const) {
        const lines = tableLines(renderReport(assessment, { locale }));
        expect(lines.length).toBeGreaterThan(assessment.items.length);
        for (const line of lines) expect(displayWidth(line), line).toBeLessThanOrEqual(120);
      }
    }
  });

  it('fit 120 columns with 10,000 talents of 500-character names, in both languages', () => {
    // Only the Qingshan Lake pack has rules per talent: a housing and a rent subsidy for each.
    const assessment = evaluate(project, { policy: 'qingshan-lake-2018' });
    expect(assessment.items).toHaveLength(2 * TALENTS + 7);
    for (const locale of ['en', 'zh'] as const) {
      const lines = tableLines(renderReport(assessment, { locale }));
      let widest = 0;
      for (const line of lines) widest = Math.max(widest, displayWidth(line));
      expect(widest).toBeLessThanOrEqual(120);
      expect(widest).toBeGreaterThan(100);
      // Every talent's whole name is in its row, wrapped within its column.
      if (locale === 'en') expect(forColumn(lines)).toContain(talentName(3).replace(/\s+/g, ''));
    }
  }, TIMEOUT);
});
