import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { definePolicy, evaluate, exportPolicy, listPolicies, type Assessment, type PolicyId, type ProjectInput } from '../../src/index.js';
import { isoDate, project } from '../arbitraries.js';
import { PROPERTY_TIMEOUT } from '../timeouts.js';

const policies = listPolicies();
const policyId = fc.constantFrom(...policies.map((policy) => policy.id as PolicyId));

/** Loans with a repayment form, dated from 2008 on: their interest falls due month by month, often before a source date. */
const amortizedLoan = fc.record({
  principal: fc.integer({ min: 1, max: 50_000_000 }).map(String),
  annualRate: fc.integer({ min: 0, max: 1500 }).map((basisPoints) => (basisPoints / 10000).toString()),
  repayment: fc.constantFrom('bullet', 'equal-principal', 'equal-instalment'),
  start: fc.date({ min: new Date(Date.UTC(2008, 0, 1)), max: new Date(Date.UTC(2026, 11, 31)), noInvalidDate: true })
    .map((date) => date.toISOString().slice(0, 10)),
  termMonths: fc.integer({ min: 1, max: 120 }),
});

/** A generated project whose first talent, when there is one, founds a startup with such loans. */
const projectWithLoans: fc.Arbitrary<ProjectInput> = fc
  .tuple(project, fc.array(amortizedLoan, { maxLength: 3 }))
  .map(([input, loans]) => {
    const founder = input.talents?.[0]?.name;
    if (founder === undefined || loans.length === 0) return input;
    const startup = input.talentStartup ?? { founder };
    return { ...input, talentStartup: { ...startup, loans: [...(startup.loans ?? []), ...loans] } };
  });

/** The same pack with its source dated 1900-01-01: nothing can fall due before it, so nothing is cut. */
const undated = new Map(policies.map((summary) => {
  const definition = exportPolicy(summary.id);
  return [summary.id, definePolicy({ ...definition, source: { ...definition.source, published: '1900-01-01' } })];
}));

/** What an item pays and how it says so, without the record of the readings consulted. */
function payments(assessment: Assessment) {
  return assessment.items.map((entry) => ({
    ruleId: entry.ruleId, beneficiary: entry.beneficiary, status: entry.status, amount: entry.amount?.toFixed(2),
    formula: entry.formula, trace: entry.trace, notes: entry.notes, caps: entry.caps,
    schedule: 'schedule' in entry ? entry.schedule?.map((payment) => [payment.date, payment.amount.toFixed(2)]) : undefined,
  }));
}

describe('payments before the source date', () => {
  it('under the default, no payment of any item of any pack is dated before the pack’s source date', () => {
    fc.assert(
      fc.property(projectWithLoans, policyId, (input, policy) => {
        const assessment = evaluate(input, { policy });
        for (const entry of assessment.items) {
          if (entry.status !== 'eligible') continue;
          for (const payment of entry.schedule ?? []) expect(payment.date >= assessment.policy.published).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  }, PROPERTY_TIMEOUT);

  it('under whole-period, every item is what it is when no source date limits it (a differential check)', () => {
    fc.assert(
      fc.property(projectWithLoans, policyId, isoDate, (input, policy, asOf) => {
        // Assessed on or after the source date, so that the pack is in force under both datings.
        const date = asOf < policies.find((summary) => summary.id === policy)!.published ? '2030-12-31' : asOf;
        const whole = evaluate(input, { policy, asOf: date, interpretations: { paymentsBeforeSource: 'whole-period' } });
        const unlimited = evaluate(input, { policy: undated.get(policy)!, asOf: date });
        expect(payments(whole)).toEqual(payments(unlimited));
      }),
      { numRuns: 200 },
    );
  }, PROPERTY_TIMEOUT);

  it('when nothing falls due before the source date, both readings give the same assessment and neither is reported', () => {
    fc.assert(
      fc.property(projectWithLoans, policyId, (input, policy) => {
        const byDefault = evaluate(input, { policy });
        if (byDefault.interpretations.some((entry) => entry.id === 'paymentsBeforeSource')) return;
        const whole = evaluate(input, { policy, interpretations: { paymentsBeforeSource: 'whole-period' } });
        expect(payments(whole)).toEqual(payments(byDefault));
        expect(whole.interpretations).toEqual(byDefault.interpretations);
      }),
      { numRuns: 200 },
    );
  }, PROPERTY_TIMEOUT);
});
