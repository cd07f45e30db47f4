import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, IncentiveInputError, safeEvaluate, toJSON, type ProjectInput } from '../../src/index.js';
import { callerDecimal } from '../helpers.js';
import { PROPERTY_TIMEOUT } from '../timeouts.js';

const policy = 'qingshan-lake-2018' as const;
const valid: ProjectInput = { name: 'P', asOf: '2018-07-01', investment: { actual: '100000000' } };

/** The issues `evaluate` throws for an input (typed loosely: bad input is the point). */
function issuesOf(project: unknown, options: unknown = { policy }): Array<{ code: string; path: string; message: string }> {
  try {
    evaluate(project as ProjectInput, options as { policy: typeof policy });
  } catch (error) {
    if (!(error instanceof IncentiveInputError)) throw error;
    return error.issues.map((issue) => ({ ...issue, path: issue.path.join('.') }));
  }
  throw new Error('expected an IncentiveInputError');
}

describe('evaluate: the assessment date', () => {
  it('defaults to the project\'s asOf', () => {
    expect(evaluate(valid, { policy }).asOf).toBe('2018-07-01');
  });

  it('prefers the option over the project', () => {
    expect(evaluate(valid, { policy, asOf: '2019-01-01' }).asOf).toBe('2019-01-01');
  });

  it('is an input error when neither gives one', () => {
    expect(issuesOf({ name: 'P', investment: { actual: 1 } })).toEqual([
      { code: 'required', path: 'asOf', message: expect.stringContaining('never reads the clock') },
    ]);
  });
});

describe('evaluate: bad input', () => {
  it.each([
    ['a negative amount', { actual: -1 }, 'out_of_range', 'cannot be negative'],
    ['NaN', { actual: Number.NaN }, 'out_of_range', 'finite'],
    ['Infinity', { actual: Number.POSITIVE_INFINITY }, 'out_of_range', 'finite'],
    ['a non-numeric string', { actual: 'ten million' }, 'invalid_format', 'amount in yuan'],
    ['an exponent string', { actual: '1e6' }, 'invalid_format', 'amount in yuan'],
    ['a boolean', { actual: true }, 'invalid_type', 'amount in yuan'],
    ['an amount above 10^15', { actual: '1000000000000001' }, 'out_of_range', '10^15'],
    ['too many decimals', { actual: '1.123456789012345678901' }, 'out_of_range', 'decimal places'],
  ])('rejects %s, naming the path', (_, investment, code, words) => {
    expect(issuesOf({ ...valid, investment })).toEqual([
      { code, path: 'investment.actual', message: expect.stringContaining(words) },
    ]);
  });

  it('rejects an impossible date', () => {
    expect(issuesOf({ ...valid, asOf: '2018-02-30' })).toEqual([
      { code: 'invalid_format', path: 'asOf', message: '"2018-02-30" is not a real calendar date.' },
    ]);
  });

  it('rejects an unknown policy, listing the known ones', () => {
    expect(issuesOf(valid, { policy: 'atlantis-2030' })).toEqual([
      { code: 'unknown_option', path: 'options.policy', message: expect.stringContaining('qingshan-lake-2018') },
    ]);
  });

  it('rejects an unknown interpretation or reading', () => {
    expect(issuesOf(valid, { policy, interpretations: { majorProject: 'generous', colour: 'blue' } })).toEqual([
      { code: 'unknown_option', path: 'options.interpretations.majorProject', message: expect.stringContaining('"ratio-applies"') },
      { code: 'unknown_option', path: 'options.interpretations.colour', message: expect.stringContaining('majorProject') },
    ]);
  });

  it('rejects infrastructure above the actual investment', () => {
    expect(issuesOf({ ...valid, investment: { actual: '100', infrastructure: '100.01' } })).toEqual([
      { code: 'inconsistent', path: 'investment.infrastructure', message: expect.stringContaining('cannot exceed') },
    ]);
  });

  it('rejects a founder who is not among the talents, and duplicate names', () => {
    const project = {
      ...valid,
      talents: [{ name: 'Li' }, { name: 'Li' }],
      talentStartup: { founder: 'Gu' },
    };
    expect(issuesOf(project)).toEqual([
      { code: 'duplicate', path: 'talents.1.name', message: expect.stringContaining('unique') },
      { code: 'not_found', path: 'talentStartup.founder', message: expect.stringContaining('"Gu"') },
    ]);
  });

  it.each([
    ['months of 0', { rent: { monthly: 1, start: '2018-07-01', months: 0 } }, 'talents.0.rent.months'],
    ['months of 1.5', { rent: { monthly: 1, start: '2018-07-01', months: 1.5 } }, 'talents.0.rent.months'],
  ])('rejects %s', (_, talent, path) => {
    expect(issuesOf({ ...valid, talents: [{ name: 'Li', ...talent }] }).map((i) => i.path)).toEqual([path]);
  });

  it('rejects loan years that are not positive integers', () => {
    const project = { ...valid, talents: [{ name: 'Li' }], talentStartup: { founder: 'Li', loans: [{ principal: 1, annualRate: 0.04, years: -2 }] } };
    expect(issuesOf(project).map((i) => i.path)).toEqual(['talentStartup.loans.0.years']);
  });

  it('rejects a rate written as a percentage', () => {
    const project = { ...valid, talents: [{ name: 'Li' }], talentStartup: { founder: 'Li', loans: [{ principal: 1, annualRate: 4.35, years: 2 }] } };
    expect(issuesOf(project)).toEqual([
      { code: 'out_of_range', path: 'talentStartup.loans.0.annualRate', message: expect.stringContaining('Write 4.35% as 0.0435') },
    ]);
  });

  it('rejects a misspelt field rather than ignoring it', () => {
    expect(issuesOf({ ...valid, investmnet: {} })).toEqual([
      { code: 'unknown_field', path: 'investmnet', message: expect.stringContaining('investment') },
    ]);
  });

  it('lists every problem at once', () => {
    const project = {
      name: '',
      asOf: '2018-02-30',
      investment: { actual: -5 },
      talents: [{ name: 'A', highLevel: true, qualified: false, rent: { monthly: 'abc', start: '2018-07-01' } }, { name: 'A' }],
      talentStartup: { founder: 'B' },
    };
    expect(issuesOf(project).map((issue) => `${issue.code} ${issue.path}`)).toEqual([
      'out_of_range name',
      'invalid_format asOf',
      'out_of_range investment.actual',
      'invalid_format talents.0.rent.monthly',
      'inconsistent talents.0.qualified',
      'duplicate talents.1.name',
      'not_found talentStartup.founder',
    ]);
  });

  it('says it all in the error message too', () => {
    const error = safeEvaluate({ ...valid, investment: { actual: -1 } }, { policy });
    expect(error.success).toBe(false);
    if (!error.success) {
      expect(error.error.message).toBe('Invalid input (1 problem):\n- investment.actual: An amount cannot be negative; got -1.');
      expect(error.error.name).toBe('IncentiveInputError');
    }
  });

  it('rejects a project or options that are not objects', () => {
    expect(issuesOf(null).map((i) => `${i.code} ${i.path}`)).toEqual(['invalid_type ']);
    expect(issuesOf(valid, 'qingshan-lake-2018').map((i) => `${i.code} ${i.path}`)).toEqual(['invalid_type options']);
  });
});

describe('evaluate: purity', () => {
  const project: ProjectInput = {
    name: 'P',
    investment: { actual: '250000000', infrastructure: '50000000' },
    talents: [{ name: 'Li', qualified: true, rent: { monthly: 2500, start: '2018-07-01' } }],
  };

  it('never changes the caller\'s objects', () => {
    const before = structuredClone(project);
    const frozen = Object.freeze({ ...project, investment: Object.freeze({ ...project.investment }) });
    evaluate(project, { policy, asOf: '2018-07-01' });
    evaluate(frozen, { policy, asOf: '2018-07-01' });
    expect(project).toEqual(before);
  });

  it('gives the same output for the same input', () => {
    const first = JSON.stringify(toJSON(evaluate(project, { policy, asOf: '2018-07-01' })));
    const second = JSON.stringify(toJSON(evaluate(structuredClone(project), { policy, asOf: '2018-07-01' })));
    expect(second).toBe(first);
  });

  it('accepts a Decimal from the caller\'s own decimal.js', async () => {
    const CallerDecimal = await callerDecimal();
    const a = evaluate({ ...project, investment: { actual: new CallerDecimal('250000000') } }, { policy, asOf: '2018-07-01' });
    expect(a.items[0]?.amount?.toFixed(2)).toBe('30000000.00');
  });
});

describe('safeEvaluate', () => {
  it('returns the assessment on success', () => {
    const result = safeEvaluate(valid, { policy });
    expect(result.success && result.data.items.length).toBeGreaterThan(0);
  });

  it('returns any JSON value as either an assessment or an input error, never anything else', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (project, options) => {
        const result = safeEvaluate(project as unknown as ProjectInput, options as unknown as { policy: typeof policy });
        if (!result.success) {
          expect(result.error).toBeInstanceOf(IncentiveInputError);
          expect(result.error.issues.length).toBeGreaterThan(0);
          for (const issue of result.error.issues) {
            expect(issue.message.length).toBeGreaterThan(10);
            expect(Array.isArray(issue.path)).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  }, PROPERTY_TIMEOUT);
});
