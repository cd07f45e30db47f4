/**
 * Whether a text holds more than `max` characters, counted as every text
 * limit of the library counts them and as JSON Schema's `maxLength` does:
 * Unicode code points, a surrogate pair one character, a lone surrogate one
 * on its own. Counted in place, reading no further than the `max + 1`th
 * character: a list of the characters (`[...text]`) would take some 8 bytes
 * a character, and a text of 250 million characters exhausted the heap.
 *
 * A character takes one or two UTF-16 units, so a text of at most `max`
 * units is within the limit and one of more than `2 * max` units past it,
 * both known without reading it.
 *
 * @param text - any text
 * @param max - the most characters allowed
 * @returns true when the text holds more than `max` code points
 *
 * @example
 * textLongerThan('😀'.repeat(500), 500);       //=> false (1,000 UTF-16 units, 500 characters)
 * textLongerThan('😀'.repeat(500) + 'x', 500); //=> true
 */
export function textLongerThan(text: string, max: number): boolean {
  if (text.length <= max) return false;
  if (text.length > 2 * max) return true;
  let count = 0;
  for (let at = 0; at < text.length; at += 1) {
    const unit = text.charCodeAt(at);
    // A high surrogate followed by a low one is one character; a lone surrogate is one on its own.
    if (unit >= 0xd800 && unit <= 0xdbff && at + 1 < text.length) {
      const next = text.charCodeAt(at + 1);
      if (next >= 0xdc00 && next <= 0xdfff) at += 1;
    }
    count += 1;
    if (count > max) return true;
  }
  return false;
}
