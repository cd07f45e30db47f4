import { describe, expect, it } from 'vitest';
import { runMain } from './run-main.js';

const project = JSON.stringify({ name: 'Hypothetical plain project', asOf: '2025-01-01', investment: { actual: '50000000' } });

describe('chip-incentives opportunities', () => {
  it('writes the changes and what they unlock, in every format and in Chinese', () => {
    const text = runMain(['opportunities', '-', '-p', 'jiashan-2023'], { stdin: project });
    expect(text.status).toBe(0);
    expect(text.out).toContain('50,000,000.00');
    // Markdown keeps each change on one line (text wraps it within its column).
    expect(runMain(['opportunities', '-', '-p', 'jiashan-2023', '-f', 'markdown'], { stdin: project }).out).toContain('enterprise.technologyBasedSME: false → true');
    const json = JSON.parse(runMain(['opportunities', '-', '-p', 'jiashan-2023', '-f', 'json'], { stdin: project }).out);
    expect(json.opportunities[0].after).toEqual({ status: 'eligible', amount: '50000000.00', basis: 'ceiling' });
    expect(runMain(['opportunities', '-', '-p', 'jiashan-2023', '-f', 'csv'], { stdin: project }).out).toMatch(/^\uFEFFpolicy,rule_id/);
    expect(runMain(['opportunities', '-', '-p', 'shanxi-2021', '-f', 'markdown', '-l', 'zh'], { stdin: project }).out).toContain('# 如何获得更多扶持');
  });

  it('escapes the caller\'s names in its JSON as every report does', () => {
    const hostile = JSON.stringify({ name: 'plant\u202e\u001b[2J', asOf: '2025-01-01', investment: { actual: '50000000' } });
    const out = runMain(['opportunities', '-', '-p', 'jiashan-2023', '-f', 'json'], { stdin: hostile }).out;
    expect(out).not.toMatch(/[\u202e\u001b]/);
    expect(JSON.parse(out).project.name).toBe('plant\u202e\u001b[2J');
  });

  it('compare --opportunities lists them per location, in English and Chinese', () => {
    const text = runMain(['compare', '-', '--policies', 'qingshan-lake-2018,jiashan-2023', '--opportunities'], { stdin: project });
    expect(text.status).toBe(0);
    expect(text.out).toContain('What would unlock more');
    // Jiashan's tiered funding: ineligible → up to its 50,000,000 ceiling (the tiers are unpublished) once a technology-based SME.
    expect(text.out).toMatch(/jiashan-2023:\n.*ineligible → up to 50,000,000\.00 \(stated maximum\) \(gain 50,000,000\.00\): enterprise\.technologyBasedSME: false → true/);
    const zh = runMain(['compare', '-', '--policies', 'qingshan-lake-2018', '--opportunities', '-l', 'zh', '-f', 'markdown'], { stdin: project }).out;
    expect(zh).toContain('### 如何获得更多扶持');
    expect(zh).toContain('项目配套资助：15,000,000.00 → 30,000,000.00（增加 15,000,000.00）');
    expect(runMain(['compare', '-', '--policies', 'jiashan-2023'], { stdin: project }).out).not.toContain('What would unlock more');
    // CSV and HTML carry them too: six columns last on each item's row, a section per location.
    expect(runMain(['compare', '-', '--policies', 'jiashan-2023', '--opportunities', '-f', 'csv'], { stdin: project }).out).toContain(',unlock,status_after,amount_after_cny,amount_after_kind,gain_cny,changes\r\n');
    expect(runMain(['compare', '-', '--policies', 'jiashan-2023', '--opportunities', '-f', 'html'], { stdin: project }).out).toContain('<h2 id="opportunities">What would unlock more</h2>');
    expect(runMain(['evaluate', '-', '-p', 'jiashan-2023', '--opportunities'], { stdin: project }).status).toBe(2);
  });

  it('needs a policy, and reports bad input with exit status 1', () => {
    expect(runMain(['opportunities', '-'], { stdin: project }).status).toBe(2);
    const bad = runMain(['opportunities', '-', '-p', 'jiashan-2023'], { stdin: JSON.stringify({ name: 'x', asOf: '2025-01-01', investment: { actual: -5 } }) });
    expect(bad.status).toBe(1);
    expect(bad.err).toContain('investment.actual');
  });
});
