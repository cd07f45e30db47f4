import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import {
  definePolicy, evaluate, exportPolicy, listPolicies, loadPolicy, toJSON, type PolicyId, type ProjectInput,
} from '../../src/index.js';
import { MESSAGES } from '../../src/schema/messages.js';
import { parseYamlText } from '../../src/schema/parse-yaml.js';
import { amountString, isoDate, project } from '../arbitraries.js';
import { inputErrorOf as errorOf, issuesOf } from '../helpers.js';
import { PROPERTY_TIMEOUT } from '../timeouts.js';
import { TERM_SHEET, TERM_SHEET_PROJECT } from './term-sheet-pack.js';
import { expectNoPollution } from '../fuzz/outcome.js';

const ids = listPolicies().map((policy) => policy.id as PolicyId);
const termSheet = definePolicy(TERM_SHEET);
const yamlOf = (definition: unknown) => stringify(definition);

describe('loadPolicy reads YAML', () => {
  it('loads every built-in pack, and a pack with facts of its own and the term-sheet blocks, back to the same definition', () => {
    for (const policy of [...ids, termSheet]) {
      const exported = exportPolicy(policy);
      expect(exportPolicy(loadPolicy(yamlOf(exported)))).toEqual(exported);
      expect(exportPolicy(loadPolicy(yamlOf(exported), { format: 'yaml' }))).toEqual(exported);
    }
  });

  it('gives the same results as the original, for generated projects', () => {
    const loaded = new Map(ids.map((id) => [id, loadPolicy(yamlOf(exportPolicy(id)))]));
    fc.assert(fc.property(project, fc.constantFrom(...ids), (input, id) => {
      const original = JSON.stringify(toJSON(evaluate(input, { policy: id })));
      expect(JSON.stringify(toJSON(evaluate(input, { policy: loaded.get(id)! })))).toBe(original);
    }), { numRuns: 150 });
  }, PROPERTY_TIMEOUT);

  it('gives the same results for a pack with facts of its own, for generated facts', () => {
    const loaded = loadPolicy(yamlOf(exportPolicy(termSheet)));
    const facts = fc.record({
      'test-district/new-hires': fc.integer({ min: 0, max: 100_000 }),
      'test-district/lease-start': isoDate,
      'test-district/monthly-rent': amountString(1_000_000),
      'test-district/lease-months': fc.integer({ min: 0, max: 120 }),
      'test-district/production-start': isoDate,
      'test-district/local-tax': fc.dictionary(fc.integer({ min: 2015, max: 2035 }).map(String), amountString(100_000_000), { maxKeys: 8 }),
      'test-district/output': amountString(2_000_000_000),
      'test-district/zone': fc.constantFrom('north', 'south'),
      'test-district/signed': fc.boolean(),
    }, { requiredKeys: ['test-district/signed'] });
    fc.assert(fc.property(facts, isoDate, (given, asOf) => {
      const input = { ...TERM_SHEET_PROJECT, facts: given } as ProjectInput;
      const original = JSON.stringify(toJSON(evaluate(input, { policy: termSheet, asOf })));
      expect(JSON.stringify(toJSON(evaluate(input, { policy: loaded, asOf })))).toBe(original);
    }), { numRuns: 150 });
  }, PROPERTY_TIMEOUT);

  it('reads JSON as before when the text begins with { or [, and YAML otherwise', () => {
    const json = JSON.stringify(exportPolicy('qingshan-lake-2018'));
    expect(loadPolicy(`\n  ${json}`).id).toBe('qingshan-lake-2018');
    // JSON is YAML too: asked for YAML, the same text gives the same pack.
    expect(exportPolicy(loadPolicy(json, { format: 'yaml' }))).toEqual(exportPolicy('qingshan-lake-2018'));
    expect(issuesOf(() => loadPolicy('id: x\n', { format: 'json' }))[0]!.message).toMatch(/^The policy is not valid JSON: /);
    expect(issuesOf(() => loadPolicy('{ "id": '))[0]!.message).toMatch(/^The policy is not valid JSON: /);
    expect(issuesOf(() => loadPolicy('id: [', {}))[0]!.message).toMatch(/^The policy is not valid YAML: .*\(line \d+, column \d+\)\.$/);
  });

  it('refuses options it does not know', () => {
    expect(issuesOf(() => loadPolicy('id: x', { format: 'xml' } as never)).map((issue) => [issue.code, issue.path])).toEqual([['invalid_format', 'options.format']]);
    expect(issuesOf(() => loadPolicy('id: x', { formats: 'yaml' } as never)).map((issue) => [issue.code, issue.path])).toEqual([['unknown_field', 'options.formats']]);
  });

  it('says what is wrong with the options in sentences, every problem at once, with a did-you-mean hint', () => {
    expect(issuesOf(() => loadPolicy('id: x', { fromat: 'yaml', format: 'YAML' } as never))).toEqual([
      { code: 'unknown_field', path: 'options.fromat', message: MESSAGES.unknownField(['format'], 'fromat') },
      { code: 'invalid_format', path: 'options.format', message: MESSAGES.choice('YAML', ['auto', 'json', 'yaml']) },
    ]);
    expect(MESSAGES.unknownField(['format'], 'fromat')).toMatch(/Did you mean "format"\?$/);
    expect(MESSAGES.choice('YAML', ['auto', 'json', 'yaml'])).toMatch(/Did you mean "yaml"\?$/);
    for (const options of ['yaml', null, ['yaml']]) {
      expect(issuesOf(() => loadPolicy('id: x', options as never))).toEqual([{ code: 'invalid_type', path: 'options', message: MESSAGES.object(options) }]);
    }
    // The options are checked before the text: a bad option is refused whatever the text is.
    expect(issuesOf(() => loadPolicy(42, { format: 1 } as never))).toEqual([{ code: 'invalid_format', path: 'options.format', message: MESSAGES.choice(1, ['auto', 'json', 'yaml']) }]);
  });

  it('refuses a text longer than the limit, as for JSON', () => {
    expect(issuesOf(() => loadPolicy(`# ${'x'.repeat(5_000_000)}`))).toEqual([
      { code: 'out_of_range', path: '', message: MESSAGES.invalidYaml('policy', 'longer than 5000000 characters') },
    ]);
  });
});

describe('loadPolicy: the length of a text', () => {
  it('is counted in characters, an emoji one: 5,000,000 characters are read, 5,000,001 refused', () => {
    // A comment of 1,000 emoji (2,000 UTF-16 units) and the rest of the text padded to 5,000,000 characters:
    // 5,001,000 units, which a count of units refused.
    const definition = `# ${'😀'.repeat(1_000)}\n${JSON.stringify(exportPolicy(termSheet))}\n#`;
    const characters = Array.from(definition).length;
    const padded = `${definition}${'x'.repeat(5_000_000 - characters)}`;
    expect(padded.length).toBe(5_001_000);
    expect(loadPolicy(padded).id).toBe(termSheet.id);
    expect(issuesOf(() => loadPolicy(`${padded}x`))).toEqual([
      { code: 'out_of_range', path: '', message: MESSAGES.invalidYaml('policy', 'longer than 5000000 characters') },
    ]);
  });
});

describe('loadPolicy: hostile YAML', () => {
  it('refuses each as an input error, changing no prototype', { timeout: 120_000 }, () => {
    const riverside = exportPolicy(termSheet);
    const hostile: Array<[string, string]> = [
      ['!!js/function', 'id: !!js/function "function () {}"\n'],
      ['!!binary', 'id: !!binary aGk=\n'],
      ['a custom tag on the document', '--- !mine\nid: x\n'],
      ['__proto__ through a merge key', 'base: &b {__proto__: {polluted: 1}}\nx:\n  <<: *b\n'],
      ['__proto__ through an alias', 'p: &p {polluted: 1}\n__proto__: *p\nq: &q {__proto__: {polluted: 1}}\nr: *q\n'],
      ['a key that is a map', '? {a: 1}\n: 2\n'],
      ['a key that is an alias', 'a: &k x\n*k : 2\n'],
      ['a repeated key', 'id: a\nid: b\n'],
      ['a stream of documents', 'id: a\n...\n---\nid: b\n'],
      ['a byte order mark mid-text', 'id: x\n\uFEFFname: y\n'],
      ['65 levels of flow nesting', `${'['.repeat(65)}${']'.repeat(65)}`],
      ['200 levels of flow mappings', `${'{a: '.repeat(200)}1${'}'.repeat(200)}`],
      ['brackets never closed', '['.repeat(100)],
      ['an unknown directive', '%FOO bar\n---\nid: x\n'],
      ['a tab as indentation', 'id:\tx\n\tname: y\n'],
      ['a key longer than YAML allows', `${'k'.repeat(2_000)}: 1\n`],
      ['the pack with its id in an alias to itself', yamlOf(riverside).replace(/^id: .*$/m, 'id: &self [*self]')],
    ];
    for (const [name, text] of hostile) {
      const issues = issuesOf(() => loadPolicy(text, { format: 'yaml' }));
      expect(issues.length, name).toBeGreaterThan(0);
    }
    // A byte order mark at the start is white space: the pack loads.
    expect(loadPolicy(`\uFEFF${yamlOf(riverside)}`).id).toBe(riverside.id);
    expectNoPollution();
  });
});

describe('loadPolicy: the issues of a YAML pack', () => {
  const definition = exportPolicy(termSheet);

  it('have the paths they have for JSON, each with the line where its value was written', () => {
    const broken = structuredClone(definition) as unknown as { rules: Array<Record<string, unknown>>; facts: Array<Record<string, unknown>>; naem: string };
    broken.rules[0]!['label'] = 5;
    broken.rules[3]!['instrument'] = 'gift';
    broken.facts[2]!['type'] = 'money';
    broken.naem = 'typo';
    const fromJson = issuesOf(() => loadPolicy(JSON.stringify(broken)));
    const fromYaml = issuesOf(() => loadPolicy(yamlOf(broken))) as Array<ReturnType<typeof issuesOf>[number] & { line?: number }>;
    expect(fromJson.map((issue) => issue.path).sort()).toEqual(['facts.2.type', 'naem', 'rules.0.label', 'rules.3.instrument']);
    expect(fromYaml.map(({ line: _line, ...issue }) => issue)).toEqual(fromJson);
    expect(fromJson.every((issue) => !('line' in issue))).toBe(true);
    const yamlLines = yamlOf(broken).split('\n');
    for (const issue of fromYaml) {
      // Each line is that of the key the path ends with (or, for the root, line 1).
      const last = issue.path.split('.').at(-1)!;
      expect(issue.line === 1 || yamlLines[issue.line! - 1]!.trimStart().replace(/^- /, '').startsWith(`${last}:`), `${issue.path}: line ${issue.line}`).toBe(true);
    }
  });

  it('repeat each path with its line in the message; a JSON message is as it was', () => {
    const text = 'id: my-district-2026\nname: My district\njurisdiction: { level: district, name: My district }\nsource: { document: offer.pdf, published: 2026-03-01 }\nrules:\n  - id: equipment\n    label: Equipment subsidy\n    instrument: grant\n    citation: { document: offer.pdf, quote: "30% of the actual investment excluding infrastructure." }\n    parameters:\n      rate: { value: "-0.3", unit: ratio }\n    amount: { block: capped-share, rate: { param: rate }, base: { fact: investment.eligible } }\n';
    const error = errorOf(() => loadPolicy(text));
    expect(error.issues).toEqual([{ code: 'out_of_range', path: ['rules', '0', 'parameters', 'rate', 'value'], line: 11, message: expect.any(String) }]);
    expect(error.message).toBe(`Invalid input (1 problem):\n- rules[0].parameters.rate.value (line 11): ${error.issues[0]!.message}`);
    const fromJson = errorOf(() => loadPolicy(JSON.stringify(parseYamlText(text, 'policy').value)));
    expect(fromJson.message).toBe(`Invalid input (1 problem):\n- rules[0].parameters.rate.value: ${error.issues[0]!.message}`);
  });
});

