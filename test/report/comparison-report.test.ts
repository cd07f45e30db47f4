import { describe, expect, it } from 'vitest';
import { compare, definePolicy, renderReport, toJSON, type ProjectInput } from '../../src/index.js';
import { parseCsv } from './hostile-text.js';

const project: ProjectInput = { name: 'Fab', industry: 'semiconductors', asOf: '2019-01-01', investment: { actual: '100000000' } };

describe('compare: the packs left out', () => {
  it('lists each built-in pack not in force on the date, with why, in both languages and in the JSON', () => {
    const comparison = compare(project);
    expect(comparison.entries.map((entry) => entry.policy.id)).toEqual(['qingshan-lake-2018']);
    expect(comparison.leftOut.map((left) => left.policyId)).toEqual(['shanxi-2021', 'nanhu-2022', 'jiashan-2023', 'lishui-2024']);
    expect(comparison.leftOut[0]).toEqual({
      policyId: 'shanxi-2021',
      name: 'Shanxi Province guidelines for semiconductors and integrated circuits (2021)',
      published: '2021-06-20',
      reason: 'not yet in force on 2019-01-01: its source is dated 2021-06-20',
      translations: { zh: { name: '山西省半导体与集成电路产业高质量发展指导意见（2021）', reason: '2019-01-01尚未生效：其来源日期为2021-06-20' } },
    });
    expect(toJSON(comparison).leftOut).toEqual(comparison.leftOut);
  });

  it('shows them in the text and Markdown reports, in both languages', () => {
    const comparison = compare(project);
    expect(renderReport(comparison)).toContain('\nLeft out, and why\n  - shanxi-2021 — Shanxi Province guidelines for semiconductors and integrated circuits (2021): ' +
      'not yet in force on 2019-01-01: its source is dated 2021-06-20\n');
    expect(renderReport(comparison, { format: 'markdown' })).toContain('\n### Left out, and why\n- shanxi-2021 — ');
    expect(renderReport(comparison, { locale: 'zh' })).toContain('\n未纳入比较的政策及原因\n  - shanxi-2021 — 山西省半导体与集成电路产业高质量发展指导意见（2021）：2019-01-01尚未生效：其来源日期为2021-06-20\n');
  });

  it('leaves none out when the caller lists the policies', () => {
    const listed = compare(project, { policies: ['qingshan-lake-2018', 'lishui-2024'] });
    expect(listed.leftOut).toEqual([]);
    expect(renderReport(listed)).not.toContain('Left out');
  });

  it('says so when no pack is in force, with no empty table', () => {
    const none = compare({ ...project, asOf: '2010-01-01' });
    expect(none.leftOut).toHaveLength(5);
    const text = renderReport(none);
    expect(text).toContain('Comparison of 0 locations for Fab, as of 2010-01-01');
    expect(text).toContain('\nNo location to compare.\n');
    expect(text).not.toMatch(/Jurisdiction|Ranked by|---/);
    expect(parseCsv(renderReport(none, { format: 'csv' }).slice(1))).toHaveLength(1);
  });
});

describe('comparison reports', () => {
  it('count in the right number: 1 location, 2 locations, 1 offer', () => {
    const one = compare(project);
    expect(renderReport(one)).toContain('Comparison of 1 location for Fab, as of 2019-01-01\n');
    expect(renderReport(one, { locale: 'zh' })).toContain('Fab：1个地区比较（截至2019-01-01）\n');
    expect(renderReport(compare({ ...project, asOf: '2021-07-01' }))).toContain('Comparison of 2 locations for Fab');
    const oneOffer = definePolicy({
      id: 'one-offer', name: 'One offer', jurisdiction: { level: 'city', name: 'One' }, source: { document: 'one.pdf', published: '2015-01-01' },
      rules: [{ id: 'help', label: 'Help', instrument: 'service', citation: { document: 'one.pdf', quote: 'We help.' }, amount: { block: 'unquantified', offer: 'Help.' } }],
    });
    const single = compare(project, { policies: [oneOffer] });
    expect(single.caveat).toContain('The 1 offer the sources make without a number (services, land, training, funds, financing) is not ranked:');
    expect(single.translations.zh.caveat).toContain('来源未给出金额的1项扶持');
    expect(renderReport(single)).toMatch(/^  service +offer, no figure$/m);
  });

  it('write the caveat without a count of nothing when every offer has a figure', () => {
    const one = compare(project);
    expect(one.caveat).toBe('Ranked by computed cash (grants and subsidies) only; every offer open to this project has a figure. ' +
      'Cash at a ceiling is a policy\'s stated maximum ("up to"), not a figure computed from the project: ' +
      'it is shown beside the computed cash, not in it, and plays no part in the ranking.');
    expect(one.translations.zh.caveat).toContain('适用于本项目的扶持均有金额');
  });

  it('have no heading without content: no offers without a figure, no warnings', () => {
    for (const locale of ['en', 'zh'] as const) {
      for (const format of ['text', 'markdown'] as const) {
        const report = renderReport(compare(project), { format, locale });
        expect(report).not.toMatch(/Offers without a figure\n|未给出金额的扶持\n|Warnings|提示/);
      }
    }
  });

  it('fit 120 columns for the five built-in packs, in both languages', () => {
    const all = compare({ ...project, asOf: '2024-09-01', deviceTypes: ['radio-frequency'], classification: { major: true } });
    for (const locale of ['en', 'zh'] as const) {
      const table = renderReport(all, { locale }).split('\n\n')[1]!;
      expect(table.split('\n')[0]).toMatch(/qingshan-lake-2018 +shanxi-2021 +nanhu-2022 +jiashan-2023 +lishui-2024$/);
      for (const line of table.split('\n')) expect(displayWidthOf(line)).toBeLessThanOrEqual(120);
    }
  });
});

function displayWidthOf(line: string): number {
  return [...line].reduce((width, char) => width + (/[\u2e80-\ua4cf\uff00-\uff60]/.test(char) ? 2 : 1), 0);
}
