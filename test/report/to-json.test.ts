import { describe, expect, it } from 'vitest';
import { evaluate, toJSON } from '../../src/index.js';

const assessment = evaluate(
  {
    name: 'P',
    investment: { actual: '100000000.005' },
    talents: [{ name: 'Li', qualified: true, rent: { monthly: '1999.999', start: '2018-07-01', months: 2 } }],
  },
  { policy: 'qingshan-lake-2018', asOf: '2018-07-01' },
);

describe('toJSON', () => {
  const json = toJSON(assessment);

  it('writes every amount as a string with exactly two decimals', () => {
    // co-investment: 30% × 100,000,000.005 = 30,000,000.0015 → 30,000,000.00 (min with the ceiling).
    expect(json.items[0]?.amount).toBe('30000000.00');
    // rent: min(2,000, 1,999.999) × 2 = 3,999.998 → 4,000.00; paid as 2,000.00 twice.
    const rent = json.items.find((item) => item.ruleId.endsWith('talent-rent'));
    expect(rent?.amount).toBe('4000.00');
    expect(rent?.schedule).toEqual([
      { date: '2018-07-01', amount: '2000.00' },
      { date: '2018-08-01', amount: '2000.00' },
    ]);
    expect(rent?.caps.find((cap) => cap.id === 'months')).toMatchObject({ limit: '36', headroom: '34', unit: 'months' });
    expect(json.totals).toEqual({
      cash: '30004000.00', equity: '0.00', all: '30004000.00', ceilings: { cash: '0.00', equity: '0.00', all: '0.00' },
    });
  });

  it('is plain data: it survives JSON unchanged', () => {
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });

  it('keeps the exact unrounded values in the trace', () => {
    const rent = json.items.find((item) => item.ruleId.endsWith('talent-rent'));
    expect(rent?.trace.map((step) => step.value)).toContain('3999.998');
  });

  it('does not share objects with the assessment', () => {
    json.items[0]!.citation.quote = 'changed';
    expect(assessment.items[0]?.citation.quote).not.toBe('changed');
  });
});
