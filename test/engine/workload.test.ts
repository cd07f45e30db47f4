import { describe, expect, it } from 'vitest';
import { resolveOptions, type EvaluateOptions } from '../../src/api/options.js';
import { measureWorkload, type Workload } from '../../src/engine/workload.js';
import {
  blocks, breakpoints, compare, definePolicy, evaluate, evaluateMany, safeEvaluate, sweep, type ProjectInput,
} from '../../src/index.js';
import { issuesOf } from '../helpers.js';
import { LIMITS } from '../../src/schema/limits.js';
import { validateProject } from '../../src/schema/validate-project.js';
import { IDS_OR_PACKS } from '../../src/api/registry.js';

// Tests that assess 10,000 talents take seconds on a busy machine: each has a wide, explicit timeout.

/**
 * The work of an assessment is counted before any item is built: items,
 * dated payments and the characters of its reports, each against its limit;
 * and no payment may be dated after the last date accepted. Every path that
 * assesses (evaluate, safeEvaluate, evaluateMany, compare, sweep, breakpoints)
 * makes the same check.
 */
const policy = 'qingshan-lake-2018' as const;
const RENT = 'qingshan-lake-2018/talent-rent';

function workloadOf(project: ProjectInput, options: EvaluateOptions): Workload {
  const resolved = resolveOptions(options, IDS_OR_PACKS);
  const validated = validateProject(project);
  if (!resolved.ok || !validated.ok) throw new Error('invalid test input');
  const asOf = resolved.options.asOf ?? validated.project.asOf!;
  return measureWorkload(resolved.options.pack, validated.project, asOf, resolved.options);
}

const sum = (tally: Workload['items']) => tally.talents + tally.loans + tally.project;

function renters(count: number, months: number) {
  return Array.from({ length: count }, (_, index) => ({ name: `T${index}`, qualified: true, rent: { monthly: '2600', start: '2019-01-01', months } }));
}

describe('the workload of an assessment, counted up front', () => {
  const project: ProjectInput = {
    name: 'Counted',
    asOf: '2019-01-01',
    investment: { actual: '1' },
    talents: [
      { name: 'A', highLevel: true, housingPurchase: { price: '1000000' } },
      { name: 'B', qualified: true, rent: { monthly: '2600', start: '2019-01-01' } },
      { name: 'C', qualified: true, rent: { monthly: '1000', start: '2019-03-31', months: 12 } },
    ],
    talentStartup: {
      founder: 'A',
      loans: [
        { principal: '1000000', annualRate: '0.06', repayment: 'bullet', start: '2019-01-31', termMonths: 24 },
        { principal: '1000000', annualRate: '0.04', years: 3 },
      ],
    },
  };

  it('counts every item exactly and bounds the payments from above', () => {
    const workload = workloadOf(project, { policy });
    // Items: 7 project rules, A's housing, B's and C's rent = 10.
    expect(sum(workload.items)).toBe(10);
    // Payments: 6 one-off project rules (the interest subsidy has no one-off part), 24 months of bullet
    // interest + 1 date for the simple interest, A's housing 1, B's rent 36, C's rent min(36, 12) = 12:
    // 6 + 25 + 1 + 36 + 12 = 80.
    expect(sum(workload.payments)).toBe(80);
    expect(workload.payments.loans).toBe(25);
    const assessment = evaluate(project, { policy });
    expect(assessment.items).toHaveLength(10);
    const paid = assessment.items.reduce((total, item) => total + (item.status === 'unquantified' ? 0 : (item.schedule?.length ?? 0)), 0);
    expect(paid).toBeLessThanOrEqual(80);
  });

  it('counts no payment when the policy is not yet in force: every item is ineligible', () => {
    const workload = workloadOf(project, { policy, asOf: '2018-01-01' });
    expect(sum(workload.items)).toBe(10);
    expect(sum(workload.payments)).toBe(0);
  });

  it.each([36, 48])('computes 10,000 talents with a home and a rent of %i months, every payment made', { timeout: 120_000 }, (months) => {
    const talents = renters(10_000, months).map((talent) => ({ ...talent, housingPurchase: { price: '1000000' } }));
    const assessment = evaluate({ name: 'P', asOf: '2019-01-01', investment: { actual: '1' }, talents }, {
      policy,
      interpretations: { housingBenefits: 'stack' },
      ...(months !== 36 && { overrides: { [RENT]: { months } } }),
    });
    // 30% × 1 = 0.30, plus 10,000 × (600,000 for the home + 2,000 × months of rent):
    // 36 months: 6,720,000,000.30; 48 months: 6,960,000,000.30.
    expect(assessment.totals.cash.toFixed(2)).toBe(months === 36 ? '6720000000.30' : '6960000000.30');
    const paid = assessment.items.reduce((total, item) => total + (item.status === 'unquantified' ? 0 : (item.schedule?.length ?? 0)), 0);
    // One co-investment payment, 10,000 homes, 10,000 × months of rent.
    expect(paid).toBe(1 + 10_000 + 10_000 * months);
  });

  it('accepts the largest Qingshan Lake project the schema allows: 10,000 talents with a home and a 48-month rent, 120,000 months of loans', { timeout: 120_000 }, () => {
    const talents = renters(10_000, 48).map((talent) => ({ ...talent, housingPurchase: { price: '1000000' } }));
    const loans = Array.from({ length: 100 }, () => ({ principal: '1000000', annualRate: '0.05', repayment: 'equal-instalment' as const, start: '2019-01-31', termMonths: 1_200 }));
    const largest: ProjectInput = { name: 'Largest', asOf: '2019-01-01', investment: { actual: '1' }, talents, talentStartup: { founder: 'T0', loans } };
    const workload = workloadOf(largest, { policy, overrides: { [RENT]: { months: 48 } } });
    // 7 project rules + 10,000 homes + 10,000 rents.
    expect(sum(workload.items)).toBe(20_007);
    // 6 one-offs + 120,000 months of interest + 10,000 homes + 10,000 × 48 months of rent.
    expect(sum(workload.payments)).toBe(610_006);
    expect(sum(workload.characters)).toBeLessThanOrEqual(LIMITS.maxReportCharacters);
    expect(workload.late).toEqual([]);
  });
});

describe('past the budget', () => {
  it('refuses 10,000 talents renting 1,200 months (a months override), naming the payments and the limit', { timeout: 120_000 }, () => {
    const project = { name: 'P', asOf: '2019-01-01', investment: { actual: '1' }, talents: renters(10_000, 1_200) };
    const issues = issuesOf(() => evaluate(project, { policy, overrides: { [RENT]: { months: 1_200 } } }));
    // 10,000 × 1,200 months of rent + 6 one-off project rules.
    expect(issues).toContainEqual({
      code: 'too_many',
      path: 'talents',
      message: 'Assessing this project would make 12,000,006 dated payments (each month of rent or loan interest, each tranche, each one-off payment); the limit is 1,000,000.',
    });
    expect(issues.every((issue) => issue.code === 'too_many' && issue.path === 'talents')).toBe(true);
  });

  it('refuses 10,000 talents under a pack of 500 rules about talents, naming the items and the limit', { timeout: 120_000 }, () => {
    const rules = Array.from({ length: 500 }, (_, index) => ({
      id: `bonus-${index}`, label: `Bonus ${index}`, instrument: 'grant' as const, scope: 'talent' as const,
      citation: { document: 'offer.pdf', quote: 'Every talent receives a bonus.' },
      parameters: { ceiling: { value: '1000', unit: 'CNY' as const } },
      amount: blocks.flatCeiling({ ceiling: 'ceiling' }),
    }));
    const pack = definePolicy({ id: 'bonuses', name: 'Bonuses', jurisdiction: { level: 'district', name: 'X' }, source: { document: 'offer.pdf', published: '2018-01-01' }, rules });
    const talents = Array.from({ length: 10_000 }, (_, index) => ({ name: `T${index}` }));
    const issues = issuesOf(() => evaluate({ name: 'P', asOf: '2019-01-01', investment: { actual: '1' }, talents }, { policy: pack }));
    // 500 rules × 10,000 talents.
    expect(issues[0]).toEqual({
      code: 'too_many',
      path: 'talents',
      message: 'Assessing this project would make 5,000,000 items (one per project rule, and one per talent for each rule about talents); the limit is 25,000.',
    });
  });

  it('refuses a pack whose long texts, repeated on every item, would make a report too large to hold', { timeout: 120_000 }, () => {
    const note = { en: 'n'.repeat(4_000), zh: '注'.repeat(4_000) };
    const pack = definePolicy({
      id: 'verbose', name: 'Verbose', jurisdiction: { level: 'district', name: 'X' }, source: { document: 'offer.pdf', published: '2018-01-01' },
      rules: [{
        id: 'bonus', label: 'Bonus', instrument: 'grant', scope: 'talent', citation: { document: 'offer.pdf', quote: 'A bonus.' },
        parameters: { ceiling: { value: '1000', unit: 'CNY' } }, notes: Array.from({ length: 50 }, () => note),
        amount: blocks.flatCeiling({ ceiling: 'ceiling' }),
      }],
    });
    const talents = Array.from({ length: 1_000 }, (_, index) => ({ name: `T${index}` }));
    // 1,000 items, each with 50 notes of 4,000 characters in two languages: over 400,000,000 characters.
    const issues = issuesOf(() => evaluate({ name: 'P', asOf: '2019-01-01', investment: { actual: '1' }, talents }, { policy: pack }));
    expect(issues).toEqual([{ code: 'too_many', path: 'talents', message: expect.stringMatching(/^The report of this assessment could run to [\d,]+ characters .*the limit is 200,000,000\.$/) }]);
  });

  it('counts the comparison as a whole: its assessments are held together', { timeout: 120_000 }, () => {
    const project = { name: 'P', asOf: '2024-09-01', investment: { actual: '1' }, talents: renters(10_000, 36) };
    const packs = ['a', 'b', 'c'].map((suffix) => definePolicy({ ...rentPack(), id: `rent-${suffix}` }));
    // Each pack alone makes 10,000 items and 360,000 payments, within the limits;
    // the three together make 30,000 items and 1,080,000 payments, which are not.
    expect(evaluate(project, { policy: packs[0]! }).items).toHaveLength(10_000);
    const messages = issuesOf(() => compare(project, { policies: packs })).map((issue) => issue.message);
    expect(messages).toContainEqual(expect.stringContaining('would make 30,000 items'));
    expect(messages).toContainEqual(expect.stringContaining('would make 1,080,000 dated payments'));
  });
});

/** A pack that pays 36 months of rent to every talent, as a definition. */
function rentPack() {
  return {
    id: 'rent',
    name: 'Rent',
    jurisdiction: { level: 'district' as const, name: 'X' },
    source: { document: 'offer.pdf', published: '2018-01-01' },
    rules: [{
      id: 'rent', label: 'Rent', instrument: 'rent-subsidy' as const, scope: 'talent' as const,
      citation: { document: 'offer.pdf', quote: 'We pay rent.' },
      parameters: { monthlyCeiling: { value: '2000', unit: 'CNY/month' as const }, months: { value: '36', unit: 'months' as const } },
      amount: blocks.perPeriod({ perPeriodCeiling: 'monthlyCeiling', maxPeriods: 'months', periodAmount: 'talent.rent.monthly', start: 'talent.rent.start' }),
    }],
  };
}

describe('no payment after the last date accepted', () => {
  const base = { name: 'P', investment: { actual: '1' } };
  const rentFrom = (start: string): ProjectInput => ({ ...base, asOf: '2990-01-01', talents: [{ name: 'A', qualified: true }, { name: 'B', qualified: true, rent: { monthly: '2600', start } }] });

  it('refuses a rent starting 2999-06-01 for 36 months: its last payment would be 3002-05-01', () => {
    expect(issuesOf(() => evaluate(rentFrom('2999-06-01'), { policy }))).toEqual([{
      code: 'out_of_range',
      path: 'talents.1.rent.start',
      message: '"Talent rent subsidy" would be paid until 3002-05-01, after the last date accepted, 2999-12-31: start it earlier or pay fewer months.',
    }]);
  });

  it('accepts a rent whose 36th payment falls on 2999-12-01', () => {
    // 2997-01-01 + 35 months = 2999-12-01.
    const rent = evaluate(rentFrom('2997-01-01'), { policy }).items.find((item) => item.ruleId === RENT)!;
    expect(rent.status === 'eligible' && rent.schedule?.at(-1)?.date).toBe('2999-12-01');
  });

  it('reads the months the rule pays, not the months of the lease: 1,200 months of lease from 2990 pay 36 months under the pack', () => {
    const project = { ...base, asOf: '2990-01-01', talents: [{ name: 'A', qualified: true, rent: { monthly: '2600', start: '2990-01-01', months: 1_200 } }] };
    expect(() => evaluate(project, { policy })).not.toThrow();
    expect(issuesOf(() => evaluate(project, { policy, overrides: { [RENT]: { months: 1_200 } } })).map((issue) => issue.path)).toContain('talents.0.rent.start');
  });

  it('refuses a loan whose interest would fall due after 2999-12-31, at its term', () => {
    const project = {
      ...base, asOf: '2990-01-01', talents: [{ name: 'F', highLevel: true }],
      talentStartup: { founder: 'F', loans: [{ principal: '1000', annualRate: '0.05', years: 3 }, { principal: '1000000', annualRate: '0.05', repayment: 'bullet' as const, start: '2950-01-01', termMonths: 1_200 }] },
    };
    // 2950-01-01 + 1,200 months = 3050-01-01.
    expect(issuesOf(() => evaluate(project, { policy }))).toEqual([{
      code: 'out_of_range',
      path: 'talentStartup.loans.1.termMonths',
      message: 'The interest on this loan would fall due until 3050-01-01, after the last date accepted, 2999-12-31: start it earlier or shorten its term.',
    }]);
  });

  it('refuses exit terms that would date the exit after 2999-12-31', () => {
    const project = { ...base, asOf: '2990-01-01', policyFundExit: { holdingYears: 50, buyBackRate: '0.03', expectedReturn: '0.1' } };
    // 2990-01-01 + 50 years = 3040-01-01.
    expect(issuesOf(() => evaluate(project, { policy }))).toEqual([{
      code: 'out_of_range',
      path: 'policyFundExit.holdingYears',
      message: 'The policy fund would exit on 3040-01-01, after the last date accepted, 2999-12-31: hold it for fewer years.',
    }]);
  });

  it('refuses a tranche dated after 2999-12-31 where the plan is read', () => {
    const schedules = { 'qingshan-lake-2018/project-co-investment': [{ date: '3000-01-01', share: '1' }] };
    expect(issuesOf(() => evaluate({ ...base, asOf: '2990-01-01' }, { policy, schedules })).map((issue) => issue.path)).toEqual([
      'options.schedules.qingshan-lake-2018/project-co-investment.0.date',
    ]);
  });

  it('makes the same check on every path that assesses', () => {
    const late = rentFrom('2999-06-01');
    const path = 'talents.1.rent.start';
    const failed = safeEvaluate(late, { policy });
    expect(!failed.success && failed.error.issues.map((issue) => issue.path.join('.'))).toEqual([path]);
    // A batch reports the project in its place and goes on.
    const batch = [...evaluateMany([late, rentFrom('2997-01-01')], { policy })];
    expect(batch.map((result) => result.ok)).toEqual([false, true]);
    expect(!batch[0]!.ok && batch[0]!.error.issues[0]!.path.join('.')).toBe(path);
    // A comparison is refused where a pack in it would pay late; one without such a pack is not.
    expect(issuesOf(() => compare(late, {})).map((issue) => issue.path)).toEqual([path]);
    expect(compare(late, { policies: ['lishui-2024'] }).entries).toHaveLength(1);
    // A sweep reports the point; breakpoints refuse the project.
    expect(issuesOf(() => sweep(late, { policy, path: 'investment.actual', from: 0, to: 1, steps: 1 }))[0]!.message).toContain('3002-05-01');
    expect(issuesOf(() => breakpoints(late, policy, 'investment.actual')).map((issue) => issue.path)).toEqual([path]);
  });
});

describe('sweep', () => {
  it('refuses a sweep that would record more item amounts than its limit, after its first point', { timeout: 120_000 }, () => {
    const project = { name: 'P', asOf: '2019-01-01', investment: { actual: '1' }, talents: renters(5_000, 36) };
    // 7 project items + 5,000 rent items = 5,007 series, × 201 points = 1,006,407 amounts.
    expect(issuesOf(() => sweep(project, { policy, path: 'investment.actual', from: 0, to: '100', steps: 200 }))).toEqual([{
      code: 'too_many',
      path: 'options.steps',
      message: 'This sweep would record 1,006,407 item amounts (items times points); the limit is 1,000,000: take fewer steps.',
    }]);
  });
});
