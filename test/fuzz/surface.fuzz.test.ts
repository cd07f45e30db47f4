import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allocateFund, compare, definePolicy, evaluate, evaluateMany, exportPolicy, IncentiveInputError, listPolicies, loadPolicy,
  parseAmount, renderReport, safeEvaluate, toJSON, type Assessment, type BatchResult, type ProjectInput,
} from '../../src/index.js';
import { main } from '../../src/cli/main.js';
import { Decimal } from '../../src/money/decimal.js';
import { sum } from '../../src/money/money.js';
import { isoDate, project } from '../../src/testing/arbitraries.js';
import { checkAssessment } from '../../src/testing/check-policy.js';
import { isExotic, materialize } from './exotic.js';
import { COMMITMENT_PACK } from '../api/commitment-pack.js';
import { anyProject, hostileString, hostileValue, mutate, mutation, wildMutation, wildProject, wildValue } from './hostile.js';
import { deepFreeze, expectNoPollution, expectReadableIssues, resultOrInputError } from './outcome.js';
import { FUZZ_TIMEOUT, runsOf } from './plan.js';
import { yamlData, yamlPolicyText } from './yaml.js';

/**
 * The whole public surface under hostile input: only `IncentiveInputError`
 * escapes, each of its issues names a path that exists in what the caller
 * gave and says what is wrong, every result keeps its caps and sums, the
 * caller's objects are frozen (so any change would throw) and nothing global
 * changes.
 */
const POLICY_IDS = listPolicies().map((policy) => policy.id);
const READINGS = [{}, { majorProject: 'ceiling-only' }, { housingBenefits: 'stack', startupFounder: 'qualified' }, { shanxiTargetMarkets: 'any-market' }, { nanhuCommitments: 'signed-project-only' }];

// Records keyed by the caller (rule ids, parameters, readings): where a mutation adds __proto__ or constructor as a key.
const OVERRIDES = [
  {},
  { 'qingshan-lake-2018/talent-rent': { monthlyCeiling: '2500', months: 48 } },
  { 'jiashan-2023/tiered-funding': { tiers: { base: 'finance.rdSpending', brackets: [{ from: '0', amount: '500000' }, { from: '10000000', amount: '3000000' }] } } },
];
const SCHEDULES = [{}, { 'qingshan-lake-2018/project-co-investment': [{ date: '2021-07-01', share: '0.3' }, { date: '2022-12-31', share: '0.7' }] }];
const validOptions = fc.record(
  {
    policy: fc.constantFrom(...POLICY_IDS),
    asOf: isoDate,
    interpretations: fc.constantFrom(...READINGS),
    overrides: fc.constantFrom(...OVERRIDES),
    schedules: fc.constantFrom(...SCHEDULES),
  },
  { requiredKeys: ['policy'] },
);
/** Options as a caller's code passes them: valid, changed in one or two places (exotic values included), or anything. */
const anyOptions: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: validOptions as fc.Arbitrary<unknown> },
  { weight: 3, arbitrary: fc.tuple(validOptions, fc.array(wildMutation, { minLength: 1, maxLength: 2 })).map(([options, changes]) => mutate(options, changes)) },
  { weight: 1, arbitrary: wildValue },
);

function checkResult(assessment: Assessment): void {
  checkAssessment(assessment);
  const json = JSON.stringify(toJSON(assessment));
  expect(JSON.parse(json)).toBeTypeOf('object');
}

const frozen = <T>(value: T): T => deepFreeze(value);
const it_ = (name: string, body: () => void | Promise<void>) => it(name, body, FUZZ_TIMEOUT);

describe('fuzz: evaluate and safeEvaluate', () => {
  it_('evaluate gives a sound assessment or a readable input error, and changes nothing', () => {
    fc.assert(fc.property(wildProject, anyOptions, (generatedInput, generatedOptions) => {
      const input = frozen(materialize(generatedInput));
      const options = frozen(materialize(generatedOptions));
      const assessment = resultOrInputError(() => evaluate(input as ProjectInput, options as never), { input, options });
      if (assessment) checkResult(assessment);
      expectNoPollution();
    }), runsOf('evaluate'));
  });

  it_('safeEvaluate never throws on input: success with a sound assessment, or the input error', () => {
    fc.assert(fc.property(wildProject, anyOptions, (generatedInput, generatedOptions) => {
      const input = materialize(generatedInput);
      const options = materialize(generatedOptions);
      const result = safeEvaluate(frozen(input) as ProjectInput, frozen(options) as never);
      if (result.success) checkResult(result.data);
      else {
        expect(result.error).toBeInstanceOf(IncentiveInputError);
        expectReadableIssues(result.error, { input, options });
      }
    }), runsOf('safeEvaluate'));
  });
});

describe('fuzz: compare', () => {
  const compareOptions = fc.record(
    { policies: fc.subarray(POLICY_IDS, { minLength: 1 }), asOf: isoDate, interpretations: fc.constantFrom(...READINGS) },
    { requiredKeys: [] },
  );
  const anyCompareOptions: fc.Arbitrary<unknown> = fc.oneof(
    { weight: 4, arbitrary: compareOptions as fc.Arbitrary<unknown> },
    { weight: 3, arbitrary: fc.tuple(compareOptions, fc.array(wildMutation, { minLength: 1, maxLength: 2 })).map(([options, changes]) => mutate(options, changes)) },
    { weight: 1, arbitrary: wildValue },
  );

  it_('gives sound entries, ranked by their cash, or a readable input error', () => {
    fc.assert(fc.property(wildProject, anyCompareOptions, (generatedInput, generatedOptions) => {
      const input = materialize(generatedInput);
      const options = materialize(generatedOptions);
      const comparison = resultOrInputError(() => compare(frozen(input) as ProjectInput, frozen(options) as never), { input, options });
      if (comparison) {
        for (const entry of comparison.entries) {
          checkResult(entry.assessment);
          expect(entry.cash.equals(entry.assessment.totals.cash)).toBe(true);
        }
        const cash = comparison.ranking.map((place) => place.cash);
        for (let index = 1; index < cash.length; index += 1) expect(cash[index - 1]!.greaterThanOrEqualTo(cash[index]!)).toBe(true);
        JSON.stringify(toJSON(comparison));
      }
      expectNoPollution();
    }), runsOf('compare'));
  });
});

describe('fuzz: evaluateMany', () => {
  function checkBatch(inputs: readonly unknown[], results: readonly BatchResult[]): void {
    expect(results.map((result) => result.index)).toEqual(inputs.map((_, index) => index));
    for (const result of results) {
      if (result.ok) checkResult(result.assessment);
      else expectReadableIssues(result.error, { input: inputs[result.index] });
    }
  }

  it_('yields one result per project, in order, each sound or a readable error; bad options throw at once', () => {
    fc.assert(fc.property(fc.array(wildProject, { maxLength: 6 }), anyOptions, (generatedInputs, generatedOptions) => {
      const inputs = frozen(generatedInputs.map(materialize));
      const options = materialize(generatedOptions);
      const results = resultOrInputError(() => [...evaluateMany(inputs, frozen(options) as never)], { input: undefined, options });
      if (results) checkBatch(inputs, results);
      expectNoPollution();
    }), runsOf('evaluateMany'));
  });

  it_('does the same from an async iterable', async () => {
    await fc.assert(fc.asyncProperty(fc.array(wildProject, { maxLength: 6 }), validOptions, async (generatedInputs, options) => {
      const inputs = generatedInputs.map(materialize);
      // An iterator by hand: an async generator would itself await (and so run the traps of) what it yields.
      const stream = () => ({
        [Symbol.asyncIterator]: () => {
          let at = 0;
          return { next: async () => (at < inputs.length ? { done: false, value: inputs[at++] } : { done: true, value: undefined }) };
        },
      });
      const batch = resultOrInputError(() => evaluateMany(stream(), options as never), { input: undefined, options });
      if (!batch) return;
      const results: BatchResult[] = [];
      for await (const result of batch) results.push(result);
      checkBatch(inputs, results);
    }), runsOf('evaluateManyAsync'));
  });
});

describe('fuzz: allocateFund', () => {
  const claim = fc.record({ id: fc.string({ minLength: 1, maxLength: 6 }), amount: fc.oneof(fc.integer({ min: 0, max: 10 ** 9 }).map(String), hostileValue) });
  const validAllocation = fc.record({
    claims: fc.uniqueArray(fc.record({ id: fc.string({ minLength: 1, maxLength: 6 }), amount: fc.integer({ min: 0, max: 10 ** 9 }).map(String) }), { selector: (entry) => entry.id, maxLength: 8 }),
    options: fc.record(
      {
        pool: fc.oneof(
          fc.integer({ min: 0, max: 2 * 10 ** 9 }).map(String),
          fc.constantFrom('qingshan-lake-2018/annual-fund', { perYear: '1000000' }, { byYear: { 2019: '1000000', 2020: '5' } }),
        ),
        method: fc.constantFrom('pro-rata', 'first-come', 'priority'),
        // A record keyed by claim ids: where a mutation adds __proto__ or constructor as a key.
        tiers: fc.constantFrom({ a: 1, b: 2 }, {}),
      },
      { requiredKeys: ['pool', 'method'] },
    ),
  });
  const anyAllocation: fc.Arbitrary<{ claims: unknown; options: unknown }> = fc.oneof(
    { weight: 3, arbitrary: validAllocation as fc.Arbitrary<{ claims: unknown; options: unknown }> },
    { weight: 3, arbitrary: fc.tuple(validAllocation, fc.array(wildMutation, { minLength: 1, maxLength: 2 })).map(([valid, changes]) => mutate(valid, changes) as { claims: unknown; options: unknown }) },
    { weight: 1, arbitrary: fc.record({ claims: fc.oneof(fc.array(claim, { maxLength: 5 }), wildValue), options: wildValue }) },
  );

  it_('allocates exactly min(pool, claimed), never more than a claim, or gives a readable input error', () => {
    fc.assert(fc.property(anyAllocation, (generated) => {
      const raw = materialize(generated) as { claims: unknown; options: unknown } | null;
      const value = raw !== null && typeof raw === 'object' && !isExotic(raw) && !Array.isArray(raw) ? raw : { claims: raw, options: undefined };
      frozen(value);
      const allocation = resultOrInputError(() => allocateFund(value.claims as never, value.options as never), { input: { claims: value.claims }, options: value.options });
      if (allocation) {
        expect(allocation.total.equals(Decimal.min(allocation.pool, allocation.claimed)) || allocation.years !== undefined).toBe(true);
        expect(sum(allocation.allocations.map((entry) => entry.amount)).equals(allocation.total)).toBe(true);
        expect(allocation.unallocated.equals(allocation.pool.minus(allocation.total))).toBe(true);
        for (const entry of allocation.allocations) {
          expect(entry.amount.isNegative()).toBe(false);
          expect(entry.amount.lessThanOrEqualTo(entry.claimed)).toBe(true);
          expect(entry.amount.decimalPlaces()).toBeLessThanOrEqual(2);
        }
      }
      expectNoPollution();
    }), runsOf('allocateFund'));
  });
});

describe('fuzz: definePolicy and loadPolicy', () => {
  // The built-in packs, and a pack with commitments (which none of them states), for the mutations to reach every field.
  const exported = [...POLICY_IDS.map((id) => exportPolicy(id)), exportPolicy(definePolicy(COMMITMENT_PACK))];
  const mutatedDefinition = fc.tuple(fc.constantFrom(...exported), fc.array(mutation, { minLength: 1, maxLength: 3 })).map(([definition, changes]) => mutate(definition, changes));
  const wildDefinition = fc.tuple(fc.constantFrom(...exported), fc.array(wildMutation, { minLength: 1, maxLength: 3 })).map(([definition, changes]) => mutate(definition, changes));

  function checkPack(pack: ReturnType<typeof definePolicy>, sample: ProjectInput): void {
    const assessment = resultOrInputError(() => evaluate(sample, { policy: pack }), { input: sample });
    if (assessment) checkResult(assessment);
  }

  it_('definePolicy gives a pack that assesses soundly, or a readable input error', () => {
    fc.assert(fc.property(fc.oneof({ weight: 5, arbitrary: wildDefinition }, { weight: 1, arbitrary: wildValue }), project, (generated, sample) => {
      const definition = materialize(generated);
      const pack = resultOrInputError(() => definePolicy(frozen(definition) as never), { input: definition });
      if (pack) checkPack(pack, sample);
      expectNoPollution();
    }), runsOf('definePolicy'));
  });

  it_('loadPolicy reads any text, JSON or YAML: a pack, or a readable input error', () => {
    const text = fc.oneof(
      { weight: 3, arbitrary: mutatedDefinition.map((definition) => JSON.stringify(definition) ?? 'undefined') },
      { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...exported), fc.nat(), hostileString).map(([definition, at, noise]) => {
        const json = JSON.stringify(definition);
        const cut = at % json.length;
        return `${json.slice(0, cut)}${noise}${json.slice(cut + 1)}`;
      }) },
      { weight: 1, arbitrary: hostileString },
      { weight: 1, arbitrary: fc.integer({ min: 1_000, max: 200_000 }).map((depth) => `${'['.repeat(depth)}${']'.repeat(depth)}`) },
      { weight: 3, arbitrary: yamlPolicyText(exported) },
    );
    fc.assert(fc.property(text, project, (json, sample) => {
      // The data the text holds, read as loadPolicy reads it (JSON when it begins with { or [, YAML otherwise).
      let parsed: unknown;
      try {
        parsed = /^\s*[{[]/.test(json) ? JSON.parse(json) : yamlData(json);
      } catch {
        parsed = undefined;
      }
      const pack = resultOrInputError(() => loadPolicy(json), { input: parsed });
      if (pack) checkPack(pack, sample);
      expectNoPollution();
    }), runsOf('loadPolicy'));
  });
});

describe('fuzz: parseAmount', () => {
  it_('reads a non-negative amount exactly, or gives a readable input error at the root', () => {
    fc.assert(fc.property(fc.oneof(hostileString, wildValue), (generated) => {
      const text = materialize(generated);
      const amount = resultOrInputError(() => parseAmount(text as string), { input: text });
      if (amount) {
        expect(amount.isFinite()).toBe(true);
        expect(amount.isNegative()).toBe(false);
        expect(amount.lessThanOrEqualTo('1000000000000000')).toBe(true);
      }
    }), runsOf('parseAmount'));
  });
});

describe('fuzz: the command line', () => {
  const COMMANDS = ['evaluate', 'compare', 'policies', 'schema', 'explain'];
  const FLAGS = ['--policy', '--policies', '--as-of', '--interpret', '--override', '--format', '--locale', '--policy-definition', '--help', '-p', '-f', '-l', '-i', '-o', '--nope'];
  const flagValue = fc.oneof(fc.constantFrom(...POLICY_IDS, 'json', 'csv', 'markdown', 'text', 'zh', 'en', '2020-01-01', 'majorProject=ceiling-only', 'qingshan-lake-2018/talent-rent.months=48'), hostileString.filter((value) => !value.includes('/') && !value.startsWith('.')));
  const argv = fc.tuple(
    fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...COMMANDS) }, { weight: 1, arbitrary: hostileString }),
    fc.array(fc.oneof(fc.constantFrom(...FLAGS), flagValue), { maxLength: 6 }),
    fc.constantFrom(['-'], ['no-such-project.json'], [], ['qingshan-lake-2018/project-co-investment']),
  ).map(([command, flags, positional]) => [command, ...positional, ...flags]);
  const stdin = fc.oneof(anyProject.map((value) => JSON.stringify(value) ?? ''), hostileString);

  /** An evaluation or comparison whose last format flag says json, without --help (which prints the help instead). */
  function asksForJson(args: readonly string[]): boolean {
    if (args[0] !== 'evaluate' && args[0] !== 'compare') return false;
    if (args.includes('--help') || args.includes('-h')) return false;
    let format: string | undefined;
    args.forEach((arg, at) => {
      if ((arg === '--format' || arg === '-f') && at + 1 < args.length) format = args[at + 1];
    });
    return format === 'json';
  }

  it_('exits 0, 1 (invalid input) or 2 (usage), never with an internal error or a stack trace', () => {
    fc.assert(fc.property(argv, stdin, (args, text) => {
      let out = '';
      let err = '';
      const status = main(args, { stdout: (chunk) => { out += chunk; }, stderr: (chunk) => { err += chunk; }, readStdin: () => text, stdinIsTty: false });
      expect([0, 1, 2], `status ${status}: ${err}`).toContain(status);
      expect(err).not.toMatch(/internal error|\n\s+at /);
      if (status === 0) expect(out.length).toBeGreaterThan(0);
      if (status !== 0) expect(err.length).toBeGreaterThan(0);
      if (status === 0 && asksForJson(args)) expect(() => JSON.parse(out)).not.toThrow();
    }), runsOf('cli'));
  });
});

describe('fuzz: reports', () => {
  it_('renders every sound assessment in every format and locale', () => {
    fc.assert(fc.property(project, fc.constantFrom(...POLICY_IDS), fc.constantFrom('text', 'markdown', 'csv', 'json'), fc.constantFrom('en', 'zh'), (input, policy, format, locale) => {
      const text = renderReport(evaluate(input, { policy: policy as never }), { format: format as 'text', locale: locale as 'en' });
      expect(text.length).toBeGreaterThan(0);
      expect(text).not.toMatch(/undefined|NaN|\[object Object\]/);
    }), runsOf('reports'));
  });
});
