import { describe, expect, it } from 'vitest';
import { compare, definePolicy, evaluate, exportPolicy, listPolicies, type ProjectInput } from '../../src/index.js';
import { amountOf, issuesOf, item } from '../helpers.js';

const policy = 'qingshan-lake-2018' as const;
const wholePeriod = { paymentsBeforeSource: 'whole-period' } as const;

/** A qualified talent renting at 3,500 a month from 2015-01-01, three years before Qingshan Lake's source (2018-06-15). */
const renter: ProjectInput = {
  name: 'Early renter',
  asOf: '2019-06-01',
  investment: { actual: '100000000' },
  talents: [{ name: 'Li', qualified: true, rent: { monthly: '3500', start: '2015-01-01' } }],
};

/** A high-level founder's startup with a bullet loan from 2010-01-01 over 120 months. */
const borrower: ProjectInput = {
  name: 'Early borrower',
  asOf: '2019-06-01',
  investment: { actual: '100000000' },
  talents: [{ name: 'Gu', highLevel: true }],
  talentStartup: {
    founder: 'Gu',
    loans: [{ principal: '10000000', annualRate: '0.0435', repayment: 'bullet', start: '2010-01-01', termMonths: 120 }],
  },
};

describe('payments before the source date (paymentsBeforeSource)', () => {
  it('pays no month of rent falling due before the source date, by default', () => {
    // "Three consecutive years" = 36 months from the first month of rent: 2015-01-01 … 2017-12-01.
    // All 36 fall before 2018-06-15: 0 months paid, 0.00 (the whole-period reading paid 72,000.00).
    const assessment = evaluate(renter, { policy });
    const rent = item(assessment, 'talent-rent', 'Li');
    expect(rent.status).toBe('eligible');
    expect(rent.amount.toFixed(2)).toBe('0.00');
    expect(rent.schedule).toEqual([]);
    expect(rent.notes).toContain(
      '36 monthly payments falling due from 2015-01-01 to 2017-12-01, before the policy’s source date 2018-06-15, are not paid: the policy did not exist yet (interpretation paymentsBeforeSource).',
    );
    expect(rent.interpretations).toContain('paymentsBeforeSource');
    expect(assessment.interpretations.find((entry) => entry.id === 'paymentsBeforeSource')).toMatchObject({
      chosen: 'from-source-date', alternatives: ['whole-period'], source: 'default', rules: ['qingshan-lake-2018/talent-rent'],
    });
    expect(assessment.translations.zh.interpretations['paymentsBeforeSource']?.label).toBe('政策来源日期之前到期的款项');
  });

  it('pays the months from the source date on when the rent straddles it', () => {
    // From 2017-01-01: 2017-01-01 … 2018-06-01 (18 months) fall before 2018-06-15; 18 are paid,
    // 2018-07-01 … 2019-12-01: 18 × min(2,000, 3,500) = 36,000.00.
    const assessment = evaluate({ ...renter, talents: [{ name: 'Li', qualified: true, rent: { monthly: '3500', start: '2017-01-01' } }] }, { policy });
    const rent = item(assessment, 'talent-rent', 'Li');
    expect(rent.amount.toFixed(2)).toBe('36000.00');
    expect(rent.schedule?.map((entry) => entry.date)).toHaveLength(18);
    expect(rent.schedule?.[0]?.date).toBe('2018-07-01');
  });

  it('pays the whole period under the whole-period reading, as before', () => {
    // 36 × min(2,000, 3,500) = 72,000.00, dated 2015-01-01 … 2017-12-01.
    const assessment = evaluate(renter, { policy, interpretations: wholePeriod });
    const rent = item(assessment, 'talent-rent', 'Li');
    expect(rent.amount.toFixed(2)).toBe('72000.00');
    expect(rent.schedule?.[0]?.date).toBe('2015-01-01');
    expect(rent.schedule?.[35]?.date).toBe('2017-12-01');
    expect(rent.notes.some((note) => note.includes('paymentsBeforeSource'))).toBe(false);
    expect(assessment.interpretations.find((entry) => entry.id === 'paymentsBeforeSource')).toMatchObject({
      chosen: 'whole-period', alternatives: ['from-source-date'], source: 'option',
    });
  });

  it('subsidises only the loan interest falling due after the source date, by default', () => {
    // 10,000,000 × 4.35% / 12 = 36,250.00 a month, due 2010-02-01 … 2020-01-01.
    // From 2018-06-15: 2018-07-01 … 2020-01-01, 19 months × 36,250 = 688,750.00.
    const assessment = evaluate(borrower, { policy });
    const subsidy = item(assessment, 'loan-interest-subsidy');
    expect(subsidy.amount.toFixed(2)).toBe('688750.00');
    expect(subsidy.schedule).toHaveLength(19);
    expect(subsidy.schedule?.every((entry) => entry.date >= '2018-06-15')).toBe(true);
    expect(subsidy.notes.at(-1)).toMatch(/^101 monthly interest payments \(3,661,250\.00\) falling due from 2010-02-01 to 2018-06-01/);
    // The whole period: 120 × 36,250 = 4,350,000.00.
    expect(amountOf(evaluate(borrower, { policy, interpretations: wholePeriod }), 'loan-interest-subsidy')).toBe('4350000.00');
  });

  it('does not consult the reading when nothing falls before the source date', () => {
    const later = evaluate({ ...renter, talents: [{ name: 'Li', qualified: true, rent: { monthly: '3500', start: '2018-07-01' } }] }, { policy });
    expect(later.interpretations.map((entry) => entry.id)).not.toContain('paymentsBeforeSource');
    expect(amountOf(later, 'talent-rent', 'Li')).toBe('72000.00');
  });

  it('refuses a tranche dated before the source date by default, and takes it under whole-period', () => {
    const rule = 'qingshan-lake-2018/project-co-investment';
    const schedules = { [rule]: [{ date: '2018-01-01', share: '0.5' }, { date: '2018-06-15', share: '0.5' }] };
    expect(issuesOf(() => evaluate(renter, { policy, schedules }))).toEqual([{
      code: 'out_of_range',
      path: `options.schedules.${rule}.0.date`,
      message: 'This tranche is dated 2018-01-01, before the policy\'s source date 2018-06-15: by default nothing is paid before the policy existed. Date it on or after 2018-06-15, or choose the reading paymentsBeforeSource=whole-period.',
    }]);
    const taken = evaluate(renter, { policy, schedules, interpretations: wholePeriod });
    // 30% of 100,000,000 = 30,000,000 (the ceiling), half on each date.
    expect(item(taken, 'project-co-investment').schedule?.map((entry) => [entry.date, entry.amount.toFixed(2)])).toEqual([
      ['2018-01-01', '15000000.00'], ['2018-06-15', '15000000.00'],
    ]);
    expect(item(taken, 'project-co-investment').interpretations).toContain('paymentsBeforeSource');
  });

  it('refuses a reading it does not know', () => {
    expect(issuesOf(() => evaluate(renter, { policy, interpretations: { paymentsBeforeSource: 'never' } as never }))).toEqual([
      expect.objectContaining({ code: 'unknown_option', path: 'options.interpretations.paymentsBeforeSource' }),
    ]);
  });

  it('is offered for every pack, cited with the pack’s date evidence, and applies across a comparison', () => {
    for (const summary of listPolicies()) {
      expect(summary.interpretations.at(-1)).toEqual({
        id: 'paymentsBeforeSource', label: 'Payments falling due before the policy’s source date',
        default: 'from-source-date', options: ['from-source-date', 'whole-period'],
      });
    }
    const comparison = compare(renter, { interpretations: wholePeriod });
    const qingshan = comparison.entries.find((entry) => entry.policy.id === policy)!;
    expect(amountOf(qingshan.assessment, 'talent-rent', 'Li')).toBe('72000.00');
  });

  it('keeps the reading out of an exported pack, and refuses a pack that defines it itself', () => {
    const exported = exportPolicy(policy);
    expect(exported.interpretations.map((entry) => entry.id)).not.toContain('paymentsBeforeSource');
    const own = exported.interpretations[0]!;
    expect(issuesOf(() => definePolicy({ ...exported, id: 'own-pack', interpretations: [...exported.interpretations, { ...own, id: 'paymentsBeforeSource' }] })))
      .toContainEqual(expect.objectContaining({ code: 'duplicate', path: `interpretations.${exported.interpretations.length}.id` }));
  });
});
