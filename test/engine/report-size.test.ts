import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveOptions, type EvaluateOptions } from '../../src/api/options.js';
import { measureWorkload } from '../../src/engine/workload.js';
import {
  blocks, compare, definePolicy, evaluate, listPolicies, renderReport, toJSON, type Assessment, type Comparison, type ProjectInput,
} from '../../src/index.js';
import type { AmountInput, PolicyDefinitionInput } from '../../src/schema/policy-definition.js';
import { validateProject } from '../../src/schema/validate-project.js';
import { project as anyProject } from '../../src/testing/arbitraries.js';
import { IDS_OR_PACKS } from '../../src/api/registry.js';

/**
 * The workload check refuses an assessment whose reports would not fit in
 * memory, by a bound on their characters computed before any item is built
 * (`src/engine/report-size.ts`). These properties hold that bound above
 * every report actually made, in every format and locale, for the built-in
 * packs and for generated packs whose texts are hostile: tiny and many, long,
 * full of characters that reports escape. The counts of items are exact and
 * those of payments upper bounds.
 */
const FORMATS = ['text', 'markdown', 'csv', 'json'] as const;
const LOCALES = ['en', 'zh'] as const;

/** The longest text made of the report: its JSON, and each format in each locale. */
function longestReport(report: Assessment | Comparison): number {
  let longest = JSON.stringify(toJSON(report)).length;
  for (const format of FORMATS) for (const locale of LOCALES) longest = Math.max(longest, renderReport(report, { format, locale }).length);
  return longest;
}

function paymentsOf(assessment: Assessment): number {
  return assessment.items.reduce((total, item) => total + (item.status === 'unquantified' ? 0 : (item.schedule?.length ?? 0)), 0);
}

/** The counted workload of an input, summed over its sources. */
function counted(project: ProjectInput, options: EvaluateOptions) {
  const resolved = resolveOptions(options, IDS_OR_PACKS);
  const validated = validateProject(project);
  if (!resolved.ok || !validated.ok) throw new Error('the generated input is not valid');
  const asOf = resolved.options.asOf ?? validated.project.asOf!;
  const workload = measureWorkload(resolved.options.pack, validated.project, asOf, resolved.options);
  const sum = (tally: { talents: number; loans: number; project: number }) => tally.talents + tally.loans + tally.project;
  return { items: sum(workload.items), payments: sum(workload.payments), characters: sum(workload.characters) };
}

function expectBounded(project: ProjectInput, options: EvaluateOptions): void {
  const assessment = evaluate(project, options);
  const bound = counted(project, options);
  expect(assessment.items.length).toBe(bound.items);
  expect(paymentsOf(assessment)).toBeLessThanOrEqual(bound.payments);
  expect(longestReport(assessment)).toBeLessThanOrEqual(bound.characters);
}

/** Texts as a hostile pack writes them: one character, escapes on every character, punctuation, Chinese, the longest allowed. */
const hostileText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('x', '字', '"', '<', '\\', '|'),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }).map((text) => `a${text}`),
  fc.tuple(fc.constantFrom('\u0000', '\u001b', '\n', '\u202e', '\ud800', '"', '<', '&', '|', '*', '字', 'x'), fc.integer({ min: 1, max: 4_000 }))
    .map(([char, count]) => `a${char.repeat(count - 1)}`),
);
const text = fc.oneof(hostileText, fc.record({ en: hostileText, zh: hostileText }));
const citation = fc.record({ document: hostileText.map((document) => document.slice(0, 500)), quote: hostileText });
const few = <T>(arbitrary: fc.Arbitrary<T>) => fc.array(arbitrary, { maxLength: 4 });

function labelled(value: string, unit: 'CNY' | 'CNY/month' | 'ratio' | 'months') {
  return fc.record({ value: fc.constant(value), unit: fc.constant(unit), label: text, citation }, { requiredKeys: ['value', 'unit'] });
}

/** Every block, for a rule about the project or about each talent. */
function amount(scope: 'project' | 'talent'): fc.Arbitrary<AmountInput> {
  const leaf: fc.Arbitrary<AmountInput> = fc.oneof(
    fc.constant(blocks.cappedShare({ rate: 'rate', base: 'investment.actual', ceiling: 'ceiling' })),
    fc.constant(blocks.flatCeiling({ ceiling: 'ceiling', ...(scope === 'talent' && { requested: 'talent.housingPurchase.price' }) })),
    fc.constant(blocks.interestSubsidy({ ceiling: 'ceiling' })),
    fc.constant(blocks.tiered({ ceiling: 'ceiling', tiers: 'tiers' })),
    text.map((offer) => blocks.unquantified(offer)),
    ...(scope === 'talent'
      ? [fc.constant(blocks.perPeriod({ perPeriodCeiling: 'monthly', maxPeriods: 'months', periodAmount: 'talent.rent.monthly', periods: 'talent.rent.months', start: 'talent.rent.start' }))]
      : []),
  );
  return fc.oneof(
    { weight: 3, arbitrary: leaf },
    { weight: 1, arbitrary: fc.tuple(leaf, leaf).map(([a, b]) => blocks.byInterpretation('reading', { a, b })) },
    { weight: 1, arbitrary: fc.tuple(leaf, leaf).map(([then, otherwise]) => blocks.cases([{ when: { fact: 'classification.major', is: true }, then }], otherwise)) },
  );
}

function rule(index: number) {
  return fc.constantFrom('project' as const, 'talent' as const).chain((scope) => fc.record({
    id: fc.constant(`r${index}`),
    label: text,
    instrument: fc.constantFrom('grant' as const, 'rent-subsidy' as const, 'service' as const, 'equity' as const),
    scope: fc.constant(scope),
    citation,
    parameters: fc.record({
      ceiling: labelled('600000', 'CNY'),
      rate: labelled('0.3', 'ratio'),
      monthly: labelled('2000', 'CNY/month'),
      months: labelled('36', 'months'),
      tiers: fc.record({ value: fc.constant(null), unit: fc.constant('tiers' as const), label: text, citation }, { requiredKeys: ['value', 'unit'] }),
    }),
    eligibility: few(fc.record({ when: fc.constant({ fact: scope === 'talent' ? 'talent.qualified' : 'classification.major', is: true }), met: text, unmet: text })),
    amount: amount(scope),
    notes: few(text),
    figures: few(fc.record({ label: text, value: fc.constant('3'), unit: fc.constant('months' as const), citation })),
    alsoCites: few(citation),
    exit: fc.constant('profit-given-away' as const),
    // Commitments judged on the assessment date (2024-01-01), each of its kinds, their texts hostile.
    commitments: few(fc.record({ label: text, citation, kind: fc.constantFrom('all' as const, 'pro-rata' as const) })).map((entries) => entries.map((entry, i) => ({
      id: `c${i}`, label: entry.label, citation: entry.citation, fact: 'investment.actual', atLeast: '1000000000', by: '2020-01-01', clawback: { kind: entry.kind },
    }))),
  }, { requiredKeys: ['id', 'label', 'instrument', 'scope', 'citation', 'parameters', 'amount'] }));
}

const hostilePack: fc.Arbitrary<PolicyDefinitionInput> = fc
  .tuple(fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), text, text, fc.boolean())
  .chain(([indexes, name, rationale, grouped]) => fc.tuple(...indexes.map((_, index) => rule(index))).map((rules) => ({
    id: 'hostile',
    name,
    jurisdiction: { level: 'district' as const, name },
    source: { document: 'offer.pdf', published: '2018-01-01' },
    interpretations: [{ id: 'reading', label: name, default: 'a', options: [{ value: 'a', rationale }, { value: 'b', rationale }] }],
    rules,
    groups: grouped && rules.length > 1
      ? [
        { kind: 'one-of' as const, id: 'pick', rules: rules.map((entry) => entry.id), reason: rationale },
        { kind: 'shared-cap' as const, id: 'shared', rules: rules.map((entry) => entry.id), cap: '1000', label: name, citation: { document: 'offer.pdf', quote: 'Shared.' } },
      ]
      : [],
    funds: [{ id: 'fund', label: name, amount: '1', citation: { document: 'offer.pdf', quote: 'A fund.' } }],
    // An audience named in hostile words: its reason and its warning repeat them.
    audience: { industries: ['semiconductors' as const], citations: [{ document: 'offer.pdf', quote: 'Chips.' }], note: rationale },
  })));

/**
 * A generated project whose talents, copied up to 25 times so that the items
 * outweigh the assessment's own parts, have hostile names (the founder renamed with them).
 */
const hostileProject: fc.Arbitrary<ProjectInput> = fc
  .tuple(anyProject, fc.uniqueArray(hostileText.map((name) => name.slice(0, 490)), { minLength: 4, maxLength: 4 }), fc.integer({ min: 1, max: 25 }))
  .map(([project, names, copies]) => {
    const renamed = new Map((project.talents ?? []).map((talent, index) => [talent.name, names[index]!]));
    const talents = (project.talents ?? []).flatMap((talent) =>
      Array.from({ length: copies }, (_, copy) => ({ ...talent, name: `${renamed.get(talent.name)!}${copy === 0 ? '' : copy}` })));
    return {
      ...project,
      talents,
      ...(project.talentStartup && { talentStartup: { ...project.talentStartup, founder: renamed.get(project.talentStartup.founder) ?? names[0]! } }),
    };
  })
  .filter((project) => validateProject(project).ok);

/** A plan of `count` tranches whose shares sum to exactly 1. */
function plan(count: number) {
  const share = Math.floor(1_000_000 / count);
  return Array.from({ length: count }, (_, index) => ({
    date: `20${String(20 + (index % 70)).padStart(2, '0')}-01-31`,
    share: String((index === count - 1 ? 1_000_000 - share * (count - 1) : share) / 1_000_000),
  }));
}

describe('the bound on the characters of a report', () => {
  it('counts the backslash Markdown adds to each escaped control character', () => {
    // A NUL is written \u0000 (6 characters) by printable and JSON, and \\u0000 (7) by Markdown, which escapes
    // the backslash. The old bound counted 6: 50 notes of 4,000 NULs in each language made a Markdown report
    // about 400,000 characters longer than its bound (a generated pack found it by 14 characters).
    const nul = (mark: string) => ({ en: `${mark}${'\u0000'.repeat(3_996)}`, zh: `${mark}${'\u0000'.repeat(3_996)}` });
    const definition: PolicyDefinitionInput = {
      id: 'controls', name: 'Controls', jurisdiction: { level: 'district', name: 'Test' }, source: { document: 'offer.pdf', published: '2018-01-01' },
      rules: [{
        id: 'grant', label: nul('ab'), instrument: 'grant', citation: { document: 'offer.pdf', quote: 'One yuan.' },
        parameters: { ceiling: { value: '1', unit: 'CNY' } }, amount: blocks.flatCeiling({ ceiling: 'ceiling' }), notes: Array.from({ length: 50 }, (_, index) => nul(String(index))),
      }],
    };
    const options = { policy: definePolicy(definition), asOf: '2024-01-01' };
    const project = { name: 'A project', investment: { actual: '1' } };
    // 50 distinct notes of 3,996 NULs, 7 characters each in Markdown.
    expect(renderReport(evaluate(project, options), { format: 'markdown', locale: 'zh' }).length).toBeGreaterThan(50 * 3_996 * 7);
    expectBounded(project, options);
  });

  it('holds above every report of every built-in pack, under every reading, with plans and a tier table', { timeout: 300_000 }, () => {
    const policies = listPolicies();
    fc.assert(fc.property(
      hostileProject,
      fc.constantFrom(...policies),
      fc.integer({ min: 0, max: 120 }),
      fc.boolean(),
      (project, policy, tranches, tiers) => {
        const interpretations = Object.fromEntries(policy.interpretations.map((entry) => [entry.id, entry.options.at(-1)!]));
        const rule = policy.rules.find((id) => id.endsWith('tiered-funding'));
        const options: EvaluateOptions = {
          policy: policy.id as EvaluateOptions['policy'],
          interpretations,
          ...(tranches > 0 && { schedules: { [policy.rules[0]!]: plan(tranches) } }),
          ...(tiers && rule && { overrides: { [rule]: { tiers: { base: 'investment.actual', brackets: Array.from({ length: 100 }, (_, index) => ({ from: String(index * 1_000_000), amount: '123456789.12' })) } } } }),
        };
        expectBounded(project, options);
      },
    ), { numRuns: 150, seed: 11 });
  });

  it('holds above every report of generated packs with hostile texts and hostile talent names', { timeout: 300_000 }, () => {
    fc.assert(fc.property(hostilePack, hostileProject, fc.integer({ min: 0, max: 120 }), fc.boolean(), (definition, project, tranches, outside) => {
      const policy = definePolicy(definition);
      const options: EvaluateOptions = { policy, asOf: '2024-01-01', ...(tranches > 0 && { schedules: { 'hostile/r0': plan(tranches) } }) };
      expectBounded(outside ? { ...project, industry: 'other' } : project, options);
    }), { numRuns: 100, seed: 12 });
  });

  it('holds above a comparison: the sum of its assessments\' bounds', { timeout: 300_000 }, () => {
    fc.assert(fc.property(anyProject, (project) => {
      const comparison = compare(project, { asOf: '2024-09-01' });
      const bound = comparison.entries.reduce((total, entry) => total + counted(project, { policy: entry.policy.id as EvaluateOptions['policy'], asOf: '2024-09-01' }).characters, 0);
      expect(longestReport(comparison)).toBeLessThanOrEqual(bound);
    }), { numRuns: 50, seed: 13 });
  });
});
