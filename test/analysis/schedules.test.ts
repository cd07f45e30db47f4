import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, listPolicies, safeEvaluate, type PolicyId, type ProjectInput } from '../../src/index.js';
import { Decimal } from '../../src/money/decimal.js';
import { project as projectArbitrary } from '../arbitraries.js';
import { item } from '../helpers.js';
import { PROPERTY_TIMEOUT } from '../timeouts.js';

const policy = 'qingshan-lake-2018' as const;
const base: ProjectInput = {
  name: 'Schedules',
  asOf: '2019-01-01',
  investment: { actual: '250000000', infrastructure: '50000000' },
  classification: { leadingIndustryDirection: true },
};

describe('schedules', () => {
  it('pays a one-off item on the assessment date by default', () => {
    const coInvestment = item(evaluate(base, { policy }), 'project-co-investment');
    expect(coInvestment.schedule?.map((e) => `${e.date} ${e.amount.toFixed(2)}`)).toEqual(['2019-01-01 30000000.00']);
    // Equity too: the policy fund's 125,000,000 on the assessment date.
    expect(item(evaluate(base, { policy }), 'policy-fund-equity').schedule?.[0]?.date).toBe('2019-01-01');
  });

  it('follows a tranche plan the caller gives: 30% at the start, 70% at production', () => {
    // 30% of 30,000,000 = 9,000,000 on 2019-03-01; the rest, 21,000,000, on 2020-06-30.
    const coInvestment = item(evaluate(base, {
      policy,
      schedules: { 'qingshan-lake-2018/project-co-investment': [{ date: '2019-03-01', share: '0.3' }, { date: '2020-06-30', share: '0.7' }] },
    }), 'project-co-investment');
    expect(coInvestment.schedule?.map((e) => `${e.date} ${e.amount.toFixed(2)}`)).toEqual([
      '2019-03-01 9000000.00',
      '2020-06-30 21000000.00',
    ]);
    expect(coInvestment.trace.find((step) => step.label.startsWith('schedule'))?.label).toContain('30% on 2019-03-01');
  });

  it('lets the last tranche absorb the rounding', () => {
    // Eligible investment 100,000,000.01 → 30% = 30,000,000.003 → 30,000,000.00 (the 30,000,000 ceiling);
    // a third of it, 10,000,000.00, twice; the last 10,000,000.00. With 33.33% / 33.33% / 33.34%:
    // 9,999,000.00, 9,999,000.00 and the rest, 10,002,000.00.
    const coInvestment = item(evaluate({ ...base, investment: { actual: '100000000.01' } }, {
      policy,
      schedules: {
        'qingshan-lake-2018/project-co-investment': [
          { date: '2019-01-01', share: '0.3333' },
          { date: '2020-01-01', share: '0.3333' },
          { date: '2021-01-01', share: '0.3334' },
        ],
      },
    }), 'project-co-investment');
    expect(coInvestment.schedule?.map((e) => e.amount.toFixed(2))).toEqual(['9999000.00', '9999000.00', '10002000.00']);
  });

  it('refuses a plan whose shares do not sum to 1, or for a rule that does not exist', () => {
    const result = safeEvaluate(base, {
      policy,
      schedules: {
        'qingshan-lake-2018/project-co-investment': [{ date: '2019-03-01', share: '0.3' }, { date: '2020-02-30', share: '0.6' }],
        'qingshan-lake-2018/nothing': [{ date: '2019-03-01', share: 1 }],
      },
    });
    expect(!result.success && result.error.issues.map((issue) => `${issue.code} ${issue.path.join('.')}`)).toEqual([
      'invalid_format options.schedules.qingshan-lake-2018/project-co-investment.1.date',
      'unknown_option options.schedules.qingshan-lake-2018/nothing',
    ]);
    const sums = safeEvaluate(base, { policy, schedules: { 'qingshan-lake-2018/project-co-investment': [{ date: '2019-03-01', share: '0.3' }] } });
    expect(!sums.success && sums.error.issues[0]?.message).toBe('The shares of a tranche plan must sum to exactly 1; these sum to 0.3.');
  });

  it('gives every quantified item of every pack a schedule summing exactly to its amount', () => {
    const policies = fc.constantFrom(...listPolicies().map((p) => p.id as PolicyId));
    fc.assert(fc.property(projectArbitrary, policies, (input, id) => {
      for (const entry of evaluate(input, { policy: id }).items) {
        if (entry.status === 'eligible') {
          const total = (entry.schedule ?? []).reduce((acc, payment) => acc.plus(payment.amount), new Decimal(0));
          expect(total.equals(entry.amount)).toBe(true);
          for (const payment of entry.schedule ?? []) expect(payment.amount.isNegative() || payment.amount.isZero()).toBe(false);
        } else {
          expect(entry.schedule).toBeUndefined();
        }
      }
    }), { numRuns: 300 });
  }, PROPERTY_TIMEOUT);
});

describe('the loan interest subsidy from real loans', () => {
  const startup = (loans: NonNullable<NonNullable<ProjectInput['talentStartup']>['loans']>): ProjectInput => ({
    ...base,
    talents: [{ name: 'Gu', highLevel: true }],
    talentStartup: { founder: 'Gu', loans },
  });

  it('keeps simple interest as the default', () => {
    // 10,000,000 × 4.35% × 3 = 1,305,000, paid on the assessment date.
    const subsidy = item(evaluate(startup([{ principal: '10000000', annualRate: '0.0435', years: 3 }]), { policy }), 'loan-interest-subsidy');
    expect(subsidy.amount.toFixed(2)).toBe('1305000.00');
    expect(subsidy.schedule).toHaveLength(1);
    expect(subsidy.capReachedOn).toBeUndefined();
  });

  it('follows the interest due month by month and records the date the 6,000,000 cap is reached', () => {
    // Bullet, 90,000,000 at 6%: 450,000 a month from 2019-02-01; 13 months = 5,850,000; the 14th (2020-03-01) pays 150,000.
    const subsidy = item(evaluate(startup([
      { principal: '90000000', annualRate: '0.06', repayment: 'bullet', start: '2019-01-01', termMonths: 24 },
    ]), { policy }), 'loan-interest-subsidy');
    expect(subsidy.amount.toFixed(2)).toBe('6000000.00');
    expect(subsidy.capReachedOn).toBe('2020-03-01');
    expect(subsidy.schedule?.at(-1)?.amount.toFixed(2)).toBe('150000.00');
    expect(subsidy.caps[0]?.binding).toBe(true);
  });

  it('accepts a term in years for a repayment form, and refuses loans that mix the forms', () => {
    const years = item(evaluate(startup([
      { principal: '1200000', annualRate: '0.06', repayment: 'equal-principal', start: '2019-01-01', years: 1 },
    ]), { policy }), 'loan-interest-subsidy');
    // 100,000 repaid a month; interest 6,000 + 5,500 + … + 500 = 500 × (12 + 11 + … + 1) = 39,000.
    expect(years.amount.toFixed(2)).toBe('39000.00');
    const mixed = safeEvaluate(startup([
      { principal: 1, annualRate: 0.05, years: 2, termMonths: 24 },
      { principal: 1, annualRate: 0.05, repayment: 'bullet' },
    ]), { policy });
    expect(!mixed.success && mixed.error.issues.map((issue) => `${issue.code} ${issue.path.join('.')}`)).toEqual([
      'inconsistent talentStartup.loans.0.termMonths',
      'required talentStartup.loans.1.start',
      'required talentStartup.loans.1.termMonths',
    ]);
  });

  it('never lets the cumulative subsidy exceed 6,000,000, whatever the loans', () => {
    const loan = fc.record({
      principal: fc.integer({ min: 0, max: 500_000_000 }).map(String),
      annualRate: fc.integer({ min: 0, max: 1500 }).map((bp) => (bp / 10_000).toString()),
      repayment: fc.constantFrom('bullet' as const, 'equal-principal' as const, 'equal-instalment' as const),
      start: fc.constantFrom('2018-01-31', '2019-02-28', '2020-02-29'),
      termMonths: fc.integer({ min: 1, max: 120 }),
    });
    fc.assert(fc.property(fc.array(loan, { maxLength: 4 }), (loans) => {
      const subsidy = item(evaluate(startup(loans), { policy }), 'loan-interest-subsidy');
      let cumulative = new Decimal(0);
      for (const payment of subsidy.schedule ?? []) {
        cumulative = cumulative.plus(payment.amount);
        expect(cumulative.lessThanOrEqualTo(6_000_000)).toBe(true);
      }
      expect(cumulative.equals(subsidy.amount)).toBe(true);
      expect(subsidy.capReachedOn !== undefined).toBe(subsidy.amount.equals(6_000_000));
    }), { numRuns: 150 });
  }, PROPERTY_TIMEOUT);
});
