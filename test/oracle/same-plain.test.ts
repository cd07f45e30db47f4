import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/money/decimal.js';
import { PROPERTY_TIMEOUT } from '../timeouts.js';
import { plainAssessment } from './plain.js';
import { samePlainAssessment } from './same-plain.js';

/**
 * The differential test compares assessments with `samePlainAssessment` and
 * only on a difference builds their plain forms: it must never call two
 * assessments the same whose plain forms `isDeepStrictEqual` tells apart.
 */
const decimalText = fc.constantFrom('0', '-0', '1', '1.5', '1.50', '0.01', '1e21', '-3.2', 'NaN', 'Infinity');
const leaf: fc.Arbitrary<unknown> = fc.oneof(
  decimalText.map((text) => new Decimal(text)),
  decimalText,
  fc.constantFrom(undefined, null, true, false, 0, -0, Number.NaN, 1, '', 'formula'),
);
const value = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.array(tie('value'), { maxLength: 3 }),
    // A hole where an element was.
    fc.array(tie('value'), { minLength: 1, maxLength: 3 }).map((array) => { delete array[0]; return array; }),
    fc.dictionary(fc.constantFrom('a', 'b', 'amount'), tie('value'), { maxKeys: 3 }),
  ),
})).value;

/** An item: own fields, and a formula, trace and schedule either own or read through a getter. */
const item = fc.tuple(fc.dictionary(fc.constantFrom('ruleId', 'amount', 'status', 'trace'), value, { maxKeys: 3 }), value, value, value, fc.boolean())
  .map(([fields, formula, trace, schedule, lazy]) => {
    if (!lazy) return { ...fields, formula, trace, schedule };
    const computed = Object.defineProperties({}, { formula: { get: () => formula }, trace: { get: () => trace }, schedule: { get: () => schedule } });
    return Object.defineProperties(Object.create(computed) as object, Object.getOwnPropertyDescriptors(fields));
  });
const assessment = fc.record({ items: fc.oneof(fc.array(fc.oneof(item, fc.constantFrom(null, undefined, 1, 'x')), { maxLength: 3 }), fc.constantFrom(null, undefined, 1, 'x')), totals: value, name: value }, { requiredKeys: [] });

/** Values whose plain forms are nearly alike: a zero's sign, NaN, a Decimal and its text, a number and its text. */
const LEAVES: unknown[] = [new Decimal('0'), new Decimal('-0'), '0', '-0', 0, -0, Number.NaN, new Decimal('NaN'), 'NaN', undefined, null, '1.5', new Decimal('1.50'), 1.5, ''];

/**
 * A copy of a value with some of its leaves replaced by near ones and some
 * holes filled (`choices` say which, in turn): the same shape, so that most differences are small.
 */
function variant(value: unknown, choices: number[]): unknown {
  if (typeof value !== 'object' || value === null || value instanceof Decimal) {
    const choice = choices.shift() ?? 0;
    return choice < LEAVES.length ? LEAVES[choice] : value;
  }
  if (Array.isArray(value)) {
    // A hole stays one, or becomes an undefined element.
    const copy: unknown[] = new Array(value.length);
    for (let index = 0; index < value.length; index += 1) {
      if (index in value) copy[index] = variant(value[index], choices);
      else if ((choices.shift() ?? 0) % 2 === 1) copy[index] = undefined;
    }
    return copy;
  }
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) copy[key] = variant((value as Record<string, unknown>)[key], choices);
  return copy;
}

/** The same, item by item, with each item's formula, trace and schedule read into own fields. */
function variantAssessment(assessment: { items?: unknown }, choices: number[]): object {
  const copy = variant(assessment, choices) as { items?: unknown };
  if (Array.isArray(assessment.items)) {
    copy.items = assessment.items.map((entry: unknown) => (typeof entry === 'object' && entry !== null
      ? { ...(variant(entry, choices) as object), ...(variant(Object.fromEntries(['formula', 'trace', 'schedule'].map((key) => [key, (entry as Record<string, unknown>)[key]])), choices) as object) }
      : variant(entry, choices)));
  }
  return copy;
}

describe('samePlainAssessment', () => {
  it('never calls two assessments the same whose plain forms differ', () => {
    // Against another assessment, its own plain form and another's (Decimals become strings there), a copy with a few leaves changed.
    fc.assert(fc.property(assessment, assessment, fc.nat(3), fc.array(fc.nat(2 * LEAVES.length), { maxLength: 40 }), (a, other, against, choices) => {
      const b = [other, plainAssessment(a), plainAssessment(other), variantAssessment(a, choices)][against] as object;
      if (samePlainAssessment(a, b)) expect(isDeepStrictEqual(plainAssessment(a), plainAssessment(b))).toBe(true);
    }), { numRuns: 20_000, seed: 5 });
  }, PROPERTY_TIMEOUT);

  it('calls an assessment the same as itself (but for NaN amounts) and as its plain form', () => {
    fc.assert(fc.property(assessment, (a) => {
      if (JSON.stringify(plainAssessment(a))?.includes('NaN')) return;
      expect(samePlainAssessment(a, a)).toBe(true);
    }), { numRuns: 2_000, seed: 6 });
    const amount = new Decimal('30000000.00');
    expect(samePlainAssessment({ items: [{ amount, formula: 'min(…)' }], totals: { cash: amount } }, { items: [{ amount: '30000000', formula: 'min(…)' }], totals: { cash: '30000000' } })).toBe(true);
  }, PROPERTY_TIMEOUT);
});
