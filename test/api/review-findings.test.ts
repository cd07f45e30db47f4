import { describe, expect, it } from 'vitest';
import {
  allocateFund, blocks, definePolicy, evaluate, exportPolicy, formatAmount, loadPolicy, parseAmount, projectSchema, renderReport,
  sweep, type PolicyDefinitionInput, type ProjectInput,
} from '../../src/index.js';
import { amountString, money } from '../../src/testing/index.js';
import { LIMITS } from '../../src/schema/limits.js';
import { MESSAGES } from '../../src/schema/messages.js';
import { issuesOf } from '../helpers.js';
import { runMain } from '../cli/run-main.js';

/**
 * Each finding of a review of the built package, as the reviewer reproduced
 * it: the promise is an `IncentiveInputError` (or a correct result), at
 * once, and nothing else.
 */
const policy = 'qingshan-lake-2018' as const;
const project = { name: 'P', asOf: '2019-01-01', investment: { actual: '250000000' } };

describe('objects whose keys are made as they are listed', { timeout: 60_000 }, () => {
  it('are refused before a key is listed: a typed array, a String object', () => {
    // Under the old code Object.keys listed 10^8 index keys (minutes, then out of memory) before any limit was checked.
    const named = (name: unknown) => issuesOf(() => evaluate({ ...project, name } as unknown as ProjectInput, { policy }));
    expect(named(new Uint8Array(1e8))).toEqual([
      { code: 'invalid_type', path: 'name', message: MESSAGES.notPlainData('binary data (a typed array or a DataView)') },
    ]);
    expect(named(new String('x'.repeat(3e7)))).toEqual([
      { code: 'invalid_type', path: 'name', message: MESSAGES.notPlainData('a String object (new String(…)): pass the text itself') },
    ]);
  });
});

describe('JSON text nested past the depth limit', { timeout: 60_000 }, () => {
  // The path the reader of the parsed value gives: the index of the one entry of each of the 64 lists.
  const pastTheLimit = { code: 'out_of_range', path: Array.from({ length: LIMITS.maxInputDepth }, () => '0').join('.'), message: MESSAGES.tooDeep };
  it('is refused before it is parsed', () => {
    // Two million nested lists took JSON.parse 7-9 s (and 16 million a minute and 1.6 GB) before the depth was checked.
    const deep = `${'['.repeat(2_000_000)}${']'.repeat(2_000_000)}`;
    expect(issuesOf(() => loadPolicy(deep))).toEqual([pastTheLimit]);
    // Brackets inside strings are text, not nesting: a definition quoting 100 of them is read as usual.
    const quoting = { ...exportPolicy(policy) } as PolicyDefinitionInput & { name: { en: string; zh: string } };
    quoting.name = { en: `${'['.repeat(100)} "\\" ${'{'.repeat(100)}`, zh: '引' };
    expect(loadPolicy(JSON.stringify(quoting)).name).toBe(quoting.name.en);
  });

  it('is refused at exactly one level past the limit, and read at the limit', () => {
    const nested = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;
    expect(issuesOf(() => loadPolicy(nested(LIMITS.maxInputDepth + 1)))).toEqual([pastTheLimit]);
    // Keys and later entries are followed: the path names the value that is too deep.
    const keyed = `[1, "[", {"a\\"]": ${nested(LIMITS.maxInputDepth - 1)}}]`;
    expect(issuesOf(() => loadPolicy(keyed))[0]!.path).toBe(['2', 'a"]', ...Array.from({ length: LIMITS.maxInputDepth - 2 }, () => '0')].join('.'));
    // At the limit the text parses, and the definition (a list, not an object) is refused as such.
    expect(issuesOf(() => loadPolicy(nested(LIMITS.maxInputDepth)))[0]!.code).toBe('invalid_type');
  });
});

describe('JSON output', () => {
  it('escapes C1 controls, bidi controls and line separators, and parses to the same value', () => {
    const name = 'a\u0085b\u009bc\u202ed\u2066e\u2028f\u2029g';
    const assessment = evaluate({ ...project, name }, { policy });
    const json = renderReport(assessment, { format: 'json' });
    // Under the old code JSON.stringify left these nine characters raw.
    expect(json).not.toMatch(/[\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/);
    expect(json).toContain('a\\u0085b\\u009bc\\u202ed\\u2066e\\u2028f\\u2029g');
    expect((JSON.parse(json) as { project: { name: string } }).project.name).toBe(name);
  });

  it('is written escaped by the command line too', () => {
    const run = runMain(['evaluate', '-', '-p', policy, '--format', 'json'], { stdin: JSON.stringify({ ...project, name: 'x\u202ey' }) });
    expect(run.status).toBe(0);
    expect(run.out).toContain('x\\u202ey');
    expect(run.out).not.toContain('\u202e');
  });
});

describe('unknown keys in what is read by hand', () => {
  it('are refused in a tier bracket, with a did-you-mean, and a constructor key with them', () => {
    const overrides = {
      'jiashan-2023/tiered-funding': { tiers: { base: 'finance.rdSpending', brackets: [{ from: '0', amount: '1', amuont: '5', constructor: { prototype: { x: 1 } } }] } },
    };
    const sme = { ...project, asOf: '2024-01-01', enterprise: { technologyBasedSME: true } };
    const at = 'options.overrides.jiashan-2023/tiered-funding.tiers.brackets.0';
    // Under the old code both keys were ignored and the assessment made.
    expect(issuesOf(() => evaluate(sme, { policy: 'jiashan-2023', overrides }))).toEqual([
      { code: 'unknown_field', path: `${at}.amuont`, message: MESSAGES.unknownField(['from', 'amount'], 'amuont') },
      { code: 'unknown_field', path: `${at}.constructor`, message: MESSAGES.unknownField(['from', 'amount'], 'constructor') },
    ]);
    expect(MESSAGES.unknownField(['from', 'amount'], 'amuont')).toContain('Did you mean "amount"?');
  });

  it('are refused in a pool and in the dated payments of a claim', () => {
    const claim = { id: 'a', amount: '1', schedule: [{ date: '2019-01-01', amount: '1' }] };
    expect(issuesOf(() => allocateFund([claim], { pool: { byYear: { 2019: '5' }, perYaer: '5' } as never, method: 'pro-rata' }))).toEqual([
      { code: 'unknown_field', path: 'options.pool.perYaer', message: MESSAGES.unknownField(['perYear', 'byYear'], 'perYaer') },
    ]);
    expect(issuesOf(() => allocateFund([claim], { pool: { perYaer: '5' } as never, method: 'pro-rata' }))[0]!.path).toBe('options.pool.perYaer');
    const extra = { ...claim, schedule: [{ date: '2019-01-01', amount: '1', x: 1 }] };
    expect(issuesOf(() => allocateFund([extra as never], { pool: { byYear: { 2019: '5' } }, method: 'pro-rata' }))).toEqual([
      { code: 'unknown_field', path: 'claims.0.schedule.0.x', message: MESSAGES.unknownField(['date', 'amount'], 'x') },
    ]);
  });
});

describe('what the library exports cannot change how it validates', () => {
  it('replacing the exported schema\'s safeParse changes nothing', () => {
    const original = projectSchema.safeParse;
    try {
      // Under the old code evaluate used this very object, and threw a DecimalError.
      projectSchema.safeParse = (() => ({ success: true, data: { name: 'forged' } })) as never;
      expect(evaluate(project, { policy }).project.name).toBe('P');
    } finally {
      projectSchema.safeParse = original;
    }
  });

  it('blocks is frozen', () => {
    expect(Object.isFrozen(blocks)).toBe(true);
    expect(() => { (blocks as { cases: unknown }).cases = null; }).toThrow(TypeError);
  });
});

describe('the generators of chip-incentives/testing', () => {
  it.each([-1, 1.5, Number.NaN, '5', 2 ** 31])('refuse a bound of %s with an input error', (bound) => {
    // Under the old code fast-check threw its own Error.
    for (const generator of [amountString, money]) {
      expect(issuesOf(() => generator(bound as number))).toEqual([
        { code: typeof bound === 'number' ? 'out_of_range' : 'invalid_type', path: 'maxWhole', message: MESSAGES.wholeNumber(bound, 0, 2 ** 31 - 1) },
      ]);
    }
  });
});

describe('messages that say what is wrong', () => {
  it.each([
    [5, 'the number 5'], [1e21, 'the number 1e+21'], [null, 'null'], [Symbol('s'), 'a symbol'], [10n, 'the bigint 10n'],
  ])('parseAmount(%s) says it got %s', (value, said) => {
    // Under the old code: "…; got an object", whatever was given.
    const [issue] = issuesOf(() => parseAmount(value as never));
    expect(issue).toEqual({ code: 'invalid_type', path: '', message: MESSAGES.amountTextExpected(value) });
    expect(issue!.message).toContain(`got ${said}.`);
  });

  it('formatAmount("--5") is not a number, not a negative amount (which formatAmount accepts)', () => {
    expect(formatAmount('-5')).toBe('¥-5.00');
    expect(issuesOf(() => formatAmount('--5'))).toEqual([{ code: 'invalid_format', path: 'amount', message: MESSAGES.amountText('--5') }]);
  });

  it('more than 50 conditions in any, or none, is refused naming the limit', () => {
    const withCondition = (when: unknown) => {
      const definition = structuredClone(exportPolicy(policy)) as unknown as { rules: Array<{ eligibility: unknown }> };
      definition.rules[0]!.eligibility = [{ when }];
      return () => definePolicy(definition as unknown as PolicyDefinitionInput);
    };
    const condition = { fact: 'asOf', present: true };
    expect(issuesOf(withCondition({ any: Array.from({ length: 51 }, () => condition) }))).toEqual([
      { code: 'invalid_format', path: 'rules.0.eligibility.0.when', message: MESSAGES.conditionCount(50) },
    ]);
    // Under the old code an empty any or all was accepted (its reason read "Condition not met: ()").
    for (const key of ['any', 'all']) {
      expect(issuesOf(withCondition({ [key]: [] }))).toEqual([
        { code: 'out_of_range', path: `rules.0.eligibility.0.when.${key}`, message: MESSAGES.conditionCount(50) },
      ]);
    }
    expect(() => withCondition({ any: [condition] })()).not.toThrow();
  });

  it('a reading that is not a text is said in the library\'s words', () => {
    const interpretations = { majorProject: {} } as never;
    expect(issuesOf(() => evaluate(project, { policy, interpretations }))).toEqual([
      { code: 'invalid_type', path: 'options.interpretations.majorProject', message: MESSAGES.text({}) },
    ]);
  });
});

describe('sweep', () => {
  const base = { ...project, talents: [{ name: 'Li', qualified: true, rent: { monthly: '2600', start: '2019-01-01', months: 12 } }] };
  const along = { policy, path: 'investment.actual', from: '60000000', to: '300000000', steps: 2 } as const;

  it('reports its options\' problems as the options\' own, before any point', () => {
    // Under the old code: inconsistent at options.path, "At investment.actual = 60000000 the project is not valid: options.stpes…".
    expect(issuesOf(() => sweep(base, { ...along, stpes: 3 } as never))).toEqual([
      { code: 'unknown_field', path: 'options.stpes', message: expect.stringContaining('Unknown field') },
    ]);
    const overrides = { 'qingshan-lake-2018/project-co-investment': { ceiling: '-1' } };
    expect(issuesOf(() => sweep(base, { ...along, overrides })).map((issue) => issue.path)).toEqual([
      'options.overrides.qingshan-lake-2018/project-co-investment.ceiling',
    ]);
  });

  it('along a count writes whole numbers, as the field takes them', () => {
    // Under the old code every point wrote the string "1", which the months field refuses.
    const curve = sweep(base, { policy, path: 'talents.0.rent.months', from: '1', to: '3', steps: 2 });
    const rent = curve.items.find((series) => series.ruleId === 'qingshan-lake-2018/talent-rent')!;
    // 1, 2 and 3 months of rent at the lesser of 2,600 and the monthly ceiling.
    expect(curve.values.map(String)).toEqual(['1', '2', '3']);
    expect(rent.amounts.map((amount) => amount!.dividedBy(rent.amounts[0]!).toString())).toEqual(['1', '2', '3']);
  });
});

describe('the command line', () => {
  const cmpLine = JSON.stringify({ ...project, investment: { actual: '250000000', infrastructure: '50000000' } });

  it.each([
    [['-o', 'qingshan-lake-2018/project-co-investment.ceiling=1', '-o', 'qingshan-lake-2018/project-co-investment.ceiling=2'], '"1" and "2"'],
    [['-i', 'majorProject=ceiling-only', '-i', 'majorProject=ratio-applies'], '"ceiling-only" and "ratio-applies"'],
  ])('refuses one name given two values (%j)', (args, named) => {
    // Under the old code the last one was kept without a word.
    const run = runMain(['evaluate', '-', '-p', policy, ...args], { stdin: cmpLine });
    expect(run.status).toBe(2);
    expect(run.err).toContain(named);
  });

  it('accepts the same value twice', () => {
    const args = ['-o', 'qingshan-lake-2018/project-co-investment.ceiling=1', '-o', 'qingshan-lake-2018/project-co-investment.ceiling=1'];
    expect(runMain(['evaluate', '-', '-p', policy, ...args], { stdin: cmpLine }).status).toBe(0);
  });
});
