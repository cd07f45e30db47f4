import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { exportPolicy, listPolicies, policyJsonSchema, projectJsonSchema, safeEvaluate, type ProjectInput } from '../../src/index.js';
import { project } from '../arbitraries.js';
import { PROPERTY_TIMEOUT } from '../timeouts.js';

const ajv = new Ajv2020.default({ allErrors: true, strict: false, validateFormats: false });
const validProject = ajv.compile(projectJsonSchema());
const validPolicy = ajv.compile(policyJsonSchema());

describe('JSON Schema', () => {
  it('accepts every generated valid project', () => {
    fc.assert(fc.property(project, (input) => {
      expect(validProject(input)).toBe(true);
    }), { numRuns: 200 });
  }, PROPERTY_TIMEOUT);

  it('rejects what evaluate rejects for its shape: a negative amount, an unknown field, a missing name', () => {
    for (const bad of [
      { name: 'x', investment: { actual: -1 } },
      { name: 'x', investment: { actual: 1 }, investmnet: 1 },
      { investment: { actual: 1 } },
      { name: 'x', investment: { actual: 1 }, activities: ['manufacturing', 'manufacturing'] },
    ]) {
      expect(validProject(bad)).toBe(false);
      expect(safeEvaluate(bad as unknown as ProjectInput, { policy: 'qingshan-lake-2018', asOf: '2019-01-01' }).success).toBe(false);
    }
  });

  it('accepts every built-in pack as exported', () => {
    for (const policy of listPolicies()) {
      const valid = validPolicy(JSON.parse(JSON.stringify(exportPolicy(policy.id))));
      expect(valid, JSON.stringify(validPolicy.errors?.slice(0, 3))).toBe(true);
    }
  });
});
