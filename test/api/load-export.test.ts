import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, exportPolicy, IncentiveInputError, listPolicies, loadPolicy, toJSON, type PolicyId } from '../../src/index.js';
import { project } from '../arbitraries.js';
import { PROPERTY_TIMEOUT } from '../timeouts.js';

describe('exportPolicy and loadPolicy', () => {
  const ids = listPolicies().map((policy) => policy.id as PolicyId);

  it('export every built-in pack as plain JSON that loads back', () => {
    for (const id of ids) {
      const json = JSON.stringify(exportPolicy(id));
      expect(JSON.parse(json)).toEqual(exportPolicy(id));
      expect(loadPolicy(json).id).toBe(id);
    }
  });

  it('give the same results once loaded back, for generated projects', () => {
    const loaded = new Map(ids.map((id) => [id, loadPolicy(JSON.stringify(exportPolicy(id)))]));
    fc.assert(fc.property(project, fc.constantFrom(...ids), (input, id) => {
      const original = JSON.stringify(toJSON(evaluate(input, { policy: id })));
      const reloaded = JSON.stringify(toJSON(evaluate(input, { policy: loaded.get(id)! })));
      expect(reloaded).toBe(original);
    }), { numRuns: 150 });
  }, PROPERTY_TIMEOUT);

  it('hand out copies: changing an export changes nothing', () => {
    const copy = exportPolicy('qingshan-lake-2018');
    copy.rules[0]!.parameters['ceiling']!.value = '1';
    expect(exportPolicy('qingshan-lake-2018').rules[0]!.parameters['ceiling']!.value).toBe('30000000');
  });

  it('refuse text that is not JSON, and unknown ids', () => {
    expect(() => loadPolicy('{ "id": ')).toThrow(IncentiveInputError);
    expect(() => loadPolicy('{ "id": ')).toThrow(/not valid JSON/);
    expect(() => exportPolicy('atlantis')).toThrow(/Unknown policy "atlantis"/);
  });
});
