import { describe, expect, it } from 'vitest';
import { evaluate, listPolicies, type PolicyId, type ProjectInput } from '../../src/index.js';
import { builtInPolicies } from '../../src/policies/index.js';

const minimal: ProjectInput = { name: 'Minimal project', investment: { actual: '100000000' } };

describe('every pack', () => {
  it('has a unique id, and interpretation ids unique across packs', () => {
    const ids = builtInPolicies().map((policy) => policy.id);
    expect(new Set(ids).size).toBe(ids.length);
    const interpretations = builtInPolicies().flatMap((policy) => policy.interpretations.map((i) => i.id));
    expect(new Set(interpretations).size).toBe(interpretations.length);
  });

  it('prefixes its rule ids with its own id, uniquely', () => {
    for (const policy of builtInPolicies()) {
      const ids = policy.rules.map((rule) => rule.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) expect(id.startsWith(`${policy.id}/`)).toBe(true);
    }
  });

  it('says what its source leaves unsaid, in both languages', () => {
    for (const policy of builtInPolicies()) {
      expect(policy.limitations.length).toBeGreaterThan(0);
      for (const rule of policy.rules) expect(rule.label.zh).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  for (const policy of builtInPolicies()) {
    describe(policy.id, () => {
      const id = policy.id as PolicyId;

      it('makes every item ineligible before its source\'s date, with the reason and a warning', () => {
        const before = evaluate(minimal, { policy: id, asOf: '2015-01-01' });
        expect(before.items.length).toBeGreaterThan(0);
        for (const item of before.items) {
          expect(item.status).toBe('ineligible');
          expect(item.reasons[0]).toContain(`dated ${policy.source.published}, after the assessment date 2015-01-01`);
        }
        expect(before.totals.all.isZero()).toBe(true);
        expect(before.unquantified).toBe(0);
        expect(before.warnings[0]).toContain('did not yet apply');
      });

      it('applies from its source\'s date on', () => {
        const on = evaluate(minimal, { policy: id, asOf: policy.source.published });
        expect(on.warnings.filter((warning) => warning.includes('did not yet apply'))).toEqual([]);
      });
    });
  }
});

describe('listPolicies({ asOf })', () => {
  it('keeps the packs in force on the date', () => {
    expect(listPolicies({ asOf: '2018-06-14' })).toEqual([]);
    expect(listPolicies({ asOf: '2018-06-15' }).map((p) => p.id)).toEqual(['qingshan-lake-2018']);
    expect(listPolicies({ asOf: '2022-12-31' }).map((p) => p.id)).toEqual(['qingshan-lake-2018', 'shanxi-2021', 'nanhu-2022']);
    expect(listPolicies({ asOf: '2026-01-01' })).toHaveLength(5);
    expect(listPolicies()).toHaveLength(5);
  });

  it('says that no source states an expiry', () => {
    for (const policy of listPolicies()) {
      expect(policy.validity).toBe('No expiry stated in the source.');
      expect(policy.validUntil).toBeUndefined();
    }
  });

  it('refuses a date that is not one', () => {
    expect(() => listPolicies({ asOf: '2018-02-30' })).toThrow(/options\.asOf: "2018-02-30" is not a real calendar date/);
  });
});
