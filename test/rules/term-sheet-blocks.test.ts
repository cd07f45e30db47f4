import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/money/decimal.js';
import { perUnit } from '../../src/rules/per-unit.js';
import { steppedPeriods } from '../../src/rules/stepped-periods.js';
import { thresholdExcess } from '../../src/rules/threshold-excess.js';
import { yearlyShare } from '../../src/rules/yearly-share.js';

const d = (value: string | number) => new Decimal(value);
const t = (en: string) => ({ en, zh: en });
const limit = (value: string | number, id = 'ceiling') => ({ value: d(value), label: t(id), id });
const count = (value: number, id: string) => ({ value, label: t(id), id });
const total = (entries: ReadonlyArray<{ amount: Decimal }>) => entries.reduce((sum, entry) => sum.plus(entry.amount), d(0)).toFixed(2);

describe('perUnit', () => {
  it('pays per unit below the ceiling', () => {
    // 20,000 × 75 = 1,500,000, below 2,000,000.
    const result = perUnit({ perUnit: limit(20_000, 'perHire'), units: { value: 75, label: t('new hires') }, ceiling: limit(2_000_000) });
    expect(result.amount.toFixed(2)).toBe('1500000.00');
    expect(result.caps.map((c) => [c.id, c.binding, c.headroom.toFixed(2)])).toEqual([['ceiling', false, '500000.00']]);
  });

  it('stops at the ceiling', () => {
    // 20,000 × 120 = 2,400,000, above 2,000,000.
    const result = perUnit({ perUnit: limit(20_000, 'perHire'), units: { value: 120, label: t('new hires') }, ceiling: limit(2_000_000) });
    expect(result.amount.toFixed(2)).toBe('2000000.00');
    expect(result.caps[0]?.binding).toBe(true);
    expect(result.explain().formula).toBe('min(2,000,000.00, 20,000.00 × new hires 120) = 2,000,000.00');
  });

  it('rounds once, half up', () => {
    // 0.125 × 3 = 0.375, half up to 0.38.
    expect(perUnit({ perUnit: limit('0.125', 'perUnit'), units: { value: 3, label: t('m²') } }).amount.toFixed(2)).toBe('0.38');
  });
});

describe('thresholdExcess', () => {
  const input = (base: string) => ({
    base: { value: d(base), label: t('output') }, threshold: limit(500_000_000, 'threshold'), rate: limit('0.1', 'rate'), ceiling: limit(20_000_000),
  });

  it('pays a share of the part above the threshold', () => {
    // 10% × (650,000,000 − 500,000,000) = 15,000,000, below 20,000,000.
    expect(thresholdExcess(input('650000000')).amount.toFixed(2)).toBe('15000000.00');
  });

  it('pays nothing at or below the threshold', () => {
    // max(0, 400,000,000 − 500,000,000) = 0.
    const result = thresholdExcess(input('400000000'));
    expect(result.amount.toFixed(2)).toBe('0.00');
    expect(result.explain().trace.find((step) => step.label.startsWith('excess'))?.value).toBe('0');
  });

  it('stops at the ceiling, and rounds the share once, half up', () => {
    // 10% × (900,000,000 − 500,000,000) = 40,000,000, above 20,000,000.
    expect(thresholdExcess(input('900000000')).amount.toFixed(2)).toBe('20000000.00');
    // 10% × (500,000,000.05 − 500,000,000) = 0.005, half up to 0.01.
    expect(thresholdExcess(input('500000000.05')).amount.toFixed(2)).toBe('0.01');
  });
});

describe('steppedPeriods', () => {
  const rent = { value: d(10_000), label: t('monthly rent') };
  const steps = [{ length: count(36, 'freeMonths'), rate: limit(1, 'full') }, { length: count(24, 'halfMonths'), rate: limit('0.5', 'half') }];

  it('pays rent-free months then half-rent months, monthly from the start', () => {
    // 100% × 10,000 × 36 + 50% × 10,000 × 24 = 360,000 + 120,000 = 480,000.
    const result = steppedPeriods({ period: 'month', start: '2026-01-31', base: rent, steps });
    expect(result.amount.toFixed(2)).toBe('480000.00');
    const schedule = result.schedule!();
    expect(schedule).toHaveLength(60);
    expect(schedule[0]).toMatchObject({ date: '2026-01-31' });
    expect(schedule[1]?.date).toBe('2026-02-28');
    expect(schedule[35]?.amount.toFixed(2)).toBe('10000.00');
    expect(schedule[36]?.amount.toFixed(2)).toBe('5000.00');
    expect(total(schedule)).toBe('480000.00');
  });

  it('counts only the periods the project takes, from the first step', () => {
    // 40 months: 36 at 100% and 4 at 50%: 360,000 + 20,000 = 380,000.
    expect(steppedPeriods({ period: 'month', start: '2026-01-01', base: rent, steps, periods: 40 }).amount.toFixed(2)).toBe('380000.00');
  });

  it('rounds each step once, half up, and splits it to the cent', () => {
    // 50% × 3,333.33 = 1,666.665 a month; × 3 = 4,999.995, half up to 5,000.00, paid 1,666.66, 1,666.67, 1,666.67.
    const result = steppedPeriods({ period: 'month', start: '2026-01-01', base: { value: d('3333.33'), label: t('rent') },
      steps: [{ length: count(3, 'months'), rate: limit('0.5', 'half') }] });
    expect(result.amount.toFixed(2)).toBe('5000.00');
    expect(result.schedule!().map((entry) => entry.amount.toFixed(2))).toEqual(['1666.66', '1666.67', '1666.67']);
  });

  it('pays an amount a period, never above the base, a year apart for a yearly block', () => {
    // Yearly: 2 years at min(300,000, 250,000) = 250,000 each, then 1 year at 100,000: 600,000.
    const result = steppedPeriods({ period: 'year', start: '2026-07-01', base: { value: d(250_000), label: t('yearly rent') },
      steps: [{ length: count(2, 'years'), amount: limit(300_000, 'early') }, { length: count(1, 'later'), amount: limit(100_000, 'late') }] });
    expect(result.amount.toFixed(2)).toBe('600000.00');
    expect(result.schedule!().map((entry) => [entry.date, entry.amount.toFixed(2)])).toEqual([
      ['2026-07-01', '250000.00'], ['2027-07-01', '250000.00'], ['2028-07-01', '100000.00'],
    ]);
    expect(result.caps.map((c) => [c.id, c.unit, c.binding])).toEqual([['early', 'CNY', false], ['late', 'CNY', true]]);
  });

  it('lists no payment for a step that pays nothing', () => {
    // 100% × 10,000 × 2 months, then 0% for 3 months: 20,000 in two payments.
    const result = steppedPeriods({ period: 'month', start: '2026-01-01', base: rent,
      steps: [{ length: count(2, 'free'), rate: limit(1, 'full') }, { length: count(3, 'paid'), rate: limit(0, 'none') }] });
    expect(result.amount.toFixed(2)).toBe('20000.00');
    expect(result.schedule!().map((entry) => entry.date)).toEqual(['2026-01-01', '2026-02-01']);
  });

  it('stops at a total ceiling, cutting the payments in date order', () => {
    // 480,000 in all, ceiling 365,000: 36 × 10,000 = 360,000, then 5,000 of month 37, then nothing.
    const result = steppedPeriods({ period: 'month', start: '2026-01-01', base: rent, steps, ceiling: limit(365_000) });
    expect(result.amount.toFixed(2)).toBe('365000.00');
    const schedule = result.schedule!();
    expect(schedule).toHaveLength(37);
    expect(total(schedule)).toBe('365000.00');
    expect(result.capReachedOn).toBe('2029-01-01');
  });
});

describe('yearlyShare', () => {
  const series = (entries: Record<number, string>) =>
    ({ value: Object.entries(entries).map(([year, value]) => ({ year: Number(year), value: d(value) })), label: t('local tax') });
  const steps = [{ years: count(3, 'firstYears'), rate: limit(1, 'full') }, { years: count(2, 'laterYears'), rate: limit('0.5', 'half') }];

  it('steps the share down by year, each year capped and rounded once', () => {
    // 2026: min(5,000,000, 100% × 4,000,000) = 4,000,000; 2027: min(5,000,000, 6,000,000) = 5,000,000;
    // 2028: 5,000,000; 2029: min(5,000,000, 50% × 8,000,000) = 4,000,000; 2030: 50% × 3,000,000.05 = 1,500,000.025 → 1,500,000.03.
    // Sum: 19,500,000.03.
    const result = yearlyShare({
      base: series({ 2026: '4000000', 2027: '6000000', 2028: '5000000', 2029: '8000000', 2030: '3000000.05' }),
      firstYear: 2026, steps, yearCeiling: limit(5_000_000, 'perYear'),
    });
    expect(result.amount.toFixed(2)).toBe('19500000.03');
    expect(result.schedule!().map((entry) => [entry.date, entry.amount.toFixed(2)])).toEqual([
      ['2026-12-31', '4000000.00'], ['2027-12-31', '5000000.00'], ['2028-12-31', '5000000.00'],
      ['2029-12-31', '4000000.00'], ['2030-12-31', '1500000.03'],
    ]);
    expect(result.caps[0]).toMatchObject({ id: 'perYear', binding: true });
  });

  it('counts a year without a figure as 0, and says so', () => {
    // Only 2027 (100%: 2,000,000) and 2031, outside the 5 years from 2026, are given.
    const result = yearlyShare({ base: series({ 2027: '2000000', 2031: '9000000' }), firstYear: 2026, steps });
    expect(result.amount.toFixed(2)).toBe('2000000.00');
    expect(result.notes[0]?.en).toBe('4 of the years paid for have no figure of local tax: they count 0.');
    expect(result.schedule!()).toHaveLength(1);
  });

  it('stops at a total ceiling in year order', () => {
    // 4,000,000 + 6,000,000 = 10,000,000 above the 7,000,000 ceiling: 4,000,000 then 3,000,000.
    const result = yearlyShare({ base: series({ 2026: '4000000', 2027: '6000000' }), firstYear: 2026, steps, ceiling: limit(7_000_000) });
    expect(result.amount.toFixed(2)).toBe('7000000.00');
    expect(result.schedule!().map((entry) => entry.amount.toFixed(2))).toEqual(['4000000.00', '3000000.00']);
    expect(result.capReachedOn).toBe('2027-12-31');
  });
});
