import { printable } from '../schema/printable.js';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * A text from a project, a pack or the library, made safe in an HTML page,
 * as element content or inside a quoted attribute: the five characters that
 * mean something to HTML become entities, and every character `printable`
 * escapes (controls, line breaks, bidirectional overrides, lone surrogates)
 * is shown as its `\uXXXX` escape, so that a name cannot reorder or hide what
 * a reader sees.
 *
 * @param text - any text
 * @returns the text as HTML that shows it literally
 *
 * @example
 * escapeHtml('<script>alert("x")</script>'); //=> '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'
 */
export function escapeHtml(text: string): string {
  return printable(text).replace(/[&<>"']/g, (char) => ENTITIES[char]!);
}
