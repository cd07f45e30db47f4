import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compare, definePolicy, evaluate, IncentiveInputError, opportunities, renderReport, type Opportunity, type PolicyDefinitionInput, type ProjectInput } from '../../src/index.js';
import { TERM_SHEET, TERM_SHEET_PROJECT } from '../api/term-sheet-pack.js';
import { PROPERTY_TIMEOUT } from '../timeouts.js';
import { applied } from './applied-changes.js';

/**
 * A hypothetical pack, for tests only (every figure made up), whose
 * conditions test a fact of its own of each type: a count, an amount, a
 * rate, a flag, a choice, a date and a series.
 */
const cite = (quote: string) => ({ document: 'hypothetical-offer.pdf', quote });
const grant = (id: string, when: unknown, value = '100000') => ({
  id, label: `Grant ${id}`, instrument: 'grant', citation: cite(`Grant ${id}.`),
  parameters: { ceiling: { value, unit: 'CNY' } },
  eligibility: [{ when }],
  amount: { block: 'flat-ceiling', ceiling: { param: 'ceiling' } },
});
const FACTS_PACK = {
  id: 'fact-district',
  name: { en: 'Fact district offer (hypothetical)', zh: '事实区条款（假设）' },
  jurisdiction: { level: 'district', name: 'Fact district' },
  source: { document: 'hypothetical-offer.pdf', published: '2026-01-01' },
  facts: [
    { id: 'hires', type: 'count', unit: 'hires', label: { en: 'new hires', zh: '新增雇员' }, max: '40' },
    { id: 'floor', type: 'count', unit: 'm²', label: { en: 'floor space', zh: '建筑面积' }, max: '5000' },
    { id: 'equipment', type: 'amount', label: { en: 'equipment spend', zh: '设备投入' } },
    { id: 'local-share', type: 'rate', label: { en: 'local sourcing share', zh: '本地采购比例' } },
    { id: 'signed', type: 'boolean', label: { en: 'agreement signed', zh: '已签协议' } },
    { id: 'zone', type: 'choice', values: ['north', 'south', 'east'], label: { en: 'zone', zh: '园区' } },
    { id: 'opened', type: 'date', label: { en: 'opening date', zh: '开业日' } },
    { id: 'tax', type: 'amount-series', label: { en: 'local tax paid', zh: '地方税收' } },
  ],
  rules: [
    {
      id: 'hiring', label: 'Hiring bonus', instrument: 'grant', citation: cite('30,000 yuan per new hire, at most 500,000 yuan, for a signed agreement and at least 10 hires.'),
      parameters: { perHire: { value: '30000', unit: 'CNY' }, ceiling: { value: '500000', unit: 'CNY' } },
      eligibility: [{ when: { fact: 'fact-district/signed', is: true } }, { when: { fact: 'fact-district/hires', atLeast: '10' } }],
      amount: { block: 'per-unit', perUnit: { param: 'perHire' }, units: { fact: 'fact-district/hires' }, ceiling: { param: 'ceiling' } },
    },
    {
      id: 'floor', label: 'Floor space award', instrument: 'grant', citation: cite('100 yuan per square metre, at most 1,000,000 yuan.'),
      parameters: { perMetre: { value: '100', unit: 'CNY' }, ceiling: { value: '1000000', unit: 'CNY' } },
      amount: { block: 'per-unit', perUnit: { param: 'perMetre' }, units: { fact: 'fact-district/floor' }, ceiling: { param: 'ceiling' } },
    },
    grant('equipment', { fact: 'fact-district/equipment', atLeast: '1000000.005' }),
    grant('sourcing', { fact: 'fact-district/local-share', above: '0.25' }),
    grant('north', { fact: 'fact-district/zone', is: 'north' }),
    grant('not-south', { not: { fact: 'fact-district/zone', is: 'south' } }),
    grant('opening', { fact: 'fact-district/opened', above: '2026-03-31' }),
    grant('taxpayer', { fact: 'fact-district/tax', present: true }),
    {
      id: 'output', label: 'Equipment excess award', instrument: 'grant', citation: cite('20% of equipment spend above 2 million yuan, at most 300,000 yuan.'),
      parameters: { threshold: { value: '2000000', unit: 'CNY' }, rate: { value: '0.2', unit: 'ratio' }, ceiling: { value: '300000', unit: 'CNY' } },
      amount: { block: 'threshold-excess', base: { fact: 'fact-district/equipment' }, threshold: { param: 'threshold' }, rate: { param: 'rate' }, ceiling: { param: 'ceiling' } },
    },
  ],
} as PolicyDefinitionInput;

const ASOF = '2026-06-30';
const pack = definePolicy(FACTS_PACK);
const stated: ProjectInput = {
  name: 'Hypothetical plant',
  investment: { actual: '1000000' },
  facts: {
    'fact-district/hires': 12,
    'fact-district/floor': 4000,
    'fact-district/equipment': '2100000',
    'fact-district/local-share': '0.2',
    'fact-district/zone': 'south',
    'fact-district/opened': '2026-01-15',
  },
};

const rule = (entry: { ruleId: string }) => entry.ruleId.split('/')[1];
const summary = (entry: Opportunity) => ({
  rule: rule(entry),
  kind: entry.kind,
  changes: entry.changes.map((change) => `${change.path.join('.')}=${JSON.stringify(change.to)}`),
  after: entry.after.amount === null ? 'offer' : entry.after.amount.toFixed(2),
});

/** Every opportunity, and each alternative, gives what a direct evaluation of the changed project gives. */
function checkedAgainstEvaluations(project: ProjectInput, policy: Parameters<typeof evaluate>[1]['policy'], asOf: string): void {
  for (const entry of opportunities(project, { policy, asOf }).opportunities) {
    for (const option of [entry, ...entry.alternatives]) {
      const item = evaluate(applied(project, option.changes), { policy, asOf }).items.find((candidate) => candidate.ruleId === entry.ruleId)!;
      expect([item.status, item.amount?.toFixed(2)]).toEqual([option.after.status, option.after.amount?.toFixed(2)]);
    }
  }
}

describe('opportunities: facts of a pack\'s own in conditions', () => {
  it('reaches a count, an amount, a rate and a date, chooses a word, flips a flag, each evaluated', () => {
    const found = opportunities(stated, { policy: pack, asOf: ASOF });
    expect(found.opportunities.map(summary)).toEqual([
      // Signed, and 12 hires already past 10: 30,000 × 12 = 360,000.
      { rule: 'hiring', kind: 'eligible', changes: ['facts.fact-district/signed=true'], after: '360000.00' },
      // 100 × 4,000 = 400,000; the 1,000,000 ceiling would need 10,000 m², the pack accepts at most 5,000: 500,000.
      { rule: 'floor', kind: 'raise', changes: ['facts.fact-district/floor=5000'], after: '500000.00' },
      // (The equipment grant: 2,100,000 is at least 1,000,000.005 already, at its ceiling.)
      // Above 0.25: 0.2501, a hundredth of a percentage point above.
      { rule: 'sourcing', kind: 'eligible', changes: ['facts.fact-district/local-share="0.2501"'], after: '100000.00' },
      { rule: 'north', kind: 'eligible', changes: ['facts.fact-district/zone="north"'], after: '100000.00' },
      // Not south: north or east, as few changes each; north first, in the order the pack declares its words.
      { rule: 'not-south', kind: 'eligible', changes: ['facts.fact-district/zone="north"'], after: '100000.00' },
      // Above 2026-03-31: 2026-04-01, the next day.
      { rule: 'opening', kind: 'eligible', changes: ['facts.fact-district/opened="2026-04-01"'], after: '100000.00' },
      // 20% × (2,100,000 − 2,000,000) = 20,000 now; the 300,000 ceiling binds at 2,000,000 + 300,000 ÷ 20% = 3,500,000.
      { rule: 'output', kind: 'raise', changes: ['facts.fact-district/equipment="3500000"'], after: '300000.00' },
    ]);
    const notSouth = found.opportunities.find((entry) => rule(entry) === 'not-south')!;
    expect(notSouth.alternatives.map((option) => option.changes[0]!.to)).toEqual(['east']);
    // The zone made north also opens the north grant, and the other way round.
    expect(notSouth.alsoChanges.map(rule)).toEqual(['north']);
    expect(found.opportunities[0]!.changes[0]!.description).toBe('facts.fact-district/signed: not stated → true (agreement signed)');
    expect(found.opportunities[0]!.changes[0]!.translations.zh.description).toBe('facts.fact-district/signed：未填写 → true（已签协议）');
    // A series only a presence test reads has no value that follows from it: no change is proposed.
    expect(found.unreachable.map(rule)).toEqual(['taxpayer']);
    checkedAgainstEvaluations(stated, pack, ASOF);
  });

  it('states a missing count at the threshold, and at the ceiling as an alternative, rounded up to a whole unit', () => {
    const project: ProjectInput = { name: 'Hypothetical plant', investment: { actual: '1000000' }, facts: { 'fact-district/signed': true } };
    const found = opportunities(project, { policy: pack, asOf: ASOF });
    const hiring = found.opportunities.find((entry) => rule(entry) === 'hiring')!;
    // At least 10 hires: 30,000 × 10 = 300,000, the least added.
    expect(summary(hiring)).toEqual({ rule: 'hiring', kind: 'eligible', changes: ['facts.fact-district/hires=10'], after: '300000.00' });
    // The ceiling: 500,000 ÷ 30,000 = 16.67, up to 17 hires: min(500,000, 510,000) = 500,000.
    expect(hiring.alternatives.map((option) => [option.changes.map((change) => change.to), option.after.amount?.toFixed(2)])).toEqual([[[17], '500000.00']]);
    // A missing amount fact stated at the least value a condition accepts: 1,000,000.005 up to the cent.
    expect(summary(found.opportunities.find((entry) => rule(entry) === 'equipment')!).changes).toEqual(['facts.fact-district/equipment="1000000.01"']);
    checkedAgainstEvaluations(project, pack, ASOF);
  });

  it('raises a count below the ceiling to a whole unit, and a count the declaration bounds as far as it goes', () => {
    const project: ProjectInput = { ...stated, facts: { ...stated.facts, 'fact-district/signed': true } };
    const found = opportunities(project, { policy: pack, asOf: ASOF });
    // 30,000 × 12 = 360,000; 17 hires reach the 500,000 ceiling (500,000 ÷ 30,000 = 16.67, rounded up).
    expect(summary(found.opportunities.find((entry) => rule(entry) === 'hiring')!)).toEqual(
      { rule: 'hiring', kind: 'raise', changes: ['facts.fact-district/hires=17'], after: '500000.00' },
    );
    // 100 × 4,000 = 400,000; the ceiling needs 10,000 m², above the 5,000 the pack accepts: raised to 5,000,
    // 100 × 5,000 = 500,000, below the 1,000,000 ceiling (the formula binds, not the ceiling).
    const floor = found.opportunities.find((entry) => rule(entry) === 'floor')!;
    expect(summary(floor)).toEqual({ rule: 'floor', kind: 'raise', changes: ['facts.fact-district/floor=5000'], after: '500000.00' });
    expect([floor.after.basis, floor.gain!.toFixed(2)]).toEqual(['formula', '100000.00']);
    checkedAgainstEvaluations(project, pack, ASOF);
  });
});

describe('opportunities of a pack\'s own in a comparison report', () => {
  it('lists them per location, what else changes included, in Chinese as in English', () => {
    const comparison = compare(stated, { policies: [pack], asOf: ASOF, opportunities: true });
    const also = comparison.entries[0]!.opportunities!.opportunities.find((entry) => rule(entry) === 'not-south')!.alsoChanges[0]!;
    expect([also.label, also.translations.zh.label]).toEqual(['Grant north', 'Grant north']);
    const zh = renderReport(comparison, { format: 'markdown', locale: 'zh' });
    expect(zh).toContain('### 如何获得更多扶持');
    // The zone made north: the not-south grant, up to its 100,000 ceiling, and with it the north grant, from not eligible
    // to up to 100,000 (each a stated maximum, said to be one).
    expect(zh).toContain('  - Grant not-south：不符合 → 最高100,000.00（政策上限）（增加 100,000.00）：facts.fact-district/zone："south" → "north"（园区）');
    expect(zh).toContain('    - 同时变化：Grant north：不符合 → 最高100,000.00（政策上限）');
    expect(renderReport(comparison, { locale: 'en' })).toContain('      Also changes: Grant north: ineligible → up to 100,000.00 (stated maximum)');
  });
});

describe('opportunities: the blocks term sheets use', () => {
  const term = definePolicy(TERM_SHEET);

  it('raises each year of a yearly share to its year\'s ceiling, and an output to where the excess reaches its ceiling', () => {
    const found = opportunities(TERM_SHEET_PROJECT as ProjectInput, { policy: term, asOf: '2026-06-30' });
    expect(found.opportunities.map(summary)).toEqual([
      // Years 2026-2030 from the start of production; at most 5,000,000 a year: 100% × 5,000,000 in 2026
      // (4,000,000 stated), 50% × 10,000,000 in 2029 and 2030 (8,000,000 and 3,000,000.05 stated); 2027 and 2028 pay it already.
      // 4,000,000 + 5,000,000 + 5,000,000 + 4,000,000 + 1,500,000.03 = 19,500,000.03 now; 5 × 5,000,000 = 25,000,000 after.
      {
        rule: 'tax-return', kind: 'raise', after: '25000000.00',
        changes: ['facts.test-district/local-tax={"2026":"5000000","2027":"6000000","2028":"5000000","2029":"10000000","2030":"10000000"}'],
      },
      // 10% × (650,000,000 − 500,000,000) = 15,000,000; 500,000,000 + 20,000,000 ÷ 10% = 700,000,000.
      { rule: 'output-award', kind: 'raise', changes: ['facts.test-district/output="700000000"'], after: '20000000.00' },
    ]);
    expect(found.opportunities[0]!.before.amount!.toFixed(2)).toBe('19500000.03');
    expect(found.opportunities[0]!.changes[0]!.description).toMatch(/^facts\.test-district\/local-tax: 2026: 4,000,000\.00, .* → 2026: 5,000,000\.00, /);
    checkedAgainstEvaluations(TERM_SHEET_PROJECT as ProjectInput, term, '2026-06-30');
  });

  it('states what a plain project leaves out: the units, the series from the assessment date\'s year, the base', () => {
    const plain: ProjectInput = { name: 'Hypothetical plain plant', investment: { actual: '1000' }, facts: { 'test-district/signed': false } };
    const found = opportunities(plain, { policy: term, asOf: '2026-06-30' });
    expect(found.opportunities.map(summary)).toEqual([
      // Signed, and 2,000,000 ÷ 20,000 = 100 hires: the ceiling.
      { rule: 'hiring-bonus', kind: 'eligible', changes: ['facts.test-district/signed=true', 'facts.test-district/new-hires=100'], after: '2000000.00' },
      // Production from the assessment date; each year at its 5,000,000 ceiling: 5,000,000 at 100% (years 1-3),
      // 10,000,000 at 50% (years 4-5): 5 × 5,000,000.
      {
        rule: 'tax-return', kind: 'eligible', after: '25000000.00',
        changes: [
          'facts.test-district/local-tax={"2026":"5000000","2027":"5000000","2028":"5000000","2029":"10000000","2030":"10000000"}',
          'facts.test-district/production-start="2026-06-30"',
        ],
      },
      { rule: 'output-award', kind: 'eligible', changes: ['facts.test-district/output="700000000"'], after: '20000000.00' },
    ]);
    // The rent support is a share of a rent the project does not state, with no ceiling: no value follows.
    expect(found.unreachable.map(rule)).toEqual(['rent']);
    expect(found.unreachable[0]!.reason).toBe('None of the 1 changes of stated facts tried makes it eligible in an evaluation of the changed project. '
      + 'With the smallest of them: The project does not state the monthly rent, so there is nothing to compute the amount from.');
    expect(found.unreachable[0]!.translations.zh.reason).toMatch(/按其中最小的变更：项目未提供月租金，无法计算金额。$/);
    checkedAgainstEvaluations(plain, term, '2026-06-30');
  });

  it('raises a yearly base and an output no further than their declarations accept', () => {
    const bounded = definePolicy({
      ...TERM_SHEET,
      facts: TERM_SHEET.facts!.map((fact) => (fact.id === 'local-tax' ? { ...fact, max: '9000000' } : fact.id === 'output' ? { ...fact, max: '680000000' } : fact)),
    });
    const found = opportunities(TERM_SHEET_PROJECT as ProjectInput, { policy: bounded, asOf: '2026-06-30' });
    expect(found.opportunities.map(summary)).toEqual([
      // 2026 to its 5,000,000 year ceiling (5,000,000 ≤ 9,000,000 accepted); 2029 and 2030 would need 10,000,000 at 50%,
      // the pack accepts 9,000,000: 4,500,000 each. 5,000,000 × 3 + 4,500,000 × 2 = 24,000,000.
      {
        rule: 'tax-return', kind: 'raise', after: '24000000.00',
        changes: ['facts.test-district/local-tax={"2026":"5000000","2027":"6000000","2028":"5000000","2029":"9000000","2030":"9000000"}'],
      },
      // 700,000,000 would reach the ceiling; 680,000,000 is the most accepted: 10% × 180,000,000 = 18,000,000.
      { rule: 'output-award', kind: 'raise', changes: ['facts.test-district/output="680000000"'], after: '18000000.00' },
    ]);
    checkedAgainstEvaluations(TERM_SHEET_PROJECT as ProjectInput, bounded, '2026-06-30');
  });

  it('raises the base of a stepped block that takes all its periods to where its ceiling binds', () => {
    const capped = definePolicy({
      ...TERM_SHEET,
      rules: TERM_SHEET.rules.map((entry) => (entry.id !== 'rent' ? entry : {
        ...entry,
        parameters: { ...entry.parameters, ceiling: { value: '600000', unit: 'CNY' } },
        amount: { ...(entry.amount as object), ceiling: { param: 'ceiling' } },
      })) as typeof TERM_SHEET.rules,
    });
    const found = opportunities(TERM_SHEET_PROJECT as ProjectInput, { policy: capped, asOf: '2026-06-30' });
    // All 60 months: 36 × 100% × 10,000 + 24 × 50% × 10,000 = 480,000; the 600,000 ceiling binds at a monthly
    // rent of 600,000 ÷ (36 × 1 + 24 × 0.5) = 600,000 ÷ 48 = 12,500.
    expect(summary(found.opportunities.find((entry) => rule(entry) === 'rent')!)).toEqual(
      { rule: 'rent', kind: 'raise', changes: ['facts.test-district/monthly-rent="12500"'], after: '600000.00' },
    );
    checkedAgainstEvaluations(TERM_SHEET_PROJECT as ProjectInput, capped, '2026-06-30');
  });

  it('raises the months a stepped block pays for to all its steps\' months', () => {
    const project = { ...TERM_SHEET_PROJECT, facts: { ...TERM_SHEET_PROJECT.facts, 'test-district/lease-months': 40 } } as ProjectInput;
    const found = opportunities(project, { policy: term, asOf: '2026-06-30' });
    // 36 months at 100% and 4 at 50% of 10,000 = 380,000; 36 + 24 = 60 months: 360,000 + 120,000 = 480,000.
    expect(summary(found.opportunities.find((entry) => rule(entry) === 'rent')!)).toEqual(
      { rule: 'rent', kind: 'raise', changes: ['facts.test-district/lease-months=60'], after: '480000.00' },
    );
    checkedAgainstEvaluations(project, term, '2026-06-30');
  });
});

describe('opportunities over facts of a pack\'s own: a property', () => {
  const term = definePolicy(TERM_SHEET);
  const amount = fc.oneof(fc.constantFrom('0', '1999999.99', '650000000', '5000000'), fc.bigInt({ min: 0n, max: 10n ** 12n }).map(String));
  const factValues = {
    // A few past the declared bounds (40 hires, 5,000 m²): input errors.
    'fact-district/hires': fc.integer({ min: 0, max: 42 }),
    'fact-district/floor': fc.integer({ min: 0, max: 5100 }),
    'fact-district/equipment': amount,
    'fact-district/local-share': fc.constantFrom('0', '0.25', '0.2501', '1'),
    'fact-district/signed': fc.boolean(),
    'fact-district/zone': fc.constantFrom('north', 'south', 'east'),
    'fact-district/opened': fc.constantFrom('2026-03-31', '2026-04-01', '2025-12-31'),
    'fact-district/tax': fc.constantFrom({}, { 2026: '100' }),
    'test-district/new-hires': fc.integer({ min: 0, max: 150 }),
    'test-district/lease-start': fc.constantFrom('2026-03-01', '2027-01-31'),
    'test-district/monthly-rent': amount,
    'test-district/lease-months': fc.integer({ min: 0, max: 80 }),
    'test-district/production-start': fc.constantFrom('2026-06-30', '2024-01-01'),
    'test-district/local-tax': fc.dictionary(fc.constantFrom('2024', '2026', '2027', '2029', '2030', '2031'), amount, { maxKeys: 4 }),
    'test-district/output': amount,
    'test-district/zone': fc.constantFrom('north', 'south'),
    'test-district/signed': fc.boolean(),
  };
  const projects = fc.record(factValues, { requiredKeys: [] }).map((facts): ProjectInput => ({ name: 'Generated plant', investment: { actual: '1000000' }, facts }));

  it('every opportunity and alternative gives what a direct evaluation of the changed project gives, or the project is an input error', () => {
    fc.assert(fc.property(projects, fc.constantFrom(pack, term), fc.constantFrom('2026-06-30', '2027-02-01'), (project, policy, asOf) => {
      let found;
      try {
        found = opportunities(project, { policy, asOf });
      } catch (error) {
        expect(error).toBeInstanceOf(IncentiveInputError);
        return;
      }
      for (const entry of found.opportunities) {
        expect(entry.kind === 'raise' ? entry.after.amount!.greaterThan(entry.before.amount!) : entry.after.status !== 'ineligible').toBe(true);
      }
      checkedAgainstEvaluations(project, policy, asOf);
    }), { numRuns: 80, seed: 1313 });
  }, PROPERTY_TIMEOUT);
});
