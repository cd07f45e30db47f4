import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/money/decimal.js';
import { interestSubsidy } from '../../src/rules/interest-subsidy.js';
import { perPeriod } from '../../src/rules/per-period.js';

const d = (value: string | number) => new Decimal(value);
const t = (en: string) => ({ en, zh: en });

const rent = (start: string, paidFrom?: string, periods?: number) => perPeriod({
  perPeriodCeiling: { value: d(2000), label: t('monthly ceiling'), id: 'monthlyCeiling' },
  maxPeriods: { value: 36, label: t('months'), id: 'months' },
  periodAmount: { value: d(3500), label: t('monthly rent') },
  start,
  ...(periods !== undefined && { periods }),
  ...(paidFrom !== undefined && { paidFrom }),
});

describe('perPeriod paidFrom', () => {
  it('does not pay the months falling due before it, and says how many, from when to when', () => {
    // 36 months from 2017-01-01: 2017-01-01 … 2019-12-01. Before 2018-06-15: 2017-01-01 … 2018-06-01, 18 months.
    // Paid: 36 - 18 = 18 months, 2018-07-01 … 2019-12-01, × min(2,000, 3,500) = 36,000.00.
    const result = rent('2017-01-01', '2018-06-15');
    expect(result.amount.toFixed(2)).toBe('36000.00');
    const schedule = result.schedule!();
    expect(schedule).toHaveLength(18);
    expect(schedule[0]!.date).toBe('2018-07-01');
    expect(schedule[17]!.date).toBe('2019-12-01');
    expect(schedule.every((entry) => entry.amount.toFixed(2) === '2000.00')).toBe(true);
    expect(result.notes.map((note) => note.en)).toEqual([
      '18 monthly payments falling due from 2017-01-01 to 2018-06-01, before the policy’s source date 2018-06-15, are not paid: the policy did not exist yet (interpretation paymentsBeforeSource).',
    ]);
    expect(result.notes[0]!.zh).toContain('自2017-01-01至2018-06-01到期的18个月的款项早于政策来源日期2018-06-15');
    const explained = result.explain();
    expect(explained.formula).toBe('min(2,000.00, monthly rent 3,500.00) × (min(36, 36) − 18 due before 2018-06-15) months = 36,000.00');
    expect(explained.trace).toContainEqual({ label: 'months due before 2018-06-15, not paid', value: '18' });
    expect(explained.trace).toContainEqual({ label: 'months paid', value: '18' });
  });

  it('pays a month falling due on the date itself', () => {
    // From 2017-06-15: months 0–11 (2017-06-15 … 2018-05-15) are before; month 12 is 2018-06-15 itself and is paid.
    // 24 months × 2,000 = 48,000.00.
    const result = rent('2017-06-15', '2018-06-15');
    expect(result.amount.toFixed(2)).toBe('48000.00');
    expect(result.schedule!()[0]!.date).toBe('2018-06-15');
  });

  it('pays nothing when every month falls before it, with an empty schedule', () => {
    // 36 months from 2015-01-01 end on 2017-12-01, all before 2018-06-15: 0 months, 0.00.
    const result = rent('2015-01-01', '2018-06-15');
    expect(result.amount.toFixed(2)).toBe('0.00');
    expect(result.schedule!()).toEqual([]);
    expect(result.notes[0]!.en).toMatch(/^36 monthly payments falling due from 2015-01-01 to 2017-12-01/);
  });

  it('says one month in the singular', () => {
    // From 2018-05-20: only 2018-05-20 is before 2018-06-15; 35 months × 2,000 = 70,000.00.
    const result = rent('2018-05-20', '2018-06-15');
    expect(result.amount.toFixed(2)).toBe('70000.00');
    expect(result.notes[0]!.en).toMatch(/^1 monthly payment falling due on 2018-05-20, before .* is not paid/);
  });

  it('is the same as without it when no month falls before it', () => {
    const result = rent('2018-07-01', '2018-06-15');
    const without = rent('2018-07-01');
    expect(result.amount.equals(without.amount)).toBe(true);
    expect(result.explain()).toEqual(without.explain());
    expect(result.schedule!()).toEqual(without.schedule!());
    expect(result.notes).toEqual([]);
  });
});

describe('interestSubsidy paidFrom', () => {
  const bullet = { form: 'bullet' as const, principal: d(10_000_000), annualRate: d('0.0435'), start: '2010-01-01', termMonths: 120 };
  const ceiling = { value: d(6_000_000), label: t('ceiling'), id: 'ceiling' };

  it('subsidises only the interest falling due from it', () => {
    // 10,000,000 × 4.35% / 12 = 36,250.00 a month, due 2010-02-01 … 2020-01-01 (120 months).
    // From 2018-06-15: 2018-07-01 … 2020-01-01 = 6 + 12 + 1 = 19 months × 36,250 = 688,750.00.
    // Not subsidised: 101 months × 36,250 = 3,661,250.00, due 2010-02-01 … 2018-06-01.
    const result = interestSubsidy({ ceiling, loans: [bullet], asOf: '2019-06-01', paidFrom: '2018-06-15' });
    expect(result.amount.toFixed(2)).toBe('688750.00');
    const schedule = result.schedule!();
    expect(schedule).toHaveLength(19);
    expect(schedule[0]!.date).toBe('2018-07-01');
    expect(result.notes.at(-1)!.en).toBe(
      '101 monthly interest payments (3,661,250.00) falling due from 2010-02-01 to 2018-06-01, before the policy’s source date 2018-06-15, are not paid: the policy did not exist yet (interpretation paymentsBeforeSource).',
    );
    const explained = result.explain();
    expect(explained.formula).toBe('min(6,000,000.00, interest due from 2018-06-15 688,750.00) = 688,750.00');
    expect(explained.trace).toContainEqual({ label: 'interest due before 2018-06-15, not subsidised (101 months)', value: '3661250' });
  });

  it('subsidises all of it without', () => {
    // 120 months × 36,250 = 4,350,000.00, below the 6,000,000 ceiling.
    const result = interestSubsidy({ ceiling, loans: [bullet], asOf: '2019-06-01' });
    expect(result.amount.toFixed(2)).toBe('4350000.00');
    expect(result.schedule!()[0]!.date).toBe('2010-02-01');
  });

  it('leaves simple interest, dated on the assessment date, as it is', () => {
    // 10,000,000 × 4.35% × 3 = 1,305,000.00, dated 2019-06-01, after the source date.
    const simple = { form: 'simple' as const, principal: d(10_000_000), annualRate: d('0.0435'), years: 3 };
    const result = interestSubsidy({ ceiling, loans: [simple], asOf: '2019-06-01', paidFrom: '2018-06-15' });
    expect(result.amount.toFixed(2)).toBe('1305000.00');
    expect(result.notes).toHaveLength(1);
  });
});
