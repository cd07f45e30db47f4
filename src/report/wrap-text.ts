import { displayWidth, WIDE_CHARACTER } from './display-width.js';
import { NUMBER } from './widest-number.js';

/**
 * Where a line may break: after a space; after a hyphen, a slash, a closing
 * bracket, a comma or a semicolon unless a digit follows (so that
 * `1,000,000.00`, `2026-10-01` and `-5` stay whole); after a dot a letter
 * follows (between the parts of a field's path,
 * `classification.leadingIndustryDirection`); and before or after a
 * wide (Chinese) character, since Chinese text breaks between any two
 * characters.
 */
const BREAK = new RegExp(`(?<=\\s)|(?<=[\\-/\\],;])(?!\\d)|(?<=\\.)(?=\\p{L})|(?=${WIDE_CHARACTER.source})|(?<=${WIDE_CHARACTER.source})`, 'u');

/** The parts a word wider than a line is cut between: whole numbers, and single characters. */
const ATOMS = new RegExp(`${NUMBER.source}|[\\s\\S]`, 'gu');

/**
 * A text cut into lines of at most `width` terminal cells, for a table cell:
 * broken at spaces and the other natural places (see above), and inside a
 * word only when the word alone is wider than the line; a number is cut only
 * when it alone is wider than the line. A text's indent (its
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
    // A word wider than a whole line: cut it where the line is full, between numbers, never inside one that fits a line.
    for (const [atom] of piece.trimStart().matchAll(ATOMS)) {
      for (const part of displayWidth(atom) > width - indent.length ? atom : [atom]) {
        if (used + displayWidth(part) > width && line.trim() !== '') flush();
        if (line === '' && /\s/.test(part)) continue;
        add(part);
      }
    }
  }
  if (line.trim() !== '' || lines.length === 0) flush();
  return lines;
}
