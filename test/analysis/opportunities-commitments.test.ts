import { describe, expect, it } from 'vitest';
import { blocks, definePolicy, evaluate, opportunities, renderReport, toJSON, type PolicyDefinitionInput } from '../../src/index.js';

/**
 * A hypothetical pack (every figure made up): 10,000 a job, at most
 * 1,000,000, for a company registered in the zone, repaid in full if it has
 * not 100 jobs by 2026-12-31. Assessed in 2027 with 10 jobs, the commitment
 * is missed.
 */
const cite = { document: 'hypothetical-offer.pdf', quote: '10,000 yuan a job, at most 1,000,000 yuan, repaid if 100 jobs are not reached by the end of 2026.' };
const PACK = {
  id: 'zz-2026', name: 'ZZ district offer (hypothetical)', jurisdiction: { level: 'district', name: 'ZZ' },
  source: { document: 'hypothetical-offer.pdf', published: '2026-01-01' },
  facts: [{ id: 'ok', type: 'boolean', label: 'registered in the zone' }, { id: 'jobs', type: 'count', label: 'jobs' }],
  rules: [{
    id: 'g', label: 'Grant', instrument: 'grant', citation: cite,
    parameters: { perJob: { value: '10000', unit: 'CNY' }, ceiling: { value: '1000000', unit: 'CNY' }, jobs: { value: 100, unit: 'count' } },
    eligibility: [{ when: { fact: 'zz-2026/ok', is: true } }],
    amount: blocks.perUnit({ perUnit: 'perJob', units: 'zz-2026/jobs', ceiling: 'ceiling' }),
    commitments: [{ id: 'jobs', label: 'jobs', citation: cite, fact: 'zz-2026/jobs', atLeast: { param: 'jobs' }, by: '2026-12-31', clawback: { kind: 'all' } }],
  }],
} as unknown as PolicyDefinitionInput;

describe('an opportunity on an item with commitments', () => {
  const pack = definePolicy(PACK);
  const project = { name: 'P', investment: { actual: '1' }, facts: { 'zz-2026/ok': false, 'zz-2026/jobs': 10 } };

  it('shows what is kept after the clawback the changed project already owes, and gains only that', () => {
    const found = opportunities(project, { policy: pack, asOf: '2027-06-01' });
    const [grant] = found.opportunities;
    // Registered: 10,000 × 10 = 100,000 paid, and the whole of it clawed back (10 jobs < 100 by 2026-12-31): net 0.
    expect([grant!.after.amount!.toFixed(2), grant!.after.net!.toFixed(2), grant!.gain!.toFixed(2)]).toEqual(['100000.00', '0.00', '0.00']);
    const direct = toJSON(evaluate({ ...project, facts: { ...project.facts, 'zz-2026/ok': true } }, { policy: pack, asOf: '2027-06-01' })).totals;
    expect(toJSON(found).opportunities[0]!.totals).toEqual(direct);
    expect(direct.clawback!.all).toBe('100000.00');
    expect(toJSON(found).opportunities[0]!.after).toEqual({ status: 'eligible', amount: '100000.00', basis: 'formula', net: '0.00' });
    expect(renderReport(found, { format: 'text' })).toContain('100,000.00 (net of clawback 0.00)');
  });

  it('gains the whole amount when the commitment is met', () => {
    const met = { ...project, facts: { ...project.facts, 'zz-2026/jobs': 100 } };
    const [grant] = opportunities(met, { policy: pack, asOf: '2027-06-01' }).opportunities;
    // 10,000 × 100 = 1,000,000, the ceiling; 100 jobs by the date: nothing clawed back, net 1,000,000.
    expect([grant!.after.net!.toFixed(2), grant!.gain!.toFixed(2)]).toEqual(['1000000.00', '1000000.00']);
  });
});
