import { describe, expect, it } from 'vitest';
import { addMonthsToIsoDate, compareIsoDates, isAfterIsoDate, isIsoDate } from '../../src/dates/iso-date.js';

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
