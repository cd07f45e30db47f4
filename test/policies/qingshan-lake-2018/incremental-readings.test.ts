import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, type EvaluateOptions, type ProjectInput } from '../../../src/index.js';
import { project as projectArbitrary } from '../../arbitraries.js';
import { amountOf, item } from '../../helpers.js';
import { PROPERTY_TIMEOUT } from '../../timeouts.js';

const policy = 'qingshan-lake-2018' as const;
const asOf = '2018-07-01';
const FOUR = ['startup-fund', 'share-investment', 'venture-capital', 'loan-interest-subsidy'] as const;

/** A high-potential project whose support expired the day before `asOf`, with a startup founded by `founder`. */
function supported(founder: { highLevel?: boolean; qualified?: boolean } | undefined, extra: Partial<ProjectInput> = {}): ProjectInput {
  return {
    name: 'Supported project',
    investment: { actual: '1000000' },
    ...(founder && { talents: [{ name: 'Gu', ...founder }], talentStartup: { founder: 'Gu' } }),
    talentSupport: { expiresOn: '2018-06-30', highPotential: true, incrementalRequested: '12000000' },
    ...extra,
  };
}

const run = (project: ProjectInput, options: Partial<EvaluateOptions> = {}) => evaluate(project, { policy, asOf, ...options });
const reading = (a: ReturnType<typeof run>, id: string) => a.interpretations.find((entry) => entry.id === id);

describe('incrementalPayment: how the support "provided in increments" is paid', () => {
  it('one-payment (default): the whole amount on the assessment date, and it says so', () => {
    // min(20,000,000, 12,000,000 requested) = 12,000,000, paid once on 2018-07-01.
    const a = run(supported({ highLevel: true }));
    const found = item(a, 'incremental-support');
    expect(found).toMatchObject({ status: 'eligible' });
    expect(amountOf(a, 'incremental-support')).toBe('12000000.00');
    expect(found.schedule?.map((entry) => `${entry.date} ${entry.amount.toFixed(2)}`)).toEqual(['2018-07-01 12000000.00']);
    expect(found.interpretations).toContain('incrementalPayment');
    expect(reading(a, 'incrementalPayment')).toMatchObject({ chosen: 'one-payment', source: 'default', alternatives: ['caller-plan'] });
    expect(found.notes.some((note) => note.includes('"in increments"'))).toBe(true);
  });

  it('caller-plan without a plan: not granted, with the reason and the amount it would be', () => {
    const a = run(supported({ highLevel: true }), { interpretations: { incrementalPayment: 'caller-plan' } });
    expect(item(a, 'incremental-support')).toMatchObject({
      status: 'ineligible',
      reasons: ['The amount (12,000,000.00) is paid in parts whose number and dates the source does not state: give a payment plan for this rule (options.schedules) to date them.'],
    });
    expect(amountOf(a, 'incremental-support')).toBe('0.00');
    expect(a.translations.zh.interpretations['incrementalPayment']?.why).toMatch(/分期发放/);
  });

  it('caller-plan with a plan: paid in the plan\'s parts', () => {
    // 12,000,000 × 25% = 3,000,000 on 2019-07-01; 12,000,000 × 75% = 9,000,000 on 2020-07-01.
    const a = run(supported({ highLevel: true }), {
      interpretations: { incrementalPayment: 'caller-plan' },
      schedules: { 'qingshan-lake-2018/incremental-support': [{ date: '2019-07-01', share: '0.25' }, { date: '2020-07-01', share: '0.75' }] },
    });
    expect(amountOf(a, 'incremental-support')).toBe('12000000.00');
    expect(item(a, 'incremental-support').schedule?.map((entry) => `${entry.date} ${entry.amount.toFixed(2)}`))
      .toEqual(['2019-07-01 3000000.00', '2020-07-01 9000000.00']);
  });
});

describe('incrementalTalent: whether the project needs a high-level talent', () => {
  it('high-level-founder (default): no startup founded by a high-level talent, no support', () => {
    for (const founder of [undefined, { qualified: true }]) {
      const a = run(supported(founder));
      expect(item(a, 'incremental-support')).toMatchObject({
        status: 'ineligible',
        reasons: ['The project states no talent startup founded by a high-level talent (interpretation incrementalTalent: high-level-founder).'],
      });
      expect(reading(a, 'incrementalTalent')).toMatchObject({ chosen: 'high-level-founder', source: 'default' });
    }
  });

  it('high-level-founder (default): a high-level founder qualifies', () => {
    const a = run(supported({ highLevel: true }));
    expect(item(a, 'incremental-support').reasons).toContain(
      'The project\'s talent startup was founded by a high-level talent (interpretation incrementalTalent: high-level-founder).');
  });

  it('support-only: having had the support is enough', () => {
    // min(20,000,000, 12,000,000) = 12,000,000 without any talent on the project.
    const a = run(supported(undefined), { interpretations: { incrementalTalent: 'support-only' } });
    expect(item(a, 'incremental-support')).toMatchObject({ status: 'eligible' });
    expect(amountOf(a, 'incremental-support')).toBe('12000000.00');
  });

  it('is not consulted for a project that fails an earlier condition', () => {
    const a = run(supported(undefined, { talentSupport: { expiresOn: '2018-06-30', highPotential: false } }));
    expect(item(a, 'incremental-support').reasons).toEqual(['The project is not judged to have high potential.']);
    expect(reading(a, 'incrementalTalent')).toBeUndefined();
  });
});

describe('incrementalOverlap: the incremental support and the "four 6-million" on one date', () => {
  it('after-expiry (default): once the support expired, the four are not granted beside the incremental support', () => {
    // Incremental: 12,000,000. The four: 0 each, their support having expired on 2018-06-30.
    // Cash: co-investment 30% × 1,000,000 = 300,000 + 12,000,000 = 12,300,000.
    const a = run(supported({ highLevel: true }));
    expect(amountOf(a, 'incremental-support')).toBe('12000000.00');
    for (const rule of FOUR) {
      expect(item(a, rule)).toMatchObject({ status: 'ineligible' });
      expect(item(a, rule).reasons[0]).toContain('interpretation incrementalOverlap: after-expiry');
    }
    expect(a.totals.cash.toFixed(2)).toBe('12300000.00');
    expect(a.totals.equity.toFixed(2)).toBe('0.00');
    expect(reading(a, 'incrementalOverlap')).toMatchObject({ chosen: 'after-expiry', source: 'default' });
  });

  it('after-expiry (default): while the support runs, the four are granted and the incremental support is not', () => {
    // Support until 2019-12-31: startup fund 6,000,000 (cash), share investment and venture capital 6,000,000 each (equity).
    const a = run(supported({ highLevel: true }, { talentSupport: { expiresOn: '2019-12-31', highPotential: true } }));
    expect(amountOf(a, 'startup-fund')).toBe('6000000.00');
    expect(amountOf(a, 'venture-capital')).toBe('6000000.00');
    expect(item(a, 'incremental-support')).toMatchObject({ status: 'ineligible' });
  });

  it('independent: both on the same date', () => {
    // Computed: 12,000,000 incremental + 0 interest (no loans) + 300,000 co-investment = 12,300,000 cash; no equity.
    // Stated maximums, nothing requested (totals.ceilings): 6,000,000 start-up fund cash; 6,000,000 share
    // investment + 6,000,000 venture capital = 12,000,000 equity.
    const a = run(supported({ highLevel: true }), { interpretations: { incrementalOverlap: 'independent' } });
    expect(amountOf(a, 'incremental-support')).toBe('12000000.00');
    expect(amountOf(a, 'startup-fund')).toBe('6000000.00');
    expect(a.totals.cash.toFixed(2)).toBe('12300000.00');
    expect(a.totals.equity.toFixed(2)).toBe('0.00');
    expect(a.totals.ceilings.cash.toFixed(2)).toBe('6000000.00');
    expect(a.totals.ceilings.equity.toFixed(2)).toBe('12000000.00');
  });

  it('is not consulted by a project that states no high-level talent support', () => {
    const a = run({ name: 'Startup', investment: { actual: '1000000' }, talents: [{ name: 'Gu', highLevel: true }], talentStartup: { founder: 'Gu' } });
    expect(amountOf(a, 'startup-fund')).toBe('6000000.00');
    expect(reading(a, 'incrementalOverlap')).toBeUndefined();
  });

  it('property: under the default readings, never the incremental support and any of the four on one assessment', () => {
    fc.assert(
      fc.property(projectArbitrary, (project) => {
        const a = evaluate(project, { policy });
        const incremental = item(a, 'incremental-support').amount.greaterThan(0);
        const four = FOUR.some((rule) => item(a, rule).amount.greaterThan(0));
        expect(incremental && four).toBe(false);
      }),
      { numRuns: 300 },
    );
  }, PROPERTY_TIMEOUT);
});
