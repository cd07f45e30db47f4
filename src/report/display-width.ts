/**
 * The code points a terminal draws two cells wide: East Asian wide and
 * full-width characters (Hangul, CJK, full-width forms) and the common emoji.
 */
const WIDE_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x1100, 0x115f], [0x2e80, 0xa4cf], [0xac00, 0xd7a3], [0xf900, 0xfaff], [0xfe30, 0xfe4f],
  [0xff00, 0xff60], [0xffe0, 0xffe6], [0x1f300, 0x1f64f], [0x1f900, 0x1f9ff], [0x20000, 0x3fffd],
];

const hex = (code: number) => `\\u{${code.toString(16)}}`;

/** One wide character, for the places a line may break (between any two of them). */
export const WIDE_CHARACTER = new RegExp(`[${WIDE_RANGES.map(([from, to]) => `${hex(from)}-${hex(to)}`).join('')}]`, 'u');

function isWide(code: number): boolean {
  return WIDE_RANGES.some(([from, to]) => code >= from && code <= to);
}

/**
 * The width of a text on a terminal: wide (East Asian) characters take two
 * cells, combining marks and the zero-width space none, every other
 * character one.
 *
 * @param text - a text without line breaks or control characters (pass it through `printable` first)
 * @returns the number of terminal cells the text takes
 *
 * @example
 * displayWidth('人才 Li'); //=> 7
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if ((code >= 0x0300 && code <= 0x036f) || code === 0x200b) continue;
    width += code >= 0x1100 && isWide(code) ? 2 : 1;
  }
  return width;
}
