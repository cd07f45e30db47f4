import { Decimal as DecimalJs } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { evaluate, presentValue } from '../../src/index.js';

const project = { name: 'A project', investment: { actual: '12345678.91' } };
const options = { policy: 'qingshan-lake-2018', asOf: '2019-01-01' } as const;

describe('the private decimal context', () => {
  it('cannot be reconfigured through an amount the library returns', () => {
    // min(30,000,000, 30% × 12,345,678.91) = 3,703,703.673 → 3,703,703.67. Under the old code,
    // `amount.constructor.set({ precision: 3 })` went through, and the same project then got 3,690,000.00.
    const amount = evaluate(project, options).items[0]!.amount!;
    const context = amount.constructor as unknown as { set: (config: object) => unknown; precision: number };
    expect(() => context.set({ precision: 3 })).toThrow(TypeError);
    expect(() => {
      context.precision = 3;
    }).toThrow(TypeError);
    expect(context.precision).toBe(100);
    const again = evaluate(project, options);
    expect(again.items[0]!.amount!.toFixed(2)).toBe('3703703.67');
    // What needs more than plain arithmetic still works: a present value (logarithms, exponentials).
    expect(presentValue(again, { rate: '0.05' }).total.toFixed(2)).toBe('3703703.67');
  });

  it('leaves decimal.js itself as it was: the caller may still configure its own', () => {
    expect(Object.isFrozen(DecimalJs)).toBe(false);
    expect(Object.isFrozen(DecimalJs.prototype)).toBe(false);
  });
});
