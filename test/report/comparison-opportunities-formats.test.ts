import { describe, expect, it } from 'vitest';
import { compare, renderReport, type ProjectInput } from '../../src/index.js';
import { renderReport as renderHtml } from '../../src/html/index.js';

// The talent's name carries markup, a CSV formula and terminal controls: caller text, escaped in every format.
const project: ProjectInput = {
  name: 'Hypothetical plain project', investment: { actual: '50000000' },
  talents: [{ name: '<i>Li</i> =1+1 \u001b[2J', qualified: true }],
};
const options = { asOf: '2025-01-01', policies: ['qingshan-lake-2018', 'jiashan-2023'] as const };
const withThem = compare(project, { ...options, policies: [...options.policies], opportunities: true });
const without = compare(project, { ...options, policies: [...options.policies] });

/** A CSV of simple cells (no quoted commas in the cells read here) as rows of cells. */
const csvRows = (csv: string) => csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n');

describe('a comparison made with opportunities: true', () => {
  it('adds six columns last to each item\'s row of its CSV, leaving the columns before as they were', () => {
    const lines = csvRows(renderReport(withThem, { format: 'csv' }));
    const plain = csvRows(renderReport(without, { format: 'csv' }));
    expect(lines[0]).toBe(`${plain[0]},unlock,status_after,amount_after_cny,amount_after_kind,gain_cny,changes`);
    // One row per item still: no figure of an opportunity on a row of its own, where a sum of amount_cny would count it.
    expect(lines).toHaveLength(plain.length);
    lines.slice(1).forEach((line, index) => expect(line.startsWith(plain[index + 1]!)).toBe(true));
    // Jiashan's tiered funding: ineligible → up to its 50,000,000 ceiling (the tiers are unpublished) once a technology-based SME.
    const tiered = lines.find((line) => line.startsWith('jiashan-2023,') && line.includes('/tiered-funding,'))!;
    expect(tiered.endsWith(',eligible,eligible,50000000.00,"stated maximum, not computed",50000000.00,enterprise.technologyBasedSME: false → true (technology-based small or medium-sized enterprise)')).toBe(true);
    // Qingshan Lake's co-investment: min(30% × 50,000,000, 30,000,000) = 15,000,000 now; at 100,000,000 invested,
    // 30% × 100,000,000 = 30,000,000 reaches the ceiling: a gain of 15,000,000.
    const coInvestment = lines.find((line) => line.startsWith('qingshan-lake-2018,') && line.includes('/project-co-investment,'))!;
    expect(coInvestment).toContain(',15000000.00,');
    expect(coInvestment).toMatch(/,raise,eligible,30000000\.00,,15000000\.00,"investment\.actual: 50,000,000\.00 → 100,000,000\.00 /);
    // The loan interest subsidy needs loans, which no change of a stated fact gives.
    expect(lines.find((line) => line.includes('/loan-interest-subsidy,'))!.endsWith(',not unlocked,,,,,')).toBe(true);
    expect(csvRows(renderReport(withThem, { format: 'csv', locale: 'zh' }))[0]).toMatch(/,可获更多,变更后状态,变更后金额（元）,变更后金额性质,增加（元）,所需变更$/);
    const csv = renderReport(withThem, { format: 'csv' });
    expect(csv).not.toMatch(/\u001b/u);
    expect(csv).toContain('""<i>Li</i> =1+1 \\u001b[2J""');
  });

  it('has a section per location in its HTML page, in English and Chinese, every text escaped', () => {
    const html = renderHtml(withThem);
    expect(html).toContain('<section><h2 id="opportunities">What would unlock more</h2><h3 id="opportunities-1">');
    expect(html.match(/<h3 id="opportunities-\d">/g)).toHaveLength(2);
    expect(html).toContain('<td>ineligible</td><td>up to 50,000,000.00 (stated maximum)</td><td class="num">50,000,000.00</td><td>enterprise.technologyBasedSME: false → true (technology-based small or medium-sized enterprise)</td>');
    expect(html).toContain('<td>15,000,000.00</td><td>30,000,000.00</td><td class="num">15,000,000.00</td>');
    expect(html).toContain('Not unlocked by any change of stated facts: ');
    expect(html).not.toMatch(/<i>Li|\u001b/u);
    expect(html).toContain('&lt;i&gt;Li&lt;/i&gt;');
    const zh = renderHtml(withThem, { locale: 'zh' });
    expect(zh).toContain('<h2 id="opportunities">如何获得更多扶持</h2>');
    expect(zh).toContain('<td>不符合</td><td>最高50,000,000.00（政策上限）</td>');
    expect(renderHtml(without)).not.toContain('id="opportunities"');
  });
});
