import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { definePolicy, evaluate, renderReport, type LoanInput, type ProjectInput } from '../../src/index.js';
import { parseCsv } from './hostile-text.js';

/** The CMP line of the examples: a rent subsidy whose three caps bind, five ineligible items, notes on most items. */
const cmpLine = JSON.parse(readFileSync(new URL('../../examples/cmp-line.json', import.meta.url), 'utf8')) as ProjectInput;
const assessment = evaluate(cmpLine, { policy: 'qingshan-lake-2018' });
const text = renderReport(assessment);
const markdown = renderReport(assessment, { format: 'markdown' });
const csvRows = parseCsv(renderReport(assessment, { format: 'csv' }).slice(1));

/** A talent startup with one loan of each kind, or of one kind only. */
function startup(loans: LoanInput[]): ProjectInput {
  return {
    name: 'Startup',
    asOf: '2020-03-15',
    investment: { actual: '10000000' },
    talents: [{ name: 'Founder', highLevel: true }],
    talentStartup: { founder: 'Founder', loans },
  };
}
const AMORTIZED = { principal: '1200000', annualRate: '0.06', repayment: 'bullet', start: '2020-04-01', termMonths: 12 } as const;
const SIMPLE = { principal: '1000000', annualRate: '0.05', years: 2 } as const;
const interestNotes = (project: ProjectInput, locale: 'en' | 'zh' = 'en') =>
  renderReport(evaluate(project, { policy: 'qingshan-lake-2018' }), { locale }).split('\n').filter((line) => line.startsWith('  - #6 '));

describe('item notes', () => {
  it('appear in the text and Markdown reports, in both languages, with the item number and label', () => {
    expect(text).toContain('\nNotes: what the source leaves open and what the library assumes\n');
    expect(text).toContain('  - #4 Talent rent subsidy: "Three consecutive years" is read as monthly payments from the first month of rent: 36 months in the source (parameter months).');
    expect(markdown).toContain('\n### Notes: what the source leaves open and what the library assumes\n');
    expect(markdown).toContain('- #3 Talent housing purchase subsidy: The subsidy is bounded by the purchase price as well as by its ceiling (600,000 in the source)');
    const zh = renderReport(assessment, { locale: 'zh' });
    expect(zh).toContain('\n说明：来源未明之处及本库的假定\n');
    expect(zh).toContain('  - #4 人才租房补贴：“连续三年”理解为自起租月起按月发放：原文为36个月（参数 months）。');
    expect(renderReport(assessment, { format: 'markdown', locale: 'zh' })).toContain('- #4 人才租房补贴：“连续三年”理解为自起租月起按月发放：原文为36个月（参数 months）。');
  });

  it('are listed once for the items of one rule that share them, with their numbers', () => {
    const talents = ['A', 'B', 'C'].map((name) => ({ name, qualified: true, rent: { monthly: '1000', start: '2019-01-01' } }));
    const three = renderReport(evaluate({ ...cmpLine, talents }, { policy: 'qingshan-lake-2018' }));
    // Items 3 to 5 are the three talents' rent subsidies.
    expect(three).toContain('  - #3–#5 Talent rent subsidy: "Three consecutive years" is read as monthly payments');
    expect(three.match(/"Three consecutive years"/g)).toHaveLength(1);
  });

  it('describe the loan interest as it is computed: month by month for a loan with a repayment form', () => {
    // #6 is the loan interest subsidy (the founder claims no housing); a bullet loan of 1,200,000 at 6%: 6,000 of interest a month for 12 months.
    expect(evaluate(startup([AMORTIZED]), { policy: 'qingshan-lake-2018' }).items[5]?.amount?.toFixed(2)).toBe('72000.00');
    const amortized = interestNotes(startup([AMORTIZED]));
    expect(amortized).toEqual([
      '  - #6 “Four 6-million”: loan interest subsidy: The report does not say how the interest is counted.',
      '  - #6 “Four 6-million”: loan interest subsidy: The report states only the 6 million cap, not the share of the interest subsidised: ' +
        'the library assumes the whole interest (parameter share = 1). A caller who knows the share overrides it: ' +
        'the subsidy is then that share of the interest cumulated to each due date, rounded once to the cent.',
      '  - #6 “Four 6-million”: loan interest subsidy: The loan with a repayment form counts the interest actually due month by month: ' +
        'the annual rate ÷ 12 on the principal still owed, each month\'s interest rounded to the cent as a bank charges it, due a month after the start and monthly after.',
    ]);
    expect(amortized.join('\n')).not.toContain('simple interest');
    expect(interestNotes(startup([AMORTIZED]), 'zh').join('\n')).toContain('1笔给出还款方式的贷款按每月实际应付的利息计算');
  });

  it('describe simple interest for loans without a repayment form, and both kinds when both are given', () => {
    expect(interestNotes(startup([SIMPLE]))[2]).toContain('The loan without a repayment form counts as simple interest on the full principal for the whole term');
    const both = interestNotes(startup([SIMPLE, AMORTIZED, SIMPLE]));
    expect(both).toHaveLength(4);
    expect(both[2]).toContain('The 2 loans without a repayment form count as simple interest');
    expect(both[3]).toContain('The loan with a repayment form counts the interest actually due month by month');
  });
});

describe('the items table', () => {
  it('shows no basis for an ineligible row, in text, Markdown and CSV', () => {
    expect(text).toMatch(/^ 5 +“Four 6-million”: entrepreneurship +grant +ineligible +— +0\.00 +\[4\]$/m);
    expect(markdown).toContain('| 5 | “Four 6-million”: entrepreneurship start-up fund |  | grant | ineligible | — | 0.00 | — | — |');
    expect(csvRows[5]?.slice(6, 9)).toEqual(['ineligible', '', '0.00']);
    expect(csvRows[1]?.slice(6, 9)).toEqual(['eligible', 'formula', '30000000.00']);
  });

  it('names every binding cap of an item, in text, Markdown and CSV', () => {
    const caps = 'monthly rent subsidy ceiling; three consecutive years (36 months); total ceiling (2,000.00 × 36)';
    expect(markdown).toContain(`| 72,000.00 | ${caps} | 0.00 |`);
    expect(csvRows[4]?.[9]).toBe(caps);
    // The text report lists them under the items, one row per cap: 2,600 asked, 2,000 a month for 36 months = 72,000.
    const capRows = text.split('\n').filter((line) => line.startsWith(' 4  ') && !line.includes('Talent rent subsidy'));
    expect(capRows).toEqual([
      ' 4  monthly rent subsidy ceiling                       2,000.00 a month  yes     0.00 a month',
      ' 4  three consecutive years (36 months)                       36 months  yes         0 months',
      ' 4  total ceiling (2,000.00 × 36)                             72,000.00  yes             0.00',
    ]);
    expect(`${text}${markdown}`).not.toMatch(/more\)/);
  });

  it('lists a cap that does not bind with its headroom', () => {
    // 30% × (260,000,000 − 45,000,000) = 64,500,000, above the 30,000,000 ceiling: 34,500,000 of headroom.
    expect(text).toContain(' 1  30% of actual investment excluding infrastructure     64,500,000.00  no     34,500,000.00');
  });
});

describe('sections', () => {
  it('are left out when they would be empty', () => {
    const pack = definePolicy({
      id: 'plain', name: 'Plain', jurisdiction: { level: 'city', name: 'Plain' }, source: { document: 'plain.pdf', published: '2015-01-01' },
      rules: [{ id: 'grant', label: 'Grant', instrument: 'grant', citation: { document: 'plain.pdf', quote: 'A grant of 5,000.' },
        parameters: { ceiling: { value: '5000', unit: 'CNY' } }, amount: { block: 'flat-ceiling', requested: { fact: 'investment.actual' }, ceiling: { param: 'ceiling' } } }],
    });
    const plain = evaluate({ name: 'p', asOf: '2020-01-01', investment: { actual: 1 } }, { policy: pack });
    const headings = (locale: 'en' | 'zh') => renderReport(plain, { format: 'markdown', locale }).split('\n').filter((line) => line.startsWith('#'));
    // One eligible item with no note, no interpretation, no override, no warning: a title and the sources only.
    expect(headings('en')).toEqual(['## Plain', '### Sources']);
    expect(headings('zh')).toEqual(['## Plain', '### 原文出处']);
    const textReport = renderReport(plain);
    expect(textReport).toContain('Caps of the eligible items');
    for (const empty of ['Offers without a figure', 'Not eligible', 'Notes', 'Interpretations used', 'Warnings', 'Parameters replaced', 'Dates and values']) {
      expect(textReport).not.toContain(empty);
    }
    // An item with no cap (an offer without a figure) gives no table of caps.
    expect(renderReport(evaluate({ name: 'p', asOf: '2024-09-01', investment: { actual: 1 } }, { policy: 'lishui-2024' }))).not.toContain('Caps of');
  });

  it('say "1 year" of a holding period of one year', () => {
    const project = { ...cmpLine, policyFundExit: { holdingYears: 1, buyBackRate: '0.02', expectedReturn: '0.1' } };
    expect(renderReport(evaluate(project, { policy: 'qingshan-lake-2018' }))).toContain('(after 1 year, under the project\'s exit terms');
  });
});

describe('CSV', () => {
  it('starts with a UTF-8 byte-order mark, in English and Chinese, for an assessment and a comparison', () => {
    for (const locale of ['en', 'zh'] as const) {
      const csv = renderReport(assessment, { format: 'csv', locale });
      expect(csv.charCodeAt(0)).toBe(0xfeff);
      expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
      expect(csv.indexOf('\uFEFF', 1)).toBe(-1);
    }
    expect(renderReport(assessment, { format: 'json' }).startsWith('{')).toBe(true);
  });
});
