import fc from 'fast-check';
import type { EvaluateOptions, ProjectInput } from '../../src/index.js';
import { builtInPolicies } from '../../src/policies/index.js';
import { INDUSTRIES } from '../../src/schema/vocabulary.js';
import { addMonthsToIsoDate } from '../../src/dates/iso-date.js';
import { amountString, isoDate, project } from '../arbitraries.js';
import { allInterpretations } from '../oracle/engine/all-interpretations.js';
import type { DeclaredFact, ParameterDefinition, PolicyDefinition } from '../oracle/engine/definition.js';
import { namedProjectsOf } from '../oracle/engine/named-projects.js';
import { mutate, mutation } from './hostile.js';

/** One call of the differential test: `evaluate`'s two arguments. */
export interface Call {
  project: unknown;
  options: EvaluateOptions;
}

/** Every project id a built-in pack's conditions name, and one no pack names (a user's own). */
const SOURCE_PROJECTS = [...builtInPolicies().flatMap((definition) => [...namedProjectsOf(definition as unknown as PolicyDefinition)]), 'my-park/fab-2'];

const year = fc.integer({ min: 2015, max: 2035 }).map(String);

/**
 * Amounts where whole cents leave the safe integers (2^53 cents is about
 * 9 × 10^13 yuan), up to the limit of 10^15: there the engine's whole-cent
 * arithmetic must give way to the Decimal.
 */
const LARGE = fc.oneof(
  fc.bigInt({ min: 9n * 10n ** 13n, max: 10n ** 15n }).map(String),
  fc.bigInt({ min: 9_007_199_254_740_000n, max: 9_007_199_254_741_000n }).map((cents) => `${cents / 100n}.${String(cents % 100n).padStart(2, '0')}`),
);

/** An amount up to `max`, and one time in six a large one. */
const amountOrLarge = (max: number) => fc.oneof({ weight: 5, arbitrary: amountString(max) }, { weight: 1, arbitrary: LARGE });

/** A value for a fact a pack declares, within what it accepts. */
function factValue(fact: DeclaredFact): fc.Arbitrary<unknown> {
  const most = fact.max === undefined ? 1_000_000 : Math.min(1_000_000, Number(fact.max));
  switch (fact.type) {
    case 'count': return fc.integer({ min: 0, max: most });
    case 'amount': return amountOrLarge(1_000_000_000);
    case 'rate': return fc.integer({ min: 0, max: 10_000 }).map((basisPoints) => (basisPoints / 10_000).toString());
    case 'boolean': return fc.boolean();
    case 'date': return isoDate;
    case 'choice': return fc.constantFrom(...(fact.values ?? ['none']));
    case 'amount-series': return fc.dictionary(year, amountOrLarge(50_000_000), { maxKeys: 8 });
    case 'count-series': return fc.dictionary(year, fc.integer({ min: 0, max: most }), { maxKeys: 8 });
  }
}

/** The facts a pack declares, each sometimes stated (a required one always). */
function packFacts(definition: PolicyDefinition): fc.Arbitrary<Record<string, unknown>> {
  const facts = definition.facts ?? [];
  const entries = Object.fromEntries(facts.map((fact) => [`${definition.id}/${fact.id}`, factValue(fact)]));
  const required = facts.filter((fact) => fact.required).map((fact) => `${definition.id}/${fact.id}`);
  return fc.record(entries, { requiredKeys: required });
}

/** A valid project with what the shared generator leaves out: the industry, source projects, the pack's facts. */
function projectFor(definition: PolicyDefinition): fc.Arbitrary<ProjectInput> {
  const extras = fc.record(
    {
      industry: fc.constantFrom(...INDUSTRIES),
      sourceProjects: fc.subarray(SOURCE_PROJECTS, { maxLength: 2 }),
      firstClassEntity: fc.boolean(),
      facts: packFacts(definition),
      largeInvestment: LARGE,
    },
    { requiredKeys: ['facts'] },
  );
  return fc.tuple(project, extras).map(([base, { firstClassEntity, facts, largeInvestment, ...rest }]): ProjectInput => ({
    ...base,
    ...rest,
    // Infrastructure stays below any large investment (the generator's is at most 2 × 10^9).
    ...(largeInvestment !== undefined && { investment: { ...base.investment, actual: largeInvestment } }),
    ...(firstClassEntity !== undefined && { classification: { ...base.classification, firstClassEntity } }),
    ...(Object.keys(facts).length > 0 && { facts: facts as NonNullable<ProjectInput['facts']> }),
  }));
}

/** A replacement for a parameter: its value scaled, in the unit's form; a tier table for tiers. */
function overrideValue(parameter: ParameterDefinition): fc.Arbitrary<unknown> {
  switch (parameter.unit) {
    case 'tiers': return fc.constantFrom(null, { base: 'investment.actual', brackets: [{ from: '0', amount: '100000' }, { from: '50000000', amount: '1000000.5' }] });
    case 'ratio': return fc.integer({ min: 0, max: 10_000 }).map((basisPoints) => (basisPoints / 10_000).toString());
    case 'months': case 'years': return fc.integer({ min: 1, max: 60 });
    case 'count': return fc.integer({ min: 0, max: 5_000 });
    default: return amountOrLarge(50_000_000).map((amount) => amount.replace(/(\.\d{2})\d+$/, '$1'));
  }
}

/** Overrides of one to three parameters of the pack. */
function overridesFor(definition: PolicyDefinition): fc.Arbitrary<Record<string, Record<string, unknown>>> | undefined {
  const parameters = definition.rules.flatMap((rule) => Object.entries(rule.parameters).map(([name, parameter]) => ({ rule: rule.id, name, parameter })));
  if (parameters.length === 0) return undefined;
  const one = fc.constantFrom(...parameters).chain(({ rule, name, parameter }) => overrideValue(parameter).map((value) => ({ rule, name, value })));
  return fc.array(one, { minLength: 1, maxLength: 3 }).map((chosen) => {
    const overrides: Record<string, Record<string, unknown>> = {};
    for (const { rule, name, value } of chosen) (overrides[rule] ??= {})[name] = value;
    return overrides;
  });
}

/** Shares that sum to exactly 1, in basis points. */
const shares = fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: 4 }).map((weights) => {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const points = weights.map((weight) => Math.floor((weight * 10_000) / total));
  points[0]! += 10_000 - points.reduce((sum, point) => sum + point, 0);
  return points.map((point) => (point / 10_000).toString());
});

/** Payment plans for one or two of the pack's rules, dated from its source's date on. */
function schedulesFor(definition: PolicyDefinition): fc.Arbitrary<Record<string, unknown>> {
  const published = definition.source.published;
  const plan = shares.chain((parts) => fc.tuple(...parts.map((share) => fc.integer({ min: 0, max: 72 }).map((months) => ({ date: addMonthsToIsoDate(published, months), share })))));
  return fc.uniqueArray(fc.constantFrom(...definition.rules.map((rule) => rule.id)), { minLength: 1, maxLength: 2 })
    .chain((rules) => fc.tuple(...rules.map((rule) => plan.map((tranches) => [rule, tranches] as const))))
    .map((entries) => Object.fromEntries(entries));
}

/** The assessment date: the project's, or one before the source's date, within its validity, or after it. */
function asOfFor(definition: PolicyDefinition): fc.Arbitrary<string | undefined> {
  const { published } = definition.source;
  const until = definition.validity.until;
  return fc.oneof(
    { weight: 4, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: fc.integer({ min: 1, max: 36 }).map((months) => addMonthsToIsoDate(published, -months)) },
    { weight: 4, arbitrary: fc.integer({ min: 0, max: 96 }).map((months) => addMonthsToIsoDate(published, months)) },
    { weight: until === undefined ? 0 : 1, arbitrary: fc.integer({ min: 1, max: 36 }).map((months) => addMonthsToIsoDate(until ?? published, months)) },
  );
}

/** Readings of some of the pack's interpretations, each among its options. */
function readingsFor(definition: PolicyDefinition): fc.Arbitrary<Record<string, string>> {
  const interpretations = allInterpretations(definition);
  const entries = Object.fromEntries(interpretations.map((interpretation) => [interpretation.id, fc.constantFrom(...interpretation.options.map((option) => option.value))]));
  return fc.record(entries, { requiredKeys: [] }) as fc.Arbitrary<Record<string, string>>;
}

/**
 * Calls of `evaluate` on a pack: valid projects under random readings, some
 * with overrides and payment plans, on dates before, within and after the
 * pack's validity; and a share of near-valid projects (a few hostile changes),
 * for which both engines must refuse alike.
 *
 * @param policy - what `options.policy` is: a built-in id or a user's pack
 * @param definition - the pack's definition
 */
export function callsOf(policy: EvaluateOptions['policy'], definition: PolicyDefinition): fc.Arbitrary<Call> {
  const overrides = overridesFor(definition);
  const valid = projectFor(definition);
  const nearValid = fc.tuple(valid, fc.array(mutation, { minLength: 1, maxLength: 2 })).map(([input, changes]) => mutate(input, changes));
  return fc.record({
    project: fc.oneof({ weight: 9, arbitrary: valid as fc.Arbitrary<unknown> }, { weight: 1, arbitrary: nearValid }),
    interpretations: readingsFor(definition),
    overrides: overrides ? fc.option(overrides, { freq: 3, nil: undefined }) : fc.constant(undefined),
    schedules: fc.option(schedulesFor(definition), { freq: 4, nil: undefined }),
    asOf: asOfFor(definition),
  }).map(({ project: input, interpretations, overrides: replaced, schedules, asOf }) => ({
    project: input,
    options: {
      policy,
      interpretations,
      ...(asOf !== undefined && { asOf }),
      ...(replaced !== undefined && { overrides: replaced }),
      ...(schedules !== undefined && { schedules }),
    } as EvaluateOptions,
  }));
}
