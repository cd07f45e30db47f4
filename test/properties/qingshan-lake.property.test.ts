import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, toJSON, type Assessment, type ProjectInput } from '../../src/index.js';
import { Decimal } from '../../src/money/decimal.js';
import { project as projectArbitrary } from '../arbitraries.js';
import { quantifiedItems } from '../helpers.js';
import { centsToString, referenceAmounts, type ReferenceInterpretations } from '../reference/qingshan-lake-reference.js';
import { PROPERTY_TIMEOUT } from '../timeouts.js';

const policy = 'qingshan-lake-2018' as const;
const RUNS = { numRuns: 400 };
/** The differential test runs on at least 10,000 generated projects: exactness is not traded for speed. */
const DIFFERENTIAL_RUNS = { numRuns: 10_000 };

const interpretations: fc.Arbitrary<ReferenceInterpretations> = fc.record(
  {
    majorProject: fc.constantFrom('ratio-applies', 'ceiling-only'),
    policyFundBase: fc.constantFrom('actual-investment', 'excluding-infrastructure'),
    housingBenefits: fc.constantFrom('one-per-talent', 'stack'),
    startupFounder: fc.constantFrom('high-level', 'qualified'),
    paymentsBeforeSource: fc.constantFrom('from-source-date', 'whole-period'),
    incrementalPayment: fc.constantFrom('one-payment', 'caller-plan'),
    incrementalTalent: fc.constantFrom('high-level-founder', 'support-only'),
    incrementalOverlap: fc.constantFrom('after-expiry', 'independent'),
  },
  { requiredKeys: [] },
);

const cases = fc.tuple(projectArbitrary, interpretations);

function run(project: ProjectInput, chosen: ReferenceInterpretations): Assessment {
  return evaluate(project, { policy, interpretations: chosen });
}

const itemsOf = (a: Assessment, rule: string) => quantifiedItems(a).filter((i) => i.ruleId === `${policy}/${rule}`);
const d = (value: string | number) => new Decimal(value);

describe('qingshan-lake-2018 properties', () => {
  it('agrees to the cent with an independent integer computation', () => {
    fc.assert(
      fc.property(cases, ([project, chosen]) => {
        const assessment = run(project, chosen);
        const expected = referenceAmounts(project, assessment.asOf, chosen);
        const actual = new Map(
          quantifiedItems(assessment).map((i) => [`${i.ruleId.split('/')[1]}${i.beneficiary ? `:${i.beneficiary}` : ''}`, i.amount.toFixed(2)]),
        );
        expect(Object.fromEntries(actual)).toEqual(Object.fromEntries([...expected].map(([k, v]) => [k, centsToString(v)])));
      }),
      DIFFERENTIAL_RUNS,
    );
  }, PROPERTY_TIMEOUT);

  it('keeps the co-investment within its ceiling and within 30% of the eligible investment', () => {
    fc.assert(
      fc.property(cases, ([project, chosen]) => {
        const [item] = itemsOf(run(project, chosen), 'project-co-investment');
        const important = project.classification?.particularlyImportant === true;
        expect(item!.amount.lessThanOrEqualTo(important ? 100_000_000 : 30_000_000)).toBe(true);
        if (!(important && chosen.majorProject === 'ceiling-only')) {
          const eligible = d(project.investment.actual as string).minus(d(project.investment.infrastructure as string));
          // Rounded half up, the amount can exceed the exact 30% by less than half a cent.
          expect(item!.amount.lessThanOrEqualTo(eligible.times('0.3').plus('0.005'))).toBe(true);
        }
      }),
      RUNS,
    );
  }, PROPERTY_TIMEOUT);

  it('keeps housing within 600,000 and the price, rent within 2,000 a month and 72,000', () => {
    fc.assert(
      fc.property(cases, ([project, chosen]) => {
        const assessment = run(project, chosen);
        for (const item of itemsOf(assessment, 'talent-housing-purchase')) {
          const talent = project.talents!.find((t) => t.name === item.beneficiary)!;
          expect(item.amount.lessThanOrEqualTo(600_000)).toBe(true);
          expect(item.amount.lessThanOrEqualTo(d(talent.housingPurchase!.price as string).plus('0.005'))).toBe(true);
        }
        for (const item of itemsOf(assessment, 'talent-rent')) {
          expect(item.amount.lessThanOrEqualTo(72_000)).toBe(true);
          for (const entry of item.schedule ?? []) expect(entry.amount.lessThanOrEqualTo(2_000)).toBe(true);
          const months = item.schedule?.length ?? 0;
          expect(months).toBeLessThanOrEqual(36);
          expect(item.amount.lessThanOrEqualTo(2_000 * months)).toBe(true);
        }
      }),
      RUNS,
    );
  }, PROPERTY_TIMEOUT);

  it('keeps each of the four 6-million within 6,000,000 and the incremental support within 20,000,000', () => {
    fc.assert(
      fc.property(cases, ([project, chosen]) => {
        const assessment = run(project, chosen);
        for (const rule of ['startup-fund', 'share-investment', 'venture-capital', 'loan-interest-subsidy']) {
          expect(itemsOf(assessment, rule)[0]!.amount.lessThanOrEqualTo(6_000_000)).toBe(true);
        }
        expect(itemsOf(assessment, 'incremental-support')[0]!.amount.lessThanOrEqualTo(20_000_000)).toBe(true);
      }),
      RUNS,
    );
  }, PROPERTY_TIMEOUT);

  it('makes totals the exact sums of the items, with every amount in whole cents', () => {
    fc.assert(
      fc.property(cases, ([project, chosen]) => {
        const assessment = run(project, chosen);
        let cash = d(0);
        let equity = d(0);
        let ceilings = d(0);
        for (const item of quantifiedItems(assessment)) {
          expect(item.amount.decimalPlaces()).toBeLessThanOrEqual(2);
          expect(item.amount.isNegative()).toBe(false);
          if (item.status === 'ineligible') expect(item.amount.isZero()).toBe(true);
          // A stated maximum (basis ceiling) is summed apart from the computed amounts.
          if (item.basis === 'ceiling') ceilings = ceilings.plus(item.amount);
          else if (item.instrument === 'equity') equity = equity.plus(item.amount);
          else cash = cash.plus(item.amount);
          for (const cap of item.caps) {
            if (cap.unit !== 'months') expect(cap.limit.decimalPlaces()).toBeLessThanOrEqual(2);
            expect(cap.headroom.decimalPlaces()).toBeLessThanOrEqual(2);
          }
          if (item.schedule) {
            const scheduled = item.schedule.reduce((total, entry) => total.plus(entry.amount), d(0));
            expect(scheduled.equals(item.amount)).toBe(true);
          }
        }
        expect(assessment.totals.cash.equals(cash)).toBe(true);
        expect(assessment.totals.equity.equals(equity)).toBe(true);
        expect(assessment.totals.all.equals(cash.plus(equity))).toBe(true);
        expect(assessment.totals.ceilings.all.equals(ceilings)).toBe(true);
        const { ceilings: ceilingsJson, ...computedJson } = toJSON(assessment).totals;
        for (const value of [...Object.values(computedJson), ...Object.values(ceilingsJson)]) expect(value).toMatch(/^\d+\.\d{2}$/);
      }),
      RUNS,
    );
  }, PROPERTY_TIMEOUT);

  it('marks a cap binding exactly when the item reaches it, never exceeding it', () => {
    fc.assert(
      fc.property(cases, ([project, chosen]) => {
        for (const item of quantifiedItems(run(project, chosen))) {
          for (const cap of item.caps) {
            expect(cap.headroom.isNegative()).toBe(false);
            expect(cap.binding).toBe(cap.headroom.isZero());
            if (cap.unit === 'CNY' && !cap.shared) expect(cap.limit.minus(cap.headroom).equals(item.amount)).toBe(true);
          }
        }
      }),
      RUNS,
    );
  }, PROPERTY_TIMEOUT);

  it('never lowers the co-investment or the policy-fund equity as the investment grows', () => {
    fc.assert(
      fc.property(cases, fc.integer({ min: 0, max: 1_000_000_000 }), ([project, chosen], extra) => {
        const more = { ...project, investment: { ...project.investment, actual: d(project.investment.actual as string).plus(extra).toFixed() } };
        const before = run(project, chosen);
        const after = run(more, chosen);
        for (const rule of ['project-co-investment', 'policy-fund-equity']) {
          expect(itemsOf(after, rule)[0]!.amount.greaterThanOrEqualTo(itemsOf(before, rule)[0]!.amount)).toBe(true);
        }
      }),
      RUNS,
    );
  }, PROPERTY_TIMEOUT);
});
