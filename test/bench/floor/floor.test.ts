import { describe, expect, it } from 'vitest';
import { evaluate, IncentiveInputError, toJSON } from '../../../src/index.js';
import { issueResult } from '../../../src/engine/results.js';
import { isDecimal } from '../../../src/money/decimal.js';
import { decimalOfCents } from '../../../src/money/cents.js';
import { centsDecimal } from './decimals.js';
import { plainAssessment } from '../../oracle/plain.js';
import { REPRESENTATIVE_PROJECT } from '../representative.js';
import { floorEvaluate, NotMyShape } from './floor.js';
import { generatedProjects } from './generated.js';
import { VARIATIONS } from './variations.js';

const { options } = REPRESENTATIVE_PROJECT;

/** Every object reachable from a value, each item's formula, trace and schedule read, each Decimal's digits included. */
function unfrozen(value: unknown, path = '$', seen = new Set<object>()): string[] {
  if (typeof value !== 'object' || value === null || seen.has(value)) return [];
  seen.add(value);
  const found = Object.isFrozen(value) ? [] : [path];
  if (isDecimal(value)) return Object.isFrozen((value as unknown as { d: object }).d) ? found : [...found, `${path}.d`];
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) found.push(...unfrozen(record[key], `${path}.${key}`, seen));
  if ('ruleId' in record) for (const key of ['formula', 'trace', 'schedule']) found.push(...unfrozen(record[key], `${path}.${key}`, seen));
  return found;
}

/** A deep copy of plain input data, to tell whether a call changed what it was given. */
const copyOf = <T>(value: T): T => structuredClone(value);

describe('the floor prototype of a compiled engine', () => {
  const covered = VARIATIONS.filter(([, project]) => {
    try {
      floorEvaluate(project, options);
      return true;
    } catch (error) {
      if (error instanceof NotMyShape) return false;
      throw error;
    }
  });

  it('covers the representative project and most of its variations (what it refuses, a compiled engine would evaluate by the general path)', () => {
    expect(covered.map(([name]) => name)).toContain('the representative project');
    expect(covered.length).toBeGreaterThanOrEqual(20);
  });

  it.each(covered)('gives what evaluate gives: %s (plainAssessment, every field, formula, trace and schedule read)', (_, project) => {
    expect(plainAssessment(floorEvaluate(project, options))).toStrictEqual(plainAssessment(evaluate(project, options)));
  });

  it.each(covered)('gives the same toJSON as evaluate: %s', (_, project) => {
    // The library's toJSON takes only results it issued: the prototype's, frozen whole already, is registered as it is.
    const floor = floorEvaluate(project, options);
    expect(JSON.stringify(toJSON(issueResult(floor) as never))).toBe(JSON.stringify(toJSON(evaluate(project, options))));
  });

  it.each(covered)('has the same Object.keys order as evaluate at every depth: %s', (_, project) => {
    const keys = (value: unknown): unknown =>
      typeof value !== 'object' || value === null || isDecimal(value) ? typeof value
        : Array.isArray(value) ? value.map(keys) : Object.fromEntries(Object.keys(value).map((key) => [key, keys((value as Record<string, unknown>)[key])]));
    const orders = (assessment: { items: readonly object[] }) => JSON.stringify([keys(assessment), assessment.items.map((item) => Object.keys(item))]);
    expect(orders(floorEvaluate(project, options))).toBe(orders(evaluate(project, options)));
  });

  it.each(covered)('returns a result frozen at every depth, computed parts included, and changes nothing it was given: %s', (_, project) => {
    const before = copyOf(project);
    expect(unfrozen(floorEvaluate(project, options))).toEqual([]);
    expect(project).toStrictEqual(before);
  });

  it('gives what evaluate gives on 300 generated projects of the batch (plainAssessment and toJSON)', () => {
    let compared = 0;
    for (const project of generatedProjects(300, 7)) {
      const floor = floorEvaluate(project, options);
      const assessment = evaluate(project as never, options);
      expect(plainAssessment(floor)).toStrictEqual(plainAssessment(assessment));
      expect(JSON.stringify(toJSON(issueResult(floor) as never))).toBe(JSON.stringify(toJSON(assessment)));
      compared += 1;
    }
    expect(compared).toBe(300);
  }, 120_000);

  it('reads each field of the input once: a getter that changes between reads gives what its one reading said', () => {
    let reads = 0;
    const investment = {
      get actual() {
        reads += 1;
        return reads === 1 ? '380000000.55' : 'not an amount';
      },
      infrastructure: '62000000.37',
    };
    const project = { ...REPRESENTATIVE_PROJECT.project, investment };
    const floor = floorEvaluate(project, options);
    expect(reads).toBe(1);
    expect(plainAssessment(floor)).toStrictEqual(plainAssessment(evaluate(REPRESENTATIVE_PROJECT.project, options)));
  });

  it('refuses, as not its shape, what evaluate refuses as invalid (the general path gives the errors)', () => {
    const invalid = [
      { ...REPRESENTATIVE_PROJECT.project, investment: { actual: '-1' } },
      { ...REPRESENTATIVE_PROJECT.project, investment: { actual: '100', infrastructure: '200' } },
      { ...REPRESENTATIVE_PROJECT.project, asOf: '2022-02-30' },
      { ...REPRESENTATIVE_PROJECT.project, nam: 'typo' },
      { ...REPRESENTATIVE_PROJECT.project, talents: [...REPRESENTATIVE_PROJECT.project.talents!, { name: 'Founder', qualified: true }] },
    ];
    for (const project of invalid) {
      expect(() => evaluate(project as never, options)).toThrow(IncentiveInputError);
      expect(() => floorEvaluate(project, options)).toThrow(NotMyShape);
    }
  });
});

describe('the floor prototype\'s Decimals', () => {
  it('are built as decimalOfCents builds them: the same fields, the same value, frozen with their digits', () => {
    let state = 11;
    const next = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0);
    const samples = [0, 1, 9, 10, 99, 100, 101, 1_000_000_000, 1_000_000_001, 9_999_999_999, 10_000_000_000, 38_000_000_055, 2 ** 53 - 1, 1e16 - 1];
    // Every size of amount, from cents to 10^16: a random mantissa at a random power of ten.
    for (let i = 0; i < 200_000; i += 1) samples.push(Math.floor((next() / 2 ** 32) * 10 ** (1 + (next() % 16))));
    for (const cents of samples) {
      const built = centsDecimal(cents) as unknown as { s: number; e: number; d: number[] };
      const expected = decimalOfCents(cents) as unknown as { s: number; e: number; d: number[] };
      if (built.s !== expected.s || built.e !== expected.e || built.d.join() !== expected.d.join() || !Object.isFrozen(built) || !Object.isFrozen(built.d)) {
        expect({ cents, s: built.s, e: built.e, d: built.d }).toEqual({ cents, s: expected.s, e: expected.e, d: expected.d });
      }
    }
  }, 60_000);
});
