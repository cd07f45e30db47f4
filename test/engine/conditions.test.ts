import { describe, expect, it } from 'vitest';
import { Choices } from '../../src/engine/choices.js';
import { holds } from '../../src/engine/conditions.js';
import type { Condition } from '../../src/engine/definition.js';
import { validateProject } from '../../src/schema/validate-project.js';

const validated = validateProject({
  name: 'P',
  investment: { actual: 100, infrastructure: 40 },
  classification: { particularlyImportant: true },
  activities: ['manufacturing', 'design'],
});
if (!validated.ok) throw new Error('invalid test project');
const project = validated.project;

const choices = new Choices(
  [{ id: 'reading', label: { en: '', zh: '' }, question: { en: '', zh: '' }, default: 'a', options: [] }],
  {},
);

function test(condition: Condition): boolean {
  return holds(condition, { facts: { project, asOf: '2018-07-01' }, choices, ruleId: 'test/rule', consulted: new Set() });
}

describe('conditions', () => {
  it('tests booleans, presence and amounts', () => {
    expect(test({ fact: 'classification.particularlyImportant', is: true })).toBe(true);
    expect(test({ fact: 'classification.leadingIndustryDirection', is: true })).toBe(false);
    expect(test({ fact: 'talentStartup.founder', present: false })).toBe(true);
    expect(test({ fact: 'investment.eligible', atLeast: '60' })).toBe(true);
    expect(test({ fact: 'investment.eligible', above: '60' })).toBe(false);
    expect(test({ fact: 'asOf', atLeast: '2018-07-01' })).toBe(true);
  });

  it('tests lists for any of several words', () => {
    expect(test({ fact: 'activities', includesAny: ['equipment', 'design'] })).toBe(true);
    expect(test({ fact: 'activities', includesAny: ['equipment'] })).toBe(false);
    expect(test({ fact: 'deviceTypes', includesAny: ['power'] })).toBe(false);
  });

  it('fails every comparison on an absent fact', () => {
    expect(test({ fact: 'talentSupport.incrementalRequested', atLeast: '0' })).toBe(false);
  });

  it('combines with all, any and not', () => {
    expect(test({ all: [{ fact: 'classification.particularlyImportant', is: true }, { not: { fact: 'asOf', above: '2019-01-01' } }] })).toBe(true);
    expect(test({ any: [{ fact: 'classification.leadingIndustryDirection', is: true }, { fact: 'investment.actual', above: '99' }] })).toBe(true);
    expect(test({ all: [] })).toBe(true);
    expect(test({ any: [] })).toBe(false);
  });

  it('reads the interpretation chosen, and records it', () => {
    expect(test({ interpretation: 'reading', is: 'a' })).toBe(true);
    expect(choices.used().map((used) => used.rules)).toEqual([['test/rule']]);
  });

  it('refuses a fact that does not exist: a defect of the definition', () => {
    expect(() => test({ fact: 'investment.imaginary', is: true })).toThrow(/unknown fact "investment.imaginary"/);
  });
});
