import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  blocks, compare, definePolicy, evaluate, listPolicies, opportunities, toJSON, type Opportunity, type PolicyId, type ProjectInput,
} from '../../src/index.js';
import { project as generatedProject } from '../arbitraries.js';
import { issuesOf } from '../helpers.js';
import { applied } from './applied-changes.js';
import { PROPERTY_TIMEOUT } from '../timeouts.js';

const ASOF = '2025-01-01';
const plain: ProjectInput = { name: 'Hypothetical plain project', investment: { actual: '50000000' } };

const summary = (entry: Opportunity) => ({
  ruleId: entry.ruleId.split('/')[1],
  ...(entry.beneficiary !== undefined && { beneficiary: entry.beneficiary }),
  kind: entry.kind,
  changes: entry.changes.map((change) => `${change.path.join('.')}=${JSON.stringify(change.to)}`),
  after: entry.after.amount === null ? 'offer' : entry.after.amount.toFixed(2),
});

describe('opportunities: a plain project under every built-in pack', () => {
  it('qingshan-lake-2018: the co-investment to its ceiling and the policy fund; nothing a project without talents can do for the rest', () => {
    const found = opportunities(plain, { policy: 'qingshan-lake-2018', asOf: ASOF });
    expect(found.opportunities.map(summary)).toEqual([
      // 30% × 50,000,000 = 15,000,000 today; the 30,000,000 ceiling binds at 30,000,000 ÷ 30% = 100,000,000 (no infrastructure).
      { ruleId: 'project-co-investment', kind: 'raise', changes: ['investment.actual="100000000"'], after: '30000000.00' },
      // 50% × 50,000,000 of actual investment (the default reading), once in line with the leading industry directions.
      { ruleId: 'policy-fund-equity', kind: 'eligible', changes: ['classification.leadingIndustryDirection=true'], after: '25000000.00' },
    ]);
    const raise = found.opportunities[0]!;
    expect(raise.gain!.toFixed(2)).toBe('15000000.00'); // 30,000,000 − 15,000,000
    expect(raise.citation.quote).toMatch(/match up to 30 million RMB/);
    // The "four 6-million" need a talent startup, and so (under the default incrementalTalent reading) does the
    // incremental support: a project without talents can name no founder.
    expect(found.unreachable.map((entry) => entry.ruleId.split('/')[1])).toEqual(['startup-fund', 'share-investment', 'venture-capital', 'loan-interest-subsidy', 'incremental-support']);
    expect(found.unreachable[0]!.why).toBe('no-change');
  });

  it('qingshan-lake-2018: a project with talents, per talent, with what else changes', () => {
    const project: ProjectInput = {
      name: 'Hypothetical line with two talents',
      investment: { actual: '250000000', infrastructure: '50000000' },
      talents: [
        { name: 'Ann', rent: { monthly: '1500', start: '2025-01-01', months: 24 } },
        { name: 'Bo', qualified: true, housingPurchase: { price: '400000' } },
      ],
    };
    const found = opportunities(project, { policy: 'qingshan-lake-2018', asOf: ASOF });
    const byRule = new Map(found.opportunities.map((entry) => [`${entry.ruleId.split('/')[1]}${entry.beneficiary ? `:${entry.beneficiary}` : ''}`, entry]));
    // At its 30,000,000 ceiling; particularly important (ratio-applies): min(100,000,000, 30% × 200,000,000) = 60,000,000.
    expect(summary(byRule.get('project-co-investment')!)).toMatchObject({ changes: ['classification.particularlyImportant=true'], after: '60000000.00' });
    // Ann made qualified: min(2,000, 1,500) × min(36, 24) = 36,000.
    expect(summary(byRule.get('talent-rent:Ann')!)).toMatchObject({ changes: ['talents.0.qualified=true'], after: '36000.00' });
    // Bo's home at 600,000: min(600,000, 600,000).
    expect(summary(byRule.get('talent-housing-purchase:Bo')!)).toMatchObject({ changes: ['talents.1.housingPurchase.price="600000"'], after: '600000.00' });
    // Bo founds the startup and is high-level (the default reading): 6,000,000; the other three items change with it.
    const fund = byRule.get('startup-fund')!;
    expect(summary(fund)).toMatchObject({ changes: ['talentStartup.founder="Bo"', 'talents.1.highLevel=true'], after: '6000000.00' });
    expect(fund.alsoChanges.map((entry) => entry.ruleId.split('/')[1])).toEqual(['share-investment', 'venture-capital', 'loan-interest-subsidy']);
    expect(fund.interpretations).toEqual([{ id: 'startupFounder', chosen: 'high-level' }]);
    // Ann (listed first) would need three changes (founder, qualified, high-level); Bo needs two.
    expect(fund.alternatives).toEqual([]);
    // Without loans the interest subsidy would be eligible for 0.00: that unlocks nothing, and is not offered as if it did.
    expect(byRule.has('loan-interest-subsidy')).toBe(false);
    expect(found.unreachable.map((entry) => entry.ruleId.split('/')[1])).toContain('loan-interest-subsidy');
  });

  it('shanxi-2021: offers without a figure, each opened by the facts its conditions name', () => {
    const found = opportunities(plain, { policy: 'shanxi-2021', asOf: ASOF });
    expect(found.opportunities.map(summary)).toEqual([
      { ruleId: 'design-companies', kind: 'eligible', changes: ['activities=["design"]'], after: 'offer' },
      { ruleId: 'emerging-sector-manufacturing', kind: 'eligible', changes: ['activities=["manufacturing"]', 'targetMarkets=["5g"]'], after: 'offer' },
      { ruleId: 'new-production-lines', kind: 'eligible', changes: ['activities=["manufacturing"]', 'classification.newProductionLine=true', 'deviceTypes=["radio-frequency"]'], after: 'offer' },
      { ruleId: 'equipment-cooperation', kind: 'eligible', changes: ['activities=["equipment"]'], after: 'offer' },
      { ruleId: 'joint-rd-centres', kind: 'eligible', changes: ['enterprise.leadingDomesticPlayer=true', 'plans.jointRdCentre=true'], after: 'offer' },
      { ruleId: 'listing-support', kind: 'eligible', changes: ['plans.listing=true'], after: 'offer' },
      { ruleId: 'bank-financing', kind: 'eligible', changes: ['classification.major=true'], after: 'offer' },
    ]);
    // "design" or "design-services": as few changes, listed as the alternative.
    expect(found.opportunities[0]!.alternatives.map((option) => option.changes[0]!.added)).toEqual([['design-services']]);
    expect(found.opportunities[0]!.gain).toBeNull();
    expect(found.unreachable).toEqual([]);
  });

  it('jiashan-2023: the tiered funding for a technology-based SME, at its ceiling while the tiers are unpublished', () => {
    const found = opportunities(plain, { policy: 'jiashan-2023', asOf: ASOF });
    expect(found.opportunities.map(summary)).toEqual([
      { ruleId: 'tiered-funding', kind: 'eligible', changes: ['enterprise.technologyBasedSME=true'], after: '50000000.00' },
    ]);
  });

  it('jiashan-2023 with a tier table: the base raised to the first bracket that pays the most', () => {
    const found = opportunities({ ...plain, enterprise: { technologyBasedSME: true }, finance: { rdSpending: '2000000' } }, {
      policy: 'jiashan-2023',
      asOf: ASOF,
      overrides: { 'jiashan-2023/tiered-funding': { tiers: { base: 'finance.rdSpending', brackets: [{ from: '0', amount: '500000' }, { from: '10000000', amount: '3000000' }] } } },
    });
    // 2,000,000 of R&D spending is in the bracket from 0 (500,000); from 10,000,000 it pays 3,000,000.
    expect(found.opportunities.map(summary)).toEqual([
      { ruleId: 'tiered-funding', kind: 'raise', changes: ['finance.rdSpending="10000000"'], after: '3000000.00' },
    ]);
  });

  it('nanhu-2022 and lishui-2024: every offer open to a plain project already; one of another industry is told to state it', () => {
    for (const policy of ['nanhu-2022', 'lishui-2024'] as const) {
      const found = opportunities(plain, { policy, asOf: ASOF });
      expect(found.opportunities).toEqual([]);
      expect(found.unreachable).toEqual([]);
    }
    const elsewhere = opportunities({ ...plain, industry: 'other' }, { policy: 'lishui-2024', asOf: ASOF });
    expect(new Set(elsewhere.opportunities.map((entry) => entry.changes.map((change) => `${change.path.join('.')}=${String(change.to)}`).join()))).toEqual(new Set(['industry=semiconductors']));
  });

  it('before a pack applies, nothing unlocks it', () => {
    const found = opportunities(plain, { policy: 'lishui-2024', asOf: '2020-01-01' });
    expect(found.opportunities).toEqual([]);
    expect(new Set(found.unreachable.map((entry) => entry.why))).toEqual(new Set(['not-in-force']));
  });
});

describe('opportunities: a pack of the caller\'s own', () => {
  const offer = definePolicy({
    id: 'test-district',
    name: 'Test district offer',
    jurisdiction: { level: 'district', name: 'Test district' },
    source: { document: 'offer.pdf', published: '2025-01-01' },
    rules: [{
      id: 'equipment', label: 'Equipment subsidy', instrument: 'grant',
      citation: { document: 'offer.pdf', quote: 'We pay 30% of eligible investment up to 100 yuan to firms spending at least 1,000,000 on R&D.' },
      parameters: { rate: { value: '0.3', unit: 'ratio' }, ceiling: { value: '100', unit: 'CNY' } },
      eligibility: [{ when: { fact: 'finance.rdSpending', atLeast: '1000000' } }, { when: { fact: 'finance.annualRevenue', above: '10.004' } }],
      amount: blocks.cappedShare({ rate: 'rate', base: 'investment.eligible', ceiling: 'ceiling' }),
    }],
  });

  it('reaches thresholds to the cent, and the ceiling at ceiling ÷ rate rounded up to the cent', () => {
    const ineligible = opportunities({ name: 'x', investment: { actual: '10' } }, { policy: offer, asOf: ASOF });
    // R&D spending at least 1,000,000; revenue above 10.004, so 10.01, the next cent. 30% × 10 = 3.00.
    expect(ineligible.opportunities.map(summary)).toEqual([
      { ruleId: 'equipment', kind: 'eligible', changes: ['finance.rdSpending="1000000"', 'finance.annualRevenue="10.01"'], after: '3.00' },
    ]);
    const eligible = opportunities({ name: 'x', investment: { actual: '10' }, finance: { rdSpending: '1000000', annualRevenue: '11' } }, { policy: offer, asOf: ASOF });
    // 100 ÷ 0.3 = 333.333…, up to the cent 333.34: 30% × 333.34 = 100.002, rounded 100.00, the ceiling.
    expect(eligible.opportunities.map(summary)).toEqual([
      { ruleId: 'equipment', kind: 'raise', changes: ['investment.actual="333.34"'], after: '100.00' },
    ]);
  });
});

describe('opportunities: guarantees', () => {
  const ids = listPolicies().map((policy) => policy.id as PolicyId);

  it('every amount is that of a direct evaluation of the changed project, and the changes make a valid project', () => {
    fc.assert(fc.property(generatedProject, fc.constantFrom(...ids), (project, policy) => {
      const found = opportunities(project, { policy });
      for (const entry of found.opportunities) {
        for (const option of [entry, ...entry.alternatives]) {
          const changed = evaluate(applied(project, option.changes), { policy });
          const item = changed.items.find((candidate) => candidate.ruleId === entry.ruleId && candidate.beneficiary === entry.beneficiary)!;
          expect(item.status).toBe(option.after.status);
          expect(item.amount === null ? null : item.amount.toFixed(2)).toBe(option.after.amount === null ? null : option.after.amount.toFixed(2));
          if (entry.kind === 'raise') expect(item.amount!.greaterThan(entry.before.amount!)).toBe(true);
          else expect(item.status).not.toBe('ineligible');
        }
        expect(entry.totals.all.toFixed(2)).toBe(evaluate(applied(project, entry.changes), { policy }).totals.all.toFixed(2));
      }
    }), { numRuns: 60, seed: 1302 });
  }, PROPERTY_TIMEOUT);

  it('reads the caller\'s objects without changing them, and returns a frozen result', () => {
    const project: ProjectInput = { name: 'x', investment: { actual: '50000000' }, activities: ['research'], talents: [{ name: 'A', rent: { monthly: '1000', start: ASOF } }] };
    const before = structuredClone(project);
    const found = opportunities(project, { policy: 'shanxi-2021', asOf: ASOF });
    expect(project).toEqual(before);
    expect(Object.isFrozen(found)).toBe(true);
    expect(Object.isFrozen(found.opportunities[0])).toBe(true);
    // Frozen whole, as results are: the changes, the standings and their Decimals, every level down.
    const first = found.opportunities[0]!;
    for (const part of [first.changes, first.changes[0], first.changes[0]!.to, first.after, first.translations.zh, first.alternatives[0]!.changes[0]]) {
      expect(Object.isFrozen(part)).toBe(true);
    }
    const raised = opportunities(plain, { policy: 'qingshan-lake-2018', asOf: ASOF }).opportunities[0]!;
    expect([raised.after.amount, raised.gain, raised.totals.cash, raised.before.amount].every((amount) => Object.isFrozen(amount))).toBe(true);
    expect(() => {
      (raised.gain as unknown as { d: number[] }).d[0] = 9;
    }).toThrow(TypeError);
    // Added to what the project lists, not in place of it.
    expect(found.opportunities[0]!.changes[0]!.to).toEqual(['research', 'design']);
  });

  it('bad input is an input error listing every problem with its path', () => {
    expect(issuesOf(() => opportunities({ name: 'x', investment: { actual: '-1' } }, { policy: 'nowhere' as PolicyId, asOf: ASOF })).map((issue) => [issue.code, issue.path]))
      .toEqual([['unknown_option', 'options.policy'], ['out_of_range', 'investment.actual']]);
    expect(issuesOf(() => opportunities(plain, { policy: 'qingshan-lake-2018' })).map((issue) => issue.path)).toEqual(['asOf']);
    expect(issuesOf(() => opportunities(plain, { policy: 'qingshan-lake-2018', asOf: ASOF, interpretations: { majorProject: 'both' as never } })).map((issue) => issue.path))
      .toEqual(['options.interpretations.majorProject']);
  });

  it('refuses, before evaluating anything, a search past its budget', () => {
    // 2,000 talents renting, none qualified: at least 2,000 changed projects (one per talent) of 2,007 items each
    // (7 project rules and 2,000 rent items), over 4,000,000 > 200,000; and of 72,006 dated payments each
    // (2,000 talents × 36 months of rent, the most the rule pays, and 6 others), over 144,000,000 > 4,000,000.
    const talents = Array.from({ length: 2000 }, (_, index) => ({ name: `T${index}`, rent: { monthly: '1000', start: ASOF } }));
    const issues = issuesOf(() => opportunities({ ...plain, talents }, { policy: 'qingshan-lake-2018', asOf: ASOF }));
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([['too_many', 'talents'], ['too_many', 'talents'], ['too_many', 'talents']]);
    // And the condition tests: far more than 1,000,000 (each talent's items check their rules' conditions).
    expect(issues[2]!.message).toMatch(/condition tests in all .*the limit is 1,000,000: assess fewer talents at once\.$/);
    const [, projects, items] = /evaluate ([\d,]+) changed projects, ([\d,]+) items in all .*the limit is 200,000:/.exec(issues[0]!.message)!;
    const [, again, payments] = /evaluate ([\d,]+) changed projects, ([\d,]+) dated payments in all .*the limit is 4,000,000:/.exec(issues[1]!.message)!;
    const count = (text: string | undefined) => Number(text!.replaceAll(',', ''));
    expect(count(projects)).toBeGreaterThanOrEqual(2000);
    expect(again).toBe(projects);
    expect(count(items)).toBe(count(projects) * 2007);
    expect(count(payments)).toBe(count(projects) * 72_006);
  }, 60_000);
});

describe('the budget of condition tests', () => {
  it('refuses a search whose changed projects would each check a large condition, before evaluating one', () => {
    const cite = { document: 'hypothetical-offer.pdf', quote: 'Grants.' };
    const grant = (id: string, when: unknown) => ({
      id, label: id, instrument: 'grant', citation: cite, parameters: { ceiling: { value: '1000', unit: 'CNY' } },
      eligibility: [{ when }], amount: { block: 'flat-ceiling', ceiling: { param: 'ceiling' } },
    });
    const wide = { all: Array.from({ length: 50 }, () => ({ all: Array.from({ length: 50 }, (_, j) => ({ fact: 'investment.actual', atLeast: String(j) })) })) };
    const pack = definePolicy({
      id: 'heavy-district', name: 'Heavy district (hypothetical)', jurisdiction: { level: 'district', name: 'Heavy' },
      source: { document: 'hypothetical-offer.pdf', published: '2026-01-01' },
      facts: [{ id: 'n', type: 'count', label: 'n' }],
      rules: [
        { ...grant('heavy', wide), eligibility: Array.from({ length: 20 }, () => ({ when: wide })) },
        ...Array.from({ length: 30 }, (_, i) => grant(`r${i + 1}`, { fact: 'heavy-district/n', atLeast: String(i + 1) })),
      ],
    } as never);
    const project = { name: 'Heavy', investment: { actual: '1000000' }, facts: { 'heavy-district/n': 0 } };
    // Each test of the heavy rule: 1 + 50 × (1 + 50) = 2,551 tests; 20 of them 51,020; with the 30 light rules'
    // one each, 51,050 an assessment. 30 changed projects (n to 1, 2, …, 30): 1,531,500 > 1,000,000.
    const issues = issuesOf(() => opportunities(project, { policy: pack, asOf: '2026-02-01' }));
    expect(issues.map((issue) => issue.message)).toEqual([
      'Finding what would unlock more could evaluate 30 changed projects, 1,531,500 condition tests in all (those of one assessment times the changed projects); the limit is 1,000,000: the pack\'s rules and conditions are too large for this search.',
    ]);
  });
});

describe('an item made eligible for nothing', () => {
  it('says, in the changed item\'s formula, why it still gives nothing', () => {
    const project: ProjectInput = {
      name: 'Startup without loans',
      investment: { actual: '260000000', infrastructure: '45000000' },
      talents: [{ name: 'Chief engineer', highLevel: true, housingPurchase: { price: '4800000' } }],
    };
    const found = opportunities(project, { policy: 'qingshan-lake-2018', asOf: '2018-09-01' });
    const loans = found.unreachable.find((entry) => entry.ruleId === 'qingshan-lake-2018/loan-interest-subsidy')!;
    // The chief engineer named founder makes the subsidy eligible; with no loan stated it is 0.00, which unlocks nothing.
    expect(loans.reason).toMatch(/With the smallest of them it is eligible but gives nothing: min\(6,000,000\.00, 100% × interest due 0\.00\) = 0\.00\.$/);
    expect(loans.translations.zh.reason).toMatch(/该项符合条件但金额为零：min\(6,000,000\.00, 100% × interest due 0\.00\) = 0\.00。$/);
  });
});

describe('opportunities in a comparison', () => {
  it('compare with opportunities: true gives each location the opportunities opportunities() gives', () => {
    const comparison = compare(plain, { asOf: ASOF, opportunities: true, policies: ['qingshan-lake-2018', 'jiashan-2023'] });
    for (const entry of comparison.entries) {
      const direct = opportunities(plain, { policy: entry.policy.id as PolicyId, asOf: ASOF });
      expect(entry.opportunities!.opportunities.map(summary)).toEqual(direct.opportunities.map(summary));
    }
    // Jiashan: enterprise.technologyBasedSME → 50,000,000 (the ceiling, tiers unpublished).
    expect(toJSON(comparison).entries[1]!.opportunities!.opportunities[0]!.after).toEqual({ status: 'eligible', amount: '50000000.00', basis: 'ceiling' });
    expect(compare(plain, { asOf: ASOF }).entries[0]!.opportunities).toBeUndefined();
    expect(issuesOf(() => compare(plain, { asOf: ASOF, opportunities: 'yes' as never })).map((issue) => issue.path)).toEqual(['options.opportunities']);
  });
});

describe('opportunities: conditions that apply once another holds', () => {
  it('completes a change that leaves the item ineligible: support that has ended must also be of high potential', () => {
    const project: ProjectInput = { ...plain, talents: [{ name: 'Lin', highLevel: true }], talentStartup: { founder: 'Lin' } };
    const found = opportunities(project, { policy: 'qingshan-lake-2018', asOf: ASOF });
    const incremental = found.opportunities.find((entry) => entry.ruleId.endsWith('/incremental-support'))!;
    // Stating the support (ended the day before the date) brings in the tests that apply only once it is stated:
    // expired, and of high potential. Nothing requested: the 20,000,000 ceiling.
    expect(summary(incremental)).toMatchObject({ changes: ['talentSupport.expiresOn="2024-12-31"', 'talentSupport.highPotential=true'], after: '20000000.00' });
  });
});
