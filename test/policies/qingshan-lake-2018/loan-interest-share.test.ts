import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, type ProjectInput } from '../../../src/index.js';
import { Decimal } from '../../../src/money/decimal.js';
import { roundToCent, sum } from '../../../src/money/money.js';
import { interestSubsidy } from '../../../src/rules/interest-subsidy.js';
import { monthlyInterest } from '../../../src/rules/loan-interest.js';
import { amountOf, issuesOf, item } from '../../helpers.js';
import { runMain } from '../../cli/run-main.js';

const policy = 'qingshan-lake-2018' as const;
const asOf = '2018-07-01';
const RULE = 'qingshan-lake-2018/loan-interest-subsidy';
const team = [{ name: 'Gu', highLevel: true, qualified: true }];

function startup(loans: NonNullable<NonNullable<ProjectInput['talentStartup']>['loans']>): ProjectInput {
  return { name: 'Startup', investment: { actual: '1000000' }, talents: team, talentStartup: { founder: 'Gu', loans } };
}

const shareOf = (share: unknown) => ({ policy, asOf, overrides: { [RULE]: { share: share as string } } });

describe('the share of the loan interest subsidised', () => {
  it('is the whole interest by default, and says the source states only the cap', () => {
    // 10,000,000 × 4.35% × 3 = 1,305,000; × 100% = 1,305,000.
    const a = evaluate(startup([{ principal: '10000000', annualRate: '0.0435', years: 3 }]), { policy, asOf });
    expect(amountOf(a, 'loan-interest-subsidy')).toBe('1305000.00');
    const found = item(a, 'loan-interest-subsidy');
    expect(found.formula).toBe('min(6,000,000.00, 100% × interest due 1,305,000.00) = 1,305,000.00');
    expect(found.trace).toContainEqual({ label: expect.stringContaining('the source states only the 6 million cap'), value: '1' });
    expect(found.notes.some((note) => note.includes('assumes the whole interest (parameter share = 1)'))).toBe(true);
  });

  it('takes a share given as an override', () => {
    // 10,000,000 × 4.35% × 3 = 1,305,000; × 50% = 652,500.
    const a = evaluate(startup([{ principal: '10000000', annualRate: '0.0435', years: 3 }]), shareOf('0.5'));
    expect(amountOf(a, 'loan-interest-subsidy')).toBe('652500.00');
    expect(a.overrides).toContainEqual(expect.objectContaining({ ruleId: RULE, parameter: 'share', value: '0.5' }));
  });

  it('applies the share before the cap', () => {
    // 50,000,000 × 6% × 3 = 9,000,000; × 60% = 5,400,000 < 6,000,000: the cap does not bind.
    const loans = [{ principal: 50_000_000, annualRate: 0.06, years: 3 }];
    expect(amountOf(evaluate(startup(loans), shareOf(0.6)), 'loan-interest-subsidy')).toBe('5400000.00');
    // × 80% = 7,200,000 > 6,000,000: the cap binds.
    const capped = evaluate(startup(loans), shareOf(0.8));
    expect(amountOf(capped, 'loan-interest-subsidy')).toBe('6000000.00');
    expect(item(capped, 'loan-interest-subsidy').caps[0]?.binding).toBe(true);
  });

  it('rounds the cumulated subsidy once, so the payments add up to the share of the whole interest', () => {
    // A bullet loan of 1,000,000 at 5% for 2 months: 1,000,000 × 5% ÷ 12 = 4,166.666… → 4,166.67 a month.
    // Share 50%: cumulated 4,166.67 × 50% = 2,083.335 → 2,083.34 paid in month 1;
    // 8,333.34 × 50% = 4,166.67 cumulated, so 4,166.67 − 2,083.34 = 2,083.33 in month 2.
    // (Rounding each month on its own would give 2,083.34 twice, 4,166.68: a cent more than half the interest.)
    const a = evaluate(startup([{ principal: '1000000', annualRate: '0.05', repayment: 'bullet', start: '2018-07-01', termMonths: 2 }]), shareOf('0.5'));
    expect(amountOf(a, 'loan-interest-subsidy')).toBe('4166.67');
    expect(item(a, 'loan-interest-subsidy').schedule?.map((entry) => `${entry.date} ${entry.amount.toFixed(2)}`))
      .toEqual(['2018-08-01 2083.34', '2018-09-01 2083.33']);
  });

  it('is 0 at a share of 0', () => {
    const a = evaluate(startup([{ principal: '10000000', annualRate: '0.0435', years: 3 }]), shareOf(0));
    expect(amountOf(a, 'loan-interest-subsidy')).toBe('0.00');
    expect(item(a, 'loan-interest-subsidy').schedule).toEqual([]);
  });

  it('refuses a share below 0, above 1 or not a number, at the parameter\'s path', () => {
    for (const bad of [-0.1, '1.5', 2, 'NaN', 'half', Number.NaN, null, '']) {
      const issues = issuesOf(() => evaluate(startup([]), shareOf(bad)));
      expect(issues.map((issue) => issue.path), String(bad)).toEqual([`options.overrides.${RULE}.share`]);
      expect(issues[0]!.message.length).toBeGreaterThan(0);
    }
  });

  it('is overridden from the command line with -o', () => {
    const project = JSON.stringify(startup([{ principal: '10000000', annualRate: '0.0435', years: 3 }]));
    const run = runMain(['evaluate', '-', '-p', policy, '--as-of', asOf, '-o', `${RULE}.share=0.25`, '-f', 'json'], { stdin: project });
    expect(run.status).toBe(0);
    const json = JSON.parse(run.out) as { items: Array<{ ruleId: string; amount: string }> };
    // 1,305,000 × 25% = 326,250.
    expect(json.items.find((entry) => entry.ruleId === RULE)?.amount).toBe('326250.00');
    const refused = runMain(['evaluate', '-', '-p', policy, '--as-of', asOf, '-o', `${RULE}.share=1.01`], { stdin: project });
    expect(refused.status).not.toBe(0);
    expect(refused.err).toContain('share');
  });
});

describe('property: the share of the interest, within the cap', () => {
  const d = (value: string | number) => new Decimal(value);
  const label = { en: 'x', zh: 'x' };
  const forms = ['bullet', 'equal-principal', 'equal-instalment'] as const;
  const loanArb = fc.oneof(
    fc.record({ principal: fc.integer({ min: 0, max: 1e9 }), rate: fc.integer({ min: 0, max: 2000 }), years: fc.integer({ min: 1, max: 10 }) })
      .map(({ principal, rate, years }) => ({ form: 'simple' as const, principal: d(principal), annualRate: d(rate).dividedBy(10000), years })),
    fc.record({ form: fc.constantFrom(...forms), principal: fc.integer({ min: 0, max: 1e8 }), rate: fc.integer({ min: 0, max: 2000 }), termMonths: fc.integer({ min: 1, max: 48 }) })
      .map(({ form, principal, rate, termMonths }) => ({ form, principal: d(principal), annualRate: d(rate).dividedBy(10000), start: '2019-01-31', termMonths })),
  );

  it('pays 0 ≤ paid = min(cap, share × interest rounded once) ≤ cap, in whole cents that add up', () => {
    fc.assert(
      fc.property(fc.array(loanArb, { maxLength: 4 }), fc.integer({ min: 0, max: 10000 }), fc.integer({ min: 0, max: 20_000_000 }), (loans, basisPoints, cap) => {
        const share = d(basisPoints).dividedBy(10000);
        const result = interestSubsidy({ ceiling: { value: d(cap), label, id: 'ceiling' }, share: { value: share, label, id: 'share' }, loans, asOf: '2019-01-01' });
        const simple = roundToCent(sum(loans.flatMap((loan) => (loan.form === 'simple' ? [loan.principal.times(loan.annualRate).times(loan.years)] : []))));
        const monthly = loans.flatMap((loan) => (loan.form === 'simple' ? [] : monthlyInterest(loan).map((due) => due.interest)));
        const interest = simple.plus(sum(monthly));
        const expected = Decimal.min(d(cap), roundToCent(interest.times(share)));
        expect(result.amount.isNegative()).toBe(false);
        expect(result.amount.toFixed(2)).toBe(expected.toFixed(2));
        expect(result.amount.lessThanOrEqualTo(cap)).toBe(true);
        const payments = result.schedule!();
        expect(payments.every((entry) => entry.amount.greaterThan(0) && entry.amount.decimalPlaces() <= 2)).toBe(true);
        expect(sum(payments.map((entry) => entry.amount)).toFixed(2)).toBe(result.amount.toFixed(2));
      }),
      { numRuns: 200 },
    );
  }, 60_000);
});
