import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/money/decimal.js';
import { cappedShare } from '../../src/rules/capped-share.js';
import { flatCeiling } from '../../src/rules/flat-ceiling.js';
import { interestSubsidy } from '../../src/rules/interest-subsidy.js';
import { monthlyInterest } from '../../src/rules/loan-interest.js';
import { perPeriod } from '../../src/rules/per-period.js';

const d = (value: string | number) => new Decimal(value);
const t = (en: string) => ({ en, zh: en });
const ceiling = (value: string) => ({ value: d(value), label: t('ceiling'), id: 'ceiling' });

describe('cappedShare', () => {
  it('takes the share when it is below the ceiling', () => {
    // 30% × 50,000,000 = 15,000,000, below 30,000,000.
    const result = cappedShare({ rate: d('0.3'), base: d(50_000_000), baseLabel: t('base'), ceiling: ceiling('30000000') });
    expect(result.amount.toFixed(2)).toBe('15000000.00');
    expect(result.caps.map((c) => [c.id, c.binding, c.headroom.toFixed(2)])).toEqual([
      ['ceiling', false, '15000000.00'],
      ['share', true, '0.00'],
    ]);
  });

  it('stops at the ceiling', () => {
    // 30% × 200,000,000 = 60,000,000, above 30,000,000.
    const result = cappedShare({ rate: d('0.3'), base: d(200_000_000), baseLabel: t('base'), ceiling: ceiling('30000000') });
    expect(result.amount.toFixed(2)).toBe('30000000.00');
    expect(result.caps.find((c) => c.id === 'ceiling')?.binding).toBe(true);
  });

  it('rounds the share once, half up', () => {
    // 30% × 0.05 = 0.015, half up to 0.02.
    const result = cappedShare({ rate: d('0.3'), base: d('0.05'), baseLabel: t('base') });
    expect(result.amount.toFixed(2)).toBe('0.02');
    expect(result.explain().trace.find((step) => step.label.startsWith('share'))?.value).toBe('0.015');
  });

  it('raises the amount to a floor, never above the ceiling', () => {
    // 10% × 1,000 = 100, floor 500 → 500; the share then does not limit the amount.
    const result = cappedShare({
      rate: d('0.1'), base: d(1000), baseLabel: t('base'),
      ceiling: ceiling('400'), floor: { value: d(500), label: t('floor'), id: 'floor' },
    });
    // The floor (500) is above the ceiling (400): the ceiling wins.
    expect(result.amount.toFixed(2)).toBe('400.00');
    expect(result.caps.map((c) => c.id)).toEqual(['ceiling']);
  });
});

describe('flatCeiling', () => {
  it('shows the ceiling, basis "ceiling", when nothing is requested', () => {
    const result = flatCeiling({ ceiling: ceiling('6000000') });
    expect(result.amount.toFixed(2)).toBe('6000000.00');
    expect(result.basis).toBe('ceiling');
    expect(result.caps[0]?.binding).toBe(true);
  });

  it('meets a request up to the ceiling', () => {
    // min(6,000,000, 2,500,000.555) = 2,500,000.555, rounded half up to 2,500,000.56.
    const result = flatCeiling({ ceiling: ceiling('6000000'), requested: { value: d('2500000.555'), label: t('asked') } });
    expect(result.amount.toFixed(2)).toBe('2500000.56');
    expect(result.basis).toBe('formula');
    expect(result.caps[0]?.headroom.toFixed(2)).toBe('3499999.44');
  });
});

describe('perPeriod', () => {
  const input = {
    perPeriodCeiling: { value: d(2000), label: t('monthly ceiling'), id: 'monthlyCeiling' },
    maxPeriods: { value: 36, label: t('months'), id: 'months' },
    start: '2018-01-31',
  };

  it('pays the monthly ceiling for 36 months: 72,000', () => {
    // min(2,000, 3,500) × min(36, 36) = 72,000.
    const result = perPeriod({ ...input, periodAmount: { value: d(3500), label: t('rent') } });
    expect(result.amount.toFixed(2)).toBe('72000.00');
    expect(result.schedule?.()).toHaveLength(36);
    expect(result.schedule?.().slice(0, 3).map((e) => e.date)).toEqual(['2018-01-31', '2018-02-28', '2018-03-31']);
    expect(result.caps.map((c) => [c.id, c.binding])).toEqual([['monthlyCeiling', true], ['months', true], ['total', true]]);
  });

  it('pays the rent for the months given', () => {
    // min(2,000, 1,234.567) × min(36, 10) = 12,345.67; 12,345.67 / 10 = 1,234.567: three payments
    // of 1,234.56 (rounded down) and, for the 7 cents left over, seven of 1,234.57.
    const result = perPeriod({ ...input, periodAmount: { value: d('1234.567'), label: t('rent') }, periods: 10 });
    expect(result.amount.toFixed(2)).toBe('12345.67');
    expect(result.schedule?.().map((e) => e.amount.toFixed(2))).toEqual([
      ...Array<string>(3).fill('1234.56'),
      ...Array<string>(7).fill('1234.57'),
    ]);
  });
});

describe('interestSubsidy', () => {
  const simple = (principal: number, rate: string, years: number) =>
    ({ form: 'simple' as const, principal: d(principal), annualRate: d(rate), years });
  const asOf = '2019-01-01';

  it('sums simple interest over the loans, dated on the assessment date', () => {
    // 10,000,000 × 4.35% × 3 = 1,305,000; 5,000,000 × 3.85% × 2 = 385,000; total 1,690,000.
    const result = interestSubsidy({
      ceiling: ceiling('6000000'),
      asOf,
      loans: [simple(10_000_000, '0.0435', 3), simple(5_000_000, '0.0385', 2)],
    });
    expect(result.amount.toFixed(2)).toBe('1690000.00');
    expect(result.schedule?.().map((e) => `${e.date} ${e.amount.toFixed(2)}`)).toEqual(['2019-01-01 1690000.00']);
  });

  it('stops at the ceiling', () => {
    // 100,000,000 × 5% × 2 = 10,000,000 > 6,000,000.
    const result = interestSubsidy({ ceiling: ceiling('6000000'), asOf, loans: [simple(100_000_000, '0.05', 2)] });
    expect(result.amount.toFixed(2)).toBe('6000000.00');
    expect(result.caps[0]?.binding).toBe(true);
    expect(result.capReachedOn).toBe(asOf);
  });

  it('is 0 without loans', () => {
    const result = interestSubsidy({ ceiling: ceiling('6000000'), asOf, loans: [] });
    expect(result.amount.toFixed(2)).toBe('0.00');
    expect(result.schedule?.()).toEqual([]);
  });
});

describe('monthlyInterest and the interest subsidy from real loans', () => {
  const loan = (form: 'bullet' | 'equal-principal' | 'equal-instalment', principal: number, termMonths: number) =>
    ({ form, principal: d(principal), annualRate: d('0.06'), start: '2019-01-31', termMonths });
  const dues = (form: 'bullet' | 'equal-principal' | 'equal-instalment') =>
    monthlyInterest(loan(form, 1_200_000, 3)).map((due) => `${due.date} ${due.interest.toFixed(2)}`);

  it('bullet: interest on the whole principal every month', () => {
    // 1,200,000 × 6% / 12 = 6,000 a month, due a month after the start and monthly after (end-of-month clamped).
    expect(dues('bullet')).toEqual(['2019-02-28 6000.00', '2019-03-31 6000.00', '2019-04-30 6000.00']);
  });

  it('equal-principal: interest on what remains after equal repayments', () => {
    // 400,000 repaid a month: 1,200,000 × 0.5% = 6,000; 800,000 × 0.5% = 4,000; 400,000 × 0.5% = 2,000.
    expect(dues('equal-principal')).toEqual(['2019-02-28 6000.00', '2019-03-31 4000.00', '2019-04-30 2000.00']);
  });

  it('equal-instalment: interest on what remains after equal payments', () => {
    // Payment = 1,200,000 × 0.005 / (1 − 1.005^−3) = 404,006.65.
    // Month 1: 1,200,000 × 0.005 = 6,000.00; 398,006.65 repaid, 801,993.35 owed.
    // Month 2: 801,993.35 × 0.005 = 4,009.96675 → 4,009.97; 399,996.68 repaid, 401,996.67 owed.
    // Month 3: 401,996.67 × 0.005 = 2,009.98335 → 2,009.98.
    expect(dues('equal-instalment')).toEqual(['2019-02-28 6000.00', '2019-03-31 4009.97', '2019-04-30 2009.98']);
  });

  it('charges no interest at a zero rate', () => {
    const free = { ...loan('equal-instalment', 1_200_000, 12), annualRate: d(0) };
    expect(monthlyInterest(free).every((due) => due.interest.isZero())).toBe(true);
  });

  it('cumulates the interest until the ceiling, cutting the payment that reaches it, and dates it', () => {
    // 90,000,000 × 6% / 12 = 450,000 a month; 13 months make 5,850,000; the 14th pays 150,000 and reaches 6,000,000.
    const result = interestSubsidy({ ceiling: ceiling('6000000'), asOf: '2019-01-01', loans: [loan('bullet', 90_000_000, 24)] });
    expect(result.amount.toFixed(2)).toBe('6000000.00');
    expect(result.schedule?.()).toHaveLength(14);
    expect(result.schedule?.()[13]).toMatchObject({ date: '2020-03-31' });
    expect(result.schedule?.()[13]?.amount.toFixed(2)).toBe('150000.00');
    expect(result.capReachedOn).toBe('2020-03-31');
  });

  it('merges loans by date', () => {
    // Two bullet loans from the same date: 6,000 + 3,000 a month for 2 months = 18,000.
    const result = interestSubsidy({
      ceiling: ceiling('6000000'),
      asOf: '2019-01-01',
      loans: [loan('bullet', 1_200_000, 2), loan('bullet', 600_000, 2)],
    });
    expect(result.schedule?.().map((e) => e.amount.toFixed(2))).toEqual(['9000.00', '9000.00']);
    expect(result.amount.toFixed(2)).toBe('18000.00');
    expect(result.capReachedOn).toBeUndefined();
  });
});
