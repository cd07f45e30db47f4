import { describe, expect, it } from 'vitest';
import { breakpoints, diff, evaluate, safeEvaluate, sweep, type ProjectInput } from '../../src/index.js';
import { MESSAGES } from '../../src/schema/messages.js';
import fc from 'fast-check';
import { issuesOf, item } from '../helpers.js';
import { PROPERTY_TIMEOUT } from '../timeouts.js';

const policy = 'qingshan-lake-2018' as const;
const project: ProjectInput = { name: 'Reform', asOf: '2019-01-01', investment: { actual: '500000000', infrastructure: '50000000' } };
const reformed = { 'qingshan-lake-2018/project-co-investment': { ceiling: '50000000' } };

describe('reforms', () => {
  it('change a parameter by rule id and name, showing the baseline beside the new value', () => {
    // Eligible 450,000,000 × 30% = 135,000,000: capped at 50,000,000 instead of 30,000,000.
    const reform = evaluate(project, { policy, overrides: reformed });
    const coInvestment = item(reform, 'project-co-investment');
    expect(coInvestment.amount.toFixed(2)).toBe('50000000.00');
    expect(coInvestment.overrides).toEqual([{ parameter: 'ceiling', unit: 'CNY', baseline: '30000000', value: '50000000' }]);
    expect(reform.overrides).toEqual([{ ruleId: 'qingshan-lake-2018/project-co-investment', parameter: 'ceiling', unit: 'CNY', baseline: '30000000', value: '50000000' }]);
  });

  it('diff lists the changes item by item, and the totals', () => {
    const result = diff(evaluate(project, { policy }), evaluate(project, { policy, overrides: reformed }));
    expect(result.changes).toHaveLength(1);
    expect(result.changes[0]).toMatchObject({ ruleId: 'qingshan-lake-2018/project-co-investment' });
    expect(result.changes[0]?.before?.amount?.toFixed(2)).toBe('30000000.00');
    expect(result.changes[0]?.after?.amount?.toFixed(2)).toBe('50000000.00');
    expect(result.changes[0]?.change?.toFixed(2)).toBe('20000000.00');
    expect(result.unchanged).toBe(6); // the seven project items but the co-investment
    expect(result.totals.cash.change.toFixed(2)).toBe('20000000.00');
  });

  it('refuse an unknown parameter or a value out of its range', () => {
    const result = safeEvaluate(project, {
      policy,
      overrides: { 'qingshan-lake-2018/project-co-investment': { ceiling: '-1', rate: '1.5', cap: 1 } },
    });
    expect(!result.success && result.error.issues.map((issue) => `${issue.code} ${issue.path.at(-1)}`)).toEqual([
      'out_of_range ceiling',
      'out_of_range rate',
      'unknown_option cap',
    ]);
  });
});

describe('sweep', () => {
  it('evaluates along one input and returns the curve per item and in total', () => {
    // Eligible investment 0, 50, 100, 150, 200 million: 30% = 0, 15, 30, 45→30, 60→30 million.
    const curve = sweep({ ...project, investment: { actual: '0' } }, { policy, path: 'investment.actual', from: 0, to: '200000000', steps: 4 });
    expect(curve.values.map(String)).toEqual(['0', '50000000', '100000000', '150000000', '200000000']);
    const coInvestment = curve.items.find((series) => series.ruleId.endsWith('project-co-investment'));
    expect(coInvestment?.amounts.map((amount) => amount?.toFixed(0))).toEqual(['0', '15000000', '30000000', '30000000', '30000000']);
    expect(coInvestment?.binding).toEqual([true, true, true, true, true]);
    expect(curve.totals.cash.map(String)).toEqual(['0', '15000000', '30000000', '30000000', '30000000']);
  });

  it('says at which value the project stops being valid', () => {
    expect(() => sweep(project, { policy, path: 'investment.actual', from: 0, to: '100', steps: 1 }))
      .toThrow(/At investment\.actual = 0 the project is not valid: investment\.infrastructure: Infrastructure/);
  });

  it('refuses a malformed path or range', () => {
    expect(() => sweep(project, { policy, path: '__proto__.x', from: 0, to: 1, steps: 0 })).toThrow(/path of a field[\s\S]*steps from 1/);
  });
});

describe('sweep of a project invalid at every point', () => {
  it('names its first problems and counts the rest, so that the message stays short', () => {
    const talents = Array.from({ length: 20 }, () => ({ name: 'Same' }));
    const [issue] = issuesOf(() => sweep({ ...project, talents }, { policy, path: 'finance.rdSpending', from: 0, to: 1, steps: 1 }));
    // 19 talents repeat the first name: 3 named, 16 counted.
    expect(issue!.message.match(/Talent names must be unique/g)).toHaveLength(3);
    expect(issue!.message).toMatch(/\(and 16 more\)$/);
  });
});

describe('breakpoints', () => {
  const start: ProjectInput = { name: 'Breakpoints', asOf: '2019-01-01', investment: { actual: '1' } };

  it('finds where the 30,000,000 ceiling starts to bind: an eligible investment of 100,000,000', () => {
    expect(breakpoints(start, policy, 'investment.actual').map((point) => `${point.event} ${point.cap} ${point.exact}`)).toEqual([
      'starts-binding ceiling 100000000',
      'stops-binding rate 100000000',
    ]);
  });

  it('finds 333,333,333.33… (exactly 1000000000/3) for the 100,000,000 ceiling of a particularly important project', () => {
    const [point] = breakpoints({ ...start, classification: { particularlyImportant: true } }, policy, 'investment.actual');
    expect(point).toMatchObject({ cap: 'importantCeiling', exact: '1000000000/3' });
    expect(point?.at.toFixed(2)).toBe('333333333.33');
  });

  it('shifts with the infrastructure excluded, and follows the input it is asked about', () => {
    const withInfrastructure = { ...start, investment: { actual: '60000000', infrastructure: '20000000' } };
    // actual = infrastructure + 100,000,000 = 120,000,000.
    expect(breakpoints(withInfrastructure, policy, 'investment.actual')[0]?.exact).toBe('120000000');
    // Along infrastructure the eligible investment falls: 40,000,000 eligible never reaches 100,000,000 for any infrastructure ≥ 0.
    expect(breakpoints(withInfrastructure, policy, 'investment.infrastructure')).toEqual([]);
  });

  it('finds the rent and interest caps along their inputs', () => {
    const renters = { ...start, talents: [{ name: 'Li', qualified: true, rent: { monthly: 100, start: '2019-01-01', months: 12 } }] };
    expect(breakpoints(renters, policy, 'talents.0.rent.monthly').map((p) => `${p.beneficiary} ${p.cap} ${p.exact}`)).toEqual(['Li monthlyCeiling 2000']);
    expect(breakpoints(renters, policy, 'talents.0.rent.months').map((p) => `${p.cap} ${p.exact}`)).toEqual(['months 36']);
    // 6,000,000 of simple interest at 5% over 3 years: a principal of 40,000,000.
    const borrower = { ...start, talents: [{ name: 'Gu', highLevel: true }], talentStartup: { founder: 'Gu', loans: [{ principal: 1, annualRate: '0.05', years: 3 }] } };
    expect(breakpoints(borrower, policy, 'talentStartup.loans.0.principal').map((p) => p.exact)).toEqual(['40000000']);
  });

  it('refuses a path whose relation to the rules is not known', () => {
    expect(() => breakpoints(start, policy, 'name')).toThrow(/Breakpoints are computed for these paths/);
  });

  it('refuses a talent or a loan the project does not have, as sweep does, rather than finding nothing', () => {
    const renters = { ...start, talents: [{ name: 'Li', qualified: true, rent: { monthly: 100, start: '2019-01-01' } }] };
    expect(issuesOf(() => breakpoints(renters, policy, 'talents.1.rent.monthly'))).toEqual([
      { code: 'not_found', path: 'path', message: MESSAGES.pathNotFound('talents.1.rent.monthly') },
    ]);
    expect(issuesOf(() => breakpoints(renters, policy, 'talentStartup.loans.0.principal'))).toEqual([
      { code: 'not_found', path: 'path', message: MESSAGES.pathNotFound('talentStartup.loans.0.principal') },
    ]);
    // sweep says the same of the same path.
    expect(issuesOf(() => sweep(renters, { policy, path: 'talents.1.rent.monthly', from: 0, to: 1, steps: 1 }))[0]!.message).toBe(MESSAGES.pathNotFound('talents.1.rent.monthly'));
  });

  it('agree with evaluate: the cap binds a yuan above the breakpoint and not a yuan below', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 900_000_000 }), fc.boolean(), (infrastructure, important) => {
      const base: ProjectInput = { ...start, investment: { actual: String(infrastructure), infrastructure: String(infrastructure) }, classification: { particularlyImportant: important } };
      const [point] = breakpoints(base, policy, 'investment.actual');
      expect(point).toBeDefined();
      const at = (offset: number) => {
        const actual = point!.at.plus(offset).toDecimalPlaces(2).toFixed();
        return item(evaluate({ ...base, investment: { actual, infrastructure: String(infrastructure) } }, { policy }), 'project-co-investment')
          .caps.find((cap) => cap.id === point!.cap)!.binding;
      };
      expect(at(1)).toBe(true);
      expect(at(-1)).toBe(false);
    }), { numRuns: 100 });
  }, PROPERTY_TIMEOUT);
});
