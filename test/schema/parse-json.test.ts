import { describe, expect, it } from 'vitest';
import { formatPath } from '../../src/schema/issues.js';
import { MESSAGES } from '../../src/schema/messages.js';
import { parseJsonText } from '../../src/schema/parse-json.js';
import { inputErrorOf as issuesOf } from '../helpers.js';

describe('parseJsonText', () => {
  it('parses JSON text', () => {
    expect(parseJsonText('{"a":[1,"2"]}', 'project')).toEqual({ a: [1, '2'] });
  });

  it('names what the text was meant to be, at the root', () => {
    const error = issuesOf(() => parseJsonText('{ "id": ', 'policy'));
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]).toMatchObject({ code: 'invalid_format', path: [] });
    expect(error.issues[0]!.message).toMatch(/^The policy is not valid JSON: /);
  });

  it('keeps the message on one line when the text it quotes holds control characters', () => {
    // The parser quotes the text it failed on; a raw line break there would split the issue over two lines.
    const error = issuesOf(() => parseJsonText('\n\u0000', 'project'));
    expect(error.issues[0]!.message).not.toMatch(/[\u0000-\u001f\u2028\u2029]/);
    expect(error.issues[0]!.message).toContain('\\u0000');
    expect(error.message.split('\n')).toEqual(['Invalid input (1 problem):', `- (input): ${error.issues[0]!.message}`]);
  });

  it('cuts a long explanation', () => {
    const error = issuesOf(() => parseJsonText(`"${'x'.repeat(10_000)}`, 'project'));
    expect(error.issues[0]!.message.length).toBeLessThan(300);
  });
});

describe('formatPath', () => {
  it('writes plain keys with dots and list positions in brackets', () => {
    expect(formatPath([])).toBe('(input)');
    expect(formatPath(['talents', '1', 'rent', 'start'])).toBe('talents[1].rent.start');
    expect(formatPath(['options', 'overrides', 'qingshan-lake-2018/talent-rent', 'months'])).toBe('options.overrides.qingshan-lake-2018/talent-rent.months');
  });

  it('quotes a key that is not a plain name, so that each path reads one way and stays on one line', () => {
    expect(formatPath(['a.b'])).toBe('["a.b"]');
    expect(formatPath(['talents', '0', 'line\nbreak'])).toBe('talents[0]["line\\nbreak"]');
    expect(formatPath(['x', '\u2028'])).toBe('x["\\u2028"]');
    expect(formatPath(['', 'name'])).toBe('[""].name');
  });
});

describe('parseJsonText: text nested past the limit that is not JSON', () => {
  it('is reported as not JSON, not at a path the text does not have', () => {
    // Under the old code the scan went on past the unquoted key and named a path of "0"s, in no object of the text.
    const error = issuesOf(() => parseJsonText(`${'{a: '.repeat(100)}1${'}'.repeat(100)}`, 'policy'));
    expect(error.issues).toEqual([{ code: 'invalid_format', path: [], message: expect.stringMatching(/^The policy is not valid JSON: /) }]);
  });
});

describe('parseJsonText: numbers a JavaScript number does not hold exactly', () => {
  const inexact = (path: string[], literal: string) => ({ code: 'invalid_format', path, message: MESSAGES.inexactNumber(literal, 'JSON') });

  it('refuses each, at its path, rather than read it a cent off', () => {
    // As doubles: 99999999999999.99 is 99999999999999.984375 ("…98"), 100000000000000.01 is
    // 100000000000000.015625 ("…02"), 999999999999999.99 is 1000000000000000 exactly.
    const text = '{"a": [0.1, 99999999999999.99, {"b": 100000000000000.01}], "c": -999999999999999.99, "d": 9007199254740993, "e": 1e400, "f": 1e-400}';
    expect(issuesOf(() => parseJsonText(text, 'project')).issues).toEqual([
      inexact(['a', '1'], '99999999999999.99'),
      inexact(['a', '2', 'b'], '100000000000000.01'),
      inexact(['c'], '-999999999999999.99'),
      inexact(['d'], '9007199254740993'),
      inexact(['e'], '1e400'),
      inexact(['f'], '1e-400'),
    ]);
    expect(MESSAGES.inexactNumber('99999999999999.99', 'JSON')).toBe(
      'The number 99999999999999.99 cannot be held exactly as a JSON number; write it as a string: "99999999999999.99".',
    );
    expect(issuesOf(() => parseJsonText('99999999999999.99', 'project')).issues).toEqual([inexact([], '99999999999999.99')]);
  });

  it('reads numbers held exactly, and digits inside strings, as before', () => {
    const text = '{"x\\"1": "99999999999999.99\\\\", "a": [1e3, 0.1, 36, 2026, -0, 1.5e-7, 9007199254740991, 99999999999999.5, 0E0], "99999999999999.99": 1}';
    expect(parseJsonText(text, 'policy')).toEqual({
      'x"1': '99999999999999.99\\', a: [1000, 0.1, 36, 2026, -0, 1.5e-7, 9007199254740991, 99999999999999.5, 0], '99999999999999.99': 1,
    });
  });

  it('reports text that is not JSON as not JSON, not by its numbers', () => {
    expect(issuesOf(() => parseJsonText('[99999999999999.99, 1.2.3]', 'project')).issues).toEqual([
      { code: 'invalid_format', path: [], message: expect.stringMatching(/^The project is not valid JSON: /) },
    ]);
  });
});

describe('parseJsonText: objects nested past the limit', () => {
  it('are refused by the scan before the text is parsed, at the path the reader would give', () => {
    // 100 objects open and never closed: not JSON, but the scan meets the 65th before the parser sees the end.
    // Under the old code the scan stopped at the first colon, so only lists were checked before parsing.
    const error = issuesOf(() => parseJsonText('{"a":'.repeat(100), 'policy'));
    expect(error.issues).toEqual([{ code: 'out_of_range', path: Array.from({ length: 64 }, () => 'a'), message: MESSAGES.tooDeep }]);
  });
});

describe('formatPath of a key too long to show', () => {
  it('shows its beginning, quoted, so that an error message stays short whatever the key', () => {
    // A key of 10,000,000 characters (one of 2^29 would make a message longer than JavaScript allows: a RangeError).
    const key = 'x'.repeat(10_000_000);
    const shown = formatPath(['facts', key, 'value']);
    expect(shown).toBe(`facts["${'x'.repeat(200)}…"].value`);
  });
});
