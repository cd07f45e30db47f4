import { describe, expect, it } from 'vitest';
import {
  allocateFund, blocks, compare, definePolicy, diff, evaluate, presentValue, renderReport, sweep, toJSON,
  type PolicyDefinitionInput, type ProjectInput,
} from '../../src/index.js';

// A technology-based SME investing 20,000,000: Jiashan offers "up to 50 million", with no tier table to compute from.
const sme: ProjectInput = { name: 'Sensor SME', industry: 'semiconductors', investment: { actual: '20000000' }, enterprise: { technologyBasedSME: true } };

// A high-level founder who requests nothing, and a project whose high-level talent support has expired.
const founder: ProjectInput = {
  name: 'Founder project',
  investment: { actual: '250000000', infrastructure: '50000000' },
  talents: [{ name: 'Gu', highLevel: true }],
  talentStartup: { founder: 'Gu' },
  talentSupport: { expiresOn: '2018-06-30', highPotential: true },
};
// Both the four 6-million and the incremental support, as two policies (incrementalOverlap: independent): under the
// default reading the four 6-million end when the support expires, which would leave fewer ceilings to keep apart.
const qingshan = { policy: 'qingshan-lake-2018', asOf: '2018-07-01', interpretations: { incrementalOverlap: 'independent' } } as const;

describe('a stated maximum (basis ceiling) is not money', () => {
  it('keeps Jiashan\'s "up to 50 million" out of the cash, and out of first place in compare', () => {
    const assessment = evaluate(sme, { policy: 'jiashan-2023', asOf: '2024-09-01' });
    // Tiers unpublished: the item is the 50,000,000 ceiling, a stated maximum, nothing computed.
    expect(assessment.totals.cash.toFixed(2)).toBe('0.00');
    expect(assessment.totals.ceilings.cash.toFixed(2)).toBe('50000000.00');
    const comparison = compare(sme, { asOf: '2024-09-01' });
    const jiashan = comparison.entries.find((entry) => entry.policy.id === 'jiashan-2023')!;
    expect(jiashan.cash.toFixed(2)).toBe('0.00');
    expect(jiashan.cashAtCeiling.toFixed(2)).toBe('50000000.00');
    expect(jiashan.ceilings.cash.toFixed(2)).toBe('50000000.00');
    // Qingshan Lake computes 30% × 20,000,000 = 6,000,000 and ranks first; Jiashan shares the last rank (0 computed).
    expect(comparison.ranking[0]).toMatchObject({ policyId: 'qingshan-lake-2018', rank: 1 });
    expect(comparison.ranking[0]!.cash.toFixed(2)).toBe('6000000.00');
    expect(jiashan.rank).toBe(2);
    expect(comparison.ranking.find((place) => place.policyId === 'jiashan-2023')!.cashAtCeiling.toFixed(2)).toBe('50000000.00');
  });

  it('keeps the four 6-million and the incremental support apart when nothing is requested', () => {
    const assessment = evaluate(founder, qingshan);
    // Computed: the co-investment min(30,000,000, 30% × (250,000,000 − 50,000,000)) = 30,000,000; no loans, so no interest.
    expect(assessment.totals.cash.toFixed(2)).toBe('30000000.00');
    expect(assessment.totals.equity.toFixed(2)).toBe('0.00');
    // Stated maximums: start-up fund 6,000,000 + incremental support 20,000,000 = 26,000,000 cash;
    // share investment 6,000,000 + venture capital 6,000,000 = 12,000,000 equity; 38,000,000 in all.
    expect(assessment.totals.ceilings.cash.toFixed(2)).toBe('26000000.00');
    expect(assessment.totals.ceilings.equity.toFixed(2)).toBe('12000000.00');
    expect(assessment.totals.ceilings.all.toFixed(2)).toBe('38000000.00');
  });

  it('counts a requested amount as computed: the same rule moves from the ceilings to the totals', () => {
    const requested = evaluate({ ...founder, talentStartup: { founder: 'Gu', requested: { startupFund: '2500000' } } }, qingshan);
    // Start-up fund min(6,000,000, 2,500,000) = 2,500,000 computed: cash 30,000,000 + 2,500,000; ceilings 26,000,000 − 6,000,000.
    expect(requested.totals.cash.toFixed(2)).toBe('32500000.00');
    expect(requested.totals.ceilings.cash.toFixed(2)).toBe('20000000.00');
  });

  it('writes the stated maximums on a line of their own in every report, en and zh', () => {
    const assessment = evaluate(founder, qingshan);
    for (const format of ['text', 'markdown'] as const) {
      expect(renderReport(assessment, { format })).toContain(
        'Stated maximums (basis ceiling), not computed and not in the totals: cash 26,000,000.00; equity 12,000,000.00; all 38,000,000.00');
      expect(renderReport(assessment, { format, locale: 'zh' })).toContain(
        '规定的最高额（按上限列示），非计算金额，不计入合计：现金 26,000,000.00；股权 12,000,000.00；总计 38,000,000.00');
      expect(renderReport(assessment, { format })).toContain('Totals: cash (grants and subsidies) 30,000,000.00; equity 0.00; all 30,000,000.00');
    }
    const csv = renderReport(assessment, { format: 'csv' }).trimEnd().split('\r\n');
    expect(csv[0]!.endsWith(',amount_kind')).toBe(true);
    const marked = csv.slice(1).filter((line) => line.endsWith(',"stated maximum, not computed"'));
    expect(marked).toHaveLength(4); // start-up fund, share investment, venture capital, incremental support
    expect(renderReport(assessment, { format: 'csv', locale: 'zh' })).toContain('规定的最高额，非计算金额');
    expect(toJSON(assessment).totals).toEqual({
      cash: '30000000.00', equity: '0.00', all: '30000000.00', ceilings: { cash: '26000000.00', equity: '12000000.00', all: '38000000.00' },
    });
  });

  it('shows a ceiling beside the computed amounts in a comparison report, never added to them', () => {
    const report = renderReport(compare(sme, { asOf: '2024-09-01' }));
    expect(report).toMatch(/Cash ceilings \(not computed\) +50,000,000\.00 /); // jiashan-2023 opens the second table
    expect(report).toContain('up to 50,000,000.00 (ceiling)');
    expect(renderReport(compare(sme, { asOf: '2024-09-01' }), { locale: 'zh' })).toContain('最高50,000,000.00（上限）');
  });

  it('leaves the stated maximums out of what analyses sum, and shows them apart', () => {
    const assessment = evaluate(founder, qingshan);
    // A fund claim is the computed cash only: 30,000,000, paid in one payment on the assessment date.
    const allocation = allocateFund([assessment], { pool: { perYear: '100000000' }, method: 'pro-rata' });
    expect(allocation.claimed.toFixed(2)).toBe('30000000.00');
    expect(allocation.years?.map((year) => `${year.year} ${year.claimed.toFixed(2)}`)).toEqual(['2018 30000000.00']);
    // At a zero rate every value is its face amount: computed 30,000,000; ceilings 26,000,000 cash, 12,000,000 equity.
    const value = presentValue(assessment, { rate: '0' });
    expect(value.total.toFixed(2)).toBe('30000000.00');
    expect(value.ceilings.cash.toFixed(2)).toBe('26000000.00');
    expect(value.ceilings.equity.toFixed(2)).toBe('12000000.00');
    expect(value.items.filter((item) => item.basis === 'ceiling')).toHaveLength(4);
    // Along the investment: the computed cash follows 30%; the ceilings stay at 26,000,000.
    const curve = sweep(founder, { ...qingshan, path: 'investment.actual', from: '50000000', to: '150000000', steps: 2 });
    // 30% × (50,000,000 − 50,000,000) = 0; 30% × 50,000,000 = 15,000,000; 30% × 100,000,000 = 30,000,000.
    expect(curve.totals.cash.map((total) => total.toFixed(2))).toEqual(['0.00', '15000000.00', '30000000.00']);
    expect(curve.totals.ceilings.cash.map((total) => total.toFixed(2))).toEqual(['26000000.00', '26000000.00', '26000000.00']);
  });

  it('shows in a diff a ceiling that a tier table turns into a computed amount', () => {
    const options = { policy: 'jiashan-2023', asOf: '2024-09-01' } as const;
    const baseline = evaluate({ ...sme, finance: { rdSpending: '18000000' } }, options);
    const tiers = { base: 'finance.rdSpending', brackets: [{ from: '0', amount: '500000' }, { from: '10000000', amount: '3000000' }] };
    const reform = evaluate({ ...sme, finance: { rdSpending: '18000000' } }, { ...options, overrides: { 'jiashan-2023/tiered-funding': { tiers } } });
    const change = diff(baseline, reform);
    // R&D 18,000,000 reaches the 10,000,000 bracket: 3,000,000 computed, the 50,000,000 ceiling gone.
    expect(change.totals.cash.change.toFixed(2)).toBe('3000000.00');
    expect(change.totals.ceilings.cash.change.toFixed(2)).toBe('-50000000.00');
  });
});

/** A user's pack with a fund: 10% of investment, and a 1,000,000 maximum it computes nothing for. */
function packWithFund(fund: PolicyDefinitionInput['funds']): PolicyDefinitionInput {
  const letter = { document: 'letter.pdf', quote: 'We grant 10% of the investment, and up to 1 million yuan for training.' };
  return {
    id: 'bound-town-2020',
    name: 'Bound town (2020)',
    jurisdiction: { level: 'county', name: 'Bound town' },
    source: { document: letter.document, published: '2020-01-01' },
    rules: [
      {
        id: 'share', label: 'Share', instrument: 'grant', citation: letter,
        parameters: { rate: { value: '0.1', unit: 'ratio' } },
        amount: blocks.cappedShare({ rate: 'rate', base: 'investment.eligible' }),
      },
      {
        id: 'training', label: 'Training grant', instrument: 'grant', citation: letter,
        parameters: { ceiling: { value: '1000000', unit: 'CNY' } },
        amount: blocks.flatCeiling({ ceiling: 'ceiling' }),
      },
    ],
    funds: fund,
  };
}
const citation = { document: 'letter.pdf', quote: 'We grant 10% of the investment, and up to 1 million yuan for training.' };
const town: ProjectInput = { name: 'Plant', asOf: '2021-01-01', investment: { actual: '5000000' } };

describe('fund checks and bounds', () => {
  it('checks a fund against the computed cash only, not against a stated maximum', () => {
    // Computed 10% × 5,000,000 = 500,000 ≤ 600,000; with the 1,000,000 ceiling it would be 1,500,000 > 600,000.
    const pack = definePolicy(packWithFund([{ id: 'fund', label: 'town fund', amount: '600000', citation }]));
    expect(evaluate(town, { policy: pack }).warnings).toEqual([]);
  });

  it('rounds a lower bound down, an upper bound up, and says which it is in the warning', () => {
    // 450,000.005: a lower bound is at least 450,000.00; computed 500,000 exceeds it.
    const lower = definePolicy(packWithFund([{ id: 'fund', label: 'town fund', amount: '450000.005', bound: 'lower', citation }]));
    const [warning] = evaluate(town, { policy: lower }).warnings;
    expect(warning).toContain('exceed 450,000.00 a year, a lower bound of the town fund derived from the source\'s figures, not a stated pool');
    expect(warning).not.toContain('could not pay them all');
    const upper = definePolicy(packWithFund([{ id: 'fund', label: 'town fund', amount: '450000.001', bound: 'upper', citation }]));
    // An upper bound is at most 450,000.01.
    expect(evaluate(town, { policy: upper }).warnings[0]).toContain('(at most 450,000.01 a year): the fund could not pay them all in one year.');
  });

  it('refuses an amount beyond the cent for a fund that is not a bound', () => {
    expect(() => definePolicy(packWithFund([{ id: 'fund', label: 'town fund', amount: '450000.005', citation }])))
      .toThrow(/funds\[0\]\.amount/);
  });

  it('says Jiashan\'s derived budget is a lower bound, rounded down, in the warning built on it', () => {
    // A tier table reaching 95,000,000 under a ceiling raised to 100,000,000: 95,000,000 > 89,285,714.28,
    // the budget 75,000,000 ÷ 0.84 = 89,285,714.2857… rounded down.
    const tiers = { base: 'finance.rdSpending', brackets: [{ from: '0', amount: '95000000' }] };
    const assessment = evaluate({ ...sme, finance: { rdSpending: '1' } }, {
      policy: 'jiashan-2023', asOf: '2024-09-01',
      overrides: { 'jiashan-2023/tiered-funding': { tiers, ceiling: '100000000' } },
    });
    expect(assessment.warnings).toEqual([
      'The grants and subsidies computed for this assessment (95,000,000.00) exceed 89,285,714.28 a year, a lower bound of the ' +
      'Jiashan annual support budget (derived, a lower bound) derived from the source\'s figures, not a stated pool: ' +
      'the fund is at least that large, so whether it could pay them all in one year is not known.',
    ]);
    expect(assessment.translations.zh.warnings[0]).toContain('下限');
  });
});
