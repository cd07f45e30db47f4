import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import { IncentiveInputError } from '../../src/index.js';
import * as core from '../../src/core/index.js';

/**
 * Every export of the package, given a wrong kind of value in every argument
 * position (the others valid, and then all of them wrong at once), returns a
 * result or throws an `IncentiveInputError` with readable issues: never a
 * TypeError, a RangeError or anything raw. The list of exports is checked
 * against the package itself, so a new export fails here until it is covered.
 */
const policy = 'qingshan-lake-2018';
const project = { name: 'P', asOf: '2019-01-01', investment: { actual: '250000000' } };
const assessment = api.evaluate(project, { policy });
const definition = api.exportPolicy(policy);

/** How to call an export: the arguments of a valid call, one per position tried. */
type Call = { valid: () => unknown[]; construct?: true };

const FUNCTIONS: Record<string, Call> = {
  evaluate: { valid: () => [project, { policy }] },
  safeEvaluate: { valid: () => [project, { policy }] },
  evaluateMany: { valid: () => [[project], { policy }] },
  compare: { valid: () => [project, { policies: [policy] }] },
  listPolicies: { valid: () => [{}] },
  presentValue: { valid: () => [assessment, { rate: '0.05' }] },
  allocateFund: { valid: () => [[{ id: 'a', amount: '1' }], { pool: '1', method: 'pro-rata' }] },
  // No argument: a wrong one in the first position must be ignored.
  listFundPools: { valid: () => [undefined] },
  diff: { valid: () => [assessment, assessment] },
  sweep: { valid: () => [project, { policy, path: 'investment.actual', from: 0, to: '1', steps: 1 }] },
  breakpoints: { valid: () => [project, policy, 'investment.actual', {}] },
  opportunities: { valid: () => [project, { policy }] },
  definePolicy: { valid: () => [definition] },
  loadPolicy: { valid: () => [JSON.stringify(definition)] },
  exportPolicy: { valid: () => [policy] },
  sourceCoverage: { valid: () => [policy] },
  parseAmount: { valid: () => ['3万'] },
  formatAmount: { valid: () => ['1', {}] },
  policyJsonSchema: { valid: () => [undefined] },
  projectJsonSchema: { valid: () => [{ policy }] },
  toJSON: { valid: () => [assessment] },
  renderReport: { valid: () => [assessment, {}] },
  IncentiveInputError: { valid: () => [[]], construct: true },
};

const BLOCKS: Record<string, Call> = {
  cappedShare: { valid: () => [{ rate: 'rate', base: 'investment.eligible' }] },
  flatCeiling: { valid: () => [{ ceiling: 'ceiling' }] },
  perPeriod: { valid: () => [{ perPeriodCeiling: 'c', maxPeriods: 'm', periodAmount: 'talent.rent.monthly', start: 'talent.rent.start' }] },
  interestSubsidy: { valid: () => [{ ceiling: 'ceiling' }] },
  tiered: { valid: () => [{ ceiling: 'ceiling', tiers: 'tiers' }] },
  perUnit: { valid: () => [{ perUnit: 'perHire', units: 'my-district/new-hires' }] },
  steppedPeriods: { valid: () => [{ period: 'month', start: 'my-district/start', base: 'my-district/rent', steps: [{ length: 'months', rate: 'rate' }] }] },
  yearlyShare: { valid: () => [{ base: 'my-district/tax', start: 'my-district/start', steps: [{ years: 'years', rate: 'rate' }] }] },
  thresholdExcess: { valid: () => [{ base: 'my-district/output', threshold: 'threshold', rate: 'rate' }] },
  unquantified: { valid: () => ['An offer'] },
  byInterpretation: { valid: () => ['reading', { a: { block: 'unquantified', offer: 'x' } }] },
  cases: { valid: () => [[], { block: 'unquantified', offer: 'x' }] },
  oneOf: { valid: () => [{ id: 'one', rules: ['a', 'b'] }] },
  sharedCap: { valid: () => [{ id: 'cap', rules: ['a'], cap: '1', citation: { document: 'd', quote: 'q' } }] },
};

/**
 * Exports that are not functions of the library: zod's schemas keep zod's contract (`parse` throws a
 * ZodError); the built-in packs are values.
 */
const NOT_CALLED = new Set(['projectSchema', 'policyDefinitionSchema', 'blocks', 'qingshanLake2018', 'shanxi2021', 'nanhu2022', 'jiashan2023', 'lishui2024']);

/** The functions of `chip-incentives/core`: the policy is a pack. */
const CORE_FUNCTIONS: Record<string, Call> = {
  evaluate: { valid: () => [project, { policy: api.qingshanLake2018 }] },
  safeEvaluate: { valid: () => [project, { policy: api.qingshanLake2018 }] },
  evaluateMany: { valid: () => [[project], { policy: api.qingshanLake2018 }] },
  toJSON: { valid: () => [assessment] },
  IncentiveInputError: { valid: () => [[]], construct: true },
};

const throwing = () => {
  throw new Error('a trap');
};
const TRAPS = ['get', 'has', 'ownKeys', 'getOwnPropertyDescriptor', 'getPrototypeOf', 'set', 'defineProperty', 'deleteProperty', 'apply', 'construct'];

/** The wrong kinds of value, fresh for each call (a frozen object or a Proxy may be shared by nothing). */
const WRONG: Record<string, () => unknown> = {
  'null': () => null,
  'undefined': () => undefined,
  'a number': () => 42,
  'a string': () => 'not this',
  'an empty list': () => [],
  'an empty object': () => ({}),
  'a Proxy whose every trap throws': () => new Proxy({}, Object.fromEntries(TRAPS.map((trap) => [trap, throwing]))),
  'a revoked Proxy': () => {
    const revocable = Proxy.revocable({}, {});
    revocable.revoke();
    return revocable.proxy;
  },
  'a frozen object': () => Object.freeze({ name: Object.freeze(['frozen']), policy: Object.freeze({}) }),
  'a class instance': () => new (class Widget {
    name = 'widget';
    get policy(): never {
      return throwing();
    }
  })(),
};

/** Runs a call to the end (a batch is iterated): it may return, or throw an input error, nothing else. */
async function outcome(call: () => unknown): Promise<string> {
  try {
    const result = call();
    if (result !== null && typeof result === 'object' && Symbol.asyncIterator in result) {
      for await (const _ of result as AsyncIterable<unknown>);
    } else if (result !== null && typeof result === 'object' && Symbol.iterator in result && !Array.isArray(result)) {
      for (const _ of result as Iterable<unknown>);
    }
    return 'result';
  } catch (error) {
    if (!(error instanceof IncentiveInputError)) return `${(error as Error)?.name}: ${(error as Error)?.message}`;
    const readable = error.issues.length > 0 && error.issues.every((issue) => issue.path.every((part) => typeof part === 'string') && issue.message.length > 10);
    return readable ? 'input error' : 'an input error without readable issues';
  }
}

function invoke(target: (...args: unknown[]) => unknown, call: Call, args: unknown[]): unknown {
  return call.construct ? new (target as unknown as new (...a: unknown[]) => unknown)(...args) : target(...args);
}

/** Every case: each wrong value in each position, the others valid; and every position wrong at once. */
function cases(name: string, target: (...args: unknown[]) => unknown, call: Call): Array<[string, () => unknown]> {
  const positions = call.valid().length;
  const single = Object.entries(WRONG).flatMap(([kind, make]) =>
    Array.from({ length: positions }, (_, position): [string, () => unknown] => [
      `${name}: ${kind} as argument ${position + 1}`,
      () => invoke(target, call, call.valid().map((value, at) => (at === position ? make() : value))),
    ]));
  const all = Object.entries(WRONG).map(([kind, make]): [string, () => unknown] => [
    `${name}: ${kind} in every position`,
    () => invoke(target, call, Array.from({ length: positions }, make)),
  ]);
  return [...single, ...all];
}

const exported = api as unknown as Record<string, unknown>;
const coreExported = core as unknown as Record<string, (...args: unknown[]) => unknown>;
const blocks = api.blocks as unknown as Record<string, (...args: unknown[]) => unknown>;
const ALL_CASES = [
  ...Object.entries(FUNCTIONS).flatMap(([name, call]) => cases(name, exported[name] as (...args: unknown[]) => unknown, call)),
  ...Object.entries(CORE_FUNCTIONS).flatMap(([name, call]) => cases(`core ${name}`, coreExported[name]!, call)),
  ...Object.entries(BLOCKS).flatMap(([name, call]) => cases(`blocks.${name}`, blocks[name]!, call)),
];

describe('every export, given the wrong kind of argument', () => {
  it('covers every export of the package and every block, and calls each validly without an error', async () => {
    expect(Object.keys(api).sort()).toEqual([...Object.keys(FUNCTIONS), ...NOT_CALLED].sort());
    expect(Object.keys(api.blocks).sort()).toEqual(Object.keys(BLOCKS).sort());
    for (const [name, call] of Object.entries(FUNCTIONS)) {
      expect(await outcome(() => invoke(exported[name] as (...args: unknown[]) => unknown, call, call.valid())), name).toBe('result');
    }
    for (const [name, call] of Object.entries(BLOCKS)) expect(await outcome(() => blocks[name]!(...call.valid())), name).toBe('result');
    expect(Object.keys(core).sort()).toEqual(Object.keys(CORE_FUNCTIONS).sort());
    for (const [name, call] of Object.entries(CORE_FUNCTIONS)) expect(await outcome(() => invoke(coreExported[name]!, call, call.valid())), `core ${name}`).toBe('result');
  });

  it(`returns a result or throws an IncentiveInputError, in all ${ALL_CASES.length} cases`, async () => {
    const failures: string[] = [];
    for (const [label, call] of ALL_CASES) {
      const found = await outcome(call);
      if (found !== 'result' && found !== 'input error') failures.push(`${label}: ${found}`);
    }
    expect(failures).toEqual([]);
  }, 120_000);
});
