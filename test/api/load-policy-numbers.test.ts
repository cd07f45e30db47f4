import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { definePolicy, exportPolicy, loadPolicy } from '../../src/index.js';
import { MESSAGES } from '../../src/schema/messages.js';
import { issuesOf } from '../helpers.js';
import { TERM_SHEET } from './term-sheet-pack.js';

/** The term sheet as JSON text, with the hiring bonus's ceiling written as the number `literal` (unquoted). */
const withCeiling = (literal: string) =>
  JSON.stringify(exportPolicy(definePolicy(TERM_SHEET))).replace('"value":"2000000"', `"value":${literal}`);
const CEILING = ['rules', '0', 'parameters', 'ceiling', 'value'];

describe('loadPolicy: numbers written in the text', () => {
  it.each(['99999999999999.99', '100000000000000.01', '999999999999999.99'])('refuses %s unquoted in JSON, which a JavaScript number would read other digits of', (literal) => {
    // As doubles: 99999999999999.98, 100000000000000.02 and 1000000000000000 (JSON.parse's reading, before this fix).
    expect(withCeiling(literal).includes(`"value":${literal}`)).toBe(true);
    expect(issuesOf(() => loadPolicy(withCeiling(literal)))).toEqual([
      { code: 'invalid_format', path: CEILING.join('.'), message: MESSAGES.inexactNumber(literal, 'JSON') },
    ]);
  });

  it('reads the same figures quoted, and exact numbers unquoted, to the cent', () => {
    const ceiling = (text: string) => exportPolicy(loadPolicy(text)).rules[0]!.parameters!['ceiling']!.value;
    expect(ceiling(withCeiling('"99999999999999.99"'))).toBe('99999999999999.99');
    // 2,000,000.5 = 4,000,001 / 2: a double holds it exactly.
    expect(ceiling(withCeiling('2000000.5'))).toBe('2000000.5');
  });

  it('refuses such a number in YAML too, with its line', () => {
    const yaml = stringify(exportPolicy(definePolicy(TERM_SHEET))).replace("value: \"2000000\"", 'value: 99999999999999.99');
    expect(yaml).toContain('value: 99999999999999.99');
    const [issue] = issuesOf(() => loadPolicy(yaml)) as Array<{ path: string; message: string; line?: number }>;
    expect(issue).toMatchObject({ code: 'invalid_format', path: CEILING.join('.'), message: MESSAGES.inexactNumber('99999999999999.99', 'YAML') });
    expect(yaml.split('\n')[issue!.line! - 1]).toContain('99999999999999.99');
  });

  it('skips a leading byte-order mark in JSON, as in YAML', () => {
    const json = JSON.stringify(exportPolicy(definePolicy(TERM_SHEET)));
    expect(loadPolicy(`\uFEFF${json}`).id).toBe('test-district');
    expect(loadPolicy(`\uFEFF${json}`, { format: 'json' }).id).toBe('test-district');
    expect(loadPolicy(`\uFEFF${stringify(JSON.parse(json))}`).id).toBe('test-district');
  });
});
