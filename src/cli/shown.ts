import { printable } from '../schema/printable.js';
import { shortened } from '../schema/shortened.js';

/** Longest part of an argument echoed back in a message. */
const MAX_SHOWN = 200;

/**
 * An argument of the command line as a message quotes it: in double quotes,
 * cut if long, with every control character, line break, bidirectional
 * override or lone surrogate escaped, so that echoing it cannot move the
 * cursor, recolour the terminal or forge a line.
 *
 * @param text - the argument as given
 * @returns the argument quoted and made printable
 *
 * @example
 * shown('--p\u001b[2Jolicy'); //=> '"--p\\u001b[2Jolicy"'
 */
export function shown(text: string): string {
  return printable(JSON.stringify(shortened(text, MAX_SHOWN)));
}
