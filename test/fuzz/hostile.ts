import fc from 'fast-check';
import { project } from '../../src/testing/arbitraries.js';
import { exoticRecipe, isRecipe } from './exotic.js';

/**
 * Hostile inputs: strings with every kind of Unicode and numeric edge,
 * numbers at the edges of floating point, keys that name the prototype chain,
 * deep nesting, long arrays, and valid inputs with one part replaced, removed
 * or added.
 */

/** Strings that look like numbers, dates or amounts, and are not quite. */
const EDGE_STRINGS = [
  '1e400', '-0', '0x10', ' 1 ', '１２３', 'NaN', 'Infinity', '-Infinity', '1e-7', '1E6', '+1', '.5', '5.', '0.0', '00012',
  '1 000', '1_000', '1,000,000', '1,00', '12,5', '3亿', '3,000万元', '三亿', '¥-5', '－1', '−1', '1.2.3', '٣', '𝟙𝟚𝟛',
  '9'.repeat(400), `0.${'0'.repeat(60)}1`, '1000000000000000.01', '1000000000000001', '', ' ', '\u0000', '\uD800', '\uDC00x',
  '\u202E123', '\u200B1', '1\u00A0000', 'null', 'undefined', 'true', '[]', '{}', '__proto__', 'constructor', 'prototype',
  'toString', 'hasOwnProperty', '2018-02-30', '2018-13-01', '0000-01-01', '9999-12-31', '2018-1-1', '2018-01-01T00:00:00Z',
  '=SUM(A1)', '@cmd', '<script>', '../../etc/passwd', 'a'.repeat(10_000),
  // Signs before what an amount reader refuses or takes long over; Chinese units with a trailing number.
  '-1e1000000000', '-1e1000000', '-0x10', '-abc', '--5', '− 5', '-3万', '3万5', '3万500', '3万0500', '3千万', '3亿5000万200',
  '1十万5', '3万亿5', '0万5', '3万5.5', '3 万 5',
];

/** Numbers at the edges. */
const EDGE_NUMBERS = [
  Number.NaN, -0, 0, 1, -1, 0.1, 0.3, 1e-7, 2 ** 53, 2 ** 53 + 2, 1e15, 1e15 + 1, 1e30, -1e30, Number.MAX_VALUE, Number.MIN_VALUE,
  Number.MAX_SAFE_INTEGER, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 123.456789, 2.5, 100_000,
];

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));

/** Any string: edge cases, full Unicode, lone surrogates, digits in other scripts. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...EDGE_STRINGS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.oneof(loneSurrogate, fc.constantFrom('０', '５', '٣', '.', ',', '万', '亿', ' ', '-', 'e')), maxLength: 20 }) },
  { weight: 1, arbitrary: fc.stringMatching(/^-?\d{1,20}(\.\d{0,25})?$/) },
);

export const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(...EDGE_NUMBERS),
  fc.double(),
  fc.integer(),
);

/** An object nested `depth` levels deep under one key. */
export function nested(depth: number, key = 'a'): unknown {
  let value: unknown = {};
  for (let level = 0; level < depth; level += 1) value = { [key]: value };
  return value;
}

/** An object with an own property named like the prototype chain (as JSON.parse makes it). */
export function withOwnKey(key: string, value: unknown): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  Object.defineProperty(object, key, { value, enumerable: true, configurable: true, writable: true });
  return object;
}

/** Any value a JSON file, a form or a careless caller could hand over. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileString },
  { weight: 3, arbitrary: hostileNumber },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined, true, false, [], {}, [[]], [{}]) },
  { weight: 1, arbitrary: fc.constantFrom('__proto__', 'constructor', 'prototype').map((key) => withOwnKey(key, { polluted: true })) },
  { weight: 1, arbitrary: fc.integer({ min: 50, max: 1_000 }).map((depth) => nested(depth)) },
  { weight: 1, arbitrary: fc.integer({ min: 1_000, max: 20_000 }).map((length) => Array.from({ length }, () => 0)) },
);

type Path = Array<string | number>;

/** Every path to a value inside `value` (objects and arrays), the root included. */
export function pathsOf(value: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  out.push(prefix);
  if (isRecipe(value)) return out;
  if (Array.isArray(value)) value.forEach((entry, index) => pathsOf(entry, [...prefix, index], out));
  else if (typeof value === 'object' && value !== null) {
    for (const [key, entry] of Object.entries(value)) pathsOf(entry, [...prefix, key], out);
  }
  return out;
}

/** One change to a valid input. */
export type Mutation =
  | { kind: 'replace'; at: number; value: unknown }
  | { kind: 'remove'; at: number }
  | { kind: 'add'; at: number; key: string; value: unknown };

/** One change whose new values come from `values`. */
function mutationOf(values: fc.Arbitrary<unknown>): fc.Arbitrary<Mutation> {
  return fc.oneof(
    { weight: 5, arbitrary: fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), value: values }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }) },
    {
      weight: 2,
      arbitrary: fc.record({
        kind: fc.constant('add' as const),
        at: fc.nat(),
        key: fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'amount', 'asOf'), fc.string({ maxLength: 8 })),
        value: values,
      }),
    },
  );
}

/** One change to JSON data: what a file can hold. */
export const mutation: fc.Arbitrary<Mutation> = mutationOf(hostileValue);

/** Any value a caller's code can pass: JSON-like hostile values, and exotic ones (getters, Proxies, instances…). */
export const wildValue: fc.Arbitrary<unknown> = fc.oneof({ weight: 3, arbitrary: hostileValue }, { weight: 1, arbitrary: exoticRecipe });

/** One change to a caller's data, exotic values included (materialize the result before use). */
export const wildMutation: fc.Arbitrary<Mutation> = mutationOf(wildValue);

/** A deep copy of JSON-like data that keeps own `__proto__` keys as own keys (and recipes as they are). */
function copy(value: unknown): unknown {
  if (isRecipe(value)) return value;
  if (Array.isArray(value)) return value.map(copy);
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [key, entry] of Object.entries(value)) Object.defineProperty(out, key, { value: copy(entry), enumerable: true, configurable: true, writable: true });
    return out;
  }
  return value;
}

/** Applies mutations to a copy of `input` (the original is left as it was). */
export function mutate(input: unknown, mutations: readonly Mutation[]): unknown {
  let root = copy(input);
  for (const change of mutations) {
    const paths = pathsOf(root);
    const path = paths[change.at % paths.length]!;
    // Values are copied in: generated values are shared between runs, and a run freezes what it is given.
    const value = change.kind === 'remove' ? undefined : copy(change.value);
    if (path.length === 0) {
      if (change.kind === 'replace') root = value;
      else if (change.kind === 'add' && typeof root === 'object' && root !== null && !Array.isArray(root) && !isRecipe(root)) {
        Object.defineProperty(root, change.key, { value, enumerable: true, configurable: true, writable: true });
      }
      continue;
    }
    const parent = path.slice(0, -1).reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], root) as Record<string | number, unknown>;
    const key = path.at(-1)!;
    const target = parent[key];
    if (change.kind === 'replace') parent[key] = value;
    else if (change.kind === 'remove') {
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key];
    } else if (typeof target === 'object' && target !== null && !Array.isArray(target) && !isRecipe(target)) {
      Object.defineProperty(target, change.key, { value, enumerable: true, configurable: true, writable: true });
    }
  }
  return root;
}

/** A valid generated project with one to three hostile changes. */
export const mutatedProject: fc.Arbitrary<unknown> = fc
  .tuple(project, fc.array(mutation, { minLength: 1, maxLength: 3 }))
  .map(([valid, changes]) => mutate(valid, changes));

/** A project that is valid, or valid but for a few hostile changes, or anything at all. */
export const anyProject: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 2, arbitrary: project as fc.Arbitrary<unknown> },
  { weight: 6, arbitrary: mutatedProject },
  { weight: 1, arbitrary: hostileValue },
);

/** The same as a caller's code can pass it, with exotic values anywhere: materialize it before use. */
export const wildProject: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 2, arbitrary: project as fc.Arbitrary<unknown> },
  { weight: 6, arbitrary: fc.tuple(project, fc.array(wildMutation, { minLength: 1, maxLength: 3 })).map(([valid, changes]) => mutate(valid, changes)) },
  { weight: 1, arbitrary: wildValue },
);
