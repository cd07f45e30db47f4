import { describe, expect, it } from 'vitest';
import { describeValue } from '../../src/schema/describe.js';
import { hasUnprintable, printable } from '../../src/schema/printable.js';
import { didYouMean, suggest } from '../../src/schema/suggest.js';

describe('printable', () => {
  it('escapes terminal controls, line breaks, bidi overrides and lone surrogates, and keeps the rest', () => {
    expect(printable('a\u001b[31mred\u0007\r\n\u0000')).toBe('a\\u001b[31mred\\u0007\\u000d\\u000a\\u0000');
    expect(printable('\u202Eevil\u2066x\u2069\u200F')).toBe('\\u202eevil\\u2066x\\u2069\\u200f');
    expect(printable('\u009b2J\u007f')).toBe('\\u009b2J\\u007f');
    expect(printable('x\ud800y\udc00')).toBe('x\\ud800y\\udc00');
    expect(printable('青山湖 😀 “quote” ¥3,000')).toBe('青山湖 😀 “quote” ¥3,000');
  });

  it('cuts long texts with an ellipsis', () => {
    expect(printable('abcdef', 3)).toBe('abc…');
    expect(printable('abc', 3)).toBe('abc');
  });

  it('tells whether a text has anything to escape', () => {
    expect(hasUnprintable('plain 文字')).toBe(false);
    expect(hasUnprintable('a\u001bb')).toBe(true);
    expect(hasUnprintable('a\u001bb')).toBe(true);
  });
});

describe('suggest', () => {
  it('finds the word a misspelling was meant to be', () => {
    expect(suggest('polcy', ['policy', 'policies', 'as-of'])).toBe('policy');
    expect(suggest('--fromat', ['--format', '--locale'])).toBe('--format');
    expect(suggest('qingshan-lake-2019', ['qingshan-lake-2018', 'shanxi-2021'])).toBe('qingshan-lake-2018');
    expect(suggest('talent-rnet', ['talent-rent', 'talent-housing'])).toBe('talent-rent');
  });

  it('says nothing when no candidate is close, or two are as close', () => {
    expect(suggest('xyz', ['policy', 'format'])).toBeUndefined();
    expect(suggest('ab', ['ac', 'ad'])).toBeUndefined();
    expect(suggest('', ['a'])).toBeUndefined();
    expect(suggest('a'.repeat(1000), ['a'])).toBeUndefined();
  });

  it('writes the hint as a sentence', () => {
    expect(didYouMean('polcy', ['policy'])).toBe(' Did you mean "policy"?');
    expect(didYouMean('xyz', ['policy'])).toBe('');
  });
});

describe('a cut for display', () => {
  const lone = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

  it('never leaves half an emoji at the end: the cut is one unit earlier', () => {
    // 'a😀😀' is 5 UTF-16 units; a cut at 2 would keep 'a' and the high half of the first emoji.
    expect(printable('a😀😀', 2)).toBe('a…');
    expect(printable('a😀😀', 3)).toBe('a😀…');
    expect(lone.test(printable(`${'y'.repeat(199)}😀 and more`, 200))).toBe(false);
  });

  it('quotes a value in a message without half an emoji, escaped or not', () => {
    // A message quotes 40 units of a text: 39 letters and an emoji would end on the emoji's high half, written "\ud83d".
    const quoted = describeValue(`${'x'.repeat(39)}😀 and more`);
    expect(quoted).toBe(`"${'x'.repeat(39)}…"`);
  });
});
