import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compare, evaluate, listPolicies, type PolicyId } from '../../src/index.js';
import { Decimal } from '../../src/money/decimal.js';
import { INSTRUMENT_CLASS } from '../../src/engine/totals.js';
import { isoDate, project } from '../arbitraries.js';
import { PROPERTY_TIMEOUT } from '../timeouts.js';

const policyId = fc.constantFrom(...listPolicies().map((policy) => policy.id as PolicyId));

describe('properties of every pack', () => {
  it('never gives an unquantified item an amount, nor counts one in the totals; keeps stated maximums apart', () => {
    fc.assert(
      fc.property(project, policyId, (input, policy) => {
        const assessment = evaluate(input, { policy });
        let cash = new Decimal(0);
        let equity = new Decimal(0);
        let ceilingCash = new Decimal(0);
        let ceilingEquity = new Decimal(0);
        for (const item of assessment.items) {
          if (item.status === 'unquantified') {
            expect(item.amount).toBeNull();
            expect(item.basis).toBe('none');
            expect(item.caps).toEqual([]);
            continue;
          }
          expect(item.amount).not.toBeNull();
          if (item.status !== 'eligible') continue;
          const atCeiling = item.basis === 'ceiling';
          if (INSTRUMENT_CLASS[item.instrument] === 'cash') {
            if (atCeiling) ceilingCash = ceilingCash.plus(item.amount);
            else cash = cash.plus(item.amount);
          }
          if (INSTRUMENT_CLASS[item.instrument] === 'equity') {
            if (atCeiling) ceilingEquity = ceilingEquity.plus(item.amount);
            else equity = equity.plus(item.amount);
          }
        }
        expect(assessment.totals.cash.equals(cash)).toBe(true);
        expect(assessment.totals.equity.equals(equity)).toBe(true);
        expect(assessment.totals.ceilings.cash.equals(ceilingCash)).toBe(true);
        expect(assessment.totals.ceilings.equity.equals(ceilingEquity)).toBe(true);
        expect(assessment.totals.ceilings.all.equals(ceilingCash.plus(ceilingEquity))).toBe(true);
        expect(assessment.unquantified).toBe(assessment.items.filter((item) => item.status === 'unquantified').length);
      }),
      { numRuns: 300 },
    );
  }, PROPERTY_TIMEOUT);

  it('compare returns one entry per pack in force, ranked consistently with the totals', () => {
    fc.assert(
      fc.property(project, isoDate, (input, asOf) => {
        const comparison = compare(input, { asOf });
        expect(comparison.entries.map((entry) => entry.policy.id)).toEqual(listPolicies({ asOf }).map((policy) => policy.id));
        for (const entry of comparison.entries) {
          expect(entry.cash.equals(entry.assessment.totals.cash)).toBe(true);
          const above = comparison.entries.filter((other) => other.cash.greaterThan(entry.cash)).length;
          expect(entry.rank).toBe(above + 1);
        }
        for (let index = 1; index < comparison.ranking.length; index += 1) {
          expect(comparison.ranking[index - 1]!.cash.greaterThanOrEqualTo(comparison.ranking[index]!.cash)).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  }, PROPERTY_TIMEOUT);
});
