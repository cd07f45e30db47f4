import { describe, expect, it } from 'vitest';
import { evaluate, IncentiveInputError } from '../../src/index.js';
import { isDecimal } from '../../src/money/decimal.js';
import { projectSchema } from '../../src/schema/project.js';
import { readInput } from '../../src/schema/read-input.js';
import { validateProject } from '../../src/schema/validate-project.js';
import { validateProjectWithZod } from '../../src/schema/validate-project-with-zod.js';
import { REPRESENTATIVE_PROJECT } from '../bench/representative.js';

/** Every field of a project, nested ones included, each with a valid value. */
const EVERY_FIELD = {
  name: 'Every field',
  id: 'P-1',
  asOf: '2022-03-01',
  investment: { actual: '380000000.55', infrastructure: 62_000_000 },
  classification: { particularlyImportant: true, leadingIndustryDirection: false, major: true, newProductionLine: false, firstClassEntity: true },
  activities: ['manufacturing', 'design'],
  deviceTypes: ['power'],
  targetMarkets: ['5g', 'iot'],
  industry: 'semiconductors',
  sourceProjects: ['nanhu-2022/photomask-material', 'my-pack/line'],
  enterprise: { technologyBasedSME: true, leadingDomesticPlayer: false },
  plans: { listing: true, jointRdCentre: false },
  finance: { annualRevenue: '3,000万元', rdSpending: '1500000.5' },
  talents: [
    { name: 'Founder', highLevel: true, housingPurchase: { price: '4800000.45' } },
    { name: 'Engineer', qualified: true, highLevel: false, rent: { monthly: '1850.35', start: '2019-01-31', months: 48 } },
  ],
  talentStartup: {
    founder: 'Founder',
    requested: { startupFund: '4000000.15', shareInvestment: 5_500_000, ventureCapital: '0' },
    loans: [
      { principal: '20000000.50', annualRate: '0.0435', years: 3 },
      { principal: '1000000', annualRate: 0.04, repayment: 'equal-instalment', start: '2019-01-01', termMonths: 36 },
      { principal: '1000000', annualRate: '0.04', repayment: 'bullet', start: '2019-01-01', years: 2 },
    ],
  },
  policyFundExit: { holdingYears: 5, buyBackRate: '0.05', expectedReturn: '0.08' },
  talentSupport: { expiresOn: '2021-12-31', highPotential: true, incrementalRequested: '15000000.25' },
  facts: { 'my-pack/new-hires': 120, 'my-pack/revenue': { 2024: '100', 2025: 200 }, 'other-pack/flag': true },
};

/** A value with every key in its order and every Decimal as its text, so that two equal forms mean the same project. */
function canonical(value: unknown): unknown {
  if (isDecimal(value)) return { decimal: value.toString() };
  if (value instanceof Map) return { map: [...value].map(([key, entry]) => [key, canonical(entry)]) };
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value === 'object' && value !== null) return Object.keys(value).map((key) => [key, canonical((value as Record<string, unknown>)[key])]);
  return value;
}

function bothPaths(project: unknown) {
  const read = readInput(project);
  if (!read.ok) throw new Error('unreadable');
  return { hand: validateProject(read.value), zod: validateProjectWithZod(read.value) };
}

describe('validateProject, by hand', () => {
  it('reads a project giving every field as the zod path does, keys in the same order', () => {
    for (const project of [EVERY_FIELD, REPRESENTATIVE_PROJECT.project]) {
      const { hand, zod } = bothPaths(project);
      expect(hand.ok).toBe(true);
      expect(hand).toStrictEqual(zod);
      expect(canonical(hand)).toEqual(canonical(zod));
    }
  });

  it('knows every field of the schema: one added there is added here (or the hand reading refuses it as unknown)', () => {
    // The fixture gives every field of the schema and of its objects; a field added to the schema fails here until it is.
    const shape = (schema: unknown): string[] => Object.keys((schema as { shape: Record<string, unknown> }).shape).sort();
    const inner = (schema: unknown): unknown => {
      const def = (schema as { def?: { innerType?: unknown; element?: unknown } }).def;
      return def?.innerType ? inner(def.innerType) : def?.element ? inner(def.element) : schema;
    };
    const fields = projectSchema.shape;
    expect(shape(projectSchema)).toEqual(Object.keys(EVERY_FIELD).sort());
    for (const key of ['investment', 'classification', 'enterprise', 'plans', 'finance', 'talentStartup', 'policyFundExit', 'talentSupport'] as const) {
      expect(shape(inner(fields[key])), key).toEqual(Object.keys(EVERY_FIELD[key]).sort());
    }
    expect(shape(inner(fields.talents))).toEqual(['highLevel', 'housingPurchase', 'name', 'qualified', 'rent']);
    expect(shape(inner((inner(fields.talentStartup) as { shape: { loans: unknown } }).shape.loans)))
      .toEqual(['annualRate', 'principal', 'repayment', 'start', 'termMonths', 'years']);
  });

  it('refuses what zod refuses, with the same issues in the same order', () => {
    const refused = [
      { ...EVERY_FIELD, investment: { actual: '-1' } },
      { ...EVERY_FIELD, investment: { actual: '-1e1000000000' } },
      { ...EVERY_FIELD, asOf: '2018-02-30' },
      { ...EVERY_FIELD, talents: [...EVERY_FIELD.talents, { name: 'Founder' }] },
      { ...EVERY_FIELD, talentStartup: { founder: 'Nobody' } },
      { ...EVERY_FIELD, facts: { 'Bad Key': 1 } },
      JSON.parse('{"name":"x","investment":{"actual":"1"},"__proto__":{"polluted":true}}') as unknown,
      { ...EVERY_FIELD, activities: 'design, manufacturing' },
      { ...EVERY_FIELD, investment: { actual: '1', infrastrcture: '2' }, plans: { listing: 'yes', jointRdCenter: true, x: 1 } },
    ];
    for (const project of refused) {
      const { hand, zod } = bothPaths(project);
      expect(hand.ok).toBe(false);
      expect(hand).toStrictEqual(zod);
    }
  });
});

describe('evaluate with the hand reading', () => {
  it('refuses an object whose length is a Symbol where a list is due, where the zod path threw a TypeError', () => {
    // zod compared the length to the list's limit after refusing the type: `Symbol() <= 7` throws.
    const project = { name: 'x', asOf: '2019-01-01', investment: { actual: '1' }, activities: { length: Symbol('n') } };
    expect(() => evaluate(project as never, { policy: 'qingshan-lake-2018' })).toThrow(IncentiveInputError);
    try {
      evaluate(project as never, { policy: 'qingshan-lake-2018' });
    } catch (error) {
      expect((error as IncentiveInputError).issues).toEqual([
        { code: 'invalid_type', path: ['activities'], message: 'Expected a list; got an object.' },
        { code: 'out_of_range', path: ['activities'], message: 'A list may hold at most 7 entries.' },
      ]);
    }
  });

  it('still reads a getter of the caller once, and a Proxy once per key', () => {
    let getterReads = 0;
    const investment = Object.defineProperty({ infrastructure: '0' }, 'actual', { enumerable: true, get: () => ((getterReads += 1), '250000000') });
    const gets = new Map<PropertyKey, number>();
    const project = new Proxy({ name: 'CMP line', asOf: '2018-07-01', investment }, {
      get: (target, key, receiver) => {
        gets.set(key, (gets.get(key) ?? 0) + 1);
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    expect(evaluate(project as never, { policy: 'qingshan-lake-2018' }).items[0]?.amount?.toFixed(2)).toBe('30000000.00');
    expect(getterReads).toBe(1);
    for (const key of ['name', 'asOf', 'investment']) expect(gets.get(key), key).toBe(1);
  });
});
