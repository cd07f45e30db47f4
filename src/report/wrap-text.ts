import { displayWidth, WIDE_CHARACTER } from './display-width.js';

/**
 * Where a line may break: after a space, a hyphen, a slash, a closing bracket,
 * a comma or a semicolon, and before or after a wide (Chinese) character,
 * since Chinese text breaks between any two characters.
 */
const BREAK = new RegExp(`(?<=[\\s\\-/\\],;])|(?=${WIDE_CHARACTER.source})|(?<=${WIDE_CHARACTER.source})`, 'u');

/**
 * A text cut into lines of at most `width` terminal cells, for a table cell:
 * broken at spaces and the other natural places (see above), and inside a
 * word only when the word alone is wider than the line. A text's indent (its
 * leading spaces) starts every line; other spaces at a break are dropped;
 * nothing else is lost or changed.
 *
 * @param text - one line of printable text
 * @param width - the most cells a line may take (at least 2, the width of one wide character)
 * @returns the lines, at least one
 *
 * @example
 * wrapText('Talent housing purchase subsidy', 16); //=> ['Talent housing', 'purchase subsidy']
 */
export function wrapText(text: string, width: number): string[] {
  if (displayWidth(text) <= width) return [text];
  const indent = /^ */.exec(text)![0].slice(0, Math.max(0, width - 2));
  const lines: string[] = [];
  let line = '';
  let used = 0;
  const add = (part: string) => {
    line += part;
    used += displayWidth(part);
  };
  const flush = () => {
    lines.push(indent + line.trimEnd());
    line = '';
    used = indent.length;
  };
  used = indent.length;
  for (const whole of text.slice(indent.length).split(BREAK)) {
    const piece = line === '' ? whole.trimStart() : whole;
    const visible = displayWidth(piece.trimEnd());
    if (used + visible <= width) {
      add(piece);
      continue;
    }
    if (line.trim() !== '' && visible <= width) {
      flush();
      add(piece.trimStart());
      continue;
    }
    // A word wider than a whole line: cut it where the line is full.
    for (const char of piece.trimStart()) {
      if (used + displayWidth(char) > width && line.trim() !== '') flush();
      if (line === '' && /\s/.test(char)) continue;
      add(char);
    }
  }
  if (line.trim() !== '' || lines.length === 0) flush();
  return lines;
}
