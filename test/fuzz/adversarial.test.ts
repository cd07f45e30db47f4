import { readdirSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  allocateFund, compare, definePolicy, evaluate, exportPolicy, loadPolicy, parseAmount, toJSON, type ProjectInput,
} from '../../src/index.js';
import { LIMITS } from '../../src/schema/limits.js';
import { MESSAGES } from '../../src/schema/messages.js';
import { checkAssessment } from '../../src/testing/check-policy.js';
import { nested } from './hostile.js';
import { expectNoPollution } from './outcome.js';
import { issuesOf } from '../helpers.js';

/**
 * Adversarial data, case by case: keys that name the prototype chain, sizes
 * past the documented limits, nesting deep enough to break a recursive
 * reader, and strings built to make a regular expression backtrack. Each is
 * refused with a clear issue (or computed exactly), and nothing global changes.
 */
const policy = 'qingshan-lake-2018' as const;
const PROJECT = '{"name":"P","asOf":"2019-01-01","investment":{"actual":"100000000"}';


describe('keys that name the prototype chain', () => {
  it.each([
    ['__proto__ at the root', `${PROJECT},"__proto__":{"polluted":true}}`, '__proto__'],
    ['constructor at the root', `${PROJECT},"constructor":{"prototype":{"polluted":true}}}`, 'constructor'],
    ['prototype at the root', `${PROJECT},"prototype":{"polluted":true}}`, 'prototype'],
    ['__proto__ in the investment', '{"name":"P","asOf":"2019-01-01","investment":{"actual":"1","__proto__":{"polluted":true}}}', 'investment.__proto__'],
    ['__proto__ in a talent', `${PROJECT},"talents":[{"name":"A","__proto__":{"qualified":true}}]}`, 'talents.0.__proto__'],
    ['constructor in the classification', `${PROJECT},"classification":{"constructor":true}}`, 'classification.constructor'],
  ])('a project with %s is refused as an unknown field', (_, json, path) => {
    expect(issuesOf(() => evaluate(JSON.parse(json) as ProjectInput, { policy }))).toEqual([
      { code: 'unknown_field', path, message: expect.stringContaining('Unknown field') },
    ]);
    expectNoPollution();
  });

  it.each([
    ['__proto__ in the options', '{"policy":"qingshan-lake-2018","__proto__":{"asOf":"2020-01-01"}}', 'options.__proto__', 'unknown_field'],
    ['__proto__ among the interpretations', '{"policy":"qingshan-lake-2018","interpretations":{"__proto__":{"majorProject":"ceiling-only"}}}', 'options.interpretations.__proto__', 'unknown_field'],
    ['constructor among the interpretations', '{"policy":"qingshan-lake-2018","interpretations":{"constructor":"x"}}', 'options.interpretations.constructor', 'unknown_option'],
    ['__proto__ among the overrides', '{"policy":"qingshan-lake-2018","overrides":{"__proto__":{"ceiling":"1"}}}', 'options.overrides.__proto__', 'unknown_option'],
    ['__proto__ as a parameter', '{"policy":"qingshan-lake-2018","overrides":{"qingshan-lake-2018/talent-rent":{"__proto__":"1"}}}', 'options.overrides.qingshan-lake-2018/talent-rent.__proto__', 'unknown_option'],
    ['prototype among the schedules', '{"policy":"qingshan-lake-2018","schedules":{"prototype":[{"date":"2019-01-01","share":"1"}]}}', 'options.schedules.prototype', 'unknown_option'],
  ])('options with %s are refused', (_, json, path, code) => {
    expect(issuesOf(() => evaluate(JSON.parse(`${PROJECT}}`) as ProjectInput, JSON.parse(json)))).toEqual([
      { code, path, message: expect.any(String) },
    ]);
    expectNoPollution();
  });

  it('refuses __proto__ among the interpretations of compare too', () => {
    const options = JSON.parse('{"interpretations":{"__proto__":{"majorProject":"ceiling-only"}}}');
    expect(issuesOf(() => compare(JSON.parse(`${PROJECT}}`) as ProjectInput, options)).map((issue) => issue.path)).toEqual(['options.interpretations.__proto__']);
  });

  it.each([
    ['at the root', (json: string) => `${json.slice(0, -1)},"__proto__":{"polluted":true}}`, '__proto__'],
    ['among the parameters', (json: string) => json.replace('"parameters":{', '"parameters":{"__proto__":{"value":"1","unit":"CNY"},'), 'rules.0.parameters.__proto__'],
    ['in a rule', (json: string) => json.replace('"rules":[{', '"rules":[{"constructor":{"polluted":true},'), 'rules.0.constructor'],
  ])('a policy file with a prototype key %s is refused', (_, edit, path) => {
    const json = edit(JSON.stringify(exportPolicy(policy)));
    expect(issuesOf(() => loadPolicy(json)).map((issue) => issue.path)).toEqual([path]);
    expect(issuesOf(() => definePolicy(JSON.parse(json))).map((issue) => issue.path)).toEqual([path]);
    expectNoPollution();
  });
});

describe('sizes past the limits', () => {
  const talent = (index: number) => ({ name: `T${index}`, qualified: true, housingPurchase: { price: '1000000' } });

  it('refuses a project of 100,000 talents at once, naming the limit of 10,000', () => {
    const talents = Array.from({ length: 100_000 }, (_, index) => talent(index));
    expect(issuesOf(() => evaluate({ name: 'P', asOf: '2019-01-01', investment: { actual: '1' }, talents }, { policy }))).toEqual([
      { code: 'too_many', path: 'talents', message: 'A list may hold at most 10000 entries.' },
    ]);
  });

  it('computes a project of 10,000 talents, the limit, exactly', () => {
    const talents = Array.from({ length: 10_000 }, (_, index) => talent(index));
    const assessment = evaluate({ name: 'P', asOf: '2019-01-01', investment: { actual: '1' }, talents }, { policy });
    // 30% × 1 = 0.30, plus 10,000 housing subsidies of min(600,000, 1,000,000) = 600,000: 6,000,000,000.30.
    expect(assessment.totals.cash.toFixed(2)).toBe('6000000000.30');
  });

  it('computes a project at its size limits at once, soundly: 10,000 talents, 100 loans of 1,200 months, every amount at 10^15', () => {
    const name = (index: number) => `${index}`.padEnd(LIMITS.maxTextLength, 'N');
    const project = {
      // The latest assessment date whose 50-year exit is still dated within the date limit (2999-12-31 less 50 years).
      name: name(0), id: name(1), asOf: '2949-12-31',
      investment: { actual: LIMITS.maxAmount, infrastructure: `0.${'1'.repeat(LIMITS.maxDecimalPlaces)}` },
      talents: Array.from({ length: LIMITS.maxTalents }, (_, index) => ({ name: name(index), qualified: true, highLevel: index === 0, housingPurchase: { price: LIMITS.maxAmount } })),
      talentStartup: {
        founder: name(0),
        requested: { startupFund: LIMITS.maxAmount },
        // 100 × 1,200 months: the limit of monthly periods, 120,000.
        loans: Array.from({ length: LIMITS.maxLoanPeriods / LIMITS.maxMonths }, () => ({ principal: LIMITS.maxAmount, annualRate: LIMITS.maxRate, repayment: 'equal-instalment', start: LIMITS.minDate, termMonths: LIMITS.maxMonths })),
      },
      policyFundExit: { holdingYears: LIMITS.maxExitYears, buyBackRate: LIMITS.maxRate, expectedReturn: LIMITS.maxRate },
      talentSupport: { expiresOn: LIMITS.maxDate, highPotential: true, incrementalRequested: LIMITS.maxAmount },
    };
    // The loans' interest falls due 1900-02-01 … 2000-01-01, before the source date (2018-06-15): the reading that
    // the whole period counts subsidises it, so that the heaviest schedule is both computed and paid.
    const assessment = evaluate(project as ProjectInput, { policy, interpretations: { paymentsBeforeSource: 'whole-period' } });
    checkAssessment(assessment);
    // Cash: the co-investment at its 30,000,000 ceiling + 10,000 housing subsidies at 600,000 + the 6,000,000
    // start-up fund + the interest subsidy at its 6,000,000 cap = 6,042,000,000. Equity: share investment and
    // venture capital at their 6,000,000 ceilings (nothing requested) = 12,000,000, stated maximums kept apart.
    expect(assessment.totals.cash.toFixed(2)).toBe('6042000000.00');
    expect(assessment.totals.equity.toFixed(2)).toBe('0.00');
    expect(assessment.totals.ceilings.equity.toFixed(2)).toBe('12000000.00');
    expect(JSON.parse(JSON.stringify(toJSON(assessment))).totals.cash).toBe('6042000000.00');
  }, 120_000);

  it.each([
    ['the number 1e30', 1e30, 'out_of_range', '10^15'],
    ['the text "1e30"', '1e30', 'invalid_format', 'amount in yuan'],
    ['10^30 in digits', `1${'0'.repeat(30)}`, 'out_of_range', '10^15'],
    ['a million digits', '1'.repeat(1_000_000), 'invalid_format', 'amount in yuan'],
  ])('refuses a loan of %s with the limit', (_, principal, code, words) => {
    const project = { name: 'P', asOf: '2019-01-01', investment: { actual: '1' }, talents: [{ name: 'F', highLevel: true }], talentStartup: { founder: 'F', loans: [{ principal, annualRate: '0.04', years: 1 }] } };
    expect(issuesOf(() => evaluate(project as ProjectInput, { policy }))).toEqual([
      { code, path: 'talentStartup.loans.0.principal', message: expect.stringContaining(words) },
    ]);
  });

  it('computes a loan at the limit, 10^15 yuan, exactly', () => {
    const project = { name: 'P', asOf: '2019-01-01', investment: { actual: '1' }, talents: [{ name: 'F', highLevel: true }], talentStartup: { founder: 'F', loans: [{ principal: '1000000000000000', annualRate: '0.04', years: 1 }] } };
    const subsidy = evaluate(project, { policy }).items.find((item) => item.ruleId.endsWith('loan-interest-subsidy'))!;
    // 10^15 × 4% × 1 year = 4 × 10^13 of interest, cut to the 6,000,000 cap.
    expect(subsidy.amount?.toFixed(2)).toBe('6000000.00');
  });

  it('refuses a name of a million characters, naming the limit', () => {
    expect(issuesOf(() => evaluate({ name: 'x'.repeat(1_000_000), asOf: '2019-01-01', investment: { actual: '1' } }, { policy }))).toEqual([
      { code: 'out_of_range', path: 'name', message: expect.stringContaining('500 characters') },
    ]);
  });

  it('refuses a claim list past 100,000 and an order far longer than the claims', () => {
    const claims = Array.from({ length: 100_001 }, (_, index) => ({ id: `c${index}`, amount: '1' }));
    expect(issuesOf(() => allocateFund(claims, { pool: '1', method: 'pro-rata' })).map((issue) => `${issue.code} ${issue.path}`)).toEqual(['too_many claims']);
    const order = Array.from({ length: 100_000 }, (_, index) => `c${index}`);
    expect(issuesOf(() => allocateFund([{ id: 'c0', amount: '1' }], { pool: '1', method: 'first-come', order })).map((issue) => `${issue.code} ${issue.path}`)).toEqual(['too_many options.order']);
  });
});

describe('deep nesting', () => {
  const deep = nested(100_000);

  // The reader stops at the 65th level (the root is the first): one issue, at the first value nested
  // too deep (64 keys from the root), naming the limit.
  const tooDeep = (prefix: string, key: string) => {
    const given = prefix === '' ? [] : prefix.split('.');
    const path = [...given, ...Array.from({ length: LIMITS.maxInputDepth - given.length }, () => key)];
    return { code: 'out_of_range', path: path.join('.'), message: MESSAGES.tooDeep };
  };

  it('refuses a nested value where an amount belongs, or as an unknown field, without overflowing the stack', () => {
    expect(issuesOf(() => evaluate({ name: 'P', asOf: '2019-01-01', investment: { actual: deep } } as never, { policy }))).toEqual([tooDeep('investment.actual', 'a')]);
    expect(issuesOf(() => evaluate({ name: 'P', asOf: '2019-01-01', investment: { actual: '1' }, extra: deep } as never, { policy }))).toEqual([tooDeep('extra', 'a')]);
  });

  it('reads a policy file nested 100,000 deep as an input error', () => {
    expect(issuesOf(() => loadPolicy(`${'['.repeat(100_000)}${']'.repeat(100_000)}`))).toEqual([tooDeep('', '0')]);
    expect(issuesOf(() => loadPolicy(`${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`))).toEqual([tooDeep('', 'a')]);
    expect(issuesOf(() => definePolicy(deep as never))).toEqual([tooDeep('', 'a')]);
  });

  it('reads a YAML policy nested 100,000 deep, in any style, as an input error before it is parsed', () => {
    for (const text of [`${'- '.repeat(100_000)}x`, `a: ${'['.repeat(100_000)}`, `a:\n${Array.from({ length: 2_000 }, (_, level) => `${' '.repeat(level + 1)}b:`).join('\n')}`]) {
      expect(issuesOf(() => loadPolicy(text, { format: 'yaml' }))).toEqual([{ code: 'out_of_range', path: '', message: MESSAGES.tooDeep, line: expect.any(Number) }]);
    }
  });

  it('reads a YAML alias bomb as an input error at the value limit, changing nothing global', () => {
    const lines = ['a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let level = 1; level < 12; level += 1) lines.push(`a${level}: &a${level} [${Array.from({ length: 10 }, () => `*a${level - 1}`).join(', ')}]`);
    expect(issuesOf(() => loadPolicy(lines.join('\n'))).map((issue) => [issue.code, issue.message])).toEqual([['too_many', MESSAGES.tooManyValues]]);
    expectNoPollution();
  });
});

describe('regular expressions', () => {
  // Strings built against each pattern of the input path: long runs that almost match.
  it.each([
    ['digits then a letter', `${'1'.repeat(100_000)}x`],
    ['digit groups', `${'1,'.repeat(50_000)}x`],
    ['spaces', `${' '.repeat(100_000)}x`],
    ['a long fraction', `1.${'1'.repeat(100_000)}x`],
    ['an exponent tail', `1${'e'.repeat(100_000)}`],
    ['units', `1${'万'.repeat(100_000)}`],
    ['minus signs', `${'-'.repeat(100_000)}1`],
  ])('parseAmount refuses %s at once', (_, text) => {
    expect(issuesOf(() => parseAmount(text))[0]!.code).toBe('invalid_format');
  });

  it('has no nested quantifier in any pattern of the library (no catastrophic backtracking)', () => {
    // A group that is quantified and holds a quantifier, such as (a+)+ or (\d+,?)*, is the classic trap.
    const nestedQuantifier = /\((?:[^()\\]|\\.)*[+*}](?:[^()\\]|\\.)*\)[+*{]/;
    const files: string[] = [];
    const walk = (directory: URL) => {
      for (const name of readdirSync(directory)) {
        const entry = new URL(name, directory);
        if (statSync(entry).isDirectory()) walk(new URL(`${name}/`, directory));
        else if (name.endsWith('.ts')) files.push(entry.pathname);
      }
    };
    walk(new URL('../../src/', import.meta.url));
    const patterns = files.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/(?<![\w)\]])\/((?:[^/\\\n]|\\.)+)\/[dgimsuy]*(?=[.,;)\s])/g)].map((match) => `${file}: ${match[1]}`));
    expect(patterns.length).toBeGreaterThan(10);
    expect(patterns.filter((pattern) => nestedQuantifier.test(pattern.split(': ').slice(1).join(': ')))).toEqual([]);
  });
});
