import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  definePolicy, evaluate, exportPolicy, loadPolicy, presentValue, toJSON,
  type Assessment, type CommitmentResult, type PolicyDefinitionInput, type ProjectInput,
} from '../../src/index.js';
import { Decimal, DiscountDecimal } from '../../src/money/decimal.js';
import { clawback } from '../../src/rules/clawback.js';
import { anyItem, issuesOf, item } from '../helpers.js';
import { PROPERTY_TIMEOUT } from '../timeouts.js';
import { COMMITMENT_PACK, COMMITMENT_PROJECT } from './commitment-pack.js';

const pack = definePolicy(COMMITMENT_PACK);
const GRANT = 'commit-district/settlement-grant';
const AWARD = 'commit-district/output-award';
const withFacts = (facts: Record<string, unknown>): ProjectInput => ({ ...COMMITMENT_PROJECT, facts: { ...COMMITMENT_PROJECT.facts, ...facts } } as ProjectInput);
const commitment = (assessment: Assessment, rule: string, id: string): CommitmentResult => {
  const found = anyItem(assessment, rule).commitments?.find((entry) => entry.id === id);
  if (!found) throw new Error(`no commitment ${rule}/${id}`);
  return found;
};
const figures = (entry: CommitmentResult) => ({
  status: entry.status, achieved: entry.achieved?.toFixed(), target: entry.target.toFixed(),
  amountAtRisk: entry.amountAtRisk.toFixed(2), clawback: entry.clawback.toFixed(2),
});

describe('commitments', () => {
  it('compute a pro-rata clawback on the shortfall once the date has passed', () => {
    const assessment = evaluate(COMMITMENT_PROJECT, { policy: pack, asOf: '2029-01-31' });
    // Grant: 10% × 100,000,000 = 10,000,000. 150 jobs of 200: shortfall 50 ÷ 200 = 25%: 2,500,000 repaid, 7,500,000 net.
    expect(figures(commitment(assessment, GRANT, 'jobs'))).toEqual({
      status: 'missed', achieved: '150', target: '200', amountAtRisk: '10000000.00', clawback: '2500000.00',
    });
    expect(item(assessment, GRANT).net?.toFixed(2)).toBe('7500000.00');
  });

  it('compute a share clawback, and keep a commitment still to fall due pending', () => {
    const assessment = evaluate(COMMITMENT_PROJECT, { policy: pack, asOf: '2029-01-31' });
    // Award: 50% × 40,000,000 = 20,000,000, capped at 2,000,000. Output 400 million < 500 million in 2028: half, 1,000,000, repaid.
    expect(figures(commitment(assessment, AWARD, 'output'))).toEqual({
      status: 'missed', achieved: '400000000', target: '500000000', amountAtRisk: '1000000.00', clawback: '1000000.00',
    });
    // Tax by 2029-12-31, not yet due on 2029-01-31: pending; the whole award is at risk. Sum to 2029: 10 + 12 + 9 = 31 million.
    expect(commitment(assessment, AWARD, 'tax')).toMatchObject({ status: 'pending', pendingReason: 'not-yet-due' });
    expect(figures(commitment(assessment, AWARD, 'tax'))).toMatchObject({ achieved: '31000000', amountAtRisk: '2000000.00', clawback: '0.00' });
    expect(item(assessment, AWARD).net?.toFixed(2)).toBe('1000000.00');
    // Totals: 2,500,000 + 1,000,000 repaid of 12,000,000; the computed totals keep their meaning.
    expect(assessment.totals.cash.toFixed(2)).toBe('12000000.00');
    expect(assessment.totals.clawback?.cash.toFixed(2)).toBe('3500000.00');
    expect(assessment.totals.net?.all.toFixed(2)).toBe('8500000.00');
  });

  it('meet a commitment reached by its date, a series read to date', () => {
    // On 2030-01-31 the tax commitment is judged: 31,000,000 ≥ 30,000,000, met.
    const assessment = evaluate(COMMITMENT_PROJECT, { policy: pack, asOf: '2030-01-31' });
    expect(commitment(assessment, AWARD, 'tax')).toMatchObject({ status: 'met' });
    expect(commitment(assessment, AWARD, 'tax').clawback.toFixed(2)).toBe('0.00');
  });

  it('repay all on a missed "all" commitment, never more than what the earlier clawbacks left', () => {
    // Tax to 2029: 10 + 12 + 7 = 29 million < 30 million: all repaid; but the output clawback (due 2028-12-31)
    // took 1,000,000 of the 2,000,000 first, so the tax clawback is the 1,000,000 left, and the net 0.
    const project = withFacts({ 'commit-district/tax': { 2027: '10000000', 2028: '12000000', 2029: '7000000' } });
    const assessment = evaluate(project, { policy: pack, asOf: '2030-01-31' });
    expect(figures(commitment(assessment, AWARD, 'tax'))).toMatchObject({ status: 'missed', amountAtRisk: '2000000.00', clawback: '1000000.00' });
    expect(item(assessment, AWARD).net?.toFixed(2)).toBe('0.00');
  });

  it('read a series in the year of the date with "in-year"', () => {
    const definition = structuredClone(COMMITMENT_PACK);
    (definition.rules[1] as { commitments?: unknown }).commitments = [{
      id: 'tax', label: 'Tax of 10 million yuan in 2029', citation: { document: 'hypothetical-offer.pdf', quote: 'Tax.' },
      fact: 'commit-district/tax', series: 'in-year', atLeast: '10000000', by: '2029-12-31', clawback: { kind: 'all' },
    }];
    // 2029 alone: 9,000,000 < 10,000,000: missed, all 2,000,000 repaid.
    const assessment = evaluate(COMMITMENT_PROJECT, { policy: definePolicy(definition), asOf: '2030-01-31' });
    expect(figures(commitment(assessment, AWARD, 'tax'))).toMatchObject({ status: 'missed', achieved: '9000000', clawback: '2000000.00' });
  });

  it('leave a commitment pending when the project does not state the outcome, or before its date', () => {
    const { 'commit-district/jobs': _, ...facts } = COMMITMENT_PROJECT.facts;
    const unstated = evaluate({ ...COMMITMENT_PROJECT, facts }, { policy: pack, asOf: '2029-01-31' });
    expect(commitment(unstated, GRANT, 'jobs')).toMatchObject({ status: 'pending', pendingReason: 'outcome-not-stated' });
    expect(commitment(unstated, GRANT, 'jobs').achieved).toBeUndefined();
    expect(item(unstated, GRANT).net?.toFixed(2)).toBe('10000000.00');
    // 150 of 200 before the date: pending, nothing repaid yet.
    const early = evaluate(COMMITMENT_PROJECT, { policy: pack, asOf: '2026-06-30' });
    expect(figures(commitment(early, GRANT, 'jobs'))).toMatchObject({ status: 'pending', achieved: '150', clawback: '0.00' });
  });

  it('judge on the date itself', () => {
    const assessment = evaluate(COMMITMENT_PROJECT, { policy: pack, asOf: '2028-12-31' });
    expect(commitment(assessment, GRANT, 'jobs').status).toBe('missed');
  });

  it('take a target from a parameter, so an override changes it', () => {
    const assessment = evaluate(COMMITMENT_PROJECT, { policy: pack, asOf: '2029-01-31', overrides: { [GRANT]: { jobs: 150 } } });
    expect(figures(commitment(assessment, GRANT, 'jobs'))).toMatchObject({ status: 'met', target: '150', clawback: '0.00' });
    expect(assessment.provenance.options.overrides).toEqual({ [GRANT]: { jobs: '150' } });
    // The recorded options recompute the same assessment.
    const again = evaluate(COMMITMENT_PROJECT, { ...assessment.provenance.options, policy: pack });
    expect(toJSON(again)).toEqual(toJSON(assessment));
  });

  it('put nothing at risk on an item that is not paid', () => {
    // Before the source date (2026-01-01) the pack does not apply: every item is ineligible.
    const assessment = evaluate(COMMITMENT_PROJECT, { policy: pack, asOf: '2025-06-30' });
    expect(item(assessment, GRANT).status).toBe('ineligible');
    expect(figures(commitment(assessment, GRANT, 'jobs'))).toMatchObject({ amountAtRisk: '0.00', clawback: '0.00' });
    expect(item(assessment, GRANT).net?.toFixed(2)).toBe('0.00');
    // An offer without a number has commitments, nothing at risk and no net amount.
    const advice = anyItem(evaluate(COMMITMENT_PROJECT, { policy: pack, asOf: '2029-01-31' }), 'commit-district/advice');
    expect(advice.commitments?.[0]).toMatchObject({ status: 'missed' });
    expect(advice.commitments?.[0]?.clawback.toFixed(2)).toBe('0.00');
    expect('net' in advice).toBe(false);
  });

  it('are written by toJSON, exactly, and frozen with the assessment', () => {
    const assessment = evaluate(COMMITMENT_PROJECT, { policy: pack, asOf: '2029-01-31' });
    const json = toJSON(assessment);
    const grant = json.items.find((entry) => entry.ruleId === GRANT)!;
    expect(grant.net).toBe('7500000.00');
    expect(grant.commitments).toEqual([{
      id: 'jobs', label: '200 jobs by the end of 2028', citation: { document: 'hypothetical-offer.pdf', quote: 'Short of 200 jobs, the grant is repaid in proportion to the shortfall.' },
      fact: 'commit-district/jobs', factLabel: 'jobs created', unit: 'count', target: '200', by: '2028-12-31', clawbackKind: 'pro-rata',
      amountAtRisk: '10000000.00', status: 'missed', achieved: '150', clawback: '2500000.00',
      translations: { zh: { label: '2028年底前新增200个岗位', factLabel: '新增就业岗位' } },
    }]);
    expect(json.totals).toEqual({
      cash: '12000000.00', equity: '0.00', all: '12000000.00', ceilings: { cash: '0.00', equity: '0.00', all: '0.00' },
      clawback: { cash: '3500000.00', equity: '0.00', all: '3500000.00' }, net: { cash: '8500000.00', equity: '0.00', all: '8500000.00' },
    });
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
    const entry = item(assessment, GRANT).commitments![0]!;
    expect(Object.isFrozen(entry)).toBe(true);
    expect(Object.isFrozen(entry.clawback)).toBe(true);
    expect(Object.isFrozen(assessment.totals.net)).toBe(true);
  });

  it('leave the items and totals of a pack without commitments as they were', () => {
    const assessment = evaluate({ name: 'Plain', investment: { actual: '100000000' } }, { policy: 'qingshan-lake-2018', asOf: '2019-01-01' });
    expect(assessment.totals.clawback).toBeUndefined();
    expect(assessment.items.some((entry) => 'commitments' in entry || 'net' in entry)).toBe(false);
    expect(Object.keys(toJSON(assessment).totals)).toEqual(['cash', 'equity', 'all', 'ceilings']);
  });

  it('round-trip through exportPolicy and loadPolicy', () => {
    const exported = exportPolicy(pack);
    expect(exported.rules[0]?.commitments?.[0]).toMatchObject({ atLeast: { param: 'jobs' }, clawback: { kind: 'pro-rata' } });
    const loaded = loadPolicy(JSON.stringify(exported));
    const asOf = '2030-01-31';
    expect(toJSON(evaluate(COMMITMENT_PROJECT, { policy: loaded, asOf }))).toEqual(toJSON(evaluate(COMMITMENT_PROJECT, { policy: pack, asOf })));
    expect(exportPolicy(loaded)).toEqual(exported);
  });
});

describe('commitment declarations', () => {
  const cite = { document: 'hypothetical-offer.pdf', quote: 'A quote.' };
  const withCommitments = (commitments: unknown[], parameters: Record<string, unknown> = {}): PolicyDefinitionInput => ({
    ...COMMITMENT_PACK,
    rules: [{
      id: 'grant', label: 'Grant', instrument: 'grant', citation: cite,
      parameters: { ceiling: { value: '1000000', unit: 'CNY' }, jobs: { value: 200, unit: 'count' }, ...parameters },
      amount: { block: 'flat-ceiling', ceiling: { param: 'ceiling' } },
      commitments,
    }],
  } as PolicyDefinitionInput);
  const base = { label: 'A commitment', citation: cite, by: '2028-12-31', clawback: { kind: 'all' } };

  it('are input errors with paths, every one at once', () => {
    const issues = issuesOf(() => definePolicy(withCommitments([
      { ...base, id: 'a', fact: 'commit-district/job', atLeast: '1' },
      { ...base, id: 'b', fact: 'investment.actual', atLeast: { param: 'job' } },
      { ...base, id: 'c', fact: 'commit-district/tax', atLeast: '1' },
      { ...base, id: 'd', fact: 'investment.actual', series: 'in-year', atLeast: '1' },
      { ...base, id: 'e', fact: 'classification.major', atLeast: '1' },
      { ...base, id: 'f', fact: 'commit-district/jobs', atLeast: { param: 'ceiling' } },
      { ...base, id: 'g', fact: 'commit-district/jobs', atLeast: '2.5' },
      { ...base, id: 'h', fact: 'investment.actual', atLeast: '1', clawback: { kind: 'share', share: { param: 'ceiling' } } },
      { ...base, id: 'h', fact: 'talent.rent.monthly', atLeast: '1' },
    ])));
    const at = (i: number, rest: string) => `rules.0.commitments.${i}.${rest}`;
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['not_found', at(0, 'fact')],
      ['not_found', at(1, 'atLeast.param')],
      ['required', at(2, 'series')],
      ['inconsistent', at(3, 'series')],
      ['inconsistent', at(4, 'fact')],
      ['inconsistent', at(5, 'atLeast.param')],
      ['invalid_type', at(6, 'atLeast')],
      ['inconsistent', at(7, 'clawback.share.param')],
      ['duplicate', at(8, 'id')],
      ['inconsistent', at(8, 'fact')],
    ]);
    expect(issues[1]?.message).toContain('Did you mean "jobs"?');
    expect(issues[2]?.message).toContain('"in-year"');
    expect(issues[5]?.message).toBe('The target parameter is in CNY; the fact this commitment names is measured in count.');
  });

  it('refuse a bad shape: a clawback kind, a date, a target that is neither a parameter nor a value', () => {
    const issues = issuesOf(() => definePolicy(withCommitments([
      { ...base, id: 'a', fact: 'investment.actual', atLeast: '1', clawback: { kind: 'half' } },
      { ...base, id: 'b', fact: 'investment.actual', atLeast: '1', by: '2028-02-30' },
      { ...base, id: 'c', fact: 'investment.actual', atLeast: { value: 1 } },
      { ...base, id: 'd', fact: 'investment.actual', atLeast: '1', series: 'yearly' },
    ])));
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['invalid_format', 'rules.0.commitments.0.clawback.kind'],
      ['invalid_format', 'rules.0.commitments.1.by'],
      ['invalid_format', 'rules.0.commitments.2.atLeast'],
      ['invalid_format', 'rules.0.commitments.3.series'],
    ]);
    expect(issues[0]?.message).toContain('"pro-rata"');
  });

  it('refuse more commitments than the limit', () => {
    const many = Array.from({ length: 21 }, (_, i) => ({ ...base, id: `c${i}`, fact: 'investment.actual', atLeast: '1' }));
    expect(issuesOf(() => definePolicy(withCommitments(many))).map((issue) => [issue.code, issue.path])).toEqual([['too_many', 'rules.0.commitments']]);
  });

  it('accept a count target override only as a whole number', () => {
    const issues = issuesOf(() => evaluate(COMMITMENT_PROJECT, { policy: pack, asOf: '2029-01-31', overrides: { [GRANT]: { jobs: '12.5' } } }));
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([['invalid_type', `options.overrides.${GRANT}.jobs`]]);
    expect(issues[0]?.message).toBe('Expected a whole number from 0 to 1000000000000; got "12.5".');
  });
});

describe('presentValue net of expected clawback', () => {
  const early = evaluate(COMMITMENT_PROJECT, { policy: pack, asOf: '2026-06-30' });

  it('subtracts probability × amount at risk, limited by date to what was paid', () => {
    const value = presentValue(early, { rate: '0', missProbability: { [`${GRANT}/jobs`]: '0.2', [`${AWARD}/output`]: '0.5', '*': '0.1' } });
    // Grant: 0.2 × 10,000,000 = 2,000,000 expected; 10,000,000 − 2,000,000 = 8,000,000.
    const grant = value.items.find((entry) => entry.ruleId === GRANT)!;
    expect([grant.expectedClawback?.toFixed(2), grant.netPresentValue?.toFixed(2)]).toEqual(['2000000.00', '8000000.00']);
    // Award: output (2028) 0.5 × 1,000,000 = 500,000; then tax (2029) 0.1 × min(2,000,000, 2,000,000 − 500,000 left)
    // = 150,000 (what the output commitment leaves, in expectation): 650,000; 2,000,000 − 650,000.
    const award = value.items.find((entry) => entry.ruleId === AWARD)!;
    expect([award.expectedClawback?.toFixed(2), award.netPresentValue?.toFixed(2)]).toEqual(['650000.00', '1350000.00']);
    expect(value.net?.total.toFixed(2)).toBe('9350000.00');
    expect(value.total.toFixed(2)).toBe('12000000.00');
  });

  it('weighs by the probability what a later commitment could still take back, after an earlier clawback', () => {
    const pack = definePolicy({
      id: 'd', name: 'Two commitments', jurisdiction: { level: 'district', name: 'D' }, source: { document: 'd.pdf', published: '2026-01-01' },
      facts: [{ id: 'jobs', type: 'count', label: 'jobs' }],
      rules: [{
        id: 'g', label: 'Grant', instrument: 'grant', citation: { document: 'd.pdf', quote: 'A grant of 10 million.' },
        parameters: { rate: { value: '1', unit: 'ratio' }, ceiling: { value: '10000000', unit: 'CNY' } },
        amount: { block: 'capped-share', rate: { param: 'rate' }, base: { fact: 'investment.actual' }, ceiling: { param: 'ceiling' } },
        commitments: [
          { id: 'k', label: '10 jobs by 2027', citation: { document: 'd.pdf', quote: 'k' }, fact: 'd/jobs', atLeast: '10', by: '2027-12-31', clawback: { kind: 'pro-rata' } },
          { id: 'k2', label: '20 jobs by 2030', citation: { document: 'd.pdf', quote: 'k2' }, fact: 'd/jobs', atLeast: '20', by: '2030-12-31', clawback: { kind: 'all' } },
        ],
      }],
    });
    const judged = evaluate({ name: 'P', investment: { actual: '10000000' }, facts: { 'd/jobs': 5 } }, { policy: pack, asOf: '2028-06-30' });
    const net = (p: string) => presentValue(judged, { rate: '0.05', missProbability: { 'd/g/k2': p } }).items[0]!.netPresentValue!.toFixed(2);
    // k is missed: (10 − 5) ÷ 10 × 10,000,000 = 5,000,000 repaid. k2 could take back what is left, 5,000,000, on 2030-12-31,
    // 914 days on: at 0.5, 0.5 × 5,000,000 × 1.05^(−914/365) = 2,212,481.67; net 10,000,000 − 5,000,000 − 2,212,481.67.
    expect(net('0.5')).toBe('2787518.33');
    // At 1, all of the 5,000,000 left: 5,000,000 × 1.05^(−914/365) = 4,424,963.34; net 575,036.66. The probability matters.
    expect(net('1')).toBe('575036.66');
  });

  it('discounts each expected clawback from its date', () => {
    // 0.2 × 10,000,000 on 2028-12-31, 915 days after 2026-06-30, at 8%: 2,000,000 × 1.08^(−915/365) = 1,649,152.72…
    const value = presentValue(early, { rate: '0.08', missProbability: { [`${GRANT}/jobs`]: '0.2', '*': '0' } });
    const grant = value.items.find((entry) => entry.ruleId === GRANT)!;
    // A non-integer power reconfigures its constructor for a moment: computed with the discount context, not the frozen private one.
    const expected = new Decimal(2_000_000).times(new DiscountDecimal('1.08').pow(new DiscountDecimal(-915).dividedBy(365)).toString());
    expect(grant.expectedClawback?.toFixed(2)).toBe(expected.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2));
  });

  it('counts a judged commitment at its clawback, whatever the probability', () => {
    const late = evaluate(COMMITMENT_PROJECT, { policy: pack, asOf: '2029-01-31' });
    // Jobs missed: 2,500,000 repaid on 2028-12-31, before the valuation date, so at face.
    const value = presentValue(late, { rate: '0.08', missProbability: 0 });
    expect(value.items.find((entry) => entry.ruleId === GRANT)?.netPresentValue?.toFixed(2)).toBe('7500000.00');
  });

  it('adds nothing without missProbability', () => {
    const value = presentValue(early, { rate: '0.08' });
    expect(value.net).toBeUndefined();
    expect(value.items.some((entry) => 'netPresentValue' in entry)).toBe(false);
  });

  it('refuses a probability out of range, an unknown commitment and a pending one left out', () => {
    const issues = issuesOf(() => presentValue(early, { rate: '0.08', missProbability: { [`${GRANT}/job`]: '0.2', [`${AWARD}/output`]: '1.5' } }));
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['unknown_option', `options.missProbability.${GRANT}/job`],
      ['out_of_range', `options.missProbability.${AWARD}/output`],
      ['required', 'options.missProbability'],
      ['required', 'options.missProbability'],
      ['required', 'options.missProbability'],
    ]);
    expect(issues[0]?.message).toContain(`Did you mean "${GRANT}/jobs"?`);
    expect(issuesOf(() => presentValue(early, { rate: '0', missProbability: '-0.1' })).map((issue) => issue.path)).toEqual(['options.missProbability']);
  });
});

describe('clawback properties', () => {
  const cents = fc.bigInt({ min: 0n, max: 10n ** 17n }).map((value) => new Decimal(value.toString()).dividedBy(100));
  const count = fc.integer({ min: 0, max: 1_000_000 }).map((value) => new Decimal(value));
  const terms = fc.oneof(
    fc.constant({ kind: 'all' as const }),
    fc.constant({ kind: 'pro-rata' as const }),
    fc.integer({ min: 0, max: 10_000 }).map((share) => ({ kind: 'share' as const, share: new Decimal(share).dividedBy(10_000) })),
  );

  it('never exceeds what was paid, and is never negative', () => {
    fc.assert(fc.property(cents, terms, count, count, (paid, agreed, target, achieved) => {
      const result = clawback(paid, agreed, target, achieved);
      expect(result.clawback.lessThanOrEqualTo(paid) && !result.clawback.isNegative()).toBe(true);
      expect(result.clawback.lessThanOrEqualTo(result.amountAtRisk)).toBe(true);
      expect(result.clawback.decimalPlaces()).toBeLessThanOrEqual(2);
    }), { numRuns: 500 });
  }, PROPERTY_TIMEOUT);

  it('pro rata grows with the shortfall', () => {
    fc.assert(fc.property(cents, count, count, count, (paid, target, a, b) => {
      const [less, more] = a.lessThanOrEqualTo(b) ? [a, b] : [b, a];
      const ofLess = clawback(paid, { kind: 'pro-rata' }, target, less).clawback;
      const ofMore = clawback(paid, { kind: 'pro-rata' }, target, more).clawback;
      expect(ofLess.greaterThanOrEqualTo(ofMore)).toBe(true);
    }), { numRuns: 500 });
  }, PROPERTY_TIMEOUT);

  const outcomes = fc.record({
    jobs: fc.integer({ min: 0, max: 400 }),
    output: fc.integer({ min: 0, max: 1_000_000 }).map((value) => `${value}000`),
    tax: fc.array(fc.integer({ min: 0, max: 20_000_000 }), { minLength: 3, maxLength: 3 }),
    investment: fc.integer({ min: 0, max: 200_000_000 }),
    asOf: fc.constantFrom('2026-06-30', '2028-12-31', '2029-06-30', '2030-01-31'),
  });
  const projectOf = (o: { jobs: number; output: string; tax: number[]; investment: number }): ProjectInput => ({
    name: 'Generated', investment: { actual: String(o.investment), infrastructure: String(Math.floor(o.investment / 2)) },
    facts: {
      'commit-district/jobs': o.jobs, 'commit-district/output': o.output,
      'commit-district/tax': { 2027: String(o.tax[0]), 2028: String(o.tax[1]), 2029: String(o.tax[2]) },
    },
  });

  it('on every item: the clawbacks never exceed the amount, and the net is the amount less them', () => {
    fc.assert(fc.property(outcomes, (o) => {
      const assessment = evaluate(projectOf(o), { policy: pack, asOf: o.asOf });
      for (const entry of assessment.items) {
        if (entry.status === 'unquantified') continue;
        const repaid = (entry.commitments ?? []).reduce((total, c) => total.plus(c.clawback), new Decimal(0));
        expect(repaid.lessThanOrEqualTo(entry.amount)).toBe(true);
        expect(entry.net?.toFixed(2)).toBe(entry.amount.minus(repaid).toFixed(2));
      }
      expect(assessment.totals.net?.all.toFixed(2)).toBe(assessment.totals.all.minus(assessment.totals.clawback!.all).toFixed(2));
    }), { numRuns: 60 });
  }, PROPERTY_TIMEOUT);

  it('the expected net value lies between that of all commitments missed and that of none', () => {
    const probability = fc.integer({ min: 0, max: 100 }).map((p) => String(p / 100));
    fc.assert(fc.property(outcomes, probability, probability, probability, fc.constantFrom('0', '0.05', '0.3'), (o, jobs, output, tax, rate) => {
      const assessment = evaluate(projectOf(o), { policy: pack, asOf: o.asOf });
      const net = (p: Record<string, string>) => presentValue(assessment, { rate, missProbability: p }).net!.total;
      const some = net({ [`${GRANT}/jobs`]: jobs, [`${AWARD}/output`]: output, [`${AWARD}/tax`]: tax, '*': '0.5' });
      expect(some.lessThanOrEqualTo(net({ '*': '0' }))).toBe(true);
      expect(some.greaterThanOrEqualTo(net({ '*': '1' }))).toBe(true);
    }), { numRuns: 40 });
  }, PROPERTY_TIMEOUT);
});
