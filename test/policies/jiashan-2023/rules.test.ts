import { describe, expect, it } from 'vitest';
import { evaluate, IncentiveInputError, safeEvaluate, toJSON, type EvaluateOptions, type ProjectInput } from '../../../src/index.js';
import { Decimal } from '../../../src/money/decimal.js';
import { JIASHAN_2023 } from '../../../src/policies/jiashan-2023/index.js';
import { anyItem, item } from '../../helpers.js';

const policy = 'jiashan-2023' as const;
const asOf = '2023-09-01';
// A Saijin-style wafer-carrier maker (hypothetical figures).
const project: ProjectInput = {
  name: 'Wafer carrier maker',
  investment: { actual: '120000000' },
  enterprise: { technologyBasedSME: true },
  finance: { rdSpending: '18000000', annualRevenue: '200000000' },
};
const tiers = {
  'jiashan-2023/tiered-funding': {
    tiers: {
      base: 'finance.rdSpending',
      brackets: [
        { from: '0', amount: '500000' },
        { from: '10000000', amount: '3000000' },
        { from: '50000000', amount: '60000000' },
      ],
    },
  },
};

describe('jiashan-2023/tiered-funding', () => {
  it('shows the 50,000,000 ceiling, basis "ceiling", while the tiers are unpublished', () => {
    const funding = item(evaluate(project, { policy, asOf }), 'tiered-funding');
    expect(funding).toMatchObject({ status: 'eligible', basis: 'ceiling' });
    expect(funding.amount.toFixed(2)).toBe('50000000.00');
    expect(funding.notes.join(' ')).toContain('does not publish the tiers');
  });

  it('computes the amount from a tier table the caller gives', () => {
    // R&D spending 18,000,000 reaches the 10,000,000 bracket: 3,000,000, below the 50,000,000 ceiling.
    const assessment = evaluate(project, { policy, asOf, overrides: tiers });
    const funding = item(assessment, 'tiered-funding');
    expect(funding).toMatchObject({ status: 'eligible', basis: 'formula' });
    expect(funding.amount.toFixed(2)).toBe('3000000.00');
    expect(assessment.overrides).toEqual([
      {
        ruleId: 'jiashan-2023/tiered-funding',
        parameter: 'tiers',
        unit: 'tiers',
        baseline: 'not published',
        value: 'finance.rdSpending: from 0: 500000; from 10000000: 3000000; from 50000000: 60000000',
      },
    ]);
  });

  it('keeps a bracket above the ceiling at the ceiling', () => {
    // R&D spending 80,000,000 reaches the 60,000,000 bracket; the ceiling is 50,000,000.
    const rich = { ...project, finance: { rdSpending: '80000000' } };
    expect(item(evaluate(rich, { policy, asOf, overrides: tiers }), 'tiered-funding').amount.toFixed(2)).toBe('50000000.00');
  });

  it('is ineligible when the project does not state the base the tiers read', () => {
    const silent = { ...project, finance: {} };
    expect(item(evaluate(silent, { policy, asOf, overrides: tiers }), 'tiered-funding').reasons).toEqual([
      'The project does not state the annual R&D spending, so there is nothing to compute the amount from.',
    ]);
  });

  it('is ineligible for an enterprise that is not a technology-based SME', () => {
    const large = { ...project, enterprise: {} };
    expect(item(evaluate(large, { policy, asOf }), 'tiered-funding').status).toBe('ineligible');
  });

  it('refuses a malformed tier table, naming each problem', () => {
    const bad: EvaluateOptions = {
      policy,
      asOf,
      overrides: {
        'jiashan-2023/tiered-funding': {
          tiers: { base: 'investment.imaginary', brackets: [{ from: '5', amount: '1.001' }, { from: '5', amount: 1 }] },
        },
        'jiashan-2023/no-such-rule': { ceiling: 1 },
      },
    };
    const result = safeEvaluate(project, bad);
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error).toBeInstanceOf(IncentiveInputError);
      expect(result.error.issues.map((issue) => issue.path.join('.'))).toEqual([
        'options.overrides.jiashan-2023/tiered-funding.tiers.base',
        'options.overrides.jiashan-2023/tiered-funding.tiers.brackets.0.amount',
        'options.overrides.jiashan-2023/no-such-rule',
      ]);
    }
  });

  it('refuses brackets out of order', () => {
    const result = safeEvaluate(project, {
      policy, asOf,
      overrides: { 'jiashan-2023/tiered-funding': { tiers: { base: 'finance.rdSpending', brackets: [{ from: 5, amount: 1 }, { from: 5, amount: 2 }] } } },
    });
    expect(!result.success && result.error.issues[0]?.message).toBe('Brackets must be in strictly ascending order of "from".');
  });
});

describe('jiashan-2023 offers without a number', () => {
  const assessment = evaluate(project, { policy, asOf });

  it('lists them as unquantified, with no amount and outside the totals', () => {
    const offers = assessment.items.filter((entry) => entry.status === 'unquantified');
    expect(offers.map((entry) => entry.ruleId.split('/')[1])).toEqual([
      'hardware-investment-subsidy',
      'rd-talent-policies',
      'approval-agency',
      'licensing-consultations',
      'completion-acceptance',
      'high-tech-cultivation',
      'incubation-base',
    ]);
    for (const offer of offers) expect(offer.amount).toBeNull();
    expect(assessment.unquantified).toBe(7);
    // The tiered funding's 50,000,000 is only its ceiling (tiers unpublished): a stated maximum, apart from the computed cash.
    expect(assessment.totals.cash.toFixed(2)).toBe('0.00');
    expect(assessment.totals.ceilings.cash.toFixed(2)).toBe('50000000.00');
    expect(toJSON(assessment).items.find((entry) => entry.status === 'unquantified')?.amount).toBeNull();
  });

  it('records the source\'s figure of about one month saved on the agency services', () => {
    expect(anyItem(assessment, 'approval-agency').figures).toEqual([
      expect.objectContaining({ label: 'processing time saved', value: '1', unit: 'months', qualifier: 'about' }),
      expect.objectContaining({ label: 'projects served by agency services', value: '264', unit: 'count' }),
    ]);
  });
});

describe('jiashan-2023 programme facts', () => {
  it('derives the annual budget, a lower bound, with its arithmetic', () => {
    const facts = Object.fromEntries(JIASHAN_2023.programmeFacts.map((fact) => [fact.id, fact]));
    // Over 75,000,000 paid is 84% of the budget: 75,000,000 / 0.84 = 89,285,714.2857...; a lower bound,
    // so rounded down to the cent, 89,285,714.28 (rounding half up, .29, would claim more than is known).
    const derived = new Decimal(facts['support-paid']!.value).dividedBy(facts['budget-share-paid']!.value).toDecimalPlaces(2, Decimal.ROUND_DOWN);
    expect(derived.toFixed(2)).toBe('89285714.28');
    expect(facts['annual-budget']).toMatchObject({ value: derived.toFixed(2), qualifier: 'over' });
    expect(facts['annual-budget']?.derivation?.en).toContain('75,000,000 ÷ 0.84');
    // The fund keeps ten places of the same quotient, cut down: still a lower bound.
    const tenPlaces = new Decimal(facts['support-paid']!.value).dividedBy(facts['budget-share-paid']!.value).toDecimalPlaces(10, Decimal.ROUND_DOWN);
    expect(JIASHAN_2023.funds.find((fund) => fund.id === 'annual-budget')).toMatchObject({ amount: tenPlaces.toFixed(), bound: 'lower' });
  });
});
