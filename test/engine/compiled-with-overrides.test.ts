import { describe, expect, it } from 'vitest';
import { evaluate, qingshanLake2018, toJSON } from '../../src/index.js';
import { compiledWithOverrides } from '../../src/engine/compiled-with-overrides.js';
import { item } from '../helpers.js';

const definition = qingshanLake2018.definition;
const CO_INVESTMENT = 'qingshan-lake-2018/project-co-investment';
const ceiling = (value: string) => ({ [CO_INVESTMENT]: { ceiling: value } });

describe('a pack compiled with overrides', () => {
  it('is compiled once per set of overrides and kept', () => {
    const first = compiledWithOverrides(definition, ceiling('50000000'));
    expect(compiledWithOverrides(definition, ceiling('50000000'))).toBe(first);
    expect(compiledWithOverrides(definition, ceiling('60000000'))).not.toBe(first);
    expect(compiledWithOverrides(definition, ceiling('50000000'))).toBe(first);
    // The value replaced is the one compiled in.
    const rule = first.rules.find((candidate) => candidate.definition.id === CO_INVESTMENT)!;
    const parameter = rule.parameters.get('ceiling')!;
    expect(parameter.kind === 'number' && parameter.value.toFixed()).toBe('50000000');
  });

  it('keeps the 64 most recently used sets, letting the oldest go', () => {
    const oldest = compiledWithOverrides(definition, ceiling('1000'));
    const kept = compiledWithOverrides(definition, ceiling('1001'));
    for (let value = 2000; value < 2063; value += 1) {
      compiledWithOverrides(definition, ceiling(String(value)));
      // Used again all along: the most recent, never the one let go.
      expect(compiledWithOverrides(definition, ceiling('1001'))).toBe(kept);
    }
    expect(compiledWithOverrides(definition, ceiling('1001'))).toBe(kept);
    expect(compiledWithOverrides(definition, ceiling('1000'))).not.toBe(oldest);
  });

  it('gives each call the result of its own overrides, whatever was evaluated before', () => {
    const project = { name: 'Line', asOf: '2018-07-01', investment: { actual: '250000000', infrastructure: '50000000' } };
    const amount = (value: string) =>
      item(evaluate(project, { policy: 'qingshan-lake-2018', overrides: ceiling(value) }), 'project-co-investment').amount.toFixed(2);
    // 30% × (250,000,000 − 50,000,000) = 60,000,000, under each replaced ceiling:
    // min(50,000,000, 60,000,000) = 50,000,000; min(70,000,000, 60,000,000) = 60,000,000; min(1, …) = 1.
    for (let round = 0; round < 3; round += 1) {
      expect(amount('50000000')).toBe('50000000.00');
      expect(amount('70000000')).toBe('60000000.00');
      expect(amount('1')).toBe('1.00');
    }
    const fresh = toJSON(evaluate(project, { policy: 'qingshan-lake-2018', overrides: ceiling('50000000') }));
    expect(toJSON(evaluate(project, { policy: 'qingshan-lake-2018', overrides: ceiling('50000000') }))).toStrictEqual(fresh);
  });
});
