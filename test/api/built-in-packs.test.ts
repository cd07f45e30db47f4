import { describe, expect, it } from 'vitest';
import { qingshanLake2018 } from '../../src/api/packs/qingshan-lake-2018.js';
import { builtInPolicies } from '../../src/policies/index.js';
import { NANHU_2022 } from '../../src/policies/nanhu-2022/index.js';
import { QINGSHAN_LAKE_2018 } from '../../src/policies/qingshan-lake-2018/index.js';
import { evaluate, exportPolicy, listPolicies } from '../../src/index.js';

// Vitest runs each test file in a module graph of its own: nothing read a pack before this file's first test.
describe('built-in packs load without work', () => {
  it('leave their definitions unfrozen until first read, then frozen all the way down', () => {
    expect(Object.isFrozen(QINGSHAN_LAKE_2018)).toBe(false);
    expect(Object.isFrozen(NANHU_2022)).toBe(false);
    expect(Object.isFrozen(qingshanLake2018)).toBe(true);
    const definition = qingshanLake2018.definition;
    expect(definition).toBe(QINGSHAN_LAKE_2018);
    expect(Object.isFrozen(definition.rules[0]!.citation)).toBe(true);
    expect(Object.isFrozen(NANHU_2022)).toBe(false);
    // Every reader of the built-in definitions gets them frozen.
    expect(builtInPolicies().every((policy) => Object.isFrozen(policy) && Object.isFrozen(policy.jurisdiction))).toBe(true);
    expect(Object.isFrozen(listPolicies()[2]!.jurisdiction)).toBe(true);
  });

  it('cannot be changed through a pack, and a pack and its id agree after an attempt', () => {
    const before = JSON.stringify(exportPolicy('qingshan-lake-2018'));
    expect(() => {
      (qingshanLake2018 as { definition: unknown }).definition = {};
    }).toThrow(TypeError);
    expect(() => {
      (qingshanLake2018.definition.rules as unknown[]).pop();
    }).toThrow(TypeError);
    expect(JSON.stringify(exportPolicy(qingshanLake2018))).toBe(before);
    const project = { name: 'x', asOf: '2019-01-01', investment: { actual: '250000000' } };
    expect(evaluate(project, { policy: qingshanLake2018 }).items).toEqual(evaluate(project, { policy: 'qingshan-lake-2018' }).items);
  });
});
