import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compare, definePolicy, evaluate, listPolicies, type PolicyDefinitionInput, type PolicyId, type ProjectInput } from '../../src/index.js';
import { builtInPolicies } from '../../src/policies/index.js';
import { MESSAGES } from '../../src/schema/messages.js';
import { project as anyProject } from '../arbitraries.js';
import { issuesOf } from '../helpers.js';
import { PROPERTY_TIMEOUT } from '../timeouts.js';

const WARNING =
  'The source concerns semiconductor and integrated-circuit projects; the project states no industry, so it was assessed as one of them. State "industry" to check it.';
const OUTSIDE =
  'The project states its industry as "other"; the source concerns semiconductor and integrated-circuit projects, so this offer does not apply to it.';

// A cold-chain warehouse that would collect every offer the packs make if nothing asked its industry:
// 200,000,000 invested, a technology-based SME with two qualified talents renting, in 2024.
const warehouse: ProjectInput = {
  name: 'Cold-chain warehouse',
  industry: 'other',
  investment: { actual: '200000000', infrastructure: '150000000' },
  enterprise: { technologyBasedSME: true },
  classification: { leadingIndustryDirection: true, major: true, newProductionLine: true },
  talents: [
    { name: 'Wu', qualified: true, rent: { monthly: 3000, start: '2024-01-01', months: 12 } },
    { name: 'Li', qualified: true, housingPurchase: { price: 2_000_000 } },
  ],
};
const asOf = '2024-09-01';

describe('whom the offers concern (project industry, pack audience)', () => {
  it('gives a cold-chain warehouse that says so no offer of any pack, and ranks no location first by one', () => {
    const comparison = compare(warehouse, { asOf });
    expect(comparison.entries.map((entry) => entry.policy.id)).toEqual(listPolicies().map((policy) => policy.id));
    for (const entry of comparison.entries) {
      expect(entry.cash.toFixed(2)).toBe('0.00');
      expect(entry.equity.toFixed(2)).toBe('0.00');
      expect(entry.unquantified).toBe(0);
      expect(entry.instruments).toEqual([]);
      for (const item of entry.assessment.items) {
        expect(item.status).toBe('ineligible');
        expect(item.reasons).toEqual([OUTSIDE]);
        expect(item.translations.zh.reasons).toEqual(['项目所属行业为“other”；来源涉及的是半导体和集成电路项目，此项扶持不适用于该项目。']);
      }
      expect(entry.assessment.warnings).toEqual([]);
    }
    // Nothing to rank by: every location shares the first place at 0.
    expect(comparison.ranking.map((place) => `${place.rank} ${place.cash.toFixed(2)}`)).toEqual(Array(5).fill('1 0.00'));
  });

  it('assesses the same warehouse as today when it states no industry, with one warning per pack', () => {
    const { industry: _, ...unstated } = warehouse;
    const comparison = compare(unstated, { asOf });
    const qingshan = comparison.entries[0]!;
    // 30% × (200,000,000 − 150,000,000) = 15,000,000 < 30,000,000: the co-investment it was never meant for.
    expect(qingshan.assessment.items[0]).toMatchObject({ ruleId: 'qingshan-lake-2018/project-co-investment', status: 'eligible' });
    expect(qingshan.assessment.items[0]!.amount?.toFixed(2)).toBe('15000000.00');
    for (const entry of comparison.entries) {
      expect(entry.assessment.warnings.filter((warning) => warning === WARNING)).toHaveLength(1);
      expect(entry.assessment.translations.zh.warnings).toContain(
        '来源涉及的是半导体和集成电路项目；项目未说明所属行业，因此按属于此类项目评估。请填写“industry”以核对。',
      );
    }
  });

  it('declares, for every built-in pack, the semiconductor audience with the sentences that show it', () => {
    for (const policy of builtInPolicies()) {
      expect(policy.audience?.industries).toEqual(['semiconductors']);
      expect(policy.audience?.citations.length).toBeGreaterThan(0);
    }
  });

  it('property: a project that states a non-semiconductor industry gets no offer of any built-in pack', () => {
    const policy = fc.constantFrom(...listPolicies().map((entry) => entry.id as PolicyId));
    fc.assert(
      fc.property(anyProject, policy, (input, id) => {
        const assessment = evaluate({ ...input, industry: 'other' }, { policy: id });
        for (const item of assessment.items) expect(item.status).toBe('ineligible');
        expect(assessment.totals.all.isZero()).toBe(true);
        expect(assessment.unquantified).toBe(0);
      }),
      { numRuns: 200 },
    );
  }, PROPERTY_TIMEOUT);
});

describe('jiashanAudience', () => {
  it('limits Jiashan\'s offers to semiconductor projects by default, the reading recorded on each item', () => {
    const assessment = evaluate(warehouse, { policy: 'jiashan-2023', asOf });
    expect(assessment.items.every((item) => item.status === 'ineligible')).toBe(true);
    expect(assessment.items[0]!.interpretations).toEqual(['jiashanAudience']);
    expect(assessment.interpretations[0]).toMatchObject({ id: 'jiashanAudience', chosen: 'semiconductors', alternatives: ['any-industry'] });
  });

  it('opens them to any industry under "any-industry": the warehouse, a technology-based SME, may claim the tiered funding', () => {
    const assessment = evaluate(warehouse, { policy: 'jiashan-2023', asOf, interpretations: { jiashanAudience: 'any-industry' } });
    const tiered = assessment.items.find((item) => item.ruleId === 'jiashan-2023/tiered-funding')!;
    // The tiers are not published: the item is the stated maximum of 50,000,000, basis "ceiling".
    expect(tiered).toMatchObject({ status: 'eligible', basis: 'ceiling' });
    expect(tiered.amount?.toFixed(2)).toBe('50000000.00');
    expect(assessment.warnings).not.toContain(WARNING);
  });

  it('warns of an unstated industry only under the reading that limits the audience', () => {
    const { industry: _, ...unstated } = warehouse;
    expect(evaluate(unstated, { policy: 'jiashan-2023', asOf }).warnings).toContain(WARNING);
    const open = evaluate(unstated, { policy: 'jiashan-2023', asOf, interpretations: { jiashanAudience: 'any-industry' } });
    expect(open.warnings).not.toContain(WARNING);
    // The reading is recorded on the items whichever it is, and the warning's own check adds no rule of its own.
    expect(open.interpretations.find((used) => used.id === 'jiashanAudience')).toMatchObject({ chosen: 'any-industry' });
    expect(open.interpretations.find((used) => used.id === 'jiashanAudience')?.rules).not.toContain('jiashan-2023');
  });
});

const offer = { document: 'offer-letter-2026.pdf', quote: 'We support chip design houses with 1 million yuan.' };
const userPack = (audience?: PolicyDefinitionInput['audience']): PolicyDefinitionInput => ({
  id: 'river-district-2026',
  name: 'River District offer letter (2026)',
  jurisdiction: { level: 'district', name: 'River District' },
  source: { document: offer.document, published: '2026-03-01' },
  rules: [{
    id: 'design-grant', label: 'Design grant', instrument: 'grant', citation: offer,
    parameters: { ceiling: { value: '1000000', unit: 'CNY' } },
    amount: { block: 'flat-ceiling', ceiling: { param: 'ceiling' } },
  }],
  ...(audience && { audience }),
});
const farm: ProjectInput = { name: 'Farm', industry: 'other', investment: { actual: '1000000' }, asOf: '2026-04-01' };

describe('a user pack\'s audience', () => {
  it('concerns every project when it declares none', () => {
    const assessment = evaluate(farm, { policy: definePolicy(userPack()) });
    expect(assessment.items[0]).toMatchObject({ status: 'eligible' });
    expect(assessment.warnings).toEqual([]);
  });

  it('makes a project outside its audience ineligible, with the pack\'s own words', () => {
    const pack = definePolicy(userPack({
      industries: ['semiconductors'], citations: [offer], note: { en: 'chip design houses', zh: '芯片设计企业' },
    }));
    expect(evaluate(farm, { policy: pack }).items[0]).toMatchObject({
      status: 'ineligible',
      reasons: ['The project states its industry as "other"; the source concerns chip design houses, so this offer does not apply to it.'],
    });
    const { industry: _, ...unstated } = farm;
    expect(evaluate(unstated, { policy: pack }).warnings).toEqual([
      'The source concerns chip design houses; the project states no industry, so it was assessed as one of them. State "industry" to check it.',
    ]);
  });

  it('refuses a bad audience with paths', () => {
    const misspelt = userPack({ industries: ['semiconductor' as 'semiconductors'], citations: [offer], note: 'x' });
    expect(issuesOf(() => definePolicy(misspelt)).map((issue) => `${issue.code} ${issue.path}`)).toEqual(['invalid_format audience.industries.0']);
    const repeated = userPack({ industries: ['other', 'other'], citations: [offer], note: 'x' });
    expect(issuesOf(() => definePolicy(repeated)).map((issue) => `${issue.code} ${issue.path}`)).toEqual(['duplicate audience.industries.1']);
    const unknownReading = userPack({ industries: ['semiconductors'], citations: [offer], note: 'x', appliesIf: { interpretation: 'nowhere', is: 'x' } });
    expect(issuesOf(() => definePolicy(unknownReading)).map((issue) => `${issue.code} ${issue.path}`)).toEqual([
      'not_found audience.appliesIf.interpretation',
    ]);
  });
});

describe('the project fields industry, sourceProjects and classification.firstClassEntity', () => {
  const base: ProjectInput = { name: 'P', investment: { actual: '1' } };

  it('refuses values outside the vocabulary, with paths and a hint', () => {
    const issues = issuesOf(() => evaluate({
      ...base,
      industry: 'semiconductor' as 'semiconductors',
      sourceProjects: ['nanhu-2022/photomask-material', 'Nanhu photomask', 'nanhu-2022/photomask-material', 7 as unknown as string],
      classification: { firstClassEntity: 'yes' as unknown as boolean },
    }, { policy: 'nanhu-2022', asOf: '2022-09-01' }));
    expect(issues).toEqual([
      { code: 'invalid_type', path: 'classification.firstClassEntity', message: MESSAGES.boolean('yes') },
      { code: 'invalid_format', path: 'industry', message: MESSAGES.choice('semiconductor', ['semiconductors', 'other']) },
      { code: 'invalid_format', path: 'sourceProjects.1', message: MESSAGES.sourceProject('Nanhu photomask') },
      { code: 'invalid_type', path: 'sourceProjects.3', message: MESSAGES.sourceProject(7) },
    ]);
    // A repeated entry is refused where it repeats (once the entries themselves are valid).
    expect(issuesOf(() => evaluate({ ...base, sourceProjects: ['nanhu-2022/photomask-material', 'nanhu-2022/photomask-material'] }, { policy: 'nanhu-2022', asOf: '2022-09-01' })))
      .toEqual([{ code: 'duplicate', path: 'sourceProjects.1', message: MESSAGES.duplicateChoice('nanhu-2022/photomask-material') }]);
    expect(MESSAGES.choice('semiconductor', ['semiconductors', 'other'])).toContain('Did you mean "semiconductors"?');
  });
});
