import { describe, expect, it } from 'vitest';
import {
  compare, definePolicy, evaluate, evaluateMany, presentValue, projectJsonSchema, type PolicyDefinitionInput, type ProjectInput,
} from '../../src/index.js';
import { periodsWithinDates } from '../../src/engine/periods-within-dates.js';
import { formatPath } from '../../src/schema/issues.js';
import { LIMITS } from '../../src/schema/limits.js';
import { MESSAGES } from '../../src/schema/messages.js';
import { inputErrorOf, issuesOf } from '../helpers.js';
import { COMMITMENT_PACK, COMMITMENT_PROJECT } from './commitment-pack.js';
import { TERM_SHEET, TERM_SHEET_PROJECT } from './term-sheet-pack.js';

/** Findings of a review of validation: each problem is said, at its path, in words that fit it. */
const termSheet = definePolicy(TERM_SHEET);
const asOf = '2026-02-01';
const { 'another-pack/ignored': _ignored, ...ownFacts } = TERM_SHEET_PROJECT.facts;
/** The term sheet's project with only its own facts, and any others given. */
const withFacts = (facts: Record<string, unknown>): ProjectInput => ({ ...TERM_SHEET_PROJECT, facts: { ...ownFacts, ...facts } } as ProjectInput);

describe('facts keyed by a pack no pack of the call has', () => {
  it('are named in a warning of the assessment, with did-you-mean against the packs assessed', () => {
    const assessment = evaluate(withFacts({ 'test-distrct/output': '900000000' }), { policy: termSheet, asOf });
    expect(assessment.warnings).toEqual([
      'The project\'s facts for "test-distrct" (did you mean "test-district"?) were not read: no pack assessed has that id (assessed: test-district). ' +
      'A fact\'s key begins with the id of the pack that declares it.',
    ]);
    expect(assessment.translations.zh.warnings).toEqual([
      '项目为“test-distrct”（是否指“test-district”？）给出的事实未被读取：所评估的政策包中没有该编号（所评估的政策包：test-district）。事实的键以声明它的政策包编号开头。',
    ]);
  });

  it('are not warned of when every fact is the pack\'s own', () => {
    expect(evaluate(withFacts({}), { policy: termSheet, asOf }).warnings).toEqual([]);
  });

  it('are each named once, a few at most, in the order given', () => {
    const facts = Object.fromEntries(Array.from({ length: 8 }, (_, index) => [`other-${index}/fact`, 1]));
    const [warning] = evaluate(withFacts({ ...facts, 'other-0/second': 2 }), { policy: termSheet, asOf }).warnings;
    expect(warning).toContain('"other-0", "other-1", "other-2", "other-3", "other-4" and 3 more were not read: no pack assessed has those ids');
  });

  it('are warned of, not refused, by evaluate and evaluateMany alike: one project may serve several packs', () => {
    const project = withFacts({ 'qingshan-lake-2018/anything': 1 });
    const single = evaluate(project, { policy: termSheet, asOf });
    const [batch] = [...evaluateMany([project], { policy: termSheet, asOf })];
    expect(batch?.ok && batch.assessment.warnings).toEqual(single.warnings);
    expect(single.warnings[0]).toContain('"qingshan-lake-2018" were not read');
  });

  it('are accepted without a warning in a comparison that assesses their pack, and warned of on each entry otherwise', () => {
    const project = { ...withFacts({}), investment: { actual: '800000000', infrastructure: '100000000' } } as ProjectInput;
    const both = compare(project, { policies: [termSheet, 'qingshan-lake-2018'], asOf });
    expect(both.entries.flatMap((entry) => entry.assessment.warnings).filter((warning) => warning.includes('not read'))).toEqual([]);
    const typo = compare({ ...project, facts: { ...ownFacts, 'qingshan-lake-2019/x': 1 } } as ProjectInput, { policies: [termSheet, 'qingshan-lake-2018'], asOf });
    for (const entry of typo.entries) {
      expect(entry.assessment.warnings).toContain(
        'The project\'s facts for "qingshan-lake-2019" (did you mean "qingshan-lake-2018"?) were not read: no pack assessed has that id ' +
        '(assessed: test-district and qingshan-lake-2018). A fact\'s key begins with the id of the pack that declares it.',
      );
    }
  });
});

describe('projectJsonSchema\'s options', () => {
  it('refuse an unknown key with did-you-mean, and anything that is not an object', () => {
    expect(issuesOf(() => projectJsonSchema({ polcy: termSheet } as never))).toEqual([
      { code: 'unknown_field', path: 'options.polcy', message: MESSAGES.unknownField(['policy'], 'polcy') },
    ]);
    expect(MESSAGES.unknownField(['policy'], 'polcy')).toContain('Did you mean "policy"?');
    expect(issuesOf(() => projectJsonSchema(7 as never))).toEqual([{ code: 'invalid_type', path: 'options', message: MESSAGES.object(7) }]);
  });

  it('put a problem of the policy at options.policy', () => {
    expect(issuesOf(() => projectJsonSchema({ policy: 'nope' as never }))).toEqual([
      { code: 'unknown_option', path: 'options.policy', message: expect.stringContaining('Unknown policy "nope"') },
    ]);
  });

  it('still give the schema without options, and with a pack', () => {
    expect(projectJsonSchema()).toEqual(projectJsonSchema({}));
    expect(projectJsonSchema({ policy: termSheet })['title']).toBe('chip-incentives project for test-district');
  });
});

describe('a clawback share in the wrong unit', () => {
  it('is told so in words of its own, not those of a commitment\'s target', () => {
    const rules = structuredClone(COMMITMENT_PACK.rules);
    rules[1]!.parameters!['share'] = { value: '500000', unit: 'CNY' };
    rules[1]!.amount = { block: 'flat-ceiling', ceiling: { param: 'amount' } };
    expect(issuesOf(() => definePolicy({ ...COMMITMENT_PACK, rules }))).toEqual([{
      code: 'inconsistent', path: 'rules.1.commitments.0.clawback.share.param',
      message: 'The share clawed back is a fraction of what was paid: its parameter "share" must be in ratio (such as "0.5" for half); it is in CNY.',
    }]);
  });
});

describe('a stepped block whose steps alone run past the dates accepted', () => {
  const pack = (period: 'month' | 'year', length: number, steps: number): PolicyDefinitionInput => ({
    id: 'long-steps', name: 'Long steps (hypothetical)', jurisdiction: { level: 'district', name: 'D' },
    source: { document: 'd.pdf', published: '2026-01-01' },
    facts: [{ id: 'start', type: 'date', label: { en: 'start', zh: '起始日' } }, { id: 'taken', type: 'count', label: { en: 'periods taken', zh: '期数' } }],
    rules: [{
      id: 'rent', label: 'Rent', instrument: 'rent-subsidy', citation: { document: 'd.pdf', quote: 'Rent paid in steps.' },
      parameters: { length: { value: length, unit: period === 'month' ? 'months' : 'years' }, each: { value: '1', unit: period === 'month' ? 'CNY/month' : 'CNY' } },
      amount: {
        block: 'stepped-periods', period, start: { fact: 'long-steps/start' }, periods: { fact: 'long-steps/taken' },
        steps: Array.from({ length: steps }, () => ({ length: { param: 'length' }, amount: { param: 'each' } })),
      },
    }],
  });
  const earliest = { name: 'P', investment: { actual: '1' }, facts: { 'long-steps/start': LIMITS.minDate } };

  it('is refused by definePolicy, saying how many months the steps may take', () => {
    // 20 steps × 1,200 months = 24,000 months; from January 1900 to December 2999 is 1,100 × 12 = 13,200 months.
    expect(issuesOf(() => definePolicy(pack('month', 1_200, 20)))).toEqual([{
      code: 'out_of_range', path: 'rules.0.amount.steps',
      message: 'The steps pay 24000 months in all: paid monthly from the earliest date accepted, 1900-01-01, the last payment would still fall after ' +
        'the last date accepted, 2999-12-31, so no project could take them all. Shorten the steps to at most 13200 months in all.',
    }]);
  });

  it('is refused in years for a yearly block, never asking for fewer months', () => {
    // 20 steps × 100 years = 2,000 years; 1900 to 2999 is 1,100 years.
    const [issue] = issuesOf(() => definePolicy(pack('year', 100, 20)));
    expect(issue?.message).toContain('The steps pay 2000 years in all: paid yearly');
    expect(issue?.message).toContain('Shorten the steps to at most 1100 years in all.');
    expect(issue?.message).not.toContain('month');
  });

  it('is accepted up to the bound an assessment is refused by, which a project from the earliest date then reaches', () => {
    // 11 × 1,200 = 13,200 months: January 1900 to December 2999, the last payment on 2999-12-01.
    expect(periodsWithinDates(LIMITS.minDate, 1)).toBe(13_200);
    const assessment = evaluate(earliest, { policy: definePolicy(pack('month', 1_200, 11)), asOf });
    expect(assessment.items[0]?.schedule?.at(-1)?.date).toBe('2999-12-01');
    // A month later, the same 13,200 months would end in January 3000: the bound is exact.
    const later = { ...earliest, facts: { 'long-steps/start': '1900-02-01' } };
    expect(issuesOf(() => evaluate(later, { policy: definePolicy(pack('month', 1_200, 11)), asOf }))[0]?.message)
      .toBe(MESSAGES.paidPastMaxDate('Rent', '3000-01-01', 'month'));
    // 20 × 55 = 1,100 years are accepted; 12 × 100 = 1,200 are not.
    expect(() => definePolicy(pack('year', 55, 20))).not.toThrow();
    expect(issuesOf(() => definePolicy(pack('year', 100, 12)))[0]?.message).toContain('The steps pay 1200 years in all');
  });

  it('when a project takes more years than the dates allow, asks for fewer years', () => {
    // 10 steps of 100 years are accepted; starting in 2026 the project may take at most 2999 − 2026 + 1 = 974 of them.
    const project = { ...earliest, facts: { 'long-steps/start': '2026-01-01', 'long-steps/taken': 975 } };
    const [issue] = issuesOf(() => evaluate(project, { policy: definePolicy(pack('year', 100, 10)), asOf }));
    expect(issue).toEqual({ code: 'out_of_range', path: 'facts.long-steps/start', message: MESSAGES.paidPastMaxDate('Rent', '3000-01-01', 'year') });
    expect(issue?.message).toContain('pay fewer years');
  });
});

describe('a project without investment', () => {
  const { investment: _investment, ...noInvestment } = withFacts({ 'test-district/new-hires': -3 }) as unknown as Record<string, unknown>;

  it('has its facts checked too: every problem in one error', () => {
    expect(issuesOf(() => evaluate(noInvestment as unknown as ProjectInput, { policy: termSheet, asOf })).map((issue) => [issue.code, issue.path])).toEqual([
      ['required', 'investment'],
      ['out_of_range', 'facts.test-district/new-hires'],
    ]);
  });

  it('has its facts checked for every pack of a comparison, and its required facts asked for', () => {
    const { 'test-district/signed': _signed, ...unsigned } = ownFacts;
    const project = { ...noInvestment, facts: { ...unsigned, 'test-district/new-hires': -3 } } as unknown as ProjectInput;
    expect(issuesOf(() => compare(project, { policies: [termSheet, 'qingshan-lake-2018'], asOf })).map((issue) => [issue.code, issue.path])).toEqual([
      ['required', 'investment'],
      ['out_of_range', 'facts.test-district/new-hires'],
      ['required', 'facts.test-district/signed'],
    ]);
  });
});

describe('messages', () => {
  it('give a kind of fact its article', () => {
    expect(MESSAGES.factType('x/y', 'amount', ['count', 'amount-series'])).toBe('The fact "x/y" is an amount; here it must be a count or a series of amounts.');
  });

  it('about a probability speak of a probability, not of a rate a year', () => {
    const assessment = evaluate(COMMITMENT_PROJECT, { policy: definePolicy(COMMITMENT_PACK), asOf: '2026-06-01' });
    const issues = issuesOf(() => presentValue(assessment, { rate: '0.08', missProbability: '1.5' }));
    expect(issues).toEqual([{ code: 'out_of_range', path: 'options.missProbability', message: 'A probability cannot exceed 1 (certain); got "1.5". Write 20% as 0.2.' }]);
    expect(issues[0]?.message).not.toContain('a year');
  });

  it('refuse a series year not written canonically, naming the key, at a path written like the others', () => {
    // An object lists a key that is an index (1899) first, the others in the order given.
    const keys = ['1899', '02026', ' 2026', '2026.0', '0x7E0'];
    const error = inputErrorOf(() => evaluate(withFacts({ 'test-district/local-tax': Object.fromEntries(keys.map((key) => [key, '1'])) }), { policy: termSheet, asOf }));
    expect(error.issues.map((issue) => issue.path)).toEqual(keys.map((key) => ['facts', 'test-district/local-tax', key]));
    for (const key of keys) expect(error.message).toContain(`${formatPath(['facts', 'test-district/local-tax', key])}: ${MESSAGES.seriesYear(key, 1900, 2999)}`);
    expect(MESSAGES.seriesYear('02026', 1900, 2999)).toContain('the key "02026" is not one');
    // A key of digits that is not a list's index is quoted, as any key that is not a plain name.
    expect(formatPath(['facts', 'test-district/local-tax', '02026'])).toBe('facts.test-district/local-tax["02026"]');
    expect(formatPath(['facts', 'test-district/local-tax', '2026'])).toBe('facts.test-district/local-tax[2026]');
    expect(formatPath(['talents', '0', 'name'])).toBe('talents[0].name');
  });
});

describe('a condition on a word a choice cannot take', () => {
  it('is refused by definePolicy with a suggestion, wherever the condition is', () => {
    // TERM_SHEET declares the zone a choice of "north" and "south"; its rent rule needs the zone north.
    const misspelt = {
      ...TERM_SHEET,
      rules: TERM_SHEET.rules.map((rule) => (rule.id === 'rent' ? { ...rule, eligibility: [{ when: { not: { fact: 'test-district/zone', is: 'North' } } }] } : rule)),
    } as typeof TERM_SHEET;
    const index = TERM_SHEET.rules.findIndex((rule) => rule.id === 'rent');
    expect(issuesOf(() => definePolicy(misspelt))).toEqual([{
      code: 'not_found',
      path: `rules.${index}.eligibility.0.when.not.is`,
      message: 'Expected one of "north", "south"; got "North". Did you mean "north"?',
    }]);
  });
});

describe('the policy option in words', () => {
  const project = { name: 'x', investment: { actual: '1' } };
  const ids = 'qingshan-lake-2018, shanxi-2021, nanhu-2022, jiashan-2023, lishui-2024';

  it('says what a policy is when none is given, beside the other problems', () => {
    expect(issuesOf(() => evaluate(project, {} as never))).toEqual([
      { code: 'required', path: 'options.policy', message: `No policy: give "policy", a built-in pack's id (${ids}) or a pack made by definePolicy or loadPolicy.` },
      expect.objectContaining({ code: 'required', path: 'asOf' }),
    ]);
  });

  it('says a definition written as data goes through definePolicy first', () => {
    expect(issuesOf(() => projectJsonSchema({ policy: { ...TERM_SHEET } as never }))).toEqual([{
      code: 'unknown_option',
      path: 'options.policy',
      message: `Expected a policy: a built-in pack's id (${ids}) or a pack made by definePolicy or loadPolicy; got an object. A definition written as data goes through definePolicy first.`,
    }]);
  });
});
