import { describe, expect, it } from 'vitest';
import { evaluate, exportPolicy } from '../../src/index.js';
import { centsToString, referenceAmounts } from '../reference/qingshan-lake-reference.js';
import { disagreements } from './agreement.js';
import { jsonRulesQingshan } from './json-rules.js';
import { nativeQingshan } from './native.js';
import { readingsOf, SIMPLE_PROJECT } from './project.js';
import { REPRESENTATIVE_PROJECT } from './representative.js';

const PROJECTS = [SIMPLE_PROJECT, REPRESENTATIVE_PROJECT];
/** An item's key as the integer reference writes it: the rule's name, and its talent for a per-talent rule. */
const keyOf = (item: { ruleId: string; beneficiary?: string }) => `${item.ruleId.split('/')[1]}${item.beneficiary ? `:${item.beneficiary}` : ''}`;

describe('the representative project of the benchmark', () => {
  const assessment = evaluate(REPRESENTATIVE_PROJECT.project, REPRESENTATIVE_PROJECT.options);

  it('activates every rule of its pack: each has an item, and every item is eligible with an amount', () => {
    const ruleIds = exportPolicy(REPRESENTATIVE_PROJECT.options.policy).rules.map((rule) => rule.id);
    expect(ruleIds.length).toBeGreaterThan(0);
    expect([...new Set(assessment.items.map((item) => item.ruleId))].sort()).toEqual([...ruleIds].sort());
    for (const item of assessment.items) {
      expect({ rule: item.ruleId, status: item.status }).toEqual({ rule: item.ruleId, status: 'eligible' });
      expect(item.amount?.isPositive() && !item.amount.isZero(), item.ruleId).toBe(true);
    }
  });

  it('has the amounts its comment works out, to the cent', () => {
    const amounts = assessment.items.map((item) => `${keyOf(item)} ${item.amount?.toFixed(2)}`);
    expect(amounts).toEqual([
      'project-co-investment 95400000.05',
      'policy-fund-equity 190000000.28',
      'talent-housing-purchase:Founder 600000.00',
      'talent-rent:Engineer 66612.60',
      'talent-rent:Designer 72000.00',
      'startup-fund 4000000.15',
      'share-investment 5500000.85',
      'venture-capital 3200000.05',
      'loan-interest-subsidy 2610000.07',
      'incremental-support 15000000.25',
    ]);
  });

  it('agrees with the independent integer reference under its reading', () => {
    const expected = referenceAmounts(REPRESENTATIVE_PROJECT.project, REPRESENTATIVE_PROJECT.asOf, readingsOf(REPRESENTATIVE_PROJECT));
    const actual = assessment.items.map((item) => [keyOf(item), item.amount?.toFixed(2)]);
    expect(Object.fromEntries(actual)).toEqual(Object.fromEntries([...expected].map(([key, cents]) => [key, centsToString(cents)])));
  });
});

describe('the float references of the benchmark', () => {
  it.each(PROJECTS)('agree with evaluate to the cent on the $label project, under its reading', async (bench) => {
    const assessment = evaluate(bench.project, bench.options);
    expect(disagreements(assessment, nativeQingshan(bench.project, bench.asOf, readingsOf(bench)))).toEqual([]);
    expect(disagreements(assessment, await jsonRulesQingshan(bench.project, bench.asOf, readingsOf(bench)))).toEqual([]);
  });

  it('would be caught if they followed another reading than the library', () => {
    const bench = REPRESENTATIVE_PROJECT;
    const assessment = evaluate(bench.project, bench.options);
    // Under the default reading the "four 6-million" end with the support: 4 rules at 0, where the library pays them.
    const other = nativeQingshan(bench.project, bench.asOf, { incrementalOverlap: 'after-expiry' });
    expect(disagreements(assessment, other)).toHaveLength(6);
  });
});
