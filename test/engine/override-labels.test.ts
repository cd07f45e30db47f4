import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/index.js';
import { describeValue } from '../../src/schema/describe.js';
import { item } from '../helpers.js';

const project = {
  name: 'Renter', asOf: '2019-01-01', investment: { actual: '1' },
  talents: [{ name: 'Engineer', qualified: true, rent: { monthly: '2600', start: '2019-01-01' } }],
};

describe('a replaced parameter, as its cap shows it', () => {
  it('says it was replaced instead of repeating the figure the source states', () => {
    const rent = item(evaluate(project, { policy: 'qingshan-lake-2018', overrides: { 'qingshan-lake-2018/talent-rent': { months: 48 } } }), 'talent-rent', 'Engineer');
    const months = rent.caps.find((cap) => cap.id === 'months')!;
    // 2,000 a month (the ceiling, below the rent of 2,600) × 48 months = 96,000.
    expect(rent.amount.toFixed(2)).toBe('96000.00');
    expect(months.limit.toFixed()).toBe('48');
    expect(months.label).toBe('months, as replaced (the source: three consecutive years (36 months))');
    expect(months.translations.zh.label).toBe('months（已替换；原文：连续三年（36个月））');
  });

  it('keeps the pack\'s label where nothing is replaced', () => {
    const rent = item(evaluate(project, { policy: 'qingshan-lake-2018' }), 'talent-rent', 'Engineer');
    expect(rent.caps.find((cap) => cap.id === 'months')!.label).toBe('three consecutive years (36 months)');
  });
});

describe('a value quoted in an error message', () => {
  it('is escaped, bidirectional overrides and line separators included, so that a message stays one plain line', () => {
    expect(describeValue('a\u202Eb\u2028c\u001b\u0085')).toBe('"a\\u202eb\\u2028c\\u001b\\u0085"');
  });
});
