import { describe, expect, it } from 'vitest';
import { definePolicy, evaluate, IncentiveInputError, listPolicies, type PolicyId } from '../../src/index.js';
import { Decimal } from '../../src/money/decimal.js';
import { checkPolicy } from '../../src/testing/index.js';
import { checkAssessment } from '../../src/testing/check-policy.js';

describe('checkPolicy', () => {
  it('passes every built-in pack', () => {
    for (const policy of listPolicies()) {
      const report = checkPolicy(policy.id as PolicyId, { runs: 30, seed: 7 });
      expect(report.runs).toBe(30);
      expect(report.properties.length).toBeGreaterThan(5);
    }
  });

  it('passes a user\'s pack', () => {
    const pack = definePolicy({
      id: 'mini', name: 'Mini', jurisdiction: { level: 'city', name: 'Mini' }, source: { document: 'letter', published: '2015-01-01' },
      rules: [{
        id: 'rent', label: 'Rent', instrument: 'rent-subsidy', scope: 'talent',
        concerns: { fact: 'talent.rent.monthly', present: true },
        citation: { document: 'letter', quote: 'Up to 1,500 a month for two years.' },
        parameters: { monthly: { value: 1500, unit: 'CNY/month' }, months: { value: 24, unit: 'months' } },
        amount: { block: 'per-period', perPeriodCeiling: { param: 'monthly' }, maxPeriods: { param: 'months' }, periodAmount: { fact: 'talent.rent.monthly' }, periods: { fact: 'talent.rent.months' }, start: { fact: 'talent.rent.start' } },
      }],
    });
    expect(checkPolicy(pack, { runs: 50 }).policy).toBe('mini');
  });

  it('catches an assessment that breaks a property', () => {
    const assessment = evaluate({ name: 'x', asOf: '2019-01-01', investment: { actual: '500000000' } }, { policy: 'qingshan-lake-2018' });
    const item = assessment.items[0]!;
    if (item.status === 'unquantified') throw new Error('unexpected');
    const tampered = { ...assessment, items: [{ ...item, amount: new Decimal('30000000.01') }, ...assessment.items.slice(1)] };
    expect(() => checkAssessment(tampered)).toThrow(/cap ceiling/);
    const badTotals = { ...assessment, totals: { ...assessment.totals, cash: new Decimal(1) } };
    expect(() => checkAssessment(badTotals)).toThrow(/totals/);
  });
});

describe('checkPolicy, given bad arguments', () => {
  /** The issues of the input error a call throws, as `code path` lines. */
  function issuesOf(call: () => unknown): string[] {
    try {
      call();
    } catch (error) {
      expect(error).toBeInstanceOf(IncentiveInputError);
      return (error as IncentiveInputError).issues.map((issue) => `${issue.code} ${issue.path.join('.')}`);
    }
    throw new Error('no error thrown');
  }
  const check = checkPolicy as (policy: unknown, options?: unknown) => unknown;

  it('reports an unknown policy, or a value that is not a pack, as an input error before generating anything', () => {
    for (const policy of ['no-such-pack', '', 42, null, undefined, {}, [], { id: 'mini', name: 'Mini', definition: {} }]) {
      expect(issuesOf(() => check(policy))).toEqual(['unknown_option policy']);
    }
  });

  it('reports bad options, every one at once', () => {
    expect(issuesOf(() => check('qingshan-lake-2018', { runs: -1, seed: 'x', rnus: 3 }))).toEqual([
      'unknown_field options.rnus', 'out_of_range options.runs', 'invalid_type options.seed',
    ]);
    for (const runs of [0, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 1_000_001]) expect(issuesOf(() => check('qingshan-lake-2018', { runs }))).toEqual(['out_of_range options.runs']);
    for (const runs of ['x', '10', null, 10n]) expect(issuesOf(() => check('qingshan-lake-2018', { runs }))).toEqual(['invalid_type options.runs']);
    for (const seed of [1.5, 2 ** 31, -(2 ** 31) - 1]) expect(issuesOf(() => check('qingshan-lake-2018', { seed }))).toEqual(['out_of_range options.seed']);
    for (const options of [null, 5, 'runs', []]) expect(issuesOf(() => check('qingshan-lake-2018', options))).toEqual(['invalid_type options']);
    expect(issuesOf(() => check('no-such-pack', { runs: 'x' }))).toEqual(['unknown_option policy', 'invalid_type options.runs']);
  });

  it('names the option meant by a misspelt one', () => {
    expect(() => check('qingshan-lake-2018', { sead: 1 })).toThrow(/options\.sead: Unknown field .*Did you mean "seed"\?/);
  });

  it('turns options that throw while they are read into an input error', () => {
    const getter = Object.defineProperty({}, 'runs', { enumerable: true, get: () => { throw new Error('boom'); } });
    const proxy = new Proxy({}, { ownKeys: () => { throw new Error('boom'); } });
    for (const options of [getter, proxy]) expect(issuesOf(() => check('qingshan-lake-2018', options))).toEqual(['invalid_type options']);
  });

  it('accepts the extreme seeds and a single run', () => {
    for (const seed of [-(2 ** 31), 0, 2 ** 31 - 1]) expect(checkPolicy('nanhu-2022', { runs: 1, seed }).runs).toBe(1);
  });
});
