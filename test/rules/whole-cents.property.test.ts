import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/index.js';
import { Decimal } from '../../src/money/decimal.js';
import { cappedShare } from '../../src/rules/capped-share.js';
import { flatCeiling } from '../../src/rules/flat-ceiling.js';
import { interestSubsidy, type SimpleLoan, type SubsidisedLoan } from '../../src/rules/interest-subsidy.js';
import { perPeriod } from '../../src/rules/per-period.js';
import type { Limit, QuantifiedResult } from '../../src/rules/types.js';
import { oracleEvaluate } from '../oracle/index.js';
import { plainAssessment } from '../oracle/plain.js';
import { cappedShare as oracleCappedShare } from '../oracle/rules/capped-share.js';
import { flatCeiling as oracleFlatCeiling } from '../oracle/rules/flat-ceiling.js';
import { interestSubsidy as oracleInterestSubsidy } from '../oracle/rules/interest-subsidy.js';
import { perPeriod as oraclePerPeriod } from '../oracle/rules/per-period.js';
import { PROPERTY_TIMEOUT } from '../timeouts.js';

/**
 * The blocks that compute in whole cents (capped share, per-period, the
 * interest subsidy's simple loans) give exactly what the blocks of 0.1.0 give
 * (test/oracle), at every magnitude the limits admit: up to 10^15 yuan with up
 * to 20 decimals, where whole cents leave the safe integers (2^53 cents is
 * about 9 × 10^13 yuan) and the Decimal must take over. Every field is
 * compared, the formula, trace and schedule included.
 */
function plain(result: QuantifiedResult): unknown {
  const explained = result.explain();
  return {
    amount: result.amount.toFixed(),
    basis: result.basis,
    caps: result.caps.map((cap) => ({ ...cap, limit: cap.limit.toFixed(), headroom: cap.headroom.toFixed() })),
    capReachedOn: result.capReachedOn,
    notes: result.notes,
    formula: explained.formula,
    trace: explained.trace,
    schedule: result.schedule?.().map((entry) => ({ date: entry.date, amount: entry.amount.toFixed() })),
  };
}

const limit = (value: Decimal, id: string): Limit => ({ value, id, label: { en: id, zh: id } });

/** A decimal from 0 to 10^15 with 0 to `places` decimals, often whole or in cents, sometimes at the top of the range. */
const amount = (places: number) => fc.oneof(
  fc.tuple(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 99 })).map(([yuan, cents]) => new Decimal(`${yuan}.${String(cents).padStart(2, '0')}`)),
  fc.tuple(fc.bigInt({ min: 0n, max: 10n ** 15n }), fc.integer({ min: 0, max: places })).map(([units, scale]) => new Decimal(`${units}e-${scale}`)),
  fc.bigInt({ min: 9n * 10n ** 13n, max: 10n ** 15n }).map((units) => new Decimal(units.toString())),
  fc.bigInt({ min: 9007199254740000n, max: 9007199254741000n }).map((cents) => new Decimal(`${cents}e-2`)),
);
/** A rate from 0 to 1: whole, a half, or with up to 8 decimals. */
const rate = fc.oneof(
  fc.constantFrom('1', '0.5', '0.3', '0.0435', '0').map((text) => new Decimal(text)),
  fc.tuple(fc.integer({ min: 0, max: 100_000_000 }), fc.integer({ min: 0, max: 8 })).map(([units, scale]) => Decimal.min(1, new Decimal(`${units}e-${scale}`))),
);

describe('whole-cent blocks against the blocks of 0.1.0', () => {
  it('capped share: min(ceiling, rate × base) raised to a floor, rounded once', () => {
    const base = fc.tuple(amount(20), fc.boolean()).map(([value, negative]) => (negative ? value.negated() : value));
    fc.assert(fc.property(rate, base, fc.option(amount(2)), fc.option(amount(2)), (r, b, ceiling, floor) => {
      const input = {
        rate: r, base: b, baseLabel: { en: 'base', zh: '基数' }, rateId: 'rate',
        ...(ceiling && { ceiling: limit(ceiling, 'ceiling') }), ...(floor && { floor: limit(floor, 'floor') }),
      };
      expect(plain(cappedShare(input))).toStrictEqual(plain(oracleCappedShare(input)));
    }), { numRuns: 3_000, seed: 1401 });
  }, PROPERTY_TIMEOUT);

  it('per period: the monthly amount up to its ceiling, times the months paid', () => {
    fc.assert(fc.property(amount(2), fc.integer({ min: 1, max: 1_200 }), amount(20), fc.option(fc.integer({ min: 0, max: 1_200 })), fc.boolean(),
      (ceiling, months, monthly, periods, late) => {
        const input = {
          perPeriodCeiling: limit(ceiling, 'monthlyCeiling'),
          maxPeriods: { value: months, id: 'months', label: { en: 'months', zh: '月数' } },
          periodAmount: { value: monthly, label: { en: 'monthly rent', zh: '月租金' } },
          start: '2019-01-31',
          ...(periods !== null && { periods }),
          ...(late && { paidFrom: '2019-06-01' }),
        };
        expect(plain(perPeriod(input))).toStrictEqual(plain(oraclePerPeriod(input)));
      }), { numRuns: 2_000, seed: 1402 });
  }, PROPERTY_TIMEOUT);

  it('interest subsidy: simple interest summed, rounded once, shared and capped', () => {
    const loan = fc.record({ principal: amount(4), annualRate: rate, years: fc.integer({ min: 0, max: 100 }) })
      .map((fields): SimpleLoan => ({ form: 'simple', ...fields }));
    fc.assert(fc.property(fc.array(loan, { minLength: 0, maxLength: 3 }), amount(2), fc.option(rate), fc.boolean(),
      (loans, ceiling, share, late) => {
        const input = {
          ceiling: limit(ceiling, 'ceiling'), loans, asOf: '2019-01-01',
          ...(share && { share: limit(share, 'share') }), ...(late && { paidFrom: '2019-06-01' }),
        };
        expect(plain(interestSubsidy(input))).toStrictEqual(plain(oracleInterestSubsidy(input)));
      }), { numRuns: 3_000, seed: 1403 });
  }, PROPERTY_TIMEOUT);

  it('flat ceiling: the requested amount up to the ceiling, rounded once', () => {
    fc.assert(fc.property(amount(2), fc.option(amount(20)), (ceiling, requested) => {
      const input = { ceiling: limit(ceiling, 'ceiling'), ...(requested && { requested: { value: requested, label: { en: 'requested', zh: '申请额' } } }) };
      expect(plain(flatCeiling(input))).toStrictEqual(plain(oracleFlatCeiling(input)));
    }), { numRuns: 3_000, seed: 1404 });
  }, PROPERTY_TIMEOUT);

  it('interest subsidy: loans repaid month by month, the share of the interest cumulated date by date up to the ceiling', () => {
    const loan = fc.record({
      form: fc.constantFrom('bullet', 'equal-principal', 'equal-instalment'),
      principal: amount(2), annualRate: rate,
      start: fc.constantFrom('2018-01-31', '2018-06-15', '2019-03-01'),
      termMonths: fc.integer({ min: 1, max: 36 }),
    }).map((fields): SubsidisedLoan => fields);
    const simple = fc.record({ principal: amount(2), annualRate: rate, years: fc.integer({ min: 0, max: 5 }) })
      .map((fields): SubsidisedLoan => ({ form: 'simple', ...fields }));
    fc.assert(fc.property(fc.array(fc.oneof(loan, simple), { minLength: 1, maxLength: 3 }), amount(2), fc.option(rate), fc.boolean(),
      (loans, ceiling, share, late) => {
        const input = {
          ceiling: limit(ceiling, 'ceiling'), loans, asOf: '2019-01-01',
          ...(share && { share: limit(share, 'share') }), ...(late && { paidFrom: '2018-09-01' }),
        };
        expect(plain(interestSubsidy(input))).toStrictEqual(plain(oracleInterestSubsidy(input)));
      }), { numRuns: 400, seed: 1405 });
  }, PROPERTY_TIMEOUT);

  it('gives the interest of loans of 10^14 yuan and more, as 0.1.0 did', () => {
    // A ceiling of 10^15 replaced by the caller: the whole interest is paid, or the share of it.
    // 10^14 × 100% × 1 = 100,000,000,000,000.00; 2 × 10^14 × 100% × 1 × 50% = the same;
    // 17,839,120,639,942 × 50% × 98 × 50% = 437,058,455,678,579.00.
    const cases: Array<[string, string, number, string, string]> = [
      ['100000000000000', '1', 1, '1', '100000000000000.00'],
      ['200000000000000', '1', 1, '0.5', '100000000000000.00'],
      ['17839120639942', '0.5', 98, '0.5', '437058455678579.00'],
    ];
    for (const [principal, annualRate, years, share, expected] of cases) {
      const project = {
        name: 'Large loan', investment: { actual: '1000' },
        talents: [{ name: 'F', highLevel: true }],
        talentStartup: { founder: 'F', loans: [{ principal, annualRate, years }] },
        talentSupport: { expiresOn: '2030-01-01' },
      };
      const options = {
        policy: 'qingshan-lake-2018' as const, asOf: '2019-01-01',
        overrides: { 'qingshan-lake-2018/loan-interest-subsidy': { ceiling: '1000000000000000', share } },
      };
      const assessment = evaluate(project, options);
      const item = assessment.items.find((entry) => entry.ruleId === 'qingshan-lake-2018/loan-interest-subsidy')!;
      expect(item.amount?.toFixed(2)).toBe(expected);
      expect(plainAssessment(assessment)).toStrictEqual(plainAssessment(oracleEvaluate(project, options)));
    }
  }, PROPERTY_TIMEOUT);
});
