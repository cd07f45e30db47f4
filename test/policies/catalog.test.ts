import { describe, expect, it } from 'vitest';
import { namedProjectsOf } from '../../src/engine/named-projects.js';
import * as library from '../../src/index.js';
import { BUILT_IN_CATALOG } from '../../src/policies/catalog.js';
import { builtInPolicies } from '../../src/policies/index.js';

describe('the catalog of built-in packs', () => {
  it('lists every pack in order, with the projects its conditions name, in the order they name them', () => {
    expect(BUILT_IN_CATALOG.map((entry) => entry.id)).toEqual(builtInPolicies().map((policy) => policy.id));
    for (const [index, policy] of builtInPolicies().entries()) {
      expect(BUILT_IN_CATALOG[index]!.namedProjects).toEqual([...namedProjectsOf(policy)]);
    }
  });

  it("names each pack's export, which the main entry and the pack's own entry give", async () => {
    for (const entry of BUILT_IN_CATALOG) {
      const own = (await import(`../../src/api/packs/${entry.id}.ts`)) as Record<string, unknown>;
      expect(Object.keys(own)).toEqual([entry.exportName]);
      expect(own[entry.exportName]).toBe((library as Record<string, unknown>)[entry.exportName]);
      expect((own[entry.exportName] as library.PolicyPack).id).toBe(entry.id);
    }
  });
});
