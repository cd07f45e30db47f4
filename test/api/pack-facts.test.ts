import { describe, expect, it } from 'vitest';
import {
  blocks, compare, definePolicy, evaluate, exportPolicy, loadPolicy, type PolicyDefinitionInput, type ProjectInput,
} from '../../src/index.js';
import { amountText } from '../../src/report/describe-rule.js';
import { amountOf, anyItem, issuesOf } from '../helpers.js';
import { TERM_SHEET, TERM_SHEET_PROJECT } from './term-sheet-pack.js';

const pack = definePolicy(TERM_SHEET);
const asOf = '2026-02-01';
const withFacts = (facts: Record<string, unknown>): ProjectInput =>
  ({ ...TERM_SHEET_PROJECT, facts: { ...TERM_SHEET_PROJECT.facts, ...facts } } as ProjectInput);
const without = (...keys: string[]): ProjectInput =>
  ({ ...TERM_SHEET_PROJECT, facts: Object.fromEntries(Object.entries(TERM_SHEET_PROJECT.facts).filter(([key]) => !keys.includes(key))) } as ProjectInput);

describe('facts of a pack\'s own', () => {
  it('are read by conditions and amounts like built-in facts', () => {
    const assessment = evaluate(TERM_SHEET_PROJECT as ProjectInput, { policy: pack, asOf });
    // 20,000 × 120 = 2,400,000, capped at 2,000,000.
    expect(amountOf(assessment, 'test-district/hiring-bonus')).toBe('2000000.00');
    // 100% × 10,000 × 36 + 50% × 10,000 × 24 = 480,000.
    expect(amountOf(assessment, 'test-district/rent')).toBe('480000.00');
    // 4,000,000 + 5,000,000 + 5,000,000 + 4,000,000 + 1,500,000.03 (see test/rules/term-sheet-blocks.test.ts).
    expect(amountOf(assessment, 'test-district/tax-return')).toBe('19500000.03');
    // 10% × (650,000,000 − 500,000,000) = 15,000,000.
    expect(amountOf(assessment, 'test-district/output-award')).toBe('15000000.00');
    // 2,000,000 + 480,000 + 19,500,000.03 + 15,000,000.
    expect(assessment.totals.cash.toFixed(2)).toBe('36980000.03');
  });

  it('make an item ineligible, naming the fact, when the project leaves out one an amount needs', () => {
    const item = anyItem(evaluate(without('test-district/new-hires'), { policy: pack, asOf }), 'test-district/hiring-bonus');
    expect(item.status).toBe('ineligible');
    expect(item.reasons.join(' ')).toContain('new hires');
    expect(item.translations.zh.reasons.join(' ')).toContain('新增雇员');
  });

  it('fail a condition on a fact the project leaves out', () => {
    const item = anyItem(evaluate(withFacts({ 'test-district/zone': 'south' }), { policy: pack, asOf }), 'test-district/rent');
    expect(item.status).toBe('ineligible');
  });

  it('refuse a project that leaves out a required fact', () => {
    expect(issuesOf(() => evaluate(without('test-district/signed'), { policy: pack, asOf }))).toEqual([
      { code: 'required', path: 'facts.test-district/signed', message: expect.stringContaining('"investment agreement signed"') },
    ]);
  });

  it('list every bad value with its path, and name an unknown fact with a hint', () => {
    const issues = issuesOf(() => evaluate(withFacts({
      'test-district/new-hire': 3,
      'test-district/new-hires': -3,
      'test-district/zone': 'west',
      'test-district/signed': 'yes',
      'test-district/lease-start': '2026-02-30',
      'test-district/local-tax': { 2026: '-1', 26: '5' },
      'test-district/output': 'lots',
    }), { policy: pack, asOf }));
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
      // In the order of the project's keys: those the spread replaced keep their place.
      ['out_of_range', 'facts.test-district/new-hires'],
      ['invalid_format', 'facts.test-district/lease-start'],
      ['invalid_format', 'facts.test-district/local-tax.26'],
      ['out_of_range', 'facts.test-district/local-tax.2026'],
      ['invalid_format', 'facts.test-district/output'],
      ['unknown_option', 'facts.test-district/zone'],
      ['invalid_type', 'facts.test-district/signed'],
      ['unknown_field', 'facts.test-district/new-hire'],
    ]);
    expect(issues[7]?.message).toContain('Did you mean "test-district/new-hires"?');
  });

  it('hold a count to its declared maximum', () => {
    expect(issuesOf(() => evaluate(withFacts({ 'test-district/new-hires': 100001 }), { policy: pack, asOf }))).toEqual([
      { code: 'out_of_range', path: 'facts.test-district/new-hires', message: 'Expected at most 100000; got 100001.' },
    ]);
  });

  it('refuse keys that are not <pack id>/<fact id>, whatever the pack', () => {
    expect(issuesOf(() => evaluate(withFacts({ 'new-hires': 3 }), { policy: 'qingshan-lake-2018', asOf }))).toEqual([
      { code: 'invalid_format', path: 'facts.new-hires', message: expect.stringContaining('"<pack id>/<fact id>"') },
    ]);
  });

  it('leave the facts of other packs alone: compare assesses one project under many packs', () => {
    const comparison = compare(TERM_SHEET_PROJECT as ProjectInput, { policies: [pack, 'qingshan-lake-2018'], asOf: '2026-02-01' });
    expect(comparison.entries.map((entry) => entry.policy.id).sort()).toEqual(['qingshan-lake-2018', 'test-district']);
    const district = comparison.entries.find((entry) => entry.policy.id === 'test-district');
    expect(district?.cash.toFixed(2)).toBe('36980000.03');
  });

  it('are reported for the pack they belong to in a comparison', () => {
    const issues = issuesOf(() => compare(withFacts({ 'test-district/zone': 'west' }), { policies: [pack, 'qingshan-lake-2018'], asOf }));
    expect(issues.map((issue) => issue.path)).toEqual(['facts.test-district/zone']);
  });

  it('leave the caller\'s project as it was', () => {
    const project = structuredClone(TERM_SHEET_PROJECT) as ProjectInput;
    const before = structuredClone(project);
    evaluate(project, { policy: pack, asOf });
    expect(project).toEqual(before);
  });
});

describe('declared facts in a definition', () => {
  const base = (facts: unknown, amount: unknown = blocks.flatCeiling({ ceiling: 'ceiling' })): PolicyDefinitionInput => ({
    ...TERM_SHEET,
    facts,
    rules: [{ id: 'one', label: 'One', instrument: 'grant', citation: { document: 'd', quote: 'q' },
      parameters: { ceiling: { value: '1', unit: 'CNY' }, perUnit: { value: '1', unit: 'CNY' } }, amount }],
  } as PolicyDefinitionInput);

  it('round-trip through exportPolicy and loadPolicy', () => {
    const exported = exportPolicy(pack);
    expect(exported.facts.map((fact) => [fact.id, fact.type, fact.unit])).toEqual([
      ['new-hires', 'count', 'hires'], ['lease-start', 'date', undefined], ['monthly-rent', 'amount', 'CNY'],
      ['lease-months', 'count', 'months'], ['production-start', 'date', undefined], ['local-tax', 'amount-series', 'CNY'],
      ['output', 'amount', 'CNY'], ['zone', 'choice', undefined], ['signed', 'boolean', undefined],
    ]);
    const loaded = loadPolicy(JSON.stringify(exported));
    expect(exportPolicy(loaded)).toEqual(exported);
    const again = evaluate(TERM_SHEET_PROJECT as ProjectInput, { policy: loaded, asOf });
    expect(again.totals.cash.toFixed(2)).toBe('36980000.03');
  });

  it('are checked with paths: duplicates, bounds of the type and in order, a choice\'s words', () => {
    const issues = issuesOf(() => definePolicy(base([
      { id: 'a', type: 'count', label: 'a', min: 10, max: 5 },
      { id: 'a', type: 'boolean', label: 'b', max: 1 },
      { id: 'c', type: 'choice', label: 'c' },
      { id: 'd', type: 'amount', label: 'd', values: ['x'], min: -1 },
      { id: 'e', type: 'colour', label: 'e' },
    ])));
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['invalid_format', 'facts.4.type'],
    ]);
    const semantic = issuesOf(() => definePolicy(base([
      { id: 'a', type: 'count', label: 'a', min: 10, max: 5 },
      { id: 'a', type: 'boolean', label: 'b', max: 1 },
      { id: 'c', type: 'choice', label: 'c' },
      { id: 'd', type: 'amount', label: 'd', values: ['x'], min: -1 },
      { id: 'e', type: 'date', label: 'e', min: '2026-13-01' },
    ])));
    expect(semantic.map((issue) => [issue.code, issue.path])).toEqual([
      ['inconsistent', 'facts.0.max'],
      ['duplicate', 'facts.1.id'],
      ['inconsistent', 'facts.1.max'],
      ['required', 'facts.2.values'],
      ['out_of_range', 'facts.3.min'],
      ['inconsistent', 'facts.3.values'],
      ['invalid_format', 'facts.4.min'],
    ]);
  });

  it('are named in conditions and amounts by their qualified name, with their type checked', () => {
    const issues = issuesOf(() => definePolicy(base(
      [{ id: 'hires', type: 'amount', label: 'hires' }],
      blocks.perUnit({ perUnit: 'perUnit', units: 'test-district/hires' }),
    )));
    expect(issues).toEqual([{ code: 'inconsistent', path: 'rules.0.amount.units.fact', message: 'The fact "test-district/hires" is an amount; here it must be a count.' }]);
    const unknown = issuesOf(() => definePolicy(base([], blocks.perUnit({ perUnit: 'perUnit', units: 'test-district/hires' }))));
    expect(unknown[0]).toMatchObject({ code: 'not_found', path: 'rules.0.amount.units.fact' });
  });

  it('are described in the rule\'s words in English and Chinese', () => {
    const rule = exportPolicy(pack).rules[1]!;
    expect(amountText(rule.amount, rule, '\n', 'en')).toBe('100% × test-district/monthly-rent for 36 months, then 50% × test-district/monthly-rent for 24 months, paid monthly');
    expect(amountText(rule.amount, rule, '\n', 'zh')).toBe('36个月内100% × test-district/monthly-rent，其后24个月内50% × test-district/monthly-rent，按月发放');
  });
});
