import { describe, expect, it } from 'vitest';
import { compare, definePolicy, evaluate, type Assessment, type CompareOptions, type EvaluateOptions, type LineItem } from '../../src/index.js';
import { IdList, idsOf } from '../../src/engine/id-list.js';
import { REPRESENTATIVE_PROJECT } from '../bench/representative.js';
import { FIXTURE_CASES } from '../fixtures/cases.js';

/** Every assessment of the stored cases (each location of the comparison too) and of the benchmark's representative project. */
function assessments(): Assessment[] {
  const found: Assessment[] = [evaluate(REPRESENTATIVE_PROJECT.project, REPRESENTATIVE_PROJECT.options)];
  for (const fixture of FIXTURE_CASES) {
    const options = fixture.pack ? { ...fixture.options, policy: definePolicy(fixture.pack) } : fixture.options;
    if (fixture.kind === 'compare') found.push(...compare(fixture.project, options as unknown as CompareOptions).entries.map((entry) => entry.assessment));
    else found.push(evaluate(fixture.project, options as unknown as EvaluateOptions));
  }
  return found;
}

/** The lists and records of an item that the engine builds for it or shares between items. */
function partsOf(item: LineItem): Array<[string, object]> {
  const zh = item.translations.zh;
  return [['reasons', item.reasons], ['notes', item.notes], ['interpretations', item.interpretations], ['translations', item.translations],
    ['translations.zh', zh], ['translations.zh.reasons', zh.reasons], ['translations.zh.notes', zh.notes], ['translations.zh.figures', zh.figures]];
}

describe("an item's lists and translations", () => {
  const all = assessments();
  const items = all.flatMap((assessment) => assessment.items);

  it('are frozen on every item of every kind (eligible, ineligible, unquantified, kept by a group, under commitments)', () => {
    expect(new Set(items.map((item) => item.status))).toEqual(new Set(['eligible', 'ineligible', 'unquantified']));
    const unfrozen = items.flatMap((item) => partsOf(item).filter(([, part]) => !Object.isFrozen(part)).map(([name]) => `${item.ruleId} ${name}`));
    expect(unfrozen).toEqual([]);
  });

  it('cannot be changed, so that an item sharing them with another assessment is never changed through it', () => {
    const [first, again] = [evaluate(REPRESENTATIVE_PROJECT.project, REPRESENTATIVE_PROJECT.options), evaluate(REPRESENTATIVE_PROJECT.project, REPRESENTATIVE_PROJECT.options)];
    const before = JSON.stringify(again);
    for (const item of first.items) {
      expect(() => (item.reasons as string[]).push('changed')).toThrow(TypeError);
      expect(() => (item.notes as string[]).push('changed')).toThrow(TypeError);
      expect(() => { (item.translations.zh as { label: string }).label = 'changed'; }).toThrow(TypeError);
    }
    expect(JSON.stringify(again)).toBe(before);
  });

  it('say the same as each item says in words: the Chinese lists as long as the English ones', () => {
    for (const item of items) {
      expect(item.translations.zh.reasons).toHaveLength(item.reasons.length);
      expect(item.translations.zh.notes).toHaveLength(item.notes.length);
    }
  });
});

describe('IdList', () => {
  it('keeps each id once, in the order first added, and allocates nothing for none', () => {
    const ids = new IdList();
    expect(ids.size).toBe(0);
    expect([...ids]).toEqual([]);
    ids.add('months').add('ceiling').add('months');
    expect(ids.size).toBe(2);
    expect([...ids]).toEqual(['months', 'ceiling']);
    expect(idsOf(ids)).toEqual(['months', 'ceiling']);
  });

  it('reads a Set as a Set iterates, as a copy', () => {
    const set = new Set(['rate', 'base']);
    const read = idsOf(set);
    expect(read).toEqual(['rate', 'base']);
    (read as string[]).push('other');
    expect([...set]).toEqual(['rate', 'base']);
  });
});
