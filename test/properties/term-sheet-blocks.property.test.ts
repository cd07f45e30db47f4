import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/money/decimal.js';
import { perUnit } from '../../src/rules/per-unit.js';
import { steppedPeriods } from '../../src/rules/stepped-periods.js';
import { thresholdExcess } from '../../src/rules/threshold-excess.js';
import type { QuantifiedResult } from '../../src/rules/types.js';
import { yearlyShare } from '../../src/rules/yearly-share.js';
import { PROPERTY_TIMEOUT } from '../timeouts.js';

const RUNS = { numRuns: 300 };
const t = (en: string) => ({ en, zh: en });
const cents = (max: number) => fc.integer({ min: 0, max }).map((value) => new Decimal(value).dividedBy(100));
const rate = fc.integer({ min: 0, max: 10_000 }).map((value) => new Decimal(value).dividedBy(10_000));
const limit = (value: Decimal, id: string) => ({ value, label: t(id), id });
const optionalCeiling = fc.option(cents(1e12).map((value) => limit(value, 'ceiling')), { nil: undefined });

/** Every payment positive and dated, the payments summing to the amount. */
function scheduleSumsToAmount(result: QuantifiedResult): void {
  const schedule = result.schedule?.() ?? [];
  const total = schedule.reduce((sum, entry) => sum.plus(entry.amount), new Decimal(0));
  expect(total.toFixed(2)).toBe(result.amount.toFixed(2));
  for (const entry of schedule) expect(entry.amount.greaterThan(0)).toBe(true);
}

/** The amount in whole cents, never negative, and within every cap the block reports. */
function withinCaps(result: QuantifiedResult): void {
  expect(result.amount.decimalPlaces()).toBeLessThanOrEqual(2);
  expect(result.amount.isNegative()).toBe(false);
  for (const cap of result.caps) expect(cap.headroom.isNegative()).toBe(false);
}

describe('the blocks term sheets use', () => {
  it('per-unit: within its ceiling, exactly the product rounded once otherwise', () => {
    fc.assert(fc.property(cents(1e9), fc.integer({ min: 0, max: 1e9 }), optionalCeiling, (each, units, ceiling) => {
      const result = perUnit({ perUnit: limit(each, 'perUnit'), units: { value: units, label: t('units') }, ...(ceiling && { ceiling }) });
      withinCaps(result);
      const product = each.times(units).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
      expect(result.amount.toFixed(2)).toBe((ceiling && ceiling.value.lessThan(product) ? ceiling.value : product).toFixed(2));
    }), RUNS);
  }, PROPERTY_TIMEOUT);

  it('threshold-excess: nothing at or below the threshold, within its caps above it', () => {
    fc.assert(fc.property(cents(1e15), cents(1e15), rate, optionalCeiling, (base, threshold, share, ceiling) => {
      const result = thresholdExcess({ base: { value: base, label: t('base') }, threshold: limit(threshold, 'threshold'), rate: limit(share, 'rate'), ...(ceiling && { ceiling }) });
      withinCaps(result);
      if (base.lessThanOrEqualTo(threshold)) expect(result.amount.isZero()).toBe(true);
    }), RUNS);
  }, PROPERTY_TIMEOUT);

  const periodStep = fc.oneof(
    fc.record({ length: fc.integer({ min: 1, max: 60 }), rate }).map((step) => ({ length: limit(new Decimal(step.length), 'length'), rate: limit(step.rate, 'rate') })),
    fc.record({ length: fc.integer({ min: 1, max: 60 }), amount: cents(1e9) }).map((step) => ({ length: limit(new Decimal(step.length), 'length'), amount: limit(step.amount, 'amount') })),
  ).map((step) => ({ ...step, length: { ...step.length, value: step.length.value.toNumber() } }));

  it('stepped-periods: the schedule sums to the amount, no period pays more than its step allows', () => {
    fc.assert(fc.property(
      fc.constantFrom('month' as const, 'year' as const), cents(1e9), fc.array(periodStep, { minLength: 1, maxLength: 5 }),
      fc.option(fc.integer({ min: 0, max: 300 }), { nil: undefined }), optionalCeiling,
      (period, base, steps, periods, ceiling) => {
        const result = steppedPeriods({ period, start: '2026-01-31', base: { value: base, label: t('base') }, steps,
          ...(periods !== undefined && { periods }), ...(ceiling && { ceiling }) });
        withinCaps(result);
        scheduleSumsToAmount(result);
        // A step's payments differ by a cent at most from its exact share a period, rounded: none exceeds the base by more than a cent.
        for (const entry of result.schedule?.() ?? []) expect(entry.amount.lessThanOrEqualTo(base.plus('0.01'))).toBe(true);
        if (ceiling) expect(result.amount.lessThanOrEqualTo(ceiling.value)).toBe(true);
      },
    ), RUNS);
  }, PROPERTY_TIMEOUT);

  it('yearly-share: every year within its ceiling, the schedule summing to the amount', () => {
    const series = fc.dictionary(fc.integer({ min: 2020, max: 2060 }).map(String), cents(1e13), { maxKeys: 40 })
      .map((entries) => Object.entries(entries).map(([year, value]) => ({ year: Number(year), value })).sort((a, b) => a.year - b.year));
    const yearStep = fc.record({ years: fc.integer({ min: 1, max: 10 }), rate }).map((step) => ({ years: { value: step.years, label: t('years'), id: 'years' }, rate: limit(step.rate, 'rate') }));
    fc.assert(fc.property(
      series, fc.integer({ min: 2018, max: 2050 }), fc.array(yearStep, { minLength: 1, maxLength: 4 }), optionalCeiling, optionalCeiling,
      (base, firstYear, steps, yearCeiling, ceiling) => {
        const result = yearlyShare({ base: { value: base, label: t('tax') }, firstYear, steps,
          ...(yearCeiling && { yearCeiling }), ...(ceiling && { ceiling }) });
        withinCaps(result);
        scheduleSumsToAmount(result);
        for (const entry of result.schedule?.() ?? []) {
          if (yearCeiling) expect(entry.amount.lessThanOrEqualTo(yearCeiling.value)).toBe(true);
          expect(entry.date.endsWith('-12-31')).toBe(true);
        }
      },
    ), RUNS);
  }, PROPERTY_TIMEOUT);
});
