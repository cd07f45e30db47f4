import { describe, expect, it } from 'vitest';
import { addMonthsToIsoDate, compareIsoDates, isAfterIsoDate, isIsoDate } from '../../src/dates/iso-date.js';
import { PROPERTY_TIMEOUT } from '../timeouts.js';

describe('isIsoDate', () => {
  it.each(['2018-07-01', '2020-02-29', '2000-02-29', '1999-12-31'])('accepts the real date %s', (date) => {
    expect(isIsoDate(date)).toBe(true);
  });

  it.each(['2018-02-30', '2019-02-29', '1900-02-29', '2018-13-01', '2018-04-31', '2018-7-1', '2018-07-01T00:00', ' 2018-07-01', '20180701'])(
    'rejects %s',
    (date) => {
      expect(isIsoDate(date)).toBe(false);
    },
  );

  it('rejects what is not a string', () => {
    expect(isIsoDate(20180701)).toBe(false);
    expect(isIsoDate(new Date(2018, 6, 1))).toBe(false);
  });
});

describe('addMonthsToIsoDate', () => {
  it('clamps to the end of a shorter month', () => {
    expect(addMonthsToIsoDate('2018-01-31', 1)).toBe('2018-02-28');
    expect(addMonthsToIsoDate('2020-01-31', 1)).toBe('2020-02-29');
    expect(addMonthsToIsoDate('2018-01-31', 2)).toBe('2018-03-31');
  });

  it('counts from the start, not from the previous clamped month', () => {
    // 31 Jan + 3 months is 30 April, not 28 April (which chaining from 28 Feb would give).
    expect(addMonthsToIsoDate('2018-01-31', 3)).toBe('2018-04-30');
  });
});

describe('comparison', () => {
  it('orders dates', () => {
    expect(compareIsoDates('2018-06-30', '2018-07-01')).toBeLessThan(0);
    expect(compareIsoDates('2018-07-01', '2018-07-01')).toBe(0);
    expect(isAfterIsoDate('2018-07-01', '2018-06-30')).toBe(true);
    expect(isAfterIsoDate('2018-06-30', '2018-06-30')).toBe(false);
  });
});

describe('agreement with date-fns', () => {
  it('adds months exactly as date-fns addMonths does, and validates as parseISO does', async () => {
    const { default: fc } = await import('fast-check');
    const { addMonths } = await import('date-fns/addMonths');
    const { formatISO } = await import('date-fns/formatISO');
    const { isValid } = await import('date-fns/isValid');
    const { parseISO } = await import('date-fns/parseISO');
    const viaDateFns = (date: string, months: number) => formatISO(addMonths(parseISO(date), months), { representation: 'date' });
    const day = fc.tuple(fc.integer({ min: 1900, max: 2999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }))
      .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
    fc.assert(fc.property(day, fc.integer({ min: 0, max: 1200 }), (date, months) => {
      const parsed = parseISO(date);
      const valid = isValid(parsed) && formatISO(parsed, { representation: 'date' }) === date;
      expect(isIsoDate(date)).toBe(valid);
      if (valid) expect(addMonthsToIsoDate(date, months)).toBe(viaDateFns(date, months));
    }), { numRuns: 2000 });
  }, PROPERTY_TIMEOUT);
});
