import { describe, expect, it } from 'vitest';
import { compare, evaluate, listPolicies, renderReport, toJSON, type PolicyId, type ProjectInput } from '../../src/index.js';
import { REPORT_TEXTS } from '../../src/report/texts.js';

const HAN = /[\u4e00-\u9fff]/;
const project: ProjectInput = {
  name: 'Locale project',
  asOf: '2024-09-01',
  investment: { actual: '260000000', infrastructure: '45000000' },
  classification: { leadingIndustryDirection: true, major: true, newProductionLine: true },
  activities: ['manufacturing', 'design'],
  deviceTypes: ['power'],
  targetMarkets: ['5g'],
  enterprise: { technologyBasedSME: true },
  plans: { listing: true, jointRdCentre: true },
  talents: [{ name: 'Li', qualified: true, rent: { monthly: 2500, start: '2024-09-01' }, housingPurchase: { price: 800_000 } }],
};

describe('labels in two languages', () => {
  it('gives every item, reason, note, offer and figure of every pack a Chinese text', () => {
    for (const policy of listPolicies()) {
      const assessment = evaluate(project, { policy: policy.id as PolicyId });
      for (const item of assessment.items) {
        const zh = item.translations.zh;
        expect(zh.label).toMatch(HAN);
        expect(zh.reasons).toHaveLength(item.reasons.length);
        for (const reason of zh.reasons) expect(reason).toMatch(HAN);
        expect(zh.notes).toHaveLength(item.notes.length);
        for (const note of zh.notes) expect(note).toMatch(HAN);
        if (item.status === 'unquantified') expect(zh.offer).toMatch(HAN);
        expect(zh.figures).toHaveLength(item.figures.length);
        for (const cap of item.caps) expect(cap.translations.zh.label.length).toBeGreaterThan(0);
      }
      expect(assessment.translations.zh.policyName).toMatch(HAN);
    }
  });

  it('has every report word in both languages', () => {
    const keys = (value: unknown): string[] =>
      typeof value === 'object' && value !== null ? Object.entries(value).flatMap(([k, v]) => [k, ...keys(v).map((x) => `${k}.${x}`)]) : [];
    expect(keys(REPORT_TEXTS.zh)).toEqual(keys(REPORT_TEXTS.en));
  });
});

describe('reports', () => {
  const assessment = evaluate(project, { policy: 'qingshan-lake-2018' });

  it('write Chinese headings and texts for locale zh', () => {
    const text = renderReport(assessment, { locale: 'zh' });
    expect(text).toContain('青山湖科技城微纳智造小镇扶持政策（2018）');
    expect(text).toContain('金额（元）');
    expect(text).toContain('项目配套资助');
    expect(text).toContain('合计：现金（补助与补贴）');
    expect(text).not.toContain('Project co-investment');
  });

  it('write CSV with one row per item, amounts as plain digits, quoted where needed', () => {
    const csv = renderReport(assessment, { format: 'csv' });
    const lines = csv.trimEnd().split('\r\n');
    expect(lines).toHaveLength(assessment.items.length + 1);
    expect(lines[0]).toBe('\uFEFFpolicy,number,rule_id,item,beneficiary,instrument,status,basis,amount_cny,binding_cap,headroom_cny,document,quote,amount_kind');
    expect(lines[1]).toContain(',30000000.00,');
    expect(lines[2]).toContain('"For projects that are in line with the leading industry directions, the industry');
    expect(renderReport(assessment, { format: 'csv', locale: 'zh' }).split('\r\n')[0]).toContain('金额（元）');
  });

  it('keep a user\'s label from running as a spreadsheet formula', async () => {
    const { definePolicy } = await import('../../src/index.js');
    const pack = definePolicy({
      id: 'formula', name: 'F', jurisdiction: { level: 'city', name: 'F' }, source: { document: 'd', published: '2015-01-01' },
      rules: [{ id: 'x', label: '=HYPERLINK("http://example")', instrument: 'service', citation: { document: 'd', quote: 'q' }, amount: { block: 'unquantified', offer: 'o' } }],
    });
    const csv = renderReport(evaluate(project, { policy: pack }), { format: 'csv' });
    expect(csv).toContain(`"'=HYPERLINK(""http://example"")"`);
  });

  it('write JSON as toJSON does', () => {
    expect(JSON.parse(renderReport(assessment, { format: 'json' }))).toEqual(toJSON(assessment));
    const comparison = compare(project);
    expect(JSON.parse(renderReport(comparison, { format: 'json' }))).toEqual(toJSON(comparison));
  });

  it('render a comparison in Chinese and as CSV rows for every location', () => {
    const comparison = compare(project);
    expect(renderReport(comparison, { locale: 'zh' })).toContain('5个地区比较');
    const rows = renderReport(comparison, { format: 'csv' }).trimEnd().split('\r\n');
    expect(rows).toHaveLength(1 + comparison.entries.reduce((n, entry) => n + entry.assessment.items.length, 0));
  });

  it('refuse an unknown format or locale', () => {
    expect(() => renderReport(assessment, { format: 'pdf' as 'text', locale: 'fr' as 'en' })).toThrow(/format[\s\S]*locale/);
  });
});
