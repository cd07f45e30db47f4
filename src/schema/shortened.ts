/**
 * A text cut for display to at most `max` UTF-16 units, followed by `…` when
 * it was cut. A cut is never made between the two halves of a surrogate
 * pair (an emoji, a rare CJK character): the half left at the end would be a
 * lone surrogate, which a terminal shows as garbage and `JSON.stringify`
 * writes as a misleading `\ud83d`, so the cut is one unit earlier. A display
 * length, not a limit: texts are limited by `textLongerThan`.
 *
 * @param text - any text
 * @param max - the most UTF-16 units kept
 * @returns the text, or its beginning and `…`
 *
 * @example
 * shortened('CMP line', 3); //=> 'CMP…'
 * shortened('a😀b', 2);     //=> 'a…' (not 'a\ud83d…')
 */
export function shortened(text: string, max: number): string {
  if (text.length <= max) return text;
  const last = text.charCodeAt(max - 1);
  const next = text.charCodeAt(max);
  const splitsPair = last >= 0xd800 && last <= 0xdbff && next >= 0xdc00 && next <= 0xdfff;
  return `${text.slice(0, splitsPair ? max - 1 : max)}…`;
}
