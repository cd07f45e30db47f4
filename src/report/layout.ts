import { printable } from '../schema/printable.js';
import { displayWidth } from './display-width.js';
import { markdownText } from './markdown-text.js';
import { markdownTable, textTable, type Column } from './table.js';

/** How a report writes its parts in one format. */
export interface Layout {
  /** A value (a name, a label, a quote, anything from the caller or a pack) made safe for the format. */
  value: (text: string) => string;
  /** The report's title; its text already made safe with `value`. */
  heading: (text: string) => string;
  /** A section's title (the library's own words). */
  section: (text: string) => string;
  /** One entry of a list; its text already made safe with `value`. */
  bullet: (text: string) => string;
  /** A table; it makes its cells safe itself, so they are given as they are. */
  table: (columns: readonly Column[], rows: readonly (readonly string[])[]) => string;
}

/**
 * Headings, bullets, tables and the escape of values for a text or a Markdown
 * report. Values are escaped where they are written, not before: `printable`
 * for a terminal, `markdownText` for Markdown.
 *
 * @param markdown - Markdown rather than plain text
 * @returns the layout
 *
 * @example
 * layout(true).bullet(layout(true).value('a <b>')); //=> '- a \\<b\\>'
 */
export function layout(markdown: boolean): Layout {
  return {
    value: markdown ? markdownText : (text) => printable(text),
    heading: (text) => (markdown ? `## ${text}` : `${text}\n${'='.repeat(displayWidth(text))}`),
    section: (text) => (markdown ? `### ${text}` : text),
    bullet: (text) => (markdown ? `- ${text}` : `  - ${text}`),
    table: markdown ? markdownTable : (columns, rows) => textTable(columns, rows),
  };
}
