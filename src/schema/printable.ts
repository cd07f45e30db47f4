import { shortened } from './shortened.js';

/**
 * Characters that must never reach a terminal, a log line or a report as
 * they are: C0 and C1 controls (ESC, BEL, NUL, CR, LF, TAB…), DEL, the line
 * and paragraph separators, the bidirectional controls that reorder what a
 * reader sees (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069), and lone
 * surrogates (half a character).
 */
const UNPRINTABLE =
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** `\u001b` for ESC: the form JSON and JavaScript write it in. */
function escapeCodeUnit(char: string): string {
  return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/**
 * A text made safe to print on one line: every unprintable character (see
 * above) is written as its `\uXXXX` escape, so that a name cannot move the
 * cursor, recolour a terminal, hide text, forge a line of output or reorder
 * what a reader sees. Everything else, Chinese included, is kept as it is.
 *
 * @param text - any text
 * @param max - cut the result to this many UTF-16 units, with `…`, never inside a surrogate pair (default: no cut)
 * @returns the text with its unprintable characters escaped
 *
 * @example
 * printable('Line\u001b[2J\nnext'); //=> 'Line\\u001b[2J\\u000anext'
 */
export function printable(text: string, max?: number): string {
  const escaped = text.replace(UNPRINTABLE, escapeCodeUnit);
  return max === undefined ? escaped : shortened(escaped, max);
}

/** Whether a text holds a character `printable` would escape. */
export function hasUnprintable(text: string): boolean {
  UNPRINTABLE.lastIndex = 0;
  const found = UNPRINTABLE.test(text);
  UNPRINTABLE.lastIndex = 0;
  return found;
}

/**
 * JSON text made safe to print, still valid JSON with the same value:
 * `JSON.stringify` escapes the C0 controls and lone surrogates in strings but
 * writes C1 controls, bidirectional controls and the line separators as they
 * are. Those can only stand inside a string of JSON text, where `\uXXXX` is
 * the same character; a line feed stands only between values (the layout).
 *
 * @param json - text written by `JSON.stringify`
 * @returns the same JSON, every unprintable character in a string escaped
 *
 * @example
 * printableJson(JSON.stringify({ name: 'a\u202eb' })); //=> '{"name":"a\\u202eb"}'
 */
export function printableJson(json: string): string {
  // Looked for first, a character at a time (no regular expression, no copy): a report's JSON may be
  // hundreds of megabytes at the size limit, and most hold nothing to escape.
  let found = false;
  for (let index = 0; index < json.length && !found; index += 1) found = escapedInJson(json.charCodeAt(index));
  return found ? json.replace(JSON_UNPRINTABLE, escapeCodeUnit) : json;
}

/**
 * Whether JSON text holds this code unit raw though `UNPRINTABLE` escapes it:
 * DEL and the C1 controls, the bidi controls and the line separators (the C0
 * controls and lone surrogates `JSON.stringify` escapes itself).
 */
function escapedInJson(code: number): boolean {
  return code >= 0x7f && ((code <= 0x9f) || code === 0x61c || code === 0x200e || code === 0x200f ||
    (code >= 0x2028 && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069));
}

/** `UNPRINTABLE` without the line feed, which JSON text uses between values and always escapes inside strings. */
const JSON_UNPRINTABLE = new RegExp(UNPRINTABLE.source.replace('\\u0000-\\u001f', '\\u0000-\\u0009\\u000b-\\u001f'), 'g');
