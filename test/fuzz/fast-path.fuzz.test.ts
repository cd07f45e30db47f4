import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { optionsSchema } from '../../src/api/options-schema.js';
import { readOptions } from '../../src/api/read-options.js';
import { Decimal, isDecimal } from '../../src/money/decimal.js';
import { CopiedDecimal } from '../../src/schema/amount.js';
import { LIMITS } from '../../src/schema/limits.js';
import { readInput } from '../../src/schema/read-input.js';
import type { InputIssue } from '../../src/schema/issues.js';
import { validateProject } from '../../src/schema/validate-project.js';
import { validateProjectWithZod } from '../../src/schema/validate-project-with-zod.js';
import { toInputIssues } from '../../src/schema/zod-issues.js';
import { ACTIVITIES, DEVICE_TYPES, TARGET_MARKETS } from '../../src/schema/vocabulary.js';
import { isoDate, project } from '../../src/testing/arbitraries.js';
import { materialize } from './exotic.js';
import { mutate, mutatedProject, wildMutation, wildValue, type Mutation } from './hostile.js';
import { FUZZ_SCALE, FUZZ_SEED, FUZZ_TIMEOUT } from './plan.js';

/**
 * The hand validation of projects and options (`validateProject`,
 * `readOptions`) held to the zod path it replaced (`validateProjectWithZod`,
 * `optionsSchema`), which stays the reference: for every input, the same
 * result. The same issues (code, path and message), in the same order, and
 * when valid the same normalised value (every Decimal the same by value, by
 * its text and by its class, every key in the same order). Valid projects
 * (every field of a project, facts of packs' own included), near-valid ones
 * (one or several fields wrong or just past a limit, of the wrong type,
 * misspelt, unknown or reserved keys anywhere, relations broken), and hostile
 * ones (getters, Proxies, class instances, frozen objects, own `__proto__`
 * keys, huge numbers written as text), each read by `readInput` first, as
 * `evaluate` reads them.
 */
const it_ = (name: string, body: () => void) => it(name, body, FUZZ_TIMEOUT);
const RUNS = { valid: 20_000, nearValid: 20_000, hostile: 5_000, options: 10_000 };
const runs = (count: number) => ({ numRuns: count * FUZZ_SCALE, ...(FUZZ_SEED !== undefined && { seed: FUZZ_SEED }) });

/** A value written out with every key in its order, every Decimal as its text and its class: two equal forms mean the same project. */
function canonical(value: unknown): unknown {
  if (isDecimal(value)) return { decimal: value.toString(), fixed: value.toFixed(), own: Object.getPrototypeOf(value) === Decimal.prototype };
  if (value instanceof CopiedDecimal) return { copied: value.decimal?.toString() };
  if (value instanceof Map) return { map: [...value].map(([key, entry]) => [key, canonical(entry)]) };
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value === 'object' && value !== null) return Object.keys(value).map((key) => [key, canonical((value as Record<string, unknown>)[key])]);
  return value;
}

/**
 * The property for one input: read as `evaluate` reads it, then both paths
 * compared, to the issue and to the value (with `toStrictEqual`, and written
 * out for the order of the keys). Says whether the project was valid.
 */
function agrees(given: unknown): boolean {
  const read = readInput(materialize(given));
  if (!read.ok) return false;
  const hand = validateProject(read.value);
  const zod = validateProjectWithZod(read.value);
  expect(hand).toStrictEqual(zod);
  expect(canonical(hand)).toEqual(canonical(zod));
  return hand.ok;
}

const factKey = fc.tuple(fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,6}$/), fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,6}$/)).map(([pack, fact]) => `${pack}/${fact}`);
const factValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer({ min: 0, max: 10_000 }), fc.boolean(), isoDate, fc.constantFrom('yes', 'no', '1500000.25'),
  fc.dictionary(fc.constantFrom('2024', '2025', '2026'), fc.integer({ min: 0, max: 500 }), { maxKeys: 3 }),
);
const loan = fc.oneof(
  fc.record({ principal: fc.constantFrom('20000000.50', 1_000_000, '0'), annualRate: fc.constantFrom('0.0435', 0.05, '0', '1'), years: fc.integer({ min: 1, max: LIMITS.maxYears }) }),
  fc.record({
    principal: fc.constantFrom('1000000', '2500000.75'), annualRate: fc.constantFrom('0.04', '0.035'),
    repayment: fc.constantFrom('bullet', 'equal-principal', 'equal-instalment'), start: isoDate,
  }).chain((formed) => fc.oneof(
    fc.integer({ min: 1, max: LIMITS.maxMonths }).map((termMonths) => ({ ...formed, termMonths })),
    fc.integer({ min: 1, max: 10 }).map((years) => ({ ...formed, years })),
  )),
);

/** A valid project with every field of `ProjectInput` sometimes present: the generated projects of the library, and the fields they leave out. */
const fullProject: fc.Arbitrary<unknown> = fc.tuple(project, fc.record({
  id: fc.constantFrom('P-1', 'line 2', ' x '),
  industry: fc.constantFrom('semiconductors', 'other'),
  sourceProjects: fc.uniqueArray(fc.constantFrom('nanhu-2022/photomask-material', 'my-pack/first', 'my-pack/second', 'other/x'), { maxLength: 3 }),
  firstClassEntity: fc.boolean(),
  policyFundExit: fc.record({ holdingYears: fc.integer({ min: 1, max: LIMITS.maxExitYears }), buyBackRate: fc.constantFrom('0', '0.05', 1), expectedReturn: fc.constantFrom('0.08', '0') }),
  facts: fc.dictionary(factKey, factValue, { maxKeys: 4 }),
  loans: fc.array(loan, { maxLength: 3 }),
  activities: fc.shuffledSubarray([...ACTIVITIES]),
  deviceTypes: fc.shuffledSubarray([...DEVICE_TYPES]),
  targetMarkets: fc.shuffledSubarray([...TARGET_MARKETS]),
}, { requiredKeys: [] })).map(([base, extra]) => {
  const { firstClassEntity, loans, ...rest } = extra;
  const full: Record<string, unknown> = { ...base, ...rest };
  if (firstClassEntity !== undefined) full['classification'] = { ...(base.classification ?? {}), firstClassEntity };
  if (loans !== undefined && base.talentStartup) full['talentStartup'] = { ...base.talentStartup, loans };
  return full;
});

/** Values one step from valid: just past a limit, just within one, of the wrong kind, or unusual but accepted. */
const NEAR: unknown[] = [
  '-1', '-0.01', '-0', -0, 0, 1, -1, 1.5, 0.1, '0.1', '1', '1e3', '1E6', '+1', '.5', '5.', ' 1', '1 ', '1,000', '3,000万元', '30 million RMB', '１２３',
  LIMITS.maxAmount, `${LIMITS.maxAmount}.01`, '999999999999999.99999999999999999999', `0.${'0'.repeat(19)}1`, `0.${'0'.repeat(20)}1`,
  1e15, 1e15 + 1, 2 ** 53, Number.MAX_SAFE_INTEGER, Number.NaN, Number.POSITIVE_INFINITY, Number.MIN_VALUE, '-1e1000000000', '1e1000000000',
  '2018-02-30', '2020-02-29', '2019-02-29', '1899-12-31', '1900-01-01', '2999-12-31', '3000-01-01', '2018-1-1', '2018-01-01T00:00:00Z',
  '', ' ', '\u00A0', 'x'.repeat(LIMITS.maxTextLength), 'x'.repeat(LIMITS.maxTextLength + 1), 'Founder', 'Engineer',
  // Texts on both sides of the limit counted in characters: emoji (two UTF-16 units each), lone surrogates (one each), a mix.
  '😀'.repeat(LIMITS.maxTextLength), '😀'.repeat(LIMITS.maxTextLength + 1), `${'😀'.repeat(LIMITS.maxTextLength - 1)}\ud800`,
  `${'😀'.repeat(LIMITS.maxTextLength)}\udc00`, '\udc00'.repeat(LIMITS.maxTextLength), '\ud800'.repeat(LIMITS.maxTextLength + 1),
  `${'青'.repeat(250)}${'😀'.repeat(250)}`, `${'青'.repeat(250)}${'😀'.repeat(250)}x`,
  LIMITS.maxMonths, LIMITS.maxMonths + 1, LIMITS.maxYears, LIMITS.maxYears + 1, LIMITS.maxExitYears, LIMITS.maxExitYears + 1, 12.5,
  true, false, null, undefined, 'true', [], {}, [1], ['design'], ['design', 'design'], ['nanhu-2022/x'], ['Nanhu/x'],
  'design', 'semiconductors', 'other', 'bullet', 'balloon', 'my-pack/fact', 'not a key', { 'my-pack/fact': 1 }, { 'Bad Key': 1 },
  // Lists and texts past their limits, repeated entries, objects where a value is due and values where an object is.
  Array.from({ length: LIMITS.maxSourceProjects + 1 }, (_, index) => `my-pack/p-${index}`), ['my-pack/a', 'my-pack/a', 'Bad'], ['my-pack/a', 'my-pack/a'],
  ['design', 'manufacturing', 'design', 'packaging', 'testing', 'materials', 'equipment', 'design'], [undefined], ['design', 7],
  [{ name: 'A' }, { name: 'A', qualifed: true }], [{ nmae: 'A' }], { actual: '1', infrastrcture: '0' }, { actual: '1', x: 1, y: 2 },
  { price: '1' }, { monthly: '1', start: '2019-01-01', month: 3 }, 'ä'.repeat(LIMITS.maxTextLength + 1), Symbol('s'), 10n, () => 1,
  Object.fromEntries(Array.from({ length: LIMITS.maxProjectFacts + 1 }, (_, index) => [`my-pack/f-${index}`, index])), { __proto__: null, 'my-pack/x': 1 },
];

/** One change to a valid project: a value replaced by a near one, a field removed, or an unknown (or reserved) field added. */
const nearChange: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), value: fc.constantFrom(...NEAR) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('add' as const), at: fc.nat(), value: fc.constantFrom(...NEAR),
      key: fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', 'amount', 'asOf', 'name', 'years', 'start',
        'termMonths', 'repayment', 'qualified', 'months', 'nmae', 'investmnet', 'actul', 'qualifed', 'founer', 'talent', 'fact', 'princpal', 'my-pack/x'),
    }),
  },
);

/** Relations broken on purpose: a name twice, a high-level talent unqualified, an unknown founder, infrastructure above the investment, loans past their periods. */
const RELATIONS: Array<(project: Record<string, unknown>) => void> = [
  (p) => { p['talents'] = [{ name: 'A' }, { name: 'A' }]; },
  (p) => { p['talents'] = [{ name: 'A', highLevel: true, qualified: false }]; },
  (p) => { p['talents'] = [{ name: 'A' }]; p['talentStartup'] = { founder: 'B' }; },
  (p) => { p['investment'] = { actual: '100', infrastructure: '100.01' }; },
  (p) => { p['investment'] = { actual: '100', infrastructure: 100 }; },
  (p) => {
    p['talents'] = [{ name: 'A' }];
    p['talentStartup'] = { founder: 'A', loans: Array.from({ length: 101 }, () => ({ principal: '1', annualRate: '0.01', repayment: 'bullet', start: '2019-01-01', termMonths: 1_200 })) };
  },
  (p) => {
    p['talents'] = [{ name: 'A' }];
    p['talentStartup'] = { founder: 'A', loans: Array.from({ length: 100 }, () => ({ principal: '1', annualRate: '0.01', repayment: 'bullet', start: '2019-01-01', years: 100 })) };
  },
  (p) => { p['talents'] = [{ name: 'A' }]; p['talentStartup'] = { founder: 'A', loans: [{ principal: '1', annualRate: '0.01', repayment: 'bullet', start: '2019-01-01', years: 1, termMonths: 12 }] }; },
  (p) => { p['talents'] = [{ name: 'A' }]; p['talentStartup'] = { founder: 'A', loans: [{ principal: '1', annualRate: '0.01', years: 1, start: '2019-01-01' }] }; },
];
const nearValid: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(fullProject, nearChange).map(([valid, change]) => mutate(valid, [change])) },
  { weight: 3, arbitrary: fc.tuple(fullProject, fc.array(nearChange, { minLength: 2, maxLength: 5 })).map(([valid, changes]) => mutate(valid, changes)) },
  { weight: 1, arbitrary: fc.tuple(fullProject, fc.nat({ max: RELATIONS.length - 1 })).map(([valid, which]) => {
    const changed = mutate(valid, []) as Record<string, unknown>;
    RELATIONS[which]!(changed);
    return changed;
  }) },
);

describe('fuzz: the hand validation of a project gives what the zod path gives', () => {
  it_('accepts every valid generated project, with the value zod gives', () => {
    let accepted = 0;
    fc.assert(fc.property(fullProject, (given) => {
      if (agrees(given)) accepted += 1;
    }), runs(RUNS.valid));
    // Every generated project is valid, and in the common shape: the hand reading takes them all.
    expect(accepted).toBe(RUNS.valid * FUZZ_SCALE);
  });

  it_('on near-valid projects (one or several fields wrong), gives what zod gives: the same issues in the same order, or the same value', () => {
    let accepted = 0;
    fc.assert(fc.property(nearValid, (given) => {
      if (agrees(given)) accepted += 1;
    }), runs(RUNS.nearValid));
    // Both kinds were tried: a near value is as often still valid (a number for a text amount) as not.
    expect(accepted).toBeGreaterThan(0);
    expect(accepted).toBeLessThan(RUNS.nearValid * FUZZ_SCALE);
  });

  it_('on hostile projects (getters, Proxies, instances, reserved keys, huge numbers as text), gives what zod gives', () => {
    const hostile = fc.oneof(
      { weight: 3, arbitrary: fc.tuple(fullProject, fc.array(wildMutation, { minLength: 1, maxLength: 3 })).map(([valid, changes]) => mutate(valid, changes)) },
      { weight: 3, arbitrary: mutatedProject },
      { weight: 1, arbitrary: wildValue },
    );
    fc.assert(fc.property(hostile, (given) => {
      agrees(given);
    }), runs(RUNS.hostile));
  });
});

/** A project with every limit reached at once, and the same one step past each. */
function atTheLimits(past: boolean): Record<string, unknown> {
  const extra = past ? 1 : 0;
  const talents = Array.from({ length: LIMITS.maxTalents + extra }, (_, index) => ({
    name: index === 0 ? 'x'.repeat(LIMITS.maxTextLength + extra) : `Talent ${index}`,
    qualified: true,
    rent: { monthly: '999999999999999.99999999999999999999', start: LIMITS.maxDate, months: LIMITS.maxMonths },
  }));
  const loans = Array.from({ length: LIMITS.maxLoans + extra }, (_, index) => ({
    principal: LIMITS.maxAmount, annualRate: LIMITS.maxRate, repayment: 'equal-instalment', start: LIMITS.minDate,
    // 99 loans of 1,200 months, one of 300 and 900 of one: 120,000 periods.
    termMonths: index < 99 ? LIMITS.maxMonths : index === 99 ? 300 : 1,
  }));
  return {
    name: 'At the limits',
    asOf: LIMITS.maxDate,
    investment: { actual: LIMITS.maxAmount, infrastructure: LIMITS.maxAmount },
    sourceProjects: Array.from({ length: LIMITS.maxSourceProjects + extra }, (_, index) => `my-pack/project-${index}`),
    talents,
    talentStartup: { founder: talents[0]!.name, loans: loans.slice(0, Math.min(loans.length, LIMITS.maxLoans)) },
    policyFundExit: { holdingYears: LIMITS.maxExitYears + extra, buyBackRate: '1', expectedReturn: '1' },
    facts: Object.fromEntries(Array.from({ length: LIMITS.maxProjectFacts + extra }, (_, index) => [`my-pack/fact-${index}`, index])),
  };
}

describe('the hand validation at the limits', () => {
  it('accepts a project with every limit reached at once, as zod does, and refuses each one step past with the issues zod gives', () => {
    expect(agrees(atTheLimits(false))).toBe(true);
    const past = atTheLimits(true);
    expect(agrees(past)).toBe(false);
    // Each limit passed alone, the rest at the limit: each is refused, by both paths alike.
    const within = atTheLimits(false);
    const single: Array<[string, unknown]> = [
      ['talents', past['talents']], ['sourceProjects', past['sourceProjects']], ['policyFundExit', past['policyFundExit']], ['facts', past['facts']],
      ['investment', { actual: `${LIMITS.maxAmount}.01` }],
      ['talentStartup', { founder: 'Talent 1', loans: [...(within['talentStartup'] as { loans: unknown[] }).loans, { principal: '1', annualRate: '0', repayment: 'bullet', start: LIMITS.minDate, termMonths: 1 }] }],
    ];
    for (const [key, value] of single) {
      const changed = { ...within, [key]: value };
      expect(agrees(changed), key).toBe(false);
    }
  }, FUZZ_TIMEOUT);
});

describe('fuzz: the hand reading of the options gives what the zod path gives', () => {
  const validOptions = fc.record({
    policy: fc.constantFrom('qingshan-lake-2018', 'nanhu-2022', 'unknown-pack'),
    asOf: fc.oneof(isoDate, fc.constantFrom('1899-12-31', '2018-02-30', '3000-01-01', 20180101)),
    interpretations: fc.dictionary(fc.constantFrom('incrementalOverlap', 'paymentsBeforeSource', 'toString', 'constructor', 'x'), fc.oneof(fc.constantFrom('independent', 'whole-period'), fc.constantFrom(1, null, true))),
    overrides: fc.jsonValue({ maxDepth: 2 }),
    schedules: fc.jsonValue({ maxDepth: 2 }),
  }, { requiredKeys: [] });
  /** One change to options: a value replaced by a near one, a field removed, or an unknown, misspelt or reserved field added. */
  const nearOptionChange: fc.Arbitrary<Mutation> = fc.oneof(
    fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), value: fc.constantFrom(...NEAR) }),
    fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }),
    fc.record({
      kind: fc.constant('add' as const), at: fc.nat(), value: fc.constantFrom(...NEAR),
      key: fc.constantFrom('__proto__', 'constructor', 'polcy', 'asof', 'interpretation', 'overides', 'schedule', 'policy', 'x'),
    }),
  );
  const anyOptions = fc.oneof(
    { weight: 4, arbitrary: validOptions as fc.Arbitrary<unknown> },
    { weight: 3, arbitrary: fc.tuple(validOptions, fc.array(nearOptionChange, { minLength: 1, maxLength: 3 })).map(([value, changes]) => mutate(value, changes)) },
    { weight: 3, arbitrary: fc.tuple(validOptions, fc.array(wildMutation, { minLength: 1, maxLength: 2 })).map(([value, changes]) => mutate(value, changes)) },
    { weight: 1, arbitrary: wildValue },
  );
  const POLICY_REQUIRED = 'A policy is required here.';
  /** The zod reference as `resolveOptions` read it: the issues with paths under `options`, a missing policy said in the resolver's words. */
  function zodOptions(copy: unknown): { ok: boolean; issues: InputIssue[] } {
    const reported = optionsSchema.safeParse(copy, { reportInput: true });
    const missing = (issue: InputIssue) => issue.code === 'required' && issue.path.length === 2 && issue.path[1] === 'policy';
    const issues = toInputIssues(reported.success ? [] : reported.error.issues, ['options']);
    return { ok: reported.success, issues: issues.map((issue) => (missing(issue) ? { ...issue, message: POLICY_REQUIRED } : issue)) };
  }

  it_('gives what zod gives: the same issues in the same order, or the same values, the policy, overrides and schedules passed on as they are', () => {
    let accepted = 0;
    let refused = 0;
    fc.assert(fc.property(anyOptions, (given) => {
      const read = readInput(materialize(given), { at: ['options'] });
      if (!read.ok) return;
      const hand = readOptions(read.value, POLICY_REQUIRED);
      const zod = zodOptions(read.value);
      if (!hand.ok) {
        refused += 1;
        expect(hand.issues).toStrictEqual(zod.issues);
        return;
      }
      accepted += 1;
      const parsed = optionsSchema.safeParse(read.value);
      expect(zod.issues).toStrictEqual([]);
      if (!parsed.success) throw new Error('zod refused what the hand reading accepted');
      expect(hand.options.policy).toBe(parsed.data.policy);
      expect(hand.options.overrides).toBe(parsed.data.overrides);
      expect(hand.options.schedules).toBe(parsed.data.schedules);
      expect(hand.options.asOf).toBe(parsed.data.asOf);
      expect(hand.options.interpretations).toStrictEqual(parsed.data.interpretations);
      expect(canonical(hand.options.interpretations)).toEqual(canonical(parsed.data.interpretations));
    }), runs(RUNS.options));
    expect(accepted).toBeGreaterThan(0);
    expect(refused).toBeGreaterThan(0);
  });
});
