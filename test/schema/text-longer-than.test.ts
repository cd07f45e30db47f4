import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textLongerThan } from '../../src/schema/text-longer-than.js';
import { PROPERTY_TIMEOUT } from '../timeouts.js';

/** One character of each kind a count can get wrong: ASCII, CJK (one UTF-16 unit), an emoji (two), a lone high or low surrogate (one). */
const piece = fc.constantFrom('x', ' ', '青', '😀', '𠀀', '\ud800', '\udbff', '\udc00', '\udfff');

describe('textLongerThan', () => {
  it('counts code points: a surrogate pair one character, a lone surrogate one', () => {
    // 500 emoji: 1,000 UTF-16 units, 500 characters.
    expect(textLongerThan('😀'.repeat(500), 500)).toBe(false);
    expect(textLongerThan('😀'.repeat(501), 500)).toBe(true);
    // 250 emoji and 250 CJK characters: 750 units, 500 characters; one more ASCII letter is 501.
    expect(textLongerThan(`${'😀'.repeat(250)}${'青'.repeat(250)}`, 500)).toBe(false);
    expect(textLongerThan(`${'😀'.repeat(250)}${'青'.repeat(250)}x`, 500)).toBe(true);
    // A pair across the boundary: 499 letters and an emoji are 500 characters, 500 letters and an emoji 501.
    expect(textLongerThan(`${'x'.repeat(499)}😀`, 500)).toBe(false);
    expect(textLongerThan(`${'x'.repeat(500)}😀`, 500)).toBe(true);
    // Lone surrogates, one each: a low before a high is two, not a pair.
    expect(textLongerThan('\ud800'.repeat(500), 500)).toBe(false);
    expect(textLongerThan('\ud800'.repeat(501), 500)).toBe(true);
    expect(textLongerThan(`${'😀'.repeat(499)}\ud800`, 500)).toBe(false);
    expect(textLongerThan(`${'😀'.repeat(500)}\udc00`, 500)).toBe(true);
    expect(textLongerThan('\udc00\ud800', 1)).toBe(true);
    expect(textLongerThan('', 0)).toBe(false);
  });

  it('answers a text of more than twice the limit in UTF-16 units without counting it: 250 million characters take no memory', () => {
    const huge = 'x'.repeat(250_000_000);
    expect(textLongerThan(huge, 500)).toBe(true);
    expect(textLongerThan(huge, 250_000_000)).toBe(false);
  }, PROPERTY_TIMEOUT);

  it('says what a list of the code points would say, for any mix around the limit', () => {
    fc.assert(fc.property(fc.array(piece, { maxLength: 40 }), fc.nat({ max: 30 }), (pieces, max) => {
      // Joined, a lone high surrogate before a lone low one makes a pair: the oracle counts the text as joined.
      const text = pieces.join('');
      expect(textLongerThan(text, max)).toBe(Array.from(text).length > max);
    }), { numRuns: 2_000 });
  }, PROPERTY_TIMEOUT);
});
