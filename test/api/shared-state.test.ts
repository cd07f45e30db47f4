import { describe, expect, it } from 'vitest';
import {
  allocateFund, breakpoints, compare, diff, evaluate, evaluateMany, exportPolicy, IncentiveInputError, listFundPools, listPolicies,
  presentValue, renderReport, sweep, toJSON, type ProjectInput,
} from '../../src/index.js';
import { checkPolicy } from '../../src/testing/index.js';
import { isDecimal } from '../../src/money/decimal.js';

/**
 * No call can change what a later call computes: the data the library keeps
 * (its packs, their parameters, its constants) is frozen before any of it is
 * handed out, and what a caller passes is read once.
 */
const policy = 'qingshan-lake-2018' as const;

/** Every string field of every object reachable from a value is overwritten and given a throwing getter, where it can be. */
function vandalise(root: unknown): void {
  const seen = new Set<object>();
  const stack = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value !== 'object' || value === null || seen.has(value)) continue;
    seen.add(value);
    for (const key of Object.keys(value)) {
      const field = (value as Record<string, unknown>)[key];
      stack.push(field);
      if (typeof field !== 'string') continue;
      Reflect.set(value, key, 'EVIL');
      try {
        Object.defineProperty(value, key, { enumerable: true, get: () => { throw new Error('planted'); } });
      } catch {
        // Frozen: nothing to plant.
      }
    }
  }
}

// First in the file, so that no pack has been compiled yet (the old code froze a pack's data only then).
describe('the built-in packs, as listPolicies and listFundPools hand them out', () => {
  it('cannot be changed or booby-trapped before their first use', () => {
    // Under the old code the jurisdiction and citations were the packs' own unfrozen objects: the next
    // evaluation quoted "EVIL", or threw the planted getter's raw Error.
    vandalise(listPolicies());
    vandalise(listFundPools());
    const project = { name: 'P', asOf: '2019-01-01', investment: { actual: '250000000' } };
    const outputs = [
      JSON.stringify(toJSON(evaluate(project, { policy }))),
      JSON.stringify(toJSON(compare(project, {}))),
      renderReport(evaluate(project, { policy })),
      JSON.stringify(listPolicies()),
      JSON.stringify(listFundPools()),
      JSON.stringify(allocateFund([{ id: 'a', amount: '1' }], { pool: 'qingshan-lake-2018/annual-fund', method: 'pro-rata' })),
    ];
    for (const output of outputs) expect(output).not.toContain('EVIL');
    expect(listPolicies()[0]!.jurisdiction.name.en).toBe(evaluate(project, { policy }).policy.jurisdiction.name.en);
  });
});

describe('the Decimals of a result', () => {
  const project: ProjectInput = {
    name: 'Decimals',
    asOf: '2019-01-01',
    // A ceiling that binds: 30% of 250,000,000 = 75,000,000 > the 30,000,000 ceiling, so the amount is the ceiling itself.
    investment: { actual: '250000000', infrastructure: '50000000' },
    classification: { leadingIndustryDirection: true },
    talents: [
      { name: 'Li', qualified: true, rent: { monthly: '2600', start: '2019-01-01' } },
      { name: 'Gu', highLevel: true, housingPurchase: { price: '1000000' } },
    ],
    talentStartup: { founder: 'Gu', loans: [{ principal: '1000000', annualRate: '0.04', years: 2 }] },
    policyFundExit: { holdingYears: 5, buyBackRate: '0.03', expectedReturn: '0.15' },
  };

  /** Every Decimal reachable from a value, the parts an item computes on demand included. */
  const decimalsOf = (root: unknown): unknown[] => {
    const found: unknown[] = [];
    const seen = new Set<object>();
    const stack = [root];
    while (stack.length > 0) {
      const value = stack.pop();
      if (typeof value !== 'object' || value === null || seen.has(value)) continue;
      seen.add(value);
      if (isDecimal(value)) {
        found.push(value);
        continue;
      }
      for (const key of Object.keys(value)) stack.push((value as Record<string, unknown>)[key]);
      if ('schedule' in value) stack.push((value as { schedule: unknown }).schedule);
    }
    return found;
  };

  /** Tries to change every Decimal: its digits, exponent and sign. */
  const tamper = (root: unknown): number => {
    const decimals = decimalsOf(root);
    for (const decimal of decimals) {
      const fields = decimal as { d: number[] | null; e: number; s: number };
      for (const write of [() => { fields.d![0] = 1; }, () => { fields.e = 30; }, () => { fields.s = -1; }, () => { fields.d = null; }]) {
        try {
          write();
        } catch {
          // Frozen: the write is refused.
        }
      }
    }
    return decimals.length;
  };

  const results = () => {
    const assessment = evaluate(project, { policy });
    const reformed = evaluate(project, { policy, overrides: { 'qingshan-lake-2018/project-co-investment': { ceiling: '20000000' } } });
    return {
      assessment,
      reformed,
      comparison: compare(project, { asOf: '2024-09-01' }),
      presentValue: presentValue(assessment, { rate: '0.03' }),
      allocation: allocateFund([assessment], { pool: 'qingshan-lake-2018/annual-fund', method: 'pro-rata' }),
      diff: diff(assessment, reformed),
      sweep: sweep(project, { policy, path: 'investment.actual', from: '60000000', to: '300000000', steps: 3 }),
      breakpoints: breakpoints(project, policy, 'investment.actual'),
      pools: listFundPools(),
      zero: evaluate({ name: 'Zero', asOf: '2019-01-01', investment: { actual: '0' } }, { policy }),
    };
  };
  const snapshot = () => {
    const all = results();
    return JSON.stringify([toJSON(all.assessment), toJSON(all.reformed), toJSON(all.comparison), all.presentValue, all.allocation,
      all.diff, all.sweep, all.breakpoints, all.pools, toJSON(all.zero)]);
  };

  it('are frozen, so that changing one changes no later result', () => {
    const before = snapshot();
    // Under the old code `caps[0].limit` was the pack's own ceiling and `totals.equity` of a project with nothing
    // the shared zero: writing their digits changed every later evaluation (even to a negative total).
    const tampered = tamper(results());
    expect(tampered).toBeGreaterThan(100);
    expect(snapshot()).toBe(before);
    // Those an assessment or a comparison holds are frozen (an analysis makes new ones for each call, shared with nothing).
    const again = results();
    expect(decimalsOf([again.assessment, again.reformed, again.comparison, again.zero]).filter((decimal) => !Object.isFrozen(decimal) || !Object.isFrozen((decimal as { d: unknown }).d))).toEqual([]);
  });

  it('still compute as decimals, frozen: every method the library uses reads, never writes', () => {
    const assessment = evaluate(project, { policy });
    const ceiling = assessment.items[0]!.caps[0]!.limit;
    // 30,000,000 + 0.01 = 30,000,000.01; rounding, comparing and negating make new values.
    expect(ceiling.plus('0.01').toFixed(2)).toBe('30000000.01');
    expect(ceiling.negated().toFixed(2)).toBe('-30000000.00');
    expect(ceiling.toDecimalPlaces(0).equals(ceiling)).toBe(true);
  });
});

describe('the policy-pack marker', () => {
  const BRAND = Symbol.for('chip-incentives.policy-pack');
  const project = { name: 'P', asOf: '2019-01-01', investment: { actual: '250000000' } };

  /** A Proxy whose marker says "a pack" on the first read and throws (or says no) after. */
  const flipping = (after: 'throw' | 'false') => {
    let reads = 0;
    const proxy = new Proxy({}, {
      get(_target, key) {
        if (key !== BRAND) return undefined;
        reads += 1;
        if (reads === 1) return true;
        if (after === 'throw') throw new Error('flip');
        return false;
      },
    });
    return { proxy, reads: () => reads };
  };

  const calls: Record<string, (pack: object) => unknown> = {
    evaluate: (pack) => evaluate(project, { policy: pack as never }),
    compare: (pack) => compare(project, { policies: [pack as never] }),
    sweep: (pack) => sweep(project, { policy: pack as never, path: 'investment.actual', from: '0', to: '1', steps: 2 }),
    breakpoints: (pack) => breakpoints(project, pack as never, 'investment.actual'),
    evaluateMany: (pack) => [...evaluateMany([project], { policy: pack as never })],
    exportPolicy: (pack) => exportPolicy(pack as never),
    checkPolicy: (pack) => checkPolicy(pack as never, { runs: 1 }),
  };

  it.each(Object.keys(calls))('is read once by %s: a Proxy that answers differently is an input error', (name) => {
    // Under the old code the marker was read twice: "true, then throw" escaped as the Proxy's raw Error.
    for (const after of ['throw', 'false'] as const) {
      const { proxy, reads } = flipping(after);
      let thrown: unknown;
      try {
        const result = calls[name]!(proxy);
        // A batch reports each project's error in its result rather than throwing.
        if (Array.isArray(result)) thrown = (result[0] as { ok: boolean; error?: unknown }).error;
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(IncentiveInputError);
      expect((thrown as IncentiveInputError).issues.map((issue) => issue.path.join('.'))).not.toContain('options.path');
      expect(reads()).toBe(1);
    }
  });

  it('that throws when read is reported unreadable at the policy\'s path', () => {
    const proxy = new Proxy({}, { get() { throw new Error('trap'); } });
    try {
      evaluate(project, { policy: proxy as never });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(IncentiveInputError);
      expect((error as IncentiveInputError).issues[0]!.path).toEqual(['options', 'policy']);
    }
  });
});
