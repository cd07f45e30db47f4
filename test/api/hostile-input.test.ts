import { describe, expect, it } from 'vitest';
import {
  allocateFund, compare, definePolicy, evaluate, evaluateMany, exportPolicy, IncentiveInputError, loadPolicy, renderReport,
  safeEvaluate, toJSON, type BatchResult, type PolicyDefinitionInput, type ProjectInput,
} from '../../src/index.js';
import { Decimal } from '../../src/money/decimal.js';
import { LIMITS } from '../../src/schema/limits.js';
import { MESSAGES } from '../../src/schema/messages.js';
import { callerDecimal, issuesOf } from '../helpers.js';

/**
 * What a caller passes is read once, as data: the checks see what the
 * engine computes with, and getters, Proxies and shared references become
 * input errors, never a raw error, a crash or a wait.
 */
const policy = 'qingshan-lake-2018' as const;


const unreadable = (path: string) => ({ code: 'invalid_type', path, message: MESSAGES.unreadable });
const throwing = () => {
  throw new Error('boom');
};

describe('a project is validated as it was read, once', () => {
  it('ignores what a project inherits from its class, which the old checks left unchecked and the engine used', () => {
    const own = { name: 'Inherited', asOf: '2019-01-01', investment: { actual: '1000000' }, talents: [{ name: 'F', highLevel: true }] };
    class Project {
      name = own.name;
      asOf = own.asOf;
      investment = own.investment;
      talents = own.talents;
      // Not the project's own data, as JSON.stringify and structuredClone see it: never read.
      get talentStartup() {
        return { founder: 'F', requested: { startupFund: '6000000' } };
      }
    }
    const fromClass = evaluate(new Project() as unknown as ProjectInput, { policy });
    expect(toJSON(fromClass)).toEqual(toJSON(evaluate(own, { policy })));
    expect(fromClass.items.some((item) => item.ruleId.endsWith('startup-fund') && item.status === 'eligible')).toBe(false);
  });

  it('checks the relations of a project whose own getters return other values on each read', () => {
    let reads = 0;
    // The first read says one talent, later reads two of the same name: only the first is read.
    const project = {
      name: 'Shifty',
      asOf: '2019-01-01',
      investment: { actual: '1' },
      talentStartup: { founder: 'A' },
    };
    Object.defineProperty(project, 'talents', {
      enumerable: true,
      get: () => ((reads += 1) === 1 ? [{ name: 'B' }] : [{ name: 'A' }, { name: 'A' }]),
    });
    expect(issuesOf(() => evaluate(project as ProjectInput, { policy }))).toEqual([
      { code: 'not_found', path: 'talentStartup.founder', message: MESSAGES.founderNotATalent('A') },
    ]);
    expect(reads).toBe(1);
  });

  it('refuses a loan without a start and over a million periods when its own getters give them', () => {
    const loan = { principal: '1000000', annualRate: '0.04', repayment: 'bullet' };
    Object.defineProperty(loan, 'termMonths', { enumerable: true, get: () => 1200 });
    const project = {
      name: 'Loans', asOf: '2019-01-01', investment: { actual: '1' }, talents: [{ name: 'F', highLevel: true }],
      talentStartup: { founder: 'F', loans: Array.from({ length: LIMITS.maxLoans }, () => loan) },
    };
    const found = issuesOf(() => evaluate(project as ProjectInput, { policy }));
    expect(found.filter((issue) => issue.code === 'required' && issue.path.endsWith('start'))).toHaveLength(LIMITS.maxLoans);
    expect(found).toContainEqual({ code: 'out_of_range', path: 'talentStartup.loans', message: MESSAGES.tooManyLoanPeriods(LIMITS.maxLoanPeriods) });
  }, 30_000);
});

describe('a decimal.js instance where an object belongs', () => {
  it('is one problem, not one unknown field per method of decimal.js', async () => {
    const CallerDecimal = await callerDecimal();
    expect(issuesOf(() => evaluate({ name: 'P', asOf: '2019-01-01', investment: { actual: '1' }, talents: [new CallerDecimal(1) as never] }, { policy }))).toEqual([
      { code: 'required', path: 'talents.0.name', message: MESSAGES.required },
    ]);
  });
});

describe('values that throw when read', () => {
  const project = { name: 'P', asOf: '2019-01-01', investment: { actual: '1' } };

  it('are input errors at their path in evaluate, safeEvaluate and compare', () => {
    const trap = { ...project, investment: Object.defineProperty({}, 'actual', { enumerable: true, get: throwing }) };
    const options = new Proxy({ policy }, { ownKeys: throwing });
    expect(issuesOf(() => evaluate(trap as ProjectInput, { policy }))).toEqual([unreadable('investment.actual')]);
    expect(issuesOf(() => evaluate(project, options))).toEqual([unreadable('options')]);
    expect(issuesOf(() => compare(trap as ProjectInput, options as never))).toEqual([unreadable('investment.actual'), unreadable('options')]);
    const result = safeEvaluate(trap as ProjectInput, { policy });
    expect(!result.success && result.error.issues.map((issue) => issue.path.join('.'))).toEqual(['investment.actual']);
  });

  it('are an input error for that project of a batch, and the batch goes on', () => {
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    const getter = Object.defineProperty({ ...project }, 'name', { enumerable: true, get: throwing });
    const results = [...evaluateMany([project, revoked.proxy, new Proxy(project, { get: throwing }), getter, project], { policy })];
    // A Proxy whose every read throws cannot even be asked what it is: unreadable at its root.
    expect(results.map((result) => (result.ok ? 'ok' : result.error.issues.map((issue) => `${issue.code} ${issue.path.join('.')}`).join()))).toEqual([
      'ok', 'invalid_type ', 'invalid_type ', 'invalid_type name', 'ok',
    ]);
  });

  it('end a batch with an input error at "projects" when the iteration itself throws', async () => {
    function* failing() {
      yield project;
      throw new Error('disk gone');
    }
    const results: BatchResult[] = [];
    const batch = evaluateMany(failing(), { policy });
    expect(issuesOf(() => {
      for (const result of batch) results.push(result);
    })).toEqual([{ code: 'invalid_type', path: 'projects', message: MESSAGES.projectsUnreadable }]);
    expect(results.map((result) => result.ok)).toEqual([true]);
    expect(issuesOf(() => [...evaluateMany({ [Symbol.iterator]: throwing }, { policy })])).toEqual([{ code: 'invalid_type', path: 'projects', message: MESSAGES.projectsUnreadable }]);
    expect(issuesOf(() => [...evaluateMany({ [Symbol.iterator]: () => ({ next: () => 5 }) } as never, { policy })])).toHaveLength(1);
    expect(issuesOf(() => evaluateMany(new Proxy([], { has: throwing }), { policy }))).toEqual([{ code: 'invalid_type', path: 'projects', message: MESSAGES.projectsUnreadable }]);

    async function* failingAsync() {
      yield project;
      throw new Error('stream reset');
    }
    const seen: boolean[] = [];
    await expect((async () => {
      for await (const result of evaluateMany(failingAsync(), { policy })) seen.push(result.ok);
    })()).rejects.toBeInstanceOf(IncentiveInputError);
    expect(seen).toEqual([true]);
  });

  it('reads a project from an async stream without awaiting it, so a `then` or a trap is the project\'s own error', async () => {
    const thenable = { ...project, then: () => { throw new Error('not a promise'); } };
    const trap = new Proxy(project, { get: throwing });
    const projects = [project, thenable, trap, project];
    const stream = {
      [Symbol.asyncIterator]: () => {
        let at = 0;
        return { next: async () => (at < projects.length ? { done: false, value: projects[at++] } : { done: true, value: undefined }) };
      },
    };
    const results: string[] = [];
    for await (const result of evaluateMany(stream, { policy })) results.push(result.ok ? 'ok' : result.error.issues.map((issue) => `${issue.code} ${issue.path.join('.')}`).join());
    // The thenable's `then` is a field no project has; the Proxy cannot be read at all.
    expect(results).toEqual(['ok', 'unknown_field then', 'invalid_type ', 'ok']);
  });

  it('closes the caller\'s iterator when the batch is left early, as for…of does', () => {
    let closed = false;
    const projects = {
      [Symbol.iterator]: () => ({ next: () => ({ done: false, value: project }), return: () => { closed = true; return { done: true, value: undefined }; } }),
    };
    for (const result of evaluateMany(projects, { policy })) {
      expect(result.ok).toBe(true);
      break;
    }
    expect(closed).toBe(true);
  });

  it('are input errors in the claims and options of allocateFund, and in a pack another copy made', () => {
    const claim = Object.defineProperty({ id: 'a' }, 'amount', { enumerable: true, get: throwing });
    expect(issuesOf(() => allocateFund([claim as never], { pool: '1', method: 'pro-rata' }))).toEqual([unreadable('claims.0.amount')]);
    const foreign = { [Symbol.for('chip-incentives.policy-pack')]: true, id: 'x', name: 'x', get definition() { return throwing(); } };
    Object.defineProperty(foreign, 'definition', { enumerable: true, get: throwing });
    expect(issuesOf(() => evaluate(project, { policy: foreign as never }))).toEqual([unreadable('options.policy.definition')]);
  });
});

describe('policy definitions, bounded', () => {
  const base = exportPolicy(policy) as unknown as PolicyDefinitionInput;
  const depthOf = (value: unknown): number =>
    typeof value === 'object' && value !== null ? 1 + Math.max(0, ...Object.values(value).map(depthOf)) : 0;
  /** The pack with its first rule's eligibility one condition nested `levels` deep in `not`s. */
  const withNots = (levels: number) => {
    let condition: unknown = { fact: 'investment.actual', atLeast: '1' };
    for (let level = 0; level < levels; level += 1) condition = { not: condition };
    const definition = structuredClone(base) as unknown as { rules: Array<Record<string, unknown>> };
    definition.rules[0]!['eligibility'] = [{ when: condition }];
    return definition;
  };
  /** The pack with its first rule's amount `levels` cases deep. */
  const withCases = (levels: number) => {
    const definition = structuredClone(base) as unknown as { rules: Array<Record<string, unknown>> };
    let amount = definition.rules[0]!['amount'];
    for (let level = 0; level < levels; level += 1) {
      amount = { block: 'cases', cases: [{ when: { fact: 'investment.actual', atLeast: '1' }, then: amount }], otherwise: { block: 'unquantified', offer: 'Nothing' } };
    }
    definition.rules[0]!['amount'] = amount;
    return definition;
  };

  it('accepts a definition nested to the limit, and computes with it', () => {
    // Levels: the definition, rules, the rule, eligibility, the test, then one per `not` and the fact.
    const levels = LIMITS.maxInputDepth - 6;
    const definition = withNots(levels);
    expect(depthOf(definition)).toBe(LIMITS.maxInputDepth);
    const pack = definePolicy(definition as never);
    // An even number of `not`s is the condition itself: 250,000,000 ≥ 1, so the co-investment is as usual.
    expect(levels % 2).toBe(0);
    const assessment = evaluate({ name: 'P', asOf: '2019-01-01', investment: { actual: '250000000' } }, { policy: pack });
    expect(assessment.items[0]!.amount!.toFixed(2)).toBe('30000000.00');
    expect(renderReport(assessment).length).toBeGreaterThan(0);
    expect(loadPolicy(JSON.stringify(exportPolicy(pack))).id).toBe(pack.id);
  }, 30_000);

  it.each([
    ['1,200 nested `not`s', () => withNots(1_200)],
    ['400 nested `cases`', () => withCases(400)],
    ['one level past the limit', () => withNots(LIMITS.maxInputDepth - 5)],
  ])('refuses %s with the limit named, where the old code overflowed the stack', (_, make) => {
    const definition = make();
    for (const call of [() => definePolicy(definition as never), () => loadPolicy(JSON.stringify(definition)), () => loadPolicy(definition)]) {
      const found = issuesOf(call);
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({ code: 'out_of_range', message: MESSAGES.tooDeep });
    }
  }, 30_000);

  it('refuses a definition made of shared references at once, where the old code took seconds', () => {
    // 8 objects, each a condition listing the next 50 times: small to write, 50^8 conditions to read.
    let condition: unknown = { fact: 'investment.actual', atLeast: '1' };
    for (let level = 0; level < 8; level += 1) condition = { any: Array.from({ length: 50 }, () => condition) };
    const definition = structuredClone(base) as unknown as { rules: Array<Record<string, unknown>> };
    definition.rules[0]!['eligibility'] = [{ when: condition }];
    expect(issuesOf(() => definePolicy(definition as never))).toEqual([expect.objectContaining({ code: 'too_many', message: MESSAGES.tooManyValues })]);
  }, 60_000);
});

describe('results are frozen, and recognised by identity', () => {
  const project = { name: 'P', asOf: '2019-01-01', investment: { actual: '250000000' } };

  /** Every object inside a value, Decimals aside. */
  const objectsOf = (value: unknown, into = new Set<object>()): Set<object> => {
    if (typeof value !== 'object' || value === null || into.has(value) || value instanceof Decimal) return into;
    into.add(value);
    for (const entry of Object.values(value)) objectsOf(entry, into);
    return into;
  };

  it('share nothing a caller could change: what two results have in common is frozen', () => {
    const talents = [{ name: 'Li', qualified: true, rent: { monthly: '2600', start: '2019-01-01' } }, { name: 'Gu', highLevel: true, housingPurchase: { price: '1000000' } }];
    const rich = { ...project, talents, talentStartup: { founder: 'Gu', loans: [{ principal: '1000000', annualRate: '0.04', years: 2 }] } };
    const reform = { policy, overrides: { 'qingshan-lake-2018/talent-rent': { monthlyCeiling: '2500' } } } as const;
    for (const [a, b] of [
      [evaluate(rich, { policy }), evaluate(rich, { policy })],
      [evaluate(rich, reform), evaluate(project, reform)],
      [compare(rich, { asOf: '2024-09-01' }), compare(rich, { asOf: '2024-09-01' })],
    ] as const) {
      const inA = objectsOf(a);
      const shared = [...objectsOf(b)].filter((object) => inA.has(object));
      expect(shared.length).toBeGreaterThan(0);
      expect(shared.filter((object) => !Object.isFrozen(object))).toEqual([]);
    }
  });

  it('cannot be changed by a caller, so no later assessment or report can be either', () => {
    const first = evaluate(project, { policy });
    // The assessment, what it holds and what those hold: its items, totals, policy, lists of interpretations…
    for (const part of [first, first.items, first.items[0], first.totals, first.policy, first.interpretations, first.provenance.options]) {
      expect(Object.isFrozen(part)).toBe(true);
    }
    // What is computed on demand is frozen as it is kept.
    expect(Object.isFrozen(first.items[0]!.schedule)).toBe(true);
    expect(() => { (first.items[0] as { amount: unknown }).amount = null; }).toThrow(TypeError);
    expect(() => { (first.totals as { cash: unknown }).cash = 0; }).toThrow(TypeError);
    // Under the old code these writes changed the built-in pack: every later assessment quoted "TAMPERED".
    expect(() => { (first.items[0]!.citation as { quote: string }).quote = 'TAMPERED'; }).toThrow(TypeError);
    expect(() => { (first.policy.jurisdiction.name as { en: string }).en = 'TAMPERED'; }).toThrow(TypeError);
    expect(() => { (first.items as unknown[]).push({}); }).toThrow(TypeError);
    const second = evaluate(project, { policy });
    expect(second.items[0]!.citation.quote).not.toBe('TAMPERED');
    expect(second.policy.jurisdiction.name.en).not.toBe('TAMPERED');
    expect(renderReport(first)).toBe(renderReport(second));
  });

  it('refuses a copy, a spread or a Proxy of a report, saying to pass the report itself', () => {
    const assessment = evaluate(project, { policy });
    const comparison = compare(project, { policies: [policy] });
    expect(Object.isFrozen(comparison.entries[0])).toBe(true);
    for (const copy of [{ ...assessment }, structuredClone(toJSON(assessment)), new Proxy(assessment, {}), { ...comparison }]) {
      expect(issuesOf(() => renderReport(copy as never))).toEqual([{ code: 'invalid_type', path: 'report', message: MESSAGES.notAReport(copy) }]);
      expect(issuesOf(() => toJSON(copy as never))).toEqual([{ code: 'invalid_type', path: 'report', message: MESSAGES.notAResult(copy) }]);
    }
    expect(issuesOf(() => allocateFund([{ ...assessment }], { pool: '1', method: 'pro-rata' }))).toEqual([
      { code: 'invalid_type', path: 'claims.0', message: expect.stringContaining('passed as it was returned') },
    ]);
  });
});
