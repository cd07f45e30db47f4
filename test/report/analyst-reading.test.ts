import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  blocks, compare, definePolicy, evaluate, IncentiveInputError, renderReport, sweep, toJSON, type ProjectInput,
} from '../../src/index.js';
import { renderReport as renderHtml } from '../../src/html/index.js';
import { SWEPT } from '../html/example-reports.js';

/**
 * What an analyst reads in the reports: every note once and only where it
 * explains a figure, replaced parameters written as amounts, a chosen reading
 * that changed nothing said to be unused, and errors that say where to go.
 */

/** The CMP line of the command-line examples: two talents, five ineligible items (the four 6-million and the incremental support). */
const cmpLine = JSON.parse(readFileSync(new URL('../../examples/cmp-line.json', import.meta.url), 'utf8')) as ProjectInput;
const assessment = evaluate(cmpLine, { policy: 'qingshan-lake-2018' });
const NOTES = { en: 'Notes: what the source leaves open and what the library assumes', zh: '说明：来源未明之处及本库的假定' };

/** The lines of a report's notes section. */
function notesOf(report: string, heading: string): string[] {
  const start = report.indexOf(`${heading}\n`);
  if (start < 0) return [];
  const body = report.slice(start + heading.length + 1);
  return body.slice(0, body.indexOf('\n\n')).split('\n');
}

/** The input error a call throws, as code, path and message. */
function issuesOf(call: () => unknown): Array<{ code: string; path: string; message: string }> {
  try {
    call();
  } catch (error) {
    if (error instanceof IncentiveInputError) return error.issues.map((issue) => ({ code: issue.code, path: issue.path.join('.'), message: issue.message }));
    throw error;
  }
  throw new Error('expected an input error');
}

describe('the notes of a report', () => {
  it('leave out the notes of ineligible items, in every format and language', () => {
    // Items 5 to 9 (the "four 6-million" and the incremental support) are ineligible: the project has no startup.
    const ineligible = assessment.items.flatMap((item, index) => (item.status === 'ineligible' ? [index + 1] : []));
    expect(ineligible).toEqual([5, 6, 7, 8, 9]);
    for (const locale of ['en', 'zh'] as const) {
      const notes = notesOf(renderReport(assessment, { locale }), NOTES[locale]);
      expect(notes.length).toBeGreaterThan(0);
      for (const number of ineligible) expect(notes.join('\n')).not.toContain(`#${number} `);
      const markdown = renderReport(assessment, { format: 'markdown', locale });
      expect(notesOf(markdown, `### ${NOTES[locale]}`).join('\n')).not.toMatch(/#[5-9] /);
      const html = renderHtml(assessment, { locale });
      const assumptions = html.slice(html.indexOf('id="assumptions"'), html.indexOf('</section>', html.indexOf('id="assumptions"')));
      for (const number of ineligible) expect(assumptions).not.toContain(`href="#item-${number}"`);
    }
  });

  it('say once that the policy fund\'s exit is not valued, and the HTML lists a shared note once', () => {
    const notes = notesOf(renderReport(assessment), NOTES.en);
    expect(notes.filter((line) => line.includes('policyFundExit'))).toHaveLength(1);
    expect(notes.filter((line) => line.includes('exit terms'))).toHaveLength(2); // the source's silence, then the project's
    const talents = ['A', 'B'].map((name) => ({ name, qualified: true, rent: { monthly: '1000', start: '2019-01-01' } }));
    const html = renderHtml(evaluate({ ...cmpLine, talents }, { policy: 'qingshan-lake-2018' }));
    // Items 3 and 4 are the two talents' rent subsidies: their one note is listed once, linked to both.
    expect(html.match(/Three consecutive years/g)).toHaveLength(1);
    expect(html).toContain('<a href="#item-3">#3</a>, <a href="#item-4">#4</a> &quot;Three consecutive years&quot;');
  });

  it('read naturally in Chinese: the housing subsidy is bounded by its ceiling and the price, the footnotes punctuated in Chinese', () => {
    const zh = renderReport(assessment, { locale: 'zh' });
    expect(zh).toContain('#3 人才购房补贴：补贴不超过其上限（原文为60万元），也不超过购房价格');
    expect(zh).not.toContain('除以');
    // A Chinese report punctuates in Chinese, its footnotes too; the quotation stays verbatim.
    expect(zh).toContain('  [1] 002_95a2ad1254be288a.txt：“We will match up to 30 million RMB');
  });

  it('never state a figure an override has replaced as the figure used', () => {
    const longer = evaluate(cmpLine, { policy: 'qingshan-lake-2018', overrides: { 'qingshan-lake-2018/talent-rent': { months: 48 } } });
    const report = renderReport(longer);
    // 2,000 a month × 48 months = 96,000: the note says what the source states, the overrides what is used.
    expect(report).toMatch(/ 4 +Talent rent subsidy .* 96,000\.00/);
    expect(report).not.toContain('is read as 36 monthly payments');
    // "at most 36" beside an override of 48 read as a contradiction: the note names the source's figure as the source's.
    expect(report).not.toContain('at most 36');
    expect(report).toContain('36 months in the source (parameter months)');
    expect(report).toContain('  - qingshan-lake-2018/talent-rent months: 48 months (the source: 36 months)');
  });

  it('say when a shared cap cuts an item, beside the note that it is the most the policy gives', () => {
    const letter = 'offer.pdf';
    const offer = definePolicy({
      id: 'river', name: 'River', jurisdiction: { level: 'district', name: 'River' }, source: { document: letter, published: '2026-03-01' },
      rules: [
        { id: 'equipment', label: 'Equipment', instrument: 'grant', citation: { document: letter, quote: 'Up to 100.' },
          parameters: { ceiling: { value: '100000000', unit: 'CNY' } }, amount: blocks.flatCeiling({ ceiling: 'ceiling' }) },
        { id: 'tape-out', label: 'Tape-out', instrument: 'grant', citation: { document: letter, quote: 'Up to 5.' },
          parameters: { ceiling: { value: '5000000', unit: 'CNY' } }, amount: blocks.flatCeiling({ ceiling: 'ceiling' }) },
      ],
      groups: [blocks.sharedCap({ id: 'total', rules: ['equipment', 'tape-out'], cap: '102000000', citation: { document: letter, quote: 'In all, 102.' } })],
    });
    // 100,000,000 + 5,000,000 = 105,000,000 > 102,000,000: the tape-out, second in order, keeps 2,000,000.
    const report = renderReport(evaluate({ name: 'Fab', asOf: '2026-04-01', investment: { actual: '1' } }, { policy: offer }));
    expect(report).toContain('  - #2 Tape-out: Reduced from 5,000,000.00 to 2,000,000.00 by the cap of 102,000,000.00');
    expect(renderReport(evaluate({ name: 'Fab', asOf: '2026-04-01', investment: { actual: '1' } }, { policy: offer }), { locale: 'zh' }))
      .toContain('由5,000,000.00减至2,000,000.00');
  });
});

describe('replaced parameters', () => {
  const reform = evaluate(cmpLine, {
    policy: 'qingshan-lake-2018',
    overrides: {
      'qingshan-lake-2018/project-co-investment': { ceiling: '50000000', rate: '0.35' },
      'qingshan-lake-2018/talent-rent': { monthlyCeiling: '2500' },
    },
  });

  it('are written as the report writes amounts, with their unit, in both languages', () => {
    // In the order of the pack's parameters.
    expect(reform.overrides.map(({ parameter, unit }) => `${parameter} ${unit}`)).toEqual(['rate ratio', 'ceiling CNY', 'monthlyCeiling CNY/month']);
    const en = notesOf(renderReport(reform), 'Parameters replaced by the caller');
    expect(en).toEqual([
      '  - qingshan-lake-2018/project-co-investment rate: 35% (the source: 30%)',
      '  - qingshan-lake-2018/project-co-investment ceiling: 50,000,000.00 (the source: 30,000,000.00)',
      '  - qingshan-lake-2018/talent-rent monthlyCeiling: 2,500.00 a month (the source: 2,000.00 a month)',
    ]);
    const zh = notesOf(renderReport(reform, { locale: 'zh' }), '调用方替换的参数');
    expect(zh).toEqual([
      '  - qingshan-lake-2018/project-co-investment rate：35%（原文：30%）',
      '  - qingshan-lake-2018/project-co-investment ceiling：50,000,000.00（原文：30,000,000.00）',
      '  - qingshan-lake-2018/talent-rent monthlyCeiling：每月2,500.00（原文：每月2,000.00）',
    ]);
    expect(renderHtml(reform)).toContain('<li>qingshan-lake-2018/project-co-investment ceiling: 50,000,000.00 (the source: 30,000,000.00)</li>');
  });

  it('write a tier table bracket by bracket', () => {
    const tiers = { base: 'finance.rdSpending', brackets: [{ from: '0', amount: '500000' }, { from: '10000000', amount: '3000000' }] };
    const sme = { name: 'SME', asOf: '2024-01-01', investment: { actual: '1' }, enterprise: { technologyBasedSME: true }, finance: { rdSpending: '1' } };
    const tiered = evaluate(sme, { policy: 'jiashan-2023', overrides: { 'jiashan-2023/tiered-funding': { tiers } } });
    expect(renderReport(tiered)).toContain('  - jiashan-2023/tiered-funding tiers: tiers of finance.rdSpending: from 0.00: 500,000.00; ' +
      'from 10,000,000.00: 3,000,000.00 (the source: tiers (not published))');
    expect(renderReport(tiered, { locale: 'zh' })).toContain('tiers：按年研发投入分档：自0.00起500,000.00；自10,000,000.00起3,000,000.00（原文：分档（未公布））');
  });
});

describe('a reading the caller chose', () => {
  it('is reported as unused when no item depended on it, on the result and in every report', () => {
    // The CMP line is not particularly important: no item reads majorProject.
    const chosen = evaluate(cmpLine, { policy: 'qingshan-lake-2018', interpretations: { majorProject: 'ceiling-only', policyFundBase: 'excluding-infrastructure' } });
    expect(chosen.interpretations.map((used) => used.id)).not.toContain('majorProject');
    expect(chosen.unusedInterpretations).toEqual([{ id: 'majorProject', chosen: 'ceiling-only' }]);
    expect(toJSON(chosen).unusedInterpretations).toEqual([{ id: 'majorProject', chosen: 'ceiling-only' }]);
    expect(notesOf(renderReport(chosen), 'Interpretations chosen but not used'))
      .toEqual(['  - majorProject = ceiling-only: no item of this project depends on it, so it changes nothing here.']);
    expect(renderReport(chosen, { locale: 'zh' })).toContain('已选择但未用到的解释\n  - majorProject = ceiling-only：');
    expect(renderHtml(chosen)).toContain('id="unused-interpretations"');
    // A reading that was used is not listed as unused, and without a choice there is nothing to list.
    expect(evaluate(cmpLine, { policy: 'qingshan-lake-2018' }).unusedInterpretations).toEqual([]);
    expect(renderReport(evaluate(cmpLine, { policy: 'qingshan-lake-2018' }))).not.toContain('chosen but not used');
  });
});

describe('errors that say where to go', () => {
  it('renderReport of the main entry points to chip-incentives/html for format html', () => {
    const [issue] = issuesOf(() => renderReport(assessment, { format: 'html' as 'text' }));
    expect(issue).toMatchObject({ code: 'unknown_option', path: 'options.format' });
    expect(issue?.message).toContain('import { renderReport } from "chip-incentives/html"');
    expect(issuesOf(() => renderReport(assessment, { format: 'pdf' as 'text' }))[0]?.message).not.toContain('chip-incentives/html');
  });

  it('a project id that a built-in pack\'s source does not name is refused, with did-you-mean', () => {
    const misspelt = { ...cmpLine, sourceProjects: ['jiashan-2023/xinghui-expansion', 'nanhu-2022/photomask'] };
    const expected = {
      code: 'not_found',
      path: 'sourceProjects.1',
      message: '"nanhu-2022/photomask" names no project of nanhu-2022: the projects its source names are nanhu-2022/photomask-material. ' +
        'Did you mean "nanhu-2022/photomask-material"?',
    };
    expect(issuesOf(() => evaluate(misspelt, { policy: 'nanhu-2022' }))).toEqual([expected]);
    expect(issuesOf(() => compare(misspelt, { asOf: '2024-09-01' }))).toEqual([expected]);
    expect(issuesOf(() => evaluate({ ...cmpLine, sourceProjects: ['qingshan-lake-2018/fab'] }, { policy: 'qingshan-lake-2018' }))[0]?.message)
      .toBe('"qingshan-lake-2018/fab" names no project of qingshan-lake-2018: its source names none.');
    // A user's own pack names its own projects; the library does not know them.
    expect(evaluate({ ...cmpLine, sourceProjects: ['my-district/fab-2'] }, { policy: 'qingshan-lake-2018' }).items.length).toBeGreaterThan(0);
  });
});

describe('the compare caveat', () => {
  it('says that no offer is open when every item of every location is ineligible', () => {
    const other = compare({ ...cmpLine, industry: 'other' }, { asOf: '2024-09-01' });
    expect(other.entries.every((entry) => entry.assessment.items.every((item) => item.status === 'ineligible'))).toBe(true);
    expect(other.caveat).toBe('No offer compared is open to this project: every item is ineligible (each location\'s assessment says why), ' +
      'so every location has 0.00 and they rank equal.');
    expect(other.translations.zh.caveat).toContain('所比较的扶持均不适用于本项目');
    expect(renderReport(other)).not.toContain('has a figure');
  });
});

describe('the data table of an HTML sweep', () => {
  it('shows the points where an amount changes course, and keeps every point collapsed below', () => {
    // 0 to 500,000,000 in 20 steps of 25,000,000: the co-investment, 30% of it, grows 7,500,000 a step up to its
    // 100,000,000 ceiling, reached at 333,333,333.33…: between 325,000,000 (97,500,000) and 350,000,000 (100,000,000).
    const html = renderHtml(sweep(SWEPT, { policy: 'qingshan-lake-2018', path: 'investment.actual', from: 0, to: '500000000', steps: 20 }));
    const key = html.slice(html.indexOf('class="sweep-key'), html.indexOf('</table>', html.indexOf('class="sweep-key')));
    const rows = key.match(/<tr>/g)?.length ?? 0;
    // The header, 0, 325,000,000 (the last equal step), 350,000,000 (the first at the ceiling), 500,000,000.
    expect(rows).toBe(5);
    for (const value of ['0.00', '325,000,000.00', '350,000,000.00', '500,000,000.00']) expect(key).toContain(`>${value}<`);
    expect(html).toContain('<details><summary>All 21 points</summary><table class="sweep-data wide"');
    expect(html).toContain('4 of the 21 points');
    // A short sweep, every point of which is a turn, keeps one table.
    const short = renderHtml(sweep(SWEPT, { policy: 'qingshan-lake-2018', path: 'investment.actual', from: 0, to: '500000000', steps: 2 }));
    expect(short).not.toContain('<details>');
    expect(short).toContain('class="sweep-data wide"');
  });
});
