import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, IncentiveInputError, presentValue, type ProjectInput } from '../../src/index.js';
import { project as projectArbitrary } from '../arbitraries.js';
import { PROPERTY_TIMEOUT } from '../timeouts.js';

const policy = 'qingshan-lake-2018' as const;
const grantInOneYear: ProjectInput = { name: 'PV', asOf: '2019-01-01', investment: { actual: '100000000' } };
const plan = { 'qingshan-lake-2018/project-co-investment': [{ date: '2020-01-01', share: '1' }] };

describe('presentValue', () => {
  it('discounts a payment a year away by (1 + rate)', () => {
    // 30,000,000 paid 365 days after the valuation date: 30,000,000 / 1.08 = 27,777,777.777… → 27,777,777.78.
    const assessment = evaluate(grantInOneYear, { policy, schedules: plan });
    const value = presentValue(assessment, { rate: '0.08' });
    expect(value.items[0]).toMatchObject({ valuation: 'discounted' });
    expect(value.items[0]?.presentValue.toFixed(2)).toBe('27777777.78');
    expect(value.cash.toFixed(2)).toBe('27777777.78');
  });

  it('counts actual days over 365 and compounds annually', () => {
    // 2019-01-01 to 2019-07-02 is 182 days: 30,000,000 × 1.08^(−182/365) = 28,870,557.0078… → 28,870,557.01.
    const assessment = evaluate(grantInOneYear, { policy, schedules: { 'qingshan-lake-2018/project-co-investment': [{ date: '2019-07-02', share: 1 }] } });
    const value = presentValue(assessment, { rate: '0.08' }).items[0]!.presentValue;
    expect(value.toFixed(2)).toBe('28870557.01');
  });

  it('takes the valuation date from the options when given, and counts past payments at face', () => {
    const assessment = evaluate(grantInOneYear, { policy, schedules: plan });
    expect(presentValue(assessment, { rate: '0.08', asOf: '2020-01-01' }).total.toFixed(2)).toBe('30000000.00');
    expect(presentValue(assessment, { rate: '0.08', asOf: '2021-01-01' }).total.toFixed(2)).toBe('30000000.00');
  });

  it('values equity at face without exit terms, and as the discounted profit given away with them', () => {
    const leading = { ...grantInOneYear, classification: { leadingIndustryDirection: true } };
    const face = presentValue(evaluate(leading, { policy }), { rate: '0.05' });
    expect(face.items.find((i) => i.ruleId.endsWith('policy-fund-equity'))).toMatchObject({ valuation: 'face' });
    expect(face.equity.toFixed(2)).toBe('50000000.00');

    // 50,000,000 held 5 years: stake 50,000,000 × 1.15^5 = 100,567,859.38; buy-back 50,000,000 × (1 + 3% × 5) = 57,500,000;
    // profit given away 43,067,859.38 on 2024-01-01, 1,826 days away: × 1.05^(−1826/365) = 33,740,284.34.
    const withTerms = evaluate({ ...leading, policyFundExit: { holdingYears: 5, buyBackRate: '0.03', expectedReturn: '0.15' } }, { policy });
    const fund = withTerms.items.find((i) => i.ruleId.endsWith('policy-fund-equity'));
    expect(fund?.status === 'eligible' && fund.exit?.profitGivenAway.toFixed(2)).toBe('43067859.38');
    const valued = presentValue(withTerms, { rate: '0.05' }).items.find((i) => i.ruleId.endsWith('policy-fund-equity'));
    expect(valued?.valuation).toBe('profit-given-away');
    expect(valued?.presentValue.toFixed(2)).toBe('33740284.34');
  });

  it('refuses a rate that is not one', () => {
    expect(() => presentValue(evaluate(grantInOneYear, { policy }), { rate: '8%' })).toThrow(IncentiveInputError);
  });

  it('never exceeds the nominal sum at a non-negative rate, and falls as the rate rises', () => {
    const rates = fc.tuple(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 3000 }))
      .map(([a, b]) => [Math.min(a, b), Math.max(a, b)].map((bp) => (bp / 10_000).toString()) as [string, string]);
    fc.assert(fc.property(projectArbitrary, rates, (input, [low, high]) => {
      const assessment = evaluate(input, { policy });
      const atLow = presentValue(assessment, { rate: low });
      const atHigh = presentValue(assessment, { rate: high });
      expect(atLow.total.lessThanOrEqualTo(assessment.totals.all)).toBe(true);
      expect(atHigh.total.lessThanOrEqualTo(atLow.total)).toBe(true);
      atLow.items.forEach((entry, index) => {
        expect(entry.presentValue.lessThanOrEqualTo(entry.nominal)).toBe(true);
        expect(atHigh.items[index]!.presentValue.lessThanOrEqualTo(entry.presentValue)).toBe(true);
      });
    }), { numRuns: 60 });
  }, PROPERTY_TIMEOUT);
});
