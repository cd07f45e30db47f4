import { describe, expect, it } from 'vitest';
import { resolveOptions } from '../../src/api/options.js';
import { measureWorkload } from '../../src/engine/workload.js';
import { definePolicy, evaluate, type ProjectInput } from '../../src/index.js';
import { validateProject } from '../../src/schema/validate-project.js';
import { issuesOf } from '../helpers.js';
import { TERM_SHEET, TERM_SHEET_PROJECT } from '../api/term-sheet-pack.js';
import { IDS_OR_PACKS } from '../../src/api/registry.js';

/** The blocks term sheets use are counted by the work budget like the monthly block: their payments, and their last date. */
const pack = definePolicy(TERM_SHEET);
const asOf = '2026-02-01';
const withFacts = (facts: Record<string, unknown>) => ({ ...TERM_SHEET_PROJECT, facts: { ...TERM_SHEET_PROJECT.facts, ...facts } }) as ProjectInput;

function paymentsOf(project: ProjectInput): number {
  const resolved = resolveOptions({ policy: pack, asOf }, IDS_OR_PACKS);
  const validated = validateProject(project);
  if (!resolved.ok || !validated.ok) throw new Error('invalid test input');
  const payments = measureWorkload(resolved.options.pack, validated.project, asOf, resolved.options).payments;
  return payments.project + payments.talents + payments.loans;
}

describe('the work budget of the term-sheet blocks', () => {
  it('counts every period of a stepped block and every year of a yearly share, as an upper bound', () => {
    // Hiring bonus 1 + rent 36 + 24 months + tax award 3 + 2 years + output award 1 = 67;
    // the assessment makes 1 + 60 + 5 + 1 = 67 payments.
    expect(paymentsOf(TERM_SHEET_PROJECT as ProjectInput)).toBe(67);
    const assessment = evaluate(TERM_SHEET_PROJECT as ProjectInput, { policy: pack, asOf });
    expect(assessment.items.reduce((sum, item) => sum + (item.schedule?.length ?? 0), 0)).toBe(67);
  });

  it('takes the periods the project states', () => {
    // 40 months leased instead of 60.
    expect(paymentsOf(withFacts({ 'test-district/lease-months': 40 }))).toBe(47);
  });

  it('refuses a stepped block paid after the last date accepted, at the fact that dates it', () => {
    // 60 months from 2995-06-01 end in 3000-05: after 2999-12-31.
    expect(issuesOf(() => evaluate(withFacts({ 'test-district/lease-start': '2995-06-01' }), { policy: pack, asOf }))).toEqual([
      { code: 'out_of_range', path: 'facts.test-district/lease-start', message: expect.stringContaining('3000-05-01') },
    ]);
  });
});
