import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allocateFund, blocks, breakpoints, definePolicy, diff, evaluate, exportPolicy, formatAmount, IncentiveInputError, listFundPools,
  listPolicies, opportunities, parseAmount, presentValue, renderReport, sweep, toJSON, type Assessment, type PolicyId, type ProjectInput,
} from '../../src/index.js';
import { Decimal } from '../../src/money/decimal.js';
import { LIMITS } from '../../src/schema/limits.js';
import { MESSAGES } from '../../src/schema/messages.js';
import { isoDate, project } from '../../src/testing/arbitraries.js';
import { checkAssessment } from '../../src/testing/check-policy.js';
import { isExotic, materialize } from './exotic.js';
import { hostileString, mutate, wildMutation, wildProject, wildValue } from './hostile.js';
import { expectNoPollution, resultOrInputError } from './outcome.js';
import { FUZZ_TIMEOUT, runsOf } from './plan.js';

/**
 * The entry points the first fuzz suite did not reach, and the inputs it
 * never tried: signed and written amounts in `formatAmount`; reports and
 * analyses given copies, Proxies and anything else for an assessment;
 * `sweep` and `breakpoints`; definitions nested around the depth limit or
 * made of shared references; projects with every field at its limit at
 * once; and the rest of the surface. Exotic values (getters, Proxies, class
 * instances, frozen objects, decimal.js instances of other clones) go
 * everywhere a value goes.
 */
const POLICY_IDS = listPolicies().map((policy) => policy.id as PolicyId);
const it_ = (name: string, body: () => void | Promise<void>) => it(name, body, FUZZ_TIMEOUT);
const options = <T>(valid: fc.Arbitrary<T>): fc.Arbitrary<unknown> => fc.oneof(
  { weight: 4, arbitrary: valid as fc.Arbitrary<unknown> },
  { weight: 2, arbitrary: fc.tuple(valid, fc.array(wildMutation, { minLength: 1, maxLength: 2 })).map(([value, changes]) => mutate(value, changes)) },
  { weight: 1, arbitrary: wildValue },
);

describe('fuzz: formatAmount', () => {
  const digits = fc.stringMatching(/^[1-9]\d{0,14}(\.\d{1,4})?$|^0(\.\d{1,4})?$/);
  /** A valid amount with a sign, as a difference is written; its exact value beside it. */
  const signed = fc.tuple(fc.constantFrom('', '-', '−', ' -'), digits).map(([sign, text]) => ({ text: `${sign}${text}`, value: new Decimal(sign.trim() === '' ? text : `-${text}`) }));
  const validOptions = fc.record({ locale: fc.constantFrom('en', 'zh'), unit: fc.constantFrom('auto', 'yuan', 'thousand', 'million', 'billion', '万', '亿') }, { requiredKeys: [] });

  it_('writes what it reads, exactly and with its sign, or gives a readable input error', () => {
    fc.assert(fc.property(
      fc.oneof(signed.map((amount) => ({ exact: amount.value, given: amount.text as unknown })), fc.oneof(hostileString, wildValue).map((given) => ({ exact: undefined, given }))),
      fc.oneof({ weight: 3, arbitrary: validOptions.map((chosen) => ({ valid: true, given: chosen as unknown })) }, { weight: 2, arbitrary: options(validOptions).map((given) => ({ valid: false, given })) }),
      ({ exact, given }, chosen) => {
        const amount = materialize(given);
        const settings = materialize(chosen.given);
        const text = resultOrInputError(() => formatAmount(amount as string, settings as never), { input: { amount }, options: settings });
        if (exact && chosen.valid) expect(text).toBeTypeOf('string');
        if (text === undefined) return;
        expect(text).toMatch(/\d/);
        expect(text).not.toMatch(/NaN|undefined|Infinity|e[+-]|\[object/);
        if (exact && chosen.valid) {
          // Without a sign, the text reads back as the amount's absolute value; the sign shows exactly when it is below zero.
          expect(parseAmount(text.replace('-', '')).equals(exact.abs())).toBe(true);
          expect(text.includes('-')).toBe(exact.isNegative() && !exact.isZero());
        }
      },
    ), runsOf('formatAmount'));
  });
});

describe('fuzz: reports and analyses of results', () => {
  const DISGUISES = ['self', 'spread', 'proxy', 'json', 'clone', 'anything'] as const;
  type Disguise = (typeof DISGUISES)[number];
  function disguised(assessment: Assessment, kind: Disguise, anything: unknown): unknown {
    if (kind === 'self') return assessment;
    if (kind === 'spread') return { ...assessment };
    if (kind === 'proxy') return new Proxy(assessment, {});
    if (kind === 'json') return toJSON(assessment);
    // A copy with the same prototype and fields: everything an assessment looks like, but not one.
    if (kind === 'clone') return Object.assign(Object.create(Object.getPrototypeOf(assessment) as object) as object, assessment);
    return materialize(anything);
  }
  const reportOptions = fc.record({ format: fc.constantFrom('text', 'markdown', 'csv', 'json'), locale: fc.constantFrom('en', 'zh') }, { requiredKeys: [] });
  const valuation = fc.record({ rate: fc.constantFrom('0', '0.03', '0.08', '1'), asOf: isoDate }, { requiredKeys: ['rate'] });

  it_('accept only a result as it was returned; anything else is an input error, never a crash', () => {
    fc.assert(fc.property(
      project, fc.constantFrom(...POLICY_IDS), fc.constantFrom(...DISGUISES), fc.constantFrom(...DISGUISES), wildValue,
      fc.constantFrom('render', 'json', 'presentValue', 'diff', 'allocate'), fc.boolean(), options(reportOptions), options(valuation),
      (input, policy, kind, otherKind, anything, operation, validOptions, render, value) => {
        const assessment = evaluate(input, { policy });
        const subject = disguised(assessment, kind, anything);
        const other = disguised(assessment, otherKind, anything);
        const renderOptions = validOptions ? { format: 'markdown', locale: 'zh' } : materialize(render);
        const valueOptions = validOptions ? { rate: '0.05' } : materialize(value);
        const settings = operation === 'render' ? renderOptions : valueOptions;
        const roots = { input: { report: subject, assessment: subject, baseline: subject, reform: other, claims: [subject] }, options: settings };
        const outcome = resultOrInputError(() => {
          switch (operation) {
            case 'render': return renderReport(subject as Assessment, renderOptions as never);
            case 'json': return toJSON(subject as Assessment);
            case 'presentValue': return presentValue(subject as Assessment, valueOptions as never);
            case 'diff': return diff(subject as Assessment, other as Assessment);
            default: return allocateFund([subject as Assessment], { pool: '1000', method: 'pro-rata' });
          }
        }, roots);
        const bothSelf = kind === 'self' && (operation !== 'diff' || otherKind === 'self');
        const optionsMatter = operation === 'render' || operation === 'presentValue';
        // Never a result from anything but the assessment itself (a plain claim may be anything's luck);
        // always one from the assessment itself with valid options.
        if (!bothSelf && !(operation === 'allocate' && kind === 'anything')) expect(outcome).toBeUndefined();
        if (bothSelf && (validOptions || !optionsMatter)) expect(outcome).toBeDefined();
        if (outcome === undefined || !bothSelf) return;
        if (operation === 'presentValue') expect((outcome as ReturnType<typeof presentValue>).cash.lessThanOrEqualTo(assessment.totals.cash)).toBe(true);
        if (operation === 'diff') expect((outcome as ReturnType<typeof diff>).changes).toEqual([]);
        if (operation === 'render') expect(outcome).not.toMatch(/undefined|NaN|\[object Object\]/);
        checkAssessment(assessment);
      },
    ), runsOf('results'));
  });
});

describe('fuzz: sweep, breakpoints and opportunities', () => {
  const PATHS = [
    'investment.actual', 'investment.infrastructure', 'finance.annualRevenue', 'finance.rdSpending', 'talentSupport.incrementalRequested',
    'talentStartup.requested.startupFund', 'talents.0.housingPurchase.price', 'talents.1.rent.monthly', 'talents.0.rent.months',
    'talentStartup.loans.0.principal', 'talentStartup.loans.3.principal', 'name', '__proto__.x',
  ];
  const sweepOptions = fc.record({
    policy: fc.constantFrom(...POLICY_IDS), path: fc.constantFrom(...PATHS), from: fc.constantFrom(0, '1', '3万5'),
    to: fc.constantFrom('200000000', '1e400', '-5', 1e15), steps: fc.integer({ min: 1, max: 4 }),
  });
  const breakpointOptions = fc.record({ asOf: isoDate, interpretations: fc.constantFrom({}, { majorProject: 'ceiling-only' }) }, { requiredKeys: [] });

  it_('give curves of every item, breakpoints in order, opportunities each evaluated, or a readable input error', () => {
    fc.assert(fc.property(
      wildProject, options(sweepOptions), fc.oneof(fc.constantFrom(...POLICY_IDS) as fc.Arbitrary<unknown>, wildValue),
      fc.oneof(fc.constantFrom(...PATHS) as fc.Arbitrary<unknown>, wildValue), options(breakpointOptions), fc.constantFrom('sweep', 'breakpoints', 'opportunities'),
      (generated, generatedSweep, generatedPolicy, generatedPath, generatedOptions, operation) => {
        const input = materialize(generated);
        if (operation === 'opportunities') {
          // The policy and the breakpoints' options (a date, readings) make an evaluation's options, or a wild value does.
          const [policy, settings] = [materialize(generatedPolicy), materialize(generatedOptions)];
          const chosen = typeof settings === 'object' && settings !== null && !isExotic(settings) ? { ...settings, policy } : settings;
          const found = resultOrInputError(() => opportunities(input as ProjectInput, chosen as never), { input, options: chosen });
          for (const entry of found?.opportunities ?? []) {
            expect(entry.changes.length).toBeGreaterThan(0);
            if (entry.kind === 'raise') expect(entry.after.amount!.greaterThan(entry.before.amount!)).toBe(true);
            else expect(entry.after.status).not.toBe('ineligible');
          }
        } else if (operation === 'sweep') {
          const settings = materialize(generatedSweep);
          const curve = resultOrInputError(() => sweep(input as ProjectInput, settings as never), { input, options: settings });
          if (!curve) return;
          for (const series of curve.items) expect(series.amounts).toHaveLength(curve.values.length);
          expect(curve.totals.cash).toHaveLength(curve.values.length);
        } else {
          const [policy, path, settings] = [materialize(generatedPolicy), materialize(generatedPath), materialize(generatedOptions)];
          const plain = typeof settings === 'object' && settings !== null && !isExotic(settings);
          // The issue of the path is at ['path'], beside the project's own: the root must be an object to hold it.
          const root = typeof input === 'object' && input !== null ? input : {};
          const optionsRoot = plain ? { ...settings, policy } : isExotic(settings) ? settings : { policy };
          const points = resultOrInputError(() => breakpoints(input as ProjectInput, policy as never, path as string, settings as never), { input: root, options: optionsRoot });
          if (!points) return;
          for (let index = 1; index < points.length; index += 1) expect(points[index - 1]!.at.lessThanOrEqualTo(points[index]!.at)).toBe(true);
          for (const point of points) expect(point.at.isNegative() || point.at.greaterThan(LIMITS.maxAmount)).toBe(false);
        }
        expectNoPollution();
      },
    ), runsOf('sweepAndBreakpoints'));
  });
});

describe('fuzz: definitions at the limits of depth and size', () => {
  const base = exportPolicy('qingshan-lake-2018') as unknown as { rules: Array<Record<string, unknown>> };
  const depthOf = (value: unknown): number =>
    typeof value === 'object' && value !== null ? 1 + Math.max(0, ...Object.values(value).map(depthOf)) : 0;
  /** The values the reader takes: every entry of every object and list, wherever it is reached. */
  const valuesOf = (value: unknown): number =>
    typeof value === 'object' && value !== null ? Object.values(value).reduce<number>((total, entry) => total + 1 + valuesOf(entry), 0) : 0;
  const fact = { fact: 'investment.actual', atLeast: '1' };
  type Shape = { kind: 'nots' | 'cases' | 'web'; size: number; fanOut: number };
  function build(shape: Shape): unknown {
    const definition = structuredClone(base);
    const rule = definition.rules[0]!;
    if (shape.kind === 'nots') {
      let condition: unknown = fact;
      for (let level = 0; level < shape.size; level += 1) condition = { not: condition };
      rule['eligibility'] = [{ when: condition }];
    } else if (shape.kind === 'cases') {
      let amount = rule['amount'];
      for (let level = 0; level < shape.size; level += 1) amount = { block: 'cases', cases: [{ when: fact, then: amount }], otherwise: { block: 'unquantified', offer: 'Nothing' } };
      rule['amount'] = amount;
    } else {
      // A web of shared references: `size` levels, each listing the one below `fanOut` times.
      let condition: unknown = fact;
      for (let level = 0; level < shape.size; level += 1) condition = { any: Array.from({ length: shape.fanOut }, () => condition) };
      rule['eligibility'] = [{ when: condition }];
    }
    return definition;
  }
  /** The values of a web read in full: those of the definition around it, and its conditions wherever reached. */
  function valuesOfWeb(shape: Shape): number {
    let condition = valuesOf(fact);
    // A condition { any: [fanOut × the one below] }: its key, the list's entries, and what each holds.
    for (let level = 0; level < shape.size; level += 1) condition = 1 + shape.fanOut * (1 + condition);
    return valuesOf(build({ ...shape, size: 0 })) - valuesOf(fact) + condition;
  }
  const shape: fc.Arbitrary<Shape> = fc.oneof(
    fc.record({ kind: fc.constant('nots' as const), size: fc.integer({ min: LIMITS.maxInputDepth - 16, max: LIMITS.maxInputDepth + 8 }), fanOut: fc.constant(1) }),
    fc.record({ kind: fc.constant('cases' as const), size: fc.integer({ min: 14, max: 24 }), fanOut: fc.constant(1) }),
    // Small webs, and webs of millions of values (20^6, 50^5) that the reader refuses after its budget.
    fc.constantFrom([2, 4], [3, 5], [5, 4], [6, 6], [20, 6], [50, 5]).map(([fanOut, size]) => ({ kind: 'web' as const, size: size!, fanOut: fanOut! })),
  );

  it_('accept a definition within the limits, and refuse one past them naming the limit, without overflowing the stack', () => {
    fc.assert(fc.property(shape, (generated) => {
      const definition = build(generated);
      const deep = generated.kind !== 'web' && depthOf(definition) > LIMITS.maxInputDepth;
      const large = generated.kind === 'web' && valuesOfWeb(generated) > LIMITS.maxInputValues;
      const pack = resultOrInputError(() => definePolicy(definition as never), { input: definition });
      if (deep || large) {
        expect(pack).toBeUndefined();
        try {
          definePolicy(definition as never);
        } catch (error) {
          const messages = (error as IncentiveInputError).issues.map((issue) => issue.message);
          expect(messages).toContain(deep ? MESSAGES.tooDeep : MESSAGES.tooManyValues);
        }
      } else {
        expect(pack).toBeDefined();
        checkAssessment(evaluate({ name: 'P', asOf: '2019-01-01', investment: { actual: '250000000' } }, { policy: pack! }));
      }
    }), runsOf('definitionLimits'));
  });
});

describe('fuzz: every limit at once', () => {
  const limit = (text: string, length: number) => text.repeat(length);
  const AT = {
    name: limit('N', LIMITS.maxTextLength),
    amount: LIMITS.maxAmount,
    decimals: `0.${limit('1', LIMITS.maxDecimalPlaces)}`,
    first: LIMITS.minDate,
    last: LIMITS.maxDate,
    // The latest assessment date whose 50-year exit is still dated within the date limit:
    // 2999-12-31 less 50 years. A later one is refused at policyFundExit.holdingYears.
    latestWithExit: '2949-12-31',
  };
  /** Each field at its limit, or one past it: the fields past it are the paths the error must name. */
  const PAST: Record<string, [path: string, value: unknown]> = {
    name: ['name', `${AT.name}N`],
    actual: ['investment.actual', `${AT.amount}.01`],
    infrastructure: ['investment.infrastructure', `0.${limit('1', LIMITS.maxDecimalPlaces + 1)}`],
    asOf: ['asOf', '3000-01-01'],
    months: ['talents.0.rent.months', LIMITS.maxMonths + 1],
    rate: ['talentStartup.loans.0.annualRate', '1.01'],
    holding: ['policyFundExit.holdingYears', LIMITS.maxExitYears + 1],
    expires: ['talentSupport.expiresOn', '1899-12-31'],
  };

  function atLimits(talents: number, loans: number, past: readonly string[]): { project: Record<string, unknown>; expected: string[] } {
    const value = (key: string, at: unknown) => (past.includes(key) ? PAST[key]![1] : at);
    const people = Array.from({ length: Math.max(1, talents) }, (_, index) => ({
      name: `${index}`.padEnd(LIMITS.maxTextLength, 'N'),
      highLevel: true,
      housingPurchase: { price: AT.amount },
      rent: { monthly: AT.amount, start: AT.first, months: index === 0 ? value('months', LIMITS.maxMonths) : LIMITS.maxMonths },
    }));
    const project = {
      name: value('name', AT.name),
      id: AT.name,
      asOf: value('asOf', AT.latestWithExit),
      investment: { actual: value('actual', AT.amount), infrastructure: value('infrastructure', AT.decimals) },
      finance: { annualRevenue: AT.amount, rdSpending: AT.decimals },
      talents: people,
      talentStartup: {
        founder: people[0]!.name,
        requested: { startupFund: AT.amount, shareInvestment: AT.amount, ventureCapital: AT.amount },
        loans: Array.from({ length: Math.max(1, loans) }, (_, index) => ({
          principal: AT.amount,
          annualRate: index === 0 ? value('rate', '1') : '1',
          repayment: 'equal-instalment',
          start: AT.first,
          // Together at most the limit of monthly periods.
          termMonths: Math.min(LIMITS.maxMonths, Math.floor(LIMITS.maxLoanPeriods / Math.max(1, loans))),
        })),
      },
      policyFundExit: { holdingYears: value('holding', LIMITS.maxExitYears), buyBackRate: '1', expectedReturn: '1' },
      talentSupport: { expiresOn: value('expires', AT.last), highPotential: true, incrementalRequested: AT.amount },
    };
    return { project, expected: past.map((key) => PAST[key]![0]).sort() };
  }

  it_('computes a project with every field at its limit, and names exactly the fields one past it', () => {
    fc.assert(fc.property(
      fc.constantFrom(1, 2, 50), fc.constantFrom(1, 3, 10), fc.oneof({ weight: 1, arbitrary: fc.constant([]) }, { weight: 2, arbitrary: fc.subarray(Object.keys(PAST)) }),
      fc.constantFrom(...POLICY_IDS),
      (talents, loans, past, policy) => {
        const { project: input, expected } = atLimits(talents, loans, past);
        const assessment = resultOrInputError(() => evaluate(input as unknown as ProjectInput, { policy }), { input });
        if (expected.length === 0) {
          expect(assessment).toBeDefined();
          checkAssessment(assessment!);
          expect(JSON.parse(JSON.stringify(toJSON(assessment!)))).toBeTypeOf('object');
          return;
        }
        expect(assessment).toBeUndefined();
        try {
          evaluate(input as unknown as ProjectInput, { policy });
        } catch (error) {
          expect([...new Set((error as IncentiveInputError).issues.map((issue) => issue.path.join('.')))].sort()).toEqual(expected);
        }
      },
    ), runsOf('limits'));
  });
});

describe('fuzz: the rest of the surface', () => {
  it_('listPolicies, listFundPools, exportPolicy and the blocks give a result or a readable input error', () => {
    const calls = ['listPolicies', 'listFundPools', 'exportPolicy', 'cappedShare', 'unquantified', 'cases', 'sharedCap'] as const;
    fc.assert(fc.property(fc.constantFrom(...calls), wildValue, wildValue, (call, first, second) => {
      const [a, b] = [materialize(first), materialize(second)];
      resultOrInputError(() => {
        switch (call) {
          case 'listPolicies': return listPolicies(a as never);
          case 'listFundPools': return (listFundPools as (...args: unknown[]) => unknown)(a);
          case 'exportPolicy': return exportPolicy(a as never);
          case 'cappedShare': return blocks.cappedShare(a as never);
          case 'unquantified': return blocks.unquantified(a as never);
          case 'cases': return blocks.cases(a as never, b as never);
          default: return blocks.sharedCap(a as never);
        }
      }, { input: { policy: a, input: a, offer: a, cases: a, otherwise: b }, options: a });
      expectNoPollution();
    }), runsOf('rest'));
  });
});
