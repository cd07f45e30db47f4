import { describe, expect, it } from 'vitest';
import { formatPath } from '../../src/schema/issues.js';
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
