import { describe, expect, it } from 'vitest';
import { IncentiveInputError } from '../../src/index.js';
import { LIMITS } from '../../src/schema/limits.js';
import { MESSAGES } from '../../src/schema/messages.js';
import { parseYamlText } from '../../src/schema/parse-yaml.js';
import { MAX_YAML_TOKENS } from '../../src/schema/yaml-scan.js';
import { expectNoPollution } from '../fuzz/outcome.js';

type Issue = { code: string; path: string; message: string; line?: number };

function issuesOf(text: string): Issue[] {
  try {
    parseYamlText(text, 'policy');
  } catch (error) {
    if (!(error instanceof IncentiveInputError)) throw error;
    return error.issues.map((issue) => ({ ...issue, path: issue.path.join('.') }));
  }
  throw new Error('expected an input error');
}

const valueOf = (text: string) => parseYamlText(text, 'policy').value;
const numberIssue = (path: string, line: number, text: string) => ({ code: 'invalid_format', path, line, message: MESSAGES.yamlNumber(text) });
const tagIssue = (path: string, line: number, tag: string) => ({ code: 'invalid_format', path, line, message: MESSAGES.yamlTag(tag) });

describe('parseYamlText: YAML 1.2, core schema', () => {
  it('keeps dates, YAML 1.1 booleans and underscored digits as text, and reads decimal numbers as JSON does', () => {
    expect(valueOf('a: 2024-01-01\nb: yes\nc: on\nd: 1_000\ne: 1e3\nf: 012\ng: -1.5\nh: true\ni: ~\nj: "0x10"\n')).toEqual({
      a: '2024-01-01', b: 'yes', c: 'on', d: '1_000', e: 1000, f: 12, g: -1.5, h: true, i: null, j: '0x10',
    });
  });

  it('takes the text written as the key, as JSON keys are text', () => {
    expect(Object.keys(valueOf('2026: a\n0x10: b\nnull: c\ntrue: d\n"q": e\n') as object)).toEqual(['2026', '0x10', 'null', 'true', 'q']);
  });

  it('refuses numbers JSON cannot write, each at its path and line', () => {
    expect(issuesOf('a: 1\nb: 0x10\nc: [0o17, .inf, -.inf, .nan]\n')).toEqual([
      numberIssue('b', 2, '0x10'),
      numberIssue('c.0', 3, '0o17'),
      numberIssue('c.1', 3, '.inf'),
      numberIssue('c.2', 3, '-.inf'),
      numberIssue('c.3', 3, '.nan'),
    ]);
  });

  it('refuses numbers a JavaScript number does not hold exactly, each at its path and line, and reads exact ones', () => {
    // As doubles: 99999999999999.99 is 99999999999999.984375 ("…98"), 100000000000000.01 is 100000000000000.015625
    // ("…02"), 12345678901234567890 is 12345678901234567168; each would be read with other digits than written.
    const inexact = (path: string, line: number, text: string) => ({ code: 'invalid_format', path, line, message: MESSAGES.inexactNumber(text, 'YAML') });
    expect(issuesOf('a: 99999999999999.99\nb: [100000000000000.01, 0.1]\nc: 12345678901234567890\nd: "99999999999999.99"\ne: +1e-400\n')).toEqual([
      inexact('a', 1, '99999999999999.99'),
      inexact('b.0', 2, '100000000000000.01'),
      inexact('c', 3, '12345678901234567890'),
      inexact('e', 5, '+1e-400'),
    ]);
    expect(MESSAGES.inexactNumber('99999999999999.99', 'YAML')).toBe(
      'The number 99999999999999.99 cannot be held exactly as a YAML number; quote it: "99999999999999.99".',
    );
    expect(valueOf('a: [0.1, 1e3, 36, 2026, -0, .5, 1., +7, 99999999999999.5, 9007199254740991]\nb: \'99999999999999.99\'\n')).toEqual({
      a: [0.1, 1000, 36, 2026, -0, 0.5, 1, 7, 99999999999999.5, 9007199254740991], b: '99999999999999.99',
    });
  });

  it('refuses every tag outside the core schema, and reads the core ones', () => {
    expect(issuesOf('a: !!js/function "function () {}"\nb: !!binary aGk=\nc: !!timestamp 2024-01-01\nd: !local x\ne: !!set {x}\n!!python/name:os.system k: 1\n')).toEqual([
      tagIssue('a', 1, '!!js/function'),
      tagIssue('b', 2, '!!binary'),
      tagIssue('c', 3, '!!timestamp'),
      tagIssue('d', 4, '!local'),
      tagIssue('e', 5, '!!set'),
      { code: 'invalid_type', path: '', line: 6, message: MESSAGES.yamlKey },
    ]);
    expect(valueOf('a: !!str 12\nb: !!int "7"\nc: !!map {x: 1}\nd: !!seq [1]\n')).toEqual({ a: '12', b: 7, c: { x: 1 }, d: [1] });
    // A %TAG directive that renames "!!" cannot bring a tag in under a core name.
    expect(issuesOf('%TAG !! tag:example.com,2000:\n---\na: !!str x\n')[0]).toMatchObject({ path: 'a', message: MESSAGES.yamlTag('tag:example.com,2000:str') });
  });

  it('keeps __proto__ an own key, changing no prototype', () => {
    const value = valueOf('__proto__:\n  polluted: true\nlist:\n  - __proto__: {polluted: true}\n') as Record<string, unknown>;
    expect(Object.keys(value)).toEqual(['__proto__', 'list']);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(value, '__proto__')?.value).toEqual({ polluted: true });
    expectNoPollution();
  });

  it('refuses a repeated key, a merge key and a key that is a collection', () => {
    expect(issuesOf('a: 1\nb: 2\na: 3\n')).toEqual([{ code: 'duplicate', path: 'a', line: 3, message: MESSAGES.yamlDuplicateKey('a') }]);
    expect(issuesOf('base: &base {x: 1}\nmine:\n  <<: *base\n  y: 2\n')).toEqual([{ code: 'invalid_format', path: 'mine.<<', line: 3, message: MESSAGES.yamlMergeKey }]);
    expect(issuesOf('? [a, b]\n: 1\n')).toEqual([{ code: 'invalid_type', path: '', line: 1, message: MESSAGES.yamlKey }]);
  });

  it('reads a map of as many keys as the token limit allows in one pass over them', { timeout: 300_000 }, () => {
    // 83,333 keys of three tokens each (key, ":", value): 249,999 tokens. The parser's own check of
    // repeated keys compares each key with every other: minutes here.
    const keys = Math.floor(MAX_YAML_TOKENS / 3);
    const text = Array.from({ length: keys }, (_, index) => `k${index}: ${index}`).join('\n');
    expect(Object.keys(valueOf(text) as object)).toHaveLength(keys);
  });
});

describe('parseYamlText: anchors and aliases', () => {
  it('gives each alias a copy of its anchor, never a shared object', () => {
    const value = valueOf('a: &cite {document: d.pdf, quote: q}\nb: *cite\n') as { a: object; b: object };
    expect(value.b).toEqual(value.a);
    expect(value.b).not.toBe(value.a);
  });

  it('refuses an alias to no anchor, or to a value that contains it', () => {
    expect(issuesOf('a: *nowhere\n')).toEqual([{ code: 'not_found', path: 'a', line: 1, message: MESSAGES.yamlNoAnchor('nowhere') }]);
    expect(issuesOf('a: &loop\n  b: [1, *loop]\n')).toEqual([{ code: 'inconsistent', path: 'a.b.1', line: 2, message: MESSAGES.yamlSelfAlias('loop') }]);
  });

  it('stops a billion laughs at the value limit, each alias counting its anchor\'s values', { timeout: 60_000 }, () => {
    // 10 levels of ten aliases to the level before: 10^10 values if expanded.
    const levels = ['l0: &l0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let level = 1; level < 10; level += 1) levels.push(`l${level}: &l${level} [${Array.from({ length: 10 }, () => `*l${level - 1}`).join(', ')}]`);
    const issues = issuesOf(levels.join('\n'));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'too_many', message: MESSAGES.tooManyValues });
  });

  it('counts the values each alias stands for before expanding any, and refuses at the alias past the limit', { timeout: 60_000 }, () => {
    // Values counted as for JSON: the entries of each map and list. Level k holds 10 entries and,
    // from level 1, 10 copies of level k-1: l0 = 10, l1 = 10 + 10 × 10 = 110, l2 = 1,110, l3 = 11,110,
    // l4 = 111,110. The root map's 30 keys and l0 to l4 make 30 + 123,450 = 123,480; l5's 10 entries
    // make 123,490, then each *l4 adds 111,110: 123,490 + 8 × 111,110 = 1,012,370 passes 1,000,000
    // at the eighth, l5[7], on line 6. Expanded, the text would stand for about 10^30 values.
    const levels = ['l0: &l0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let level = 1; level < 30; level += 1) levels.push(`l${level}: &l${level} [${Array.from({ length: 10 }, () => `*l${level - 1}`).join(', ')}]`);
    expect(issuesOf(levels.join('\n'))).toEqual([{ code: 'too_many', path: 'l5.7', line: 6, message: MESSAGES.tooManyValues }]);
  });

  it('reads aliases standing for exactly the value limit, and refuses one alias more at that alias', { timeout: 120_000 }, () => {
    // Root: 2 keys; a: 998 entries; b: n aliases, then 998 values for each alias.
    // n = 1,000: 2 + 998 + 1,000 + 1,000 × 998 = 1,000,000 values, the limit.
    // n = 1,001: 2 + 998 + 1,001 = 2,001, then 2,001 + 999 × 998 = 999,003 and one alias more
    // 1,000,001: refused at b[999], on line 2.
    const text = (aliases: number) => `a: &a [${Array.from({ length: 998 }, () => 'x').join(', ')}]\nb: [${Array.from({ length: aliases }, () => '*a').join(', ')}]\n`;
    expect((valueOf(text(1_000)) as { b: unknown[][] }).b[999]).toHaveLength(998);
    expect(issuesOf(text(1_001))).toEqual([{ code: 'too_many', path: 'b.999', line: 2, message: MESSAGES.tooManyValues }]);
  });

  it('repeats the anchor written last before the alias, also inside a repeated value', () => {
    // *x in b means the first &x, even where b is repeated after &x is given to another value.
    expect(valueOf('a: &x [1]\nb: &y [*x]\nc: &x [2, 3]\nd: *y\ne: *x\n')).toEqual({ a: [1], b: [[1]], c: [2, 3], d: [[1]], e: [2, 3] });
  });
});

describe('parseYamlText: depth and size', () => {
  const tooDeep = (path: string[], line: number) => ({ code: 'out_of_range', path: path.join('.'), message: MESSAGES.tooDeep, line });

  it('reads 64 levels and refuses the 65th, at its path, in block and in flow style', () => {
    const block = (levels: number) => Array.from({ length: levels }, (_, level) => `${' '.repeat(level)}k:`).join('\n') + ' 1';
    expect(() => valueOf(block(LIMITS.maxInputDepth))).not.toThrow();
    // The 65th mapping begins on line 65.
    expect(issuesOf(block(LIMITS.maxInputDepth + 1))).toEqual([tooDeep(Array.from({ length: LIMITS.maxInputDepth }, () => 'k'), LIMITS.maxInputDepth + 1)]);
    const flow = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;
    expect(() => valueOf(flow(LIMITS.maxInputDepth))).not.toThrow();
    expect(issuesOf(flow(LIMITS.maxInputDepth + 1))).toEqual([tooDeep(Array.from({ length: LIMITS.maxInputDepth }, () => '0'), 1)]);
  });

  it('refuses text nested far deeper before it is parsed', { timeout: 120_000 }, () => {
    // The parser takes seconds over such text, and composes by recursion (a stack overflow past some depth).
    for (const text of [`${'['.repeat(1_000_000)}`, `${'- '.repeat(500_000)}x`, `${'{a: '.repeat(500_000)}1`]) {
      expect(issuesOf(text)).toEqual([{ code: 'out_of_range', path: '', message: MESSAGES.tooDeep, line: 1 }]);
    }
  });

  it('reads a text of exactly the token limit, comments counted', { timeout: 120_000 }, () => {
    // 249,997 comment lines, one token each, and "a: 1" (key, ":", value): 250,000 tokens. A comment at the end of a
    // line of content counts, its line break does not: "b: 2 # two" is four, one comment line fewer.
    expect(valueOf(`${'# note\n'.repeat(MAX_YAML_TOKENS - 3)}a: 1`)).toEqual({ a: 1 });
    expect(valueOf(`${'# note\n'.repeat(MAX_YAML_TOKENS - 4)}b: 2 # two\n`)).toEqual({ b: 2 });
    expect(issuesOf(`${'# note\n'.repeat(MAX_YAML_TOKENS - 3)}b: 2 # two\n`)).toEqual([
      { code: 'too_many', path: '', message: MESSAGES.yamlTooLarge(MAX_YAML_TOKENS), line: MAX_YAML_TOKENS - 2 },
    ]);
  });

  it('refuses text of more tokens than the YAML limit before it is parsed, marks counting as well as keys and values', { timeout: 120_000 }, () => {
    const tooLarge = (line: number) => ({ code: 'too_many', path: '', message: MESSAGES.yamlTooLarge(MAX_YAML_TOKENS), line });
    expect(issuesOf(`[${'1,'.repeat(2 * LIMITS.maxInputValues + 1)}]`)).toEqual([tooLarge(1)]);
    // Each alias stands for a list of one value: 2 × 250,000 values in all, within the value limit,
    // but the parser would take hundreds of megabytes over the text (a gigabyte at 1,600,000 aliases).
    expect(issuesOf(`a: &a [1]\nb: [${'*a,'.repeat(MAX_YAML_TOKENS)}]\n`)).toEqual([tooLarge(2)]);
    // A "?" with no key makes a pair of the parser's all the same: one token a line, the last one too many.
    expect(issuesOf('?\n'.repeat(MAX_YAML_TOKENS + 1))).toEqual([tooLarge(MAX_YAML_TOKENS + 1)]);
    // A comment, a blank line or a line of spaces counts one token: 250,001 such lines are refused at the last.
    // Before, none counted: five million of them took the parser 18 seconds and 600 megabytes.
    for (const blank of ['#\n', '\n', '  \n', '  # note\n']) expect(issuesOf(blank.repeat(MAX_YAML_TOKENS + 1))).toEqual([tooLarge(MAX_YAML_TOKENS + 1)]);
    // Three tokens a line (key, ":", value): the 83,334th line holds the 250,000th to 250,002nd.
    const keys = Math.floor(MAX_YAML_TOKENS / 3) + 1;
    expect(issuesOf(Array.from({ length: keys }, (_, index) => `k${index}: ${index}`).join('\n'))).toEqual([tooLarge(keys)]);
  });
});

describe('parseYamlText: syntax', () => {
  it('gives the line and the column of a syntax error, on one line', () => {
    const [issue] = issuesOf('id: x\nrules: [1, 2\nname: y\n');
    expect(issue).toMatchObject({ code: 'invalid_format', path: '' });
    expect(issue!.message).toMatch(/^The policy is not valid YAML: .+ \(line \d+, column \d+\)\.$/);
    expect(issue!.line).toBeGreaterThanOrEqual(2);
  });

  it('refuses a second document and a %YAML version other than 1.2', () => {
    expect(issuesOf('id: x\n---\nid: y\n')).toEqual([{ code: 'invalid_format', path: '', line: 2, message: expect.stringMatching(/one document.*\(line 2, column 1\)\.$/) }]);
    expect(issuesOf('%YAML 1.1\n---\nid: x\n')).toEqual([{ code: 'invalid_format', path: '', line: 1, message: MESSAGES.yamlVersion('1.1') }]);
    expect(valueOf('%YAML 1.2\n---\nid: x\n')).toEqual({ id: 'x' });
  });

  it('escapes control characters the parser quotes', () => {
    const [issue] = issuesOf('a: "\u0000\n\u202e');
    expect(issue!.message).not.toMatch(/[\u0000-\u001f\u202e]/);
  });
});
