import { describe, expect, it } from 'vitest';
import { definePolicy, evaluate, listPolicies, type PolicyId } from '../../src/index.js';
import { Decimal } from '../../src/money/decimal.js';
import { checkPolicy } from '../../src/testing/index.js';
import { checkAssessment } from '../../src/testing/check-policy.js';

describe('checkPolicy', () => {
  it('passes every built-in pack', () => {
    for (const policy of listPolicies()) {
      const report = checkPolicy(policy.id as PolicyId, { runs: 30, seed: 7 });
      expect(report.runs).toBe(30);
      expect(report.properties.length).toBeGreaterThan(5);
    }
  });

  it('passes a user\'s pack', () => {
    const pack = definePolicy({
      id: 'mini', name: 'Mini', jurisdiction: { level: 'city', name: 'Mini' }, source: { document: 'letter', published: '2015-01-01' },
      rules: [{
        id: 'rent', label: 'Rent', instrument: 'rent-subsidy', scope: 'talent',
        concerns: { fact: 'talent.rent.monthly', present: true },
        citation: { document: 'letter', quote: 'Up to 1,500 a month for two years.' },
        parameters: { monthly: { value: 1500, unit: 'CNY/month' }, months: { value: 24, unit: 'months' } },
        amount: { block: 'per-period', perPeriodCeiling: { param: 'monthly' }, maxPeriods: { param: 'months' }, periodAmount: { fact: 'talent.rent.monthly' }, periods: { fact: 'talent.rent.months' }, start: { fact: 'talent.rent.start' } },
      }],
    });
    expect(checkPolicy(pack, { runs: 50 }).policy).toBe('mini');
  });

  it('catches an assessment that breaks a property', () => {
    const assessment = evaluate({ name: 'x', asOf: '2019-01-01', investment: { actual: '500000000' } }, { policy: 'qingshan-lake-2018' });
    const item = assessment.items[0]!;
    if (item.status === 'unquantified') throw new Error('unexpected');
    const tampered = { ...assessment, items: [{ ...item, amount: new Decimal('30000000.01') }, ...assessment.items.slice(1)] };
    expect(() => checkAssessment(tampered)).toThrow(/cap ceiling/);
    const badTotals = { ...assessment, totals: { ...assessment.totals, cash: new Decimal(1) } };
    expect(() => checkAssessment(badTotals)).toThrow(/totals/);
  });
});
