import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/money/decimal.js';
import { CopiedDecimal, readAmount } from '../../src/schema/amount.js';
import { LIMITS } from '../../src/schema/limits.js';
import { MESSAGES } from '../../src/schema/messages.js';
import { readInput } from '../../src/schema/read-input.js';
import { callerDecimal } from '../helpers.js';

const unreadable = (path: string[]) => ({ code: 'invalid_type', path, message: MESSAGES.unreadable });
const value = (input: unknown, options?: Parameters<typeof readInput>[1]) => {
  const read = readInput(input, options);
  if (!read.ok) throw new Error(`unexpected issues: ${JSON.stringify(read.issues)}`);
  return read.value;
};
const issues = (input: unknown, options?: Parameters<typeof readInput>[1]) => {
  const read = readInput(input, options);
  if (read.ok) throw new Error('expected issues');
  return read.issues;
};

describe('readInput: what a caller passed, read once as data', () => {
  it('copies own enumerable string keys, and lists by index, into new objects', () => {
    const symbol = Symbol('hidden');
    const source = { a: 1, list: [1, 'two', { three: 3 }], [symbol]: 'no' };
    Object.defineProperty(source, 'hiddenToo', { value: 'no', enumerable: false });
    const copy = value(source) as typeof source;
    expect(copy).toEqual({ a: 1, list: [1, 'two', { three: 3 }] });
    expect(copy).not.toBe(source);
    expect(copy.list).not.toBe(source.list);
    expect(Object.getOwnPropertySymbols(copy)).toEqual([]);
  });

  it('runs a getter once, and reads no inherited property', () => {
    let reads = 0;
    class Project {
      name = 'x';
      get talentStartup() {
        return { founder: 'Nobody' };
      }
    }
    const project = new Project();
    Object.defineProperty(project, 'asOf', { enumerable: true, get: () => `2019-01-0${(reads += 1)}` });
    expect(value(project)).toEqual({ name: 'x', asOf: '2019-01-01' });
    expect(reads).toBe(1);
    expect(Object.getPrototypeOf(value(project))).toBe(Object.prototype);
  });

  it('keeps an own __proto__ key as an own key, and changes no prototype', () => {
    const source = JSON.parse('{"__proto__": {"polluted": true}, "a": 1}') as object;
    const copy = value(source) as Record<string, unknown>;
    expect(Object.keys(copy)).toEqual(['__proto__', 'a']);
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('copies a decimal.js instance of any clone as its text, read once, which the amount reader reads back', async () => {
    const CallerDecimal = await callerDecimal();
    let reads = 0;
    const amount = new CallerDecimal('1500000.5');
    Object.defineProperty(amount, 'toString', { value: () => { reads += 1; return '1500000.5'; } });
    const copy = value({ amount }) as { amount: CopiedDecimal };
    expect(copy.amount).toBeInstanceOf(CopiedDecimal);
    expect(readAmount(copy.amount)).toEqual({ ok: true, value: new Decimal('1500000.5') });
    expect(reads).toBe(1);
    // No field of its own: a schema expecting an object lists none of a Decimal's methods.
    expect(Object.keys(copy.amount)).toEqual([]);
    expect([...(function* keys() { for (const key in copy.amount) yield key; })()]).toEqual([]);
    // A copy is kept as it is; one whose text is not a plain decimal is refused as the instance was.
    expect(value(copy)).toEqual(copy);
    expect((value(copy) as { amount: unknown }).amount).toBe(copy.amount);
    for (const odd of [new CallerDecimal(`1.${'1'.repeat(60)}`), new CallerDecimal(Number.NaN)]) {
      expect(readAmount(value(odd))).toEqual(readAmount(odd));
      expect(readAmount(odd)).toMatchObject({ ok: false, code: 'invalid_type' });
    }
  });

  it('keeps what `keep` recognises as it is, asked with its path', () => {
    const pack = Object.freeze({ id: 'p' });
    const seen: string[] = [];
    const copy = value({ policy: pack, other: { id: 'p' } }, { keep: (object, path) => { seen.push(path.join('.')); return object === pack; } }) as Record<string, unknown>;
    expect(copy['policy']).toBe(pack);
    expect(copy['other']).toEqual({ id: 'p' });
    expect(seen).toEqual(['', 'policy', 'other']);
  });

  it('turns whatever throws while reading into an issue at its path, and reads on', () => {
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    const input = {
      getter: Object.defineProperty({}, 'x', { enumerable: true, get: () => { throw new Error('boom'); } }),
      keys: new Proxy({}, { ownKeys: () => { throw new Error('boom'); } }),
      revoked: revoked.proxy,
      prototype: new Proxy({}, { getPrototypeOf: () => { throw new Error('boom'); } }),
      list: [1, new Proxy([], { get: () => { throw new Error('boom'); } })],
      fine: 'kept',
    };
    expect(issues(input, { at: ['options'] })).toEqual([
      unreadable(['options', 'getter', 'x']),
      unreadable(['options', 'keys']),
      unreadable(['options', 'revoked']),
      unreadable(['options', 'prototype']),
      unreadable(['options', 'list', '1']),
    ]);
  });

  it(`refuses nesting past ${LIMITS.maxInputDepth} levels, once, at the first level too deep; a cycle too`, () => {
    let deep: unknown = 'leaf';
    for (let level = 0; level < LIMITS.maxInputDepth; level += 1) deep = { a: deep };
    expect(value(deep)).toEqual(deep);
    expect(issues({ a: deep })).toEqual([{ code: 'out_of_range', path: Array.from({ length: LIMITS.maxInputDepth }, () => 'a'), message: MESSAGES.tooDeep }]);
    const cycle: Record<string, unknown> = { name: 'x' };
    cycle['self'] = cycle;
    cycle['again'] = cycle;
    expect(issues(cycle)).toEqual([{ code: 'out_of_range', path: Array.from({ length: LIMITS.maxInputDepth }, () => 'self'), message: MESSAGES.tooDeep }]);
  });

  it(`refuses more than ${LIMITS.maxInputValues} values, a shared value counted each time it is reached`, () => {
    // 8 objects, each referring to the next 50 times: 50^8 (about 4 × 10^13) values, refused after the first million.
    let shared: unknown = 1;
    for (let level = 0; level < 8; level += 1) {
      const next: Record<string, unknown> = {};
      for (let key = 0; key < 50; key += 1) next[`k${key}`] = shared;
      shared = next;
    }
    const found = issues(shared);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ code: 'too_many', message: MESSAGES.tooManyValues });
    // A list longer than the budget is refused before any entry is read.
    const sparse: unknown[] = [];
    sparse.length = LIMITS.maxInputValues + 1;
    expect(issues({ list: sparse })).toEqual([{ code: 'too_many', path: ['list'], message: MESSAGES.tooManyValues }]);
  }, 60_000);

  it('keeps strings, numbers, booleans, null, undefined, bigints, symbols and functions as they are', () => {
    const symbol = Symbol('s');
    const fn = () => 1;
    expect(value(['s', 1, true, null, undefined, 1n, symbol, fn])).toEqual(['s', 1, true, null, undefined, 1n, symbol, fn]);
  });
});
