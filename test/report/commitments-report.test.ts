import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { definePolicy, evaluate, renderReport } from '../../src/index.js';
import { COMMITMENT_PACK, COMMITMENT_PROJECT } from '../api/commitment-pack.js';
import { runMain } from '../cli/run-main.js';
import { renderReport as renderHtml } from '../../src/html/index.js';

const assessment = evaluate(COMMITMENT_PROJECT, { policy: definePolicy(COMMITMENT_PACK), asOf: '2029-01-31' });

describe('reports of commitments', () => {
  it('list each commitment with the amount at risk, the clawback and the net amount, in text and Markdown', () => {
    const text = renderReport(assessment, { format: 'text' });
    // 150 of 200 jobs: (200 − 150) ÷ 200 × 10,000,000 = 2,500,000 repaid; 10,000,000 − 2,500,000 = 7,500,000.
    expect(text).toContain('Clawbacks of the computed items: 3,500,000.00; net of them: cash 8,500,000.00; equity 0.00; all 8,500,000.00');
    expect(text).toContain('Commitments and clawback\n  - #1 Settlement grant: net 7,500,000.00 = 10,000,000.00 − clawback 2,500,000.00\n');
    expect(text).toContain('    - 200 jobs by the end of 2028: jobs created at least 200 by 2028-12-31; stated: 150; missed; '
      + 'if missed, repaid pro rata to the shortfall; at risk 10,000,000.00; clawback 2,500,000.00. '
      + '“Short of 200 jobs, the grant is repaid in proportion to the shortfall.” (hypothetical-offer.pdf)');
    expect(text).toContain('pending (its date is still to come); if missed, all is repaid; at risk 2,000,000.00; clawback 0.00.');
    const markdown = renderReport(assessment, { format: 'markdown' });
    expect(markdown).toContain('### Commitments and clawback\n- #1 Settlement grant: net 7,500,000.00');
    expect(markdown).toContain('\n  - Output of 500 million yuan in 2028: annual output at least 500,000,000.00 by 2028-12-31; stated: 400,000,000.00; missed; if missed, 50% is repaid');
  });

  it('write them in Chinese', () => {
    const text = renderReport(assessment, { format: 'text', locale: 'zh' });
    expect(text).toContain('计算金额的返还合计：3,500,000.00；扣除返还后：现金 8,500,000.00；股权 0.00；总计 8,500,000.00');
    expect(text).toContain('  - #1 落户补助：净额 7,500,000.00 = 10,000,000.00 − 返还 2,500,000.00');
    expect(text).toContain('2028年底前新增200个岗位：2028-12-31前 新增就业岗位 不低于 200；项目所报：150；未达成；未达成则按差额比例返还；涉及金额 10,000,000.00；返还 2,500,000.00。');
    expect(text).toContain('待定（尚未到期）');
  });

  it('add four CSV columns only when there are commitments', () => {
    const [header, first, second] = renderReport(assessment, { format: 'csv' }).split('\r\n');
    expect(header?.endsWith(',amount_kind,commitments,at_risk_cny,clawback_cny,net_cny')).toBe(true);
    expect(first?.endsWith(',10000000.00,2500000.00,7500000.00')).toBe(true);
    // At risk: 1,000,000 (half) and 2,000,000 (all) together, never above the 2,000,000 paid.
    expect(second?.endsWith(',2000000.00,1000000.00,1000000.00')).toBe(true);
    const plain = evaluate({ name: 'Plain', investment: { actual: '100000000' } }, { policy: 'qingshan-lake-2018', asOf: '2019-01-01' });
    expect(renderReport(plain, { format: 'csv' }).split('\r\n')[0]?.endsWith(',amount_kind')).toBe(true);
  });

  it('do not break the HTML report', () => {
    const html = renderHtml(assessment);
    expect(html).toContain('Settlement grant');
    expect(html).toContain('10,000,000.00');
  });
});

describe('explain --policy', () => {
  const dir = mkdtempSync(join(tmpdir(), 'commitments-'));
  const file = join(dir, 'offer.policy.json');
  writeFileSync(file, JSON.stringify(COMMITMENT_PACK));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('describes the commitments of a rule of a policy file', () => {
    const run = runMain(['explain', 'commit-district/settlement-grant', '--policy', file]);
    expect(run.status).toBe(0);
    expect(run.out).toContain('Commitments and clawback\n  - 200 jobs by the end of 2028: commit-district/jobs at least 200 (jobs) by 2028-12-31; '
      + 'if missed, repaid pro rata to the shortfall (1 − reached ÷ target). “Short of 200 jobs, the grant is repaid in proportion to the shortfall.”');
    const zh = runMain(['explain', 'commit-district/output-award', '--policy', file, '--locale', 'zh']);
    expect(zh.out).toContain('未达成则返还50%（share）');
    expect(zh.out).toContain('2029-12-31前 commit-district/tax（累计至当年） 不低于 30000000；未达成则全额返还。');
  });

  it('names the closest rule of that policy', () => {
    const run = runMain(['explain', 'commit-district/outpt-award', '--policy', file]);
    expect(run.status).not.toBe(0);
    expect(run.err).toContain('Did you mean "commit-district/output-award"?');
  });
});
