import { describe, expect, it } from 'vitest';
import { definePolicy, evaluate, renderReport as renderText } from '../../src/index.js';
import { renderReport } from '../../src/html/index.js';
import { COMMITMENT_PACK, COMMITMENT_PROJECT } from '../api/commitment-pack.js';

describe('commitments in the HTML report of an assessment', () => {
  const pack = definePolicy(COMMITMENT_PACK);
  const assessment = evaluate(COMMITMENT_PROJECT, { policy: pack, asOf: '2029-01-31' });

  it('lists each item\'s commitments, net amount and clawback, as the text report does', () => {
    const page = renderReport(assessment);
    expect(page).toContain('<h2 id="commitments">Commitments and clawback</h2>');
    // Every commitment sentence of the text report appears in the page (HTML-escaped, quotes included).
    const text = renderText(assessment, { format: 'text' });
    const sentences = text.split('\n').filter((line) => line.startsWith('    - ')).map((line) => line.slice('    - '.length));
    expect(sentences.length).toBeGreaterThan(0);
    const escaped = (line: string) => line.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll('\'', '&#39;');
    for (const sentence of sentences) expect(page).toContain(escaped(sentence.trim()).slice(0, 60));
    expect(renderReport(assessment, { locale: 'zh' })).toContain('<h2 id="commitments">承诺与返还</h2>');
  });

  it('escapes a commitment label that holds markup', () => {
    const hostile = definePolicy({
      ...COMMITMENT_PACK,
      rules: COMMITMENT_PACK.rules.map((rule) => ({
        ...rule,
        ...(rule.commitments && { commitments: rule.commitments.map((commitment) => ({ ...commitment, label: '<script>alert(1)</script>' })) }),
      })),
    });
    const page = renderReport(evaluate(COMMITMENT_PROJECT, { policy: hostile, asOf: '2029-01-31' }));
    expect(page).not.toContain('<script>alert(1)</script>');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('has no commitments section for a pack without commitments', () => {
    expect(renderReport(evaluate({ name: 'x', investment: { actual: '50000000' } }, { policy: 'qingshan-lake-2018', asOf: '2019-01-01' }))).not.toContain('id="commitments"');
  });
});
