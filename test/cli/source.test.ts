import { describe, expect, it } from 'vitest';
import { sourceCoverage } from '../../src/index.js';
import { builtInPolicies } from '../../src/policies/index.js';
import { hasRawControl, runMain } from './run-main.js';

/** `chip-incentives source`, in process: every sentence shown with its role, in each format and locale. */
describe('chip-incentives source', { timeout: 60_000 }, () => {
  it.each(builtInPolicies().map((policy) => policy.id))('prints every sentence of %s with its role', (id) => {
    const result = runMain(['source', id]);
    expect(result.err).toBe('');
    expect(result.status).toBe(0);
    const { sentences } = sourceCoverage(id);
    expect(result.out.match(/^\[\d+\] /gm)).toHaveLength(sentences.length);
    // Each sentence is there, character for character, whatever the lines it is wrapped on.
    const letters = result.out.replace(/\s+/g, '');
    for (const sentence of sentences) expect(letters).toContain(sentence.text.replace(/\s+/g, ''));
    expect(result.out).not.toContain('unclassified');
    expect(Math.max(...result.out.split('\n').slice(2).map((line) => line.length))).toBeLessThanOrEqual(120);
  });

  it('says what cites a sentence, and why one is not cited', () => {
    const { out } = runMain(['source', 'qingshan-lake-2018']);
    expect(out).toContain('[1] context\n    SIZONE’s Board Chair to Represent the Micro-Nano Smart Manufacturing Town in Shanghai\n    Why: A headline of the report: it states no support.\n');
    expect(out).toMatch(/\[\d+\] rule\n {4}We will match up to 30 million RMB[^[]*Cited by: interpretation majorProject, interpretation policyFundBase, interpretation coInvestmentScope, rule\n {4}qingshan-lake-2018\/project-co-investment,/);
  });

  it('writes the labels and reasons in Chinese, and the source as it is written', () => {
    const { out, status } = runMain(['source', 'nanhu-2022', '--locale', 'zh']);
    expect(status).toBe(0);
    expect(out).toContain('nanhu-2022 的原文：');
    expect(out).toContain('[1] 与政策无关\n    Home » Nanhu District focuses on the industry chain to attract big and strong\n    原因：');
  });

  it('writes Markdown with the source escaped', () => {
    const { out, status } = runMain(['source', 'nanhu-2022', '-f', 'markdown']);
    expect(status).toBe(0);
    expect(out).toContain('## Source of nanhu-2022: ');
    expect(out).toContain('1. **not about the policy**: Home » Nanhu District focuses on the industry chain to attract big and strong\n   - Why: ');
    expect(out).toContain('Privacy \\& Cookies Policy');
  });

  it('writes the ledger as JSON, the same as sourceCoverage', () => {
    const { out, status } = runMain(['source', 'lishui-2024', '--format', 'json']);
    expect(status).toBe(0);
    expect(JSON.parse(out)).toEqual(JSON.parse(JSON.stringify(sourceCoverage('lishui-2024'))));
  });

  it.each([
    [['source'], 'source needs a policy id'],
    [['source', 'examples/cmp-line.json'], 'No built-in policy "examples/cmp-line.json"'],
    [['source', 'shanxi-2021', 'extra'], 'Unexpected argument: "extra".'],
    [['source', 'shanxi-2021', '--as-of', '2022-01-01'], 'source does not take --as-of.'],
    [['source', 'shanxi-2021', '--format', 'csv'], '--format must be one of text, markdown, json; got "csv".'],
  ])('%j is a usage error (exit 2)', (args, message) => {
    const result = runMain(args);
    expect(result.status).toBe(2);
    expect(result.err).toContain(message);
    expect(result.err).toContain('Usage: chip-incentives source <policy-id>');
    expect(hasRawControl(result.err)).toBe(false);
  });
});
