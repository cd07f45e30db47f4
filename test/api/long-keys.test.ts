import { describe, expect, it } from 'vitest';
import { definePolicy, evaluate, IncentiveInputError, safeEvaluate } from '../../src/index.js';

/**
 * An unknown key of any length is an input error whose message stays short: the
 * path shows the key's beginning (a key of 2^29 characters, written out whole,
 * made the message longer than JavaScript allows, and a RangeError escaped).
 * 10,000,000 characters stand for any length here: the message is the same.
 */
const key = 'x'.repeat(10_000_000);
const options = { policy: 'qingshan-lake-2018', asOf: '2020-01-01' } as const;
const plant = { name: 'Plant', investment: { actual: '1000000' } };

const calls: Array<[string, () => unknown]> = [
  ['a field of the project', () => evaluate({ ...plant, [key]: 1 } as never, options)],
  ['a fact of the project', () => evaluate({ ...plant, facts: { [key]: 1 } } as never, options)],
  ['a talent', () => evaluate({ ...plant, talents: [{ name: 'A', [key]: 1 }] } as never, options)],
  ['an interpretation', () => evaluate(plant, { ...options, interpretations: { [key]: 'a' } } as never)],
  ['an override', () => evaluate(plant, { ...options, overrides: { [key]: {} } } as never)],
  ['a definition', () => definePolicy({ id: 'a', [key]: 1 } as never)],
];

describe('an unknown key of ten million characters', () => {
  it.each(calls)('in %s is an input error with a message of at most a few hundred characters', (_, call) => {
    let thrown: unknown;
    try {
      call();
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(IncentiveInputError);
    expect((thrown as Error).message.length).toBeLessThan(2_000);
    expect((thrown as Error).message).toContain(`${'x'.repeat(200)}…`);
  });

  it('leaves the path of the issue whole, for a program to read', () => {
    const result = safeEvaluate({ ...plant, [key]: 1 } as never, options);
    expect(result.success).toBe(false);
    expect(result.success ? undefined : result.error.issues[0]!.path).toEqual([key]);
  });
});
