import { describe, expect, it } from 'vitest';
import { evaluate, type ProjectInput } from '../../../src/index.js';
import { QINGSHAN_LAKE_2018 as QINGSHAN } from '../../../src/policies/qingshan-lake-2018/index.js';
import { amountOf, item } from '../../helpers.js';

const policy = 'qingshan-lake-2018' as const;
const asOf = '2018-07-01';

// A semiconductor project that says so: a project that does not is assessed the same, with a warning.
function project(overrides: Partial<ProjectInput> = {}): ProjectInput {
  return { name: 'Test project', industry: 'semiconductors', investment: { actual: '250000000', infrastructure: '50000000' }, ...overrides };
}

describe('project-co-investment', () => {
  it('is 30% of the eligible investment below the ceiling', () => {
    // eligible = 80,000,000 - 10,000,000 = 70,000,000; 30% × 70,000,000 = 21,000,000 < 30,000,000.
    const a = evaluate(project({ investment: { actual: '80000000', infrastructure: '10000000' } }), { policy, asOf });
    expect(amountOf(a, 'project-co-investment')).toBe('21000000.00');
    const caps = item(a, 'project-co-investment').caps;
    expect(caps.map((c) => [c.id, c.limit.toFixed(2), c.binding])).toEqual([
      ['ceiling', '30000000.00', false],
      ['rate', '21000000.00', true],
    ]);
  });

  it('stops at 30,000,000', () => {
    // eligible = 250,000,000 - 50,000,000 = 200,000,000; 30% = 60,000,000 > 30,000,000.
    const a = evaluate(project(), { policy, asOf });
    expect(amountOf(a, 'project-co-investment')).toBe('30000000.00');
    expect(item(a, 'project-co-investment').caps[0]).toMatchObject({ id: 'ceiling', binding: true });
  });

  it('excludes infrastructure, defaulting it to 0', () => {
    // eligible = 10,000,000.01 - 0; 30% = 3,000,000.003, rounded to 3,000,000.00.
    const a = evaluate(project({ investment: { actual: '10000000.01' } }), { policy, asOf });
    expect(amountOf(a, 'project-co-investment')).toBe('3000000.00');
  });

  it('raises the ceiling to 100,000,000 for a particularly important project, the 30% still applying (default)', () => {
    // eligible = 200,000,000; min(100,000,000, 30% × 200,000,000 = 60,000,000) = 60,000,000.
    const a = evaluate(project({ classification: { particularlyImportant: true } }), { policy, asOf });
    expect(amountOf(a, 'project-co-investment')).toBe('60000000.00');
    // Whom the co-investment is for is consulted first (coInvestmentScope), then the ceiling's reading.
    expect(item(a, 'project-co-investment').interpretations).toEqual(['coInvestmentScope', 'majorProject']);
    expect(a.interpretations.find((i) => i.id === 'majorProject')).toMatchObject({
      chosen: 'ratio-applies', alternatives: ['ceiling-only'], source: 'default',
    });
    // The 100 million sentence is cited next to the 30 million one.
    expect(item(a, 'project-co-investment').citations.map((c) => c.quote.slice(0, 20))).toEqual([
      'We will match up to ',
      'Furthermore, for tho',
    ]);
  });

  it('caps an important project at 100,000,000 when 30% is more', () => {
    // eligible = 500,000,000; 30% = 150,000,000 > 100,000,000.
    const a = evaluate(project({ investment: { actual: '500000000' }, classification: { particularlyImportant: true } }), { policy, asOf });
    expect(amountOf(a, 'project-co-investment')).toBe('100000000.00');
  });

  it('gives an important project the 100,000,000 ceiling whatever its ratio under "ceiling-only"', () => {
    // eligible = 200,000,000; under ceiling-only the item is the ceiling: 100,000,000, basis "ceiling".
    const a = evaluate(project({ classification: { particularlyImportant: true } }), {
      policy, asOf, interpretations: { majorProject: 'ceiling-only' },
    });
    const coInvestment = item(a, 'project-co-investment');
    expect(coInvestment.amount.toFixed(2)).toBe('100000000.00');
    expect(coInvestment.basis).toBe('ceiling');
    expect(a.interpretations.find((i) => i.id === 'majorProject')).toMatchObject({ chosen: 'ceiling-only', source: 'option' });
  });

  it('does not consult majorProject for an ordinary project', () => {
    const a = evaluate(project(), { policy, asOf, interpretations: { majorProject: 'ceiling-only' } });
    expect(amountOf(a, 'project-co-investment')).toBe('30000000.00');
    expect(a.interpretations.map((i) => i.id)).not.toContain('majorProject');
  });
});

describe('policy-fund-equity', () => {
  it('is 50% of the actual investment for a project in the leading directions (default)', () => {
    // 50% × 250,000,000 = 125,000,000 (infrastructure included, as the text says "actual investment").
    const a = evaluate(project({ classification: { leadingIndustryDirection: true } }), { policy, asOf });
    const fund = item(a, 'policy-fund-equity');
    expect(fund.amount.toFixed(2)).toBe('125000000.00');
    expect(fund.instrument).toBe('equity');
    expect(fund.notes.join(' ')).toContain('withdraw to give away the profit');
    expect(a.totals.equity.toFixed(2)).toBe('125000000.00');
  });

  it('excludes infrastructure under "excluding-infrastructure"', () => {
    // 50% × (250,000,000 - 50,000,000) = 100,000,000.
    const a = evaluate(project({ classification: { leadingIndustryDirection: true } }), {
      policy, asOf, interpretations: { policyFundBase: 'excluding-infrastructure' },
    });
    expect(amountOf(a, 'policy-fund-equity')).toBe('100000000.00');
  });

  it('is ineligible outside the leading directions, and says why', () => {
    const a = evaluate(project(), { policy, asOf });
    const fund = item(a, 'policy-fund-equity');
    expect(fund.status).toBe('ineligible');
    expect(fund.amount.toFixed(2)).toBe('0.00');
    expect(fund.reasons).toEqual(['The project is not in line with the leading industry directions.']);
    expect(a.interpretations.map((i) => i.id)).not.toContain('policyFundBase');
  });
});

describe('talent-housing-purchase', () => {
  it('is the price up to 600,000 for a qualified talent', () => {
    // min(600,000, 450,000.50) = 450,000.50; min(600,000, 3,000,000) = 600,000.
    const a = evaluate(project({
      talents: [
        { name: 'Li', qualified: true, housingPurchase: { price: '450000.50' } },
        { name: 'Wang', highLevel: true, housingPurchase: { price: 3_000_000 } },
      ],
    }), { policy, asOf });
    expect(amountOf(a, 'talent-housing-purchase', 'Li')).toBe('450000.50');
    expect(amountOf(a, 'talent-housing-purchase', 'Wang')).toBe('600000.00');
    expect(item(a, 'talent-housing-purchase', 'Wang').caps[0]).toMatchObject({ binding: true });
  });

  it('is ineligible for a talent who is not qualified', () => {
    const a = evaluate(project({ talents: [{ name: 'Zhao', housingPurchase: { price: '900000' } }] }), { policy, asOf });
    expect(item(a, 'talent-housing-purchase', 'Zhao')).toMatchObject({
      status: 'ineligible', reasons: ['The talent is not a qualified talent.'],
    });
  });

  it('yields no item for a talent who does not buy', () => {
    const a = evaluate(project({ talents: [{ name: 'Zhao', qualified: true }] }), { policy, asOf });
    expect(a.items.filter((i) => i.beneficiary === 'Zhao')).toEqual([]);
  });
});

describe('talent-rent', () => {
  it('pays up to 2,000 a month for 36 months: at most 72,000', () => {
    // min(2,000, 2,600) × 36 = 72,000, in 36 monthly payments of 2,000 from the first month. The rent starts
    // before the source date (2018-06-15); the reading that the whole period counts pays all 36 months.
    const a = evaluate(project({ talents: [{ name: 'Li', qualified: true, rent: { monthly: 2600, start: '2018-01-31' } }] }),
      { policy, asOf, interpretations: { paymentsBeforeSource: 'whole-period' } });
    const rent = item(a, 'talent-rent', 'Li');
    expect(rent.amount.toFixed(2)).toBe('72000.00');
    expect(rent.schedule).toHaveLength(36);
    expect(rent.schedule?.[1]).toMatchObject({ date: '2018-02-28' });
    expect(rent.schedule?.[35]?.date).toBe('2020-12-31');
    expect(rent.schedule?.every((entry) => entry.amount.toFixed(2) === '2000.00')).toBe(true);
  });

  it('pays the rent itself when below 2,000, for the months given', () => {
    // min(2,000, 1,500.25) × min(36, 12) = 18,003.00.
    const a = evaluate(project({ talents: [{ name: 'Li', qualified: true, rent: { monthly: '1500.25', start: '2018-07-01', months: 12 } }] }), { policy, asOf });
    expect(amountOf(a, 'talent-rent', 'Li')).toBe('18003.00');
  });

  it('stops at 36 months when more are given', () => {
    // min(2,000, 1,000) × min(36, 48) = 36,000.
    const a = evaluate(project({ talents: [{ name: 'Li', qualified: true, rent: { monthly: 1000, start: '2018-07-01', months: 48 } }] }), { policy, asOf });
    expect(amountOf(a, 'talent-rent', 'Li')).toBe('36000.00');
    expect(item(a, 'talent-rent', 'Li').caps.find((c) => c.id === 'months')).toMatchObject({ binding: true });
  });
});

describe('housingBenefits', () => {
  const both = project({
    talents: [{ name: 'Li', qualified: true, housingPurchase: { price: '500000' }, rent: { monthly: 2500, start: '2018-07-01' } }],
  });

  it('keeps the larger of the two for one talent by default', () => {
    // housing min(600,000, 500,000) = 500,000 > rent 2,000 × 36 = 72,000: the rent item becomes ineligible.
    const a = evaluate(both, { policy, asOf });
    expect(amountOf(a, 'talent-housing-purchase', 'Li')).toBe('500000.00');
    const rent = item(a, 'talent-rent', 'Li');
    expect(rent.status).toBe('ineligible');
    expect(rent.amount.toFixed(2)).toBe('0.00');
    expect(rent.schedule).toBeUndefined();
    expect(rent.reasons.join(' ')).toContain('keeps one housing benefit');
    expect(a.totals.cash.toFixed(2)).toBe('30500000.00'); // 30,000,000 co-investment + 500,000
    expect(a.interpretations.find((i) => i.id === 'housingBenefits')?.chosen).toBe('one-per-talent');
  });

  it('keeps the rent when it is the larger', () => {
    // housing min(600,000, 50,000) = 50,000 < rent 72,000.
    const a = evaluate(project({
      talents: [{ name: 'Li', qualified: true, housingPurchase: { price: 50_000 }, rent: { monthly: 2500, start: '2018-07-01' } }],
    }), { policy, asOf });
    expect(item(a, 'talent-housing-purchase', 'Li').status).toBe('ineligible');
    expect(amountOf(a, 'talent-rent', 'Li')).toBe('72000.00');
  });

  it('keeps the housing purchase on a tie (the first of the group)', () => {
    // housing 72,000 = rent 2,000 × 36 = 72,000.
    const a = evaluate(project({
      talents: [{ name: 'Li', qualified: true, housingPurchase: { price: 72_000 }, rent: { monthly: 2000, start: '2018-07-01' } }],
    }), { policy, asOf });
    expect(item(a, 'talent-housing-purchase', 'Li').status).toBe('eligible');
    expect(item(a, 'talent-rent', 'Li').status).toBe('ineligible');
  });

  it('pays both under "stack"', () => {
    // 500,000 + 72,000 = 572,000 on top of the 30,000,000 co-investment.
    const a = evaluate(both, { policy, asOf, interpretations: { housingBenefits: 'stack' } });
    expect(amountOf(a, 'talent-rent', 'Li')).toBe('72000.00');
    expect(a.totals.cash.toFixed(2)).toBe('30572000.00');
  });

  it('is not reported when no talent both buys and rents', () => {
    const a = evaluate(project({ talents: [{ name: 'Li', qualified: true, rent: { monthly: 1, start: '2018-07-01' } }] }), { policy, asOf });
    expect(a.interpretations.map((i) => i.id)).not.toContain('housingBenefits');
  });
});

describe('the “four 6-million”', () => {
  const team = [
    { name: 'Gu', highLevel: true },
    { name: 'Chen', qualified: true },
  ];

  it('gives a high-level founder up to 6,000,000 of each, or the ceiling when nothing is requested', () => {
    // start-up fund min(6,000,000, 2,500,000) = 2,500,000; share investment min(6,000,000, 8,000,000) = 6,000,000;
    // venture capital: nothing requested → 6,000,000, basis "ceiling";
    // interest: 10,000,000 × 4.35% × 3 = 1,305,000.
    const a = evaluate(project({
      talents: team,
      talentStartup: {
        founder: 'Gu',
        requested: { startupFund: '2500000', shareInvestment: '8000000' },
        loans: [{ principal: '10000000', annualRate: '0.0435', years: 3 }],
      },
    }), { policy, asOf });
    expect(amountOf(a, 'startup-fund')).toBe('2500000.00');
    expect(amountOf(a, 'share-investment')).toBe('6000000.00');
    expect(item(a, 'share-investment').basis).toBe('formula');
    expect(item(a, 'venture-capital')).toMatchObject({ basis: 'ceiling' });
    expect(amountOf(a, 'venture-capital')).toBe('6000000.00');
    expect(amountOf(a, 'loan-interest-subsidy')).toBe('1305000.00');
    // cash: 30,000,000 + 2,500,000 + 1,305,000; equity computed: 6,000,000 (share investment);
    // the venture capital's 6,000,000 is only the ceiling, kept apart from the computed equity.
    expect(a.totals.cash.toFixed(2)).toBe('33805000.00');
    expect(a.totals.equity.toFixed(2)).toBe('6000000.00');
    expect(a.totals.ceilings.equity.toFixed(2)).toBe('6000000.00');
  });

  it('caps the interest subsidy at 6,000,000', () => {
    // 50,000,000 × 6% × 3 = 9,000,000 > 6,000,000.
    const a = evaluate(project({
      talents: team,
      talentStartup: { founder: 'Gu', loans: [{ principal: 50_000_000, annualRate: 0.06, years: 3 }] },
    }), { policy, asOf });
    expect(amountOf(a, 'loan-interest-subsidy')).toBe('6000000.00');
  });

  it('gives 0 interest subsidy without loans', () => {
    const a = evaluate(project({ talents: team, talentStartup: { founder: 'Gu' } }), { policy, asOf });
    expect(item(a, 'loan-interest-subsidy')).toMatchObject({ status: 'eligible' });
    expect(amountOf(a, 'loan-interest-subsidy')).toBe('0.00');
  });

  it('makes all four ineligible when the founder is not high-level (default)', () => {
    const a = evaluate(project({ talents: team, talentStartup: { founder: 'Chen' } }), { policy, asOf });
    for (const rule of ['startup-fund', 'share-investment', 'venture-capital', 'loan-interest-subsidy']) {
      expect(item(a, rule)).toMatchObject({ status: 'ineligible', reasons: ['The founder is not a high-level talent.'] });
    }
    expect(a.interpretations.find((i) => i.id === 'startupFounder')?.chosen).toBe('high-level');
  });

  it('opens them to a qualified founder under startupFounder "qualified"', () => {
    const a = evaluate(project({ talents: team, talentStartup: { founder: 'Chen' } }), {
      policy, asOf, interpretations: { startupFounder: 'qualified' },
    });
    expect(amountOf(a, 'startup-fund')).toBe('6000000.00');
  });

  it('makes all four ineligible without a talent startup, without consulting the interpretation', () => {
    const a = evaluate(project(), { policy, asOf });
    expect(item(a, 'startup-fund').reasons).toEqual(['The project describes no talent startup.']);
    // Only the co-investment's reading is consulted, by the co-investment.
    expect(a.interpretations.map((used) => [used.id, used.rules])).toEqual([['coInvestmentScope', ['qingshan-lake-2018/project-co-investment']]]);
  });
});

describe('incremental-support', () => {
  // A startup founded by a high-level talent, as the default reading of incrementalTalent asks.
  const support = (expiresOn: string, extra: object = {}) => project({
    talents: [{ name: 'Gu', highLevel: true }],
    talentStartup: { founder: 'Gu' },
    talentSupport: { expiresOn, highPotential: true, ...extra },
  });

  it('is up to 20,000,000 after the support has expired, for a high-potential project', () => {
    const a = evaluate(support('2018-06-30'), { policy, asOf });
    expect(item(a, 'incremental-support')).toMatchObject({ status: 'eligible', basis: 'ceiling' });
    expect(amountOf(a, 'incremental-support')).toBe('20000000.00');
  });

  it('meets the amount requested, up to 20,000,000', () => {
    // min(20,000,000, 12,345,678.9) = 12,345,678.90.
    const a = evaluate(support('2018-06-30', { incrementalRequested: '12345678.9' }), { policy, asOf });
    expect(amountOf(a, 'incremental-support')).toBe('12345678.90');
  });

  it('is not due on the day the support expires: asOf must be strictly after', () => {
    const a = evaluate(support('2018-07-01'), { policy, asOf });
    expect(item(a, 'incremental-support')).toMatchObject({
      status: 'ineligible', reasons: ['The high-level talent support has not expired on the assessment date.'],
    });
  });

  it('is ineligible for a project not judged high-potential', () => {
    const a = evaluate(support('2018-06-30', { highPotential: false }), { policy, asOf });
    expect(item(a, 'incremental-support').reasons).toEqual(['The project is not judged to have high potential.']);
  });
});

describe('the annual fund of 450,000,000', () => {
  it('warns when an assessment\'s grants and subsidies exceed it', () => {
    // 1,000 qualified talents buying homes at 600,000 each add 600,000,000 to the 30,000,000
    // co-investment: 630,000,000 > 450,000,000.
    const talents = Array.from({ length: 1000 }, (_, i) => ({ name: `T${i}`, qualified: true, housingPurchase: { price: 600_000 } }));
    const a = evaluate(project({ talents }), { policy, asOf });
    expect(a.totals.cash.toFixed(2)).toBe('630000000.00');
    expect(a.warnings).toHaveLength(1);
    expect(a.warnings[0]).toContain('450,000,000.00');
  });

  it('stays silent below it', () => {
    expect(evaluate(project(), { policy, asOf }).warnings).toEqual([]);
  });
});

describe('coInvestmentScope: which projects the co-investment is for', () => {
  // eligible = 250,000,000 − 50,000,000 = 200,000,000; min(30,000,000, 30% × 200,000,000 = 60,000,000) = 30,000,000.
  const fab = project({ activities: ['manufacturing'], deviceTypes: ['logic'] });
  const scope = (coInvestmentScope: 'innovative-projects' | 'first-class-entities' | 'focus-sectors', input = fab) =>
    item(evaluate(input, { policy, asOf, interpretations: { coInvestmentScope } }), 'project-co-investment');

  it('is open to any innovative project by default, and says which reading it took', () => {
    const a = evaluate(fab, { policy, asOf });
    expect(amountOf(a, 'project-co-investment')).toBe('30000000.00');
    expect(a.interpretations.find((i) => i.id === 'coInvestmentScope')).toMatchObject({
      chosen: 'innovative-projects', alternatives: ['first-class-entities', 'focus-sectors'], source: 'default',
    });
  });

  it('asks for a world first-class enterprise, R&D organisation or Nobel Prize winner under "first-class-entities"', () => {
    expect(scope('first-class-entities').status).toBe('ineligible');
    expect(scope('first-class-entities').reasons[0]).toMatch(/^The project is not stated to be a world first-class enterprise/);
    const firstClass = scope('first-class-entities', project({ classification: { firstClassEntity: true } }));
    expect(firstClass.status).toBe('eligible');
    expect(firstClass.amount.toFixed(2)).toBe('30000000.00');
  });

  it('asks for one of the town\'s focus sectors under "focus-sectors": a logic fab is not, a sensor maker and a design house are', () => {
    expect(scope('focus-sectors').status).toBe('ineligible');
    expect(scope('focus-sectors').reasons[0]).toMatch(/^The project states none of the town's focus sectors/);
    const sensors = scope('focus-sectors', project({ activities: ['manufacturing'], deviceTypes: ['mems'] }));
    expect(sensors.status).toBe('eligible');
    expect(sensors.amount.toFixed(2)).toBe('30000000.00');
    expect(scope('focus-sectors', project({ activities: ['design'] })).status).toBe('eligible');
    expect(scope('focus-sectors', project({ targetMarkets: ['iot'] })).status).toBe('eligible');
  });

  it('cites the sentence before the 30%/30 million one, which it reads', () => {
    const interpretation = evaluate(fab, { policy, asOf }).interpretations.find((i) => i.id === 'coInvestmentScope');
    expect(interpretation).toBeDefined();
    const quotes = QINGSHAN.interpretations.find((i) => i.id === 'coInvestmentScope')?.citations?.map((c) => c.quote) ?? [];
    expect(quotes.some((quote) => quote.startsWith('We encourage well known companies and famous entrepreneurs'))).toBe(true);
  });
});
