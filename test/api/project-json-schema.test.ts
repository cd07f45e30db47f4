import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { definePolicy, projectJsonSchema, type ProjectInput } from '../../src/index.js';
import { issuesOf } from '../helpers.js';
import { TERM_SHEET, TERM_SHEET_PROJECT } from './term-sheet-pack.js';

const pack = definePolicy(TERM_SHEET);

describe('projectJsonSchema for a pack', () => {
  const ajv = new Ajv2020.default({ strict: false, allErrors: true, validateFormats: false });
  const valid = ajv.compile(projectJsonSchema({ policy: pack }));

  it('accepts a project that states the pack\'s facts, and those of other packs', () => {
    expect(valid(TERM_SHEET_PROJECT), JSON.stringify(valid.errors)).toBe(true);
  });

  it('refuses a value of the wrong type, an unknown fact of the pack, and a missing required fact', () => {
    const facts = (changed: Record<string, unknown>) => ({ ...TERM_SHEET_PROJECT, facts: { ...TERM_SHEET_PROJECT.facts, ...changed } });
    expect(valid(facts({ 'test-district/zone': 'west' }))).toBe(false);
    expect(valid(facts({ 'test-district/new-hire': 3 }))).toBe(false);
    expect(valid(facts({ 'test-district/local-tax': { 26: '1' } }))).toBe(false);
    const { 'test-district/signed': _signed, ...rest } = TERM_SHEET_PROJECT.facts;
    expect(valid({ ...TERM_SHEET_PROJECT, facts: rest } as ProjectInput)).toBe(false);
  });

  it('is the schema of any project for a built-in pack, which declares no facts', () => {
    const schema = projectJsonSchema({ policy: 'qingshan-lake-2018' }) as { properties: { facts: { properties: object } } };
    expect(schema.properties.facts.properties).toEqual({});
  });

  it('refuses an unknown policy with its path', () => {
    expect(issuesOf(() => projectJsonSchema({ policy: 'qingshan-lake-2108' as 'qingshan-lake-2018' }))[0]).toMatchObject({ code: 'unknown_option' });
  });
});
