import { describe, expect, it } from 'vitest';
import {
  allocateFund, blocks, compare, definePolicy, evaluate, IncentiveInputError, type PolicyDefinitionInput, type ProjectInput,
} from '../../src/index.js';
import { item } from '../helpers.js';

const letter = { document: 'offer-letter-2026.pdf', quote: 'We subsidise 30% of the actual investment excluding infrastructure, up to 100 million yuan.' };

/** A district offer of the kind an analyst receives: 30% of the actual investment excluding infrastructure up to 100,000,000, and a tape-out subsidy. */
const definition: PolicyDefinitionInput = {
  id: 'river-district-2026',
  name: 'River District offer letter (2026)',
  jurisdiction: { level: 'district', name: 'River District' },
  source: { document: letter.document, published: '2026-03-01' },
  rules: [
    {
      id: 'equipment',
      label: 'Equipment subsidy',
      instrument: 'grant',
      citation: letter,
      parameters: { rate: { value: '0.3', unit: 'ratio' }, ceiling: { value: '100000000', unit: 'CNY' } },
      eligibility: [{ when: { fact: 'activities', includesAny: ['manufacturing'] } }],
      amount: blocks.cappedShare({ rate: 'rate', base: 'investment.eligible', ceiling: 'ceiling' }),
    },
    {
      id: 'tape-out',
      label: 'Tape-out subsidy',
      instrument: 'grant',
      citation: { document: letter.document, quote: 'Tape-out costs are subsidised up to 5 million yuan.' },
      parameters: { ceiling: { value: 5_000_000, unit: 'CNY' } },
      amount: blocks.flatCeiling({ ceiling: 'ceiling' }),
    },
  ],
  groups: [
    blocks.sharedCap({
      id: 'total', rules: ['equipment', 'tape-out'], cap: '102000000',
      citation: { document: letter.document, quote: 'In all, no more than 102 million yuan.' },
    }),
  ],
};
const fab: ProjectInput = { name: 'Fab', asOf: '2026-04-01', investment: { actual: '400000000' }, activities: ['manufacturing'] };

describe('definePolicy', () => {
  const pack = definePolicy(definition);

  it('gives a user\'s pack itemized, cited, capped assessments', () => {
    // Equipment: min(100,000,000, 30% × 400,000,000 = 120,000,000) = 100,000,000; tape-out: the 5,000,000 ceiling;
    // together 105,000,000 > the shared cap of 102,000,000: the tape-out, second in order, is cut to 2,000,000.
    const assessment = evaluate(fab, { policy: pack });
    expect(assessment.policy.id).toBe('river-district-2026');
    expect(item(assessment, 'equipment').amount.toFixed(2)).toBe('100000000.00');
    const tapeOut = item(assessment, 'tape-out');
    expect(tapeOut.amount.toFixed(2)).toBe('2000000.00');
    expect(tapeOut.caps.find((cap) => cap.shared)).toMatchObject({ id: 'river-district-2026/total', binding: true });
    expect(tapeOut.schedule?.[0]?.amount.toFixed(2)).toBe('2000000.00');
    expect(tapeOut.reasons.at(-1)).toContain('Reduced from 5,000,000.00 to 2,000,000.00');
    // The tape-out subsidy is its ceiling (nothing requested), cut to 2,000,000 by the shared cap: a stated
    // maximum, apart from the computed 100,000,000.
    expect(assessment.totals.cash.toFixed(2)).toBe('100000000.00');
    expect(assessment.totals.ceilings.cash.toFixed(2)).toBe('2000000.00');
    expect(item(assessment, 'equipment').citation).toEqual(letter);
  });

  it('shares the cap pro rata when asked', () => {
    const proRata = definePolicy({
      ...definition,
      groups: [blocks.sharedCap({ id: 'total', rules: ['equipment', 'tape-out'], cap: '102000000', allocation: 'pro-rata', citation: letter })],
    });
    // 102,000,000 × 100/105 = 97,142,857.142… and × 5/105 = 4,857,142.857…: the cent goes to the larger remainder.
    const assessment = evaluate(fab, { policy: proRata });
    expect(item(assessment, 'equipment').amount.toFixed(2)).toBe('97142857.14');
    expect(item(assessment, 'tape-out').amount.toFixed(2)).toBe('4857142.86');
  });

  it('writes reasons for conditions given without them', () => {
    const design = evaluate({ ...fab, activities: ['design'] }, { policy: pack });
    expect(item(design, 'equipment').reasons).toEqual(['Condition not met: activities includes any of manufacturing.']);
  });

  it('works with compare and allocateFund like a built-in pack', () => {
    const comparison = compare(fab, { policies: [pack, 'qingshan-lake-2018'] });
    expect(comparison.ranking[0]?.policyId).toBe('river-district-2026');
    const shared = allocateFund([evaluate(fab, { policy: pack })], { pool: '51000000', method: 'pro-rata' });
    expect(shared.total.toFixed(2)).toBe('51000000.00');
  });

  it('freezes the pack', () => {
    expect(Object.isFrozen(pack.definition.rules[0])).toBe(true);
  });

  const broken = (change: (copy: PolicyDefinitionInput) => void) => {
    const copy = structuredClone(definition);
    change(copy);
    try {
      definePolicy(copy);
    } catch (error) {
      expect(error).toBeInstanceOf(IncentiveInputError);
      return (error as IncentiveInputError).issues.map((issue) => `${issue.code} ${issue.path.join('.')}`);
    }
    throw new Error('expected an IncentiveInputError');
  };

  it.each([
    ['a negative rate', (d: PolicyDefinitionInput) => { d.rules[0]!.parameters!['rate']!.value = '-0.3'; }, 'out_of_range rules.0.parameters.rate.value'],
    ['a cap below zero', (d: PolicyDefinitionInput) => { d.rules[1]!.parameters!['ceiling']!.value = -1; }, 'out_of_range rules.1.parameters.ceiling.value'],
    // The shared cap then names a rule that is gone: reported too.
    ['a duplicate rule id', (d: PolicyDefinitionInput) => { d.rules[1]!.id = 'equipment'; }, 'duplicate rules.1.id', 'not_found groups.0.rules.1'],
    ['a condition on a field that does not exist', (d: PolicyDefinitionInput) => { d.rules[0]!.eligibility = [{ when: { fact: 'investment.imaginary', is: true } }]; }, 'not_found rules.0.eligibility.0.when.fact'],
    ['a missing parameter', (d: PolicyDefinitionInput) => { d.rules[0]!.amount = blocks.cappedShare({ rate: 'rate', base: 'investment.eligible', ceiling: 'cap' }); }, 'not_found rules.0.amount.ceiling.param'],
    ['a parameter in the wrong unit', (d: PolicyDefinitionInput) => { d.rules[0]!.amount = blocks.cappedShare({ rate: 'ceiling', base: 'investment.eligible' }); }, 'inconsistent rules.0.amount.rate.param'],
    ['a talent fact in a project rule', (d: PolicyDefinitionInput) => { d.rules[0]!.amount = blocks.cappedShare({ rate: 'rate', base: 'talent.rent.monthly' }); }, 'inconsistent rules.0.amount.base.fact'],
    ['a base that is not an amount', (d: PolicyDefinitionInput) => { d.rules[0]!.amount = blocks.cappedShare({ rate: 'rate', base: 'asOf' }); }, 'inconsistent rules.0.amount.base.fact'],
    ['a shared cap on an unknown rule', (d: PolicyDefinitionInput) => { d.groups = [blocks.sharedCap({ id: 't', rules: ['nothing'], cap: 1, citation: letter })]; }, 'not_found groups.0.rules.0'],
    ['a rule of another pack', (d: PolicyDefinitionInput) => { d.rules[0]!.id = 'other-pack/equipment'; }, 'inconsistent rules.0.id', 'not_found groups.0.rules.0'],
    ['a misspelt field', (d: PolicyDefinitionInput) => { (d.rules[0] as Record<string, unknown>)['instrumnet'] = 'grant'; }, 'unknown_field rules.0.instrumnet'],
    // As an override's tier table is refused without one: a table of no brackets gives every project nothing.
    ['a tier table without brackets', (d: PolicyDefinitionInput) => { d.rules[1]!.parameters!['tiers'] = { value: { base: 'investment.actual', brackets: [] }, unit: 'tiers' }; }, 'out_of_range rules.1.parameters.tiers.value.brackets'],
    ['two groups of one id', (d: PolicyDefinitionInput) => { d.groups = [d.groups![0]!, d.groups![0]!]; }, 'duplicate groups.1.id'],
    ['a label of spaces', (d: PolicyDefinitionInput) => { d.rules[0]!.label = ' \t '; }, 'invalid_format rules.0.label'],
    ['a name of spaces in one language', (d: PolicyDefinitionInput) => { d.name = { en: 'River', zh: '\u3000' }; }, 'invalid_format name.zh'],
    ['a quote of spaces', (d: PolicyDefinitionInput) => { d.rules[0]!.citation = { document: letter.document, quote: '  ' }; }, 'invalid_format rules.0.citation.quote'],
  ])('refuses %s, at its path', (_, change, ...expected) => {
    expect(broken(change)).toEqual(expected);
  });

  it('refuses a tier table without brackets with the message an override gets', () => {
    const copy = structuredClone(definition);
    copy.rules[1]!.parameters!['tiers'] = { value: { base: 'investment.actual', brackets: [] }, unit: 'tiers' };
    const override = { 'river-district-2026/tape-out': { tiers: { base: 'investment.actual', brackets: [] } } };
    const messageOf = (call: () => unknown) => {
      try {
        call();
      } catch (error) {
        return (error as IncentiveInputError).issues[0]!.message;
      }
      throw new Error('expected an IncentiveInputError');
    };
    const withTiers = structuredClone(definition);
    withTiers.rules[1]!.parameters!['tiers'] = { value: null, unit: 'tiers' };
    expect(messageOf(() => definePolicy(copy))).toBe(messageOf(() => evaluate(fab, { policy: definePolicy(withTiers), overrides: override })));
  });

  it('checks interpretations: readings, defaults and the blocks that use them', () => {
    const issues = broken((d) => {
      d.interpretations = [{ id: 'base', label: 'Base', default: 'gross', options: [{ value: 'net', rationale: 'r' }, { value: 'eligible', rationale: 'r' }] }];
      d.rules[0]!.amount = blocks.byInterpretation('base', {
        net: blocks.cappedShare({ rate: 'rate', base: 'investment.actual' }),
        gross: blocks.cappedShare({ rate: 'rate', base: 'investment.actual' }),
      });
    });
    expect(issues).toEqual([
      'not_found interpretations.0.default',
      'not_found rules.0.amount.options.gross',
      'required rules.0.amount.options',
    ]);
  });
});
