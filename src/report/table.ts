import { printable } from '../schema/printable.js';
import { displayWidth } from './display-width.js';
import { markdownText } from './markdown-text.js';
import { widestNumber } from './widest-number.js';
import { wrapText } from './wrap-text.js';

/** A column of a table: its heading, which side its cells line up on, and whether its cells wrap first. */
export interface Column {
  heading: string;
  align: 'left' | 'right';
  /**
   * Text that may wrap onto following lines when the table is too wide (names,
   * labels). Columns without it (numbers, dates, short words) wrap only when
   * the table cannot fit otherwise.
   */
  wrap?: boolean;
  /** The narrowest a wrapping column becomes while another column can give way (default 12). */
  minWidth?: number;
}

/** The widest a terminal table may be. */
export const MAX_TABLE_WIDTH = 120;
const GAP = '  ';
/** A wrapping column is not narrowed below this, while others can give way. */
const NARROWEST_WRAP = 12;
/** No column is narrower: a wide character takes two cells. */
const NARROWEST = 2;

/** Narrows the widest of the columns that can give, one cell at a time, until the table fits or none can. */
function narrow(widths: number[], budget: number, floor: (index: number) => number): void {
  let excess = widths.reduce((a, b) => a + b, 0) - budget;
  while (excess > 0) {
    let widest = -1;
    widths.forEach((width, index) => {
      if (width > floor(index) && (widest < 0 || width > widths[widest]!)) widest = index;
    });
    if (widest < 0) return;
    widths[widest]! -= 1;
    excess -= 1;
  }
}

/**
 * A plain-text table with aligned columns and a rule under the headings, at
 * most `maxWidth` cells wide: when the cells do not fit, the wrapping columns
 * are narrowed first (widest first) and their cells continue on the following
 * lines, within their column. No column is narrowed below the widest number
 * in its cells, so that no number is cut. Every cell and heading is passed through
 * `printable`, so that no value can move the cursor or break a row. No
 * trailing spaces.
 *
 * @param columns - the headings and alignment
 * @param rows - one array of cells per row
 * @param maxWidth - the widest the table may be (default 120)
 * @returns the table, lines joined with `\n`
 *
 * @example
 * textTable([{ heading: 'a', align: 'left' }, { heading: 'n', align: 'right' }], [['人才', '1'], ['xx', '100']]);
 * //=> 'a       n\n----  ---\n人才    1\nxx    100'
 */
export function textTable(columns: readonly Column[], rows: readonly (readonly string[])[], maxWidth = MAX_TABLE_WIDTH): string {
  const headings = columns.map((column) => printable(column.heading));
  const body = rows.map((row) => columns.map((_, index) => printable(row[index] ?? '')));
  const widths = headings.map((heading) => Math.max(NARROWEST, displayWidth(heading)));
  for (const row of body) row.forEach((cell, index) => (widths[index] = Math.max(widths[index]!, displayWidth(cell))));
  const budget = maxWidth - GAP.length * (columns.length - 1);
  // No column is narrowed below its widest number: a number is never cut across lines.
  const numbers = columns.map((_, index) => Math.max(NARROWEST, ...body.map((row) => widestNumber(row[index]!))));
  narrow(widths, budget, (index) => (columns[index]!.wrap ? Math.max(numbers[index]!, columns[index]!.minWidth ?? NARROWEST_WRAP) : Infinity));
  narrow(widths, budget, (index) => numbers[index]!);
  const lines = (cells: readonly string[]) => {
    const wrapped = cells.map((cell, index) => wrapText(cell, widths[index]!));
    const height = Math.max(...wrapped.map((cell) => cell.length));
    return Array.from({ length: height }, (_, line) =>
      wrapped.map((cell, index) => {
        const text = cell[line] ?? '';
        const fill = ' '.repeat(Math.max(0, widths[index]! - displayWidth(text)));
        return columns[index]!.align === 'right' ? fill + text : text + fill;
      }).join(GAP).trimEnd());
  };
  return [...lines(headings), widths.map((width) => '-'.repeat(width)).join(GAP), ...body.flatMap(lines)].join('\n');
}

/**
 * A GitHub-flavoured Markdown table. Every cell and heading is escaped with
 * `markdownText`, so that a value shows as text: it cannot end a cell, start a
 * row, or carry a link, an HTML tag or emphasis.
 *
 * @param columns - the headings and alignment
 * @param rows - one array of cells per row
 * @returns the table, lines joined with `\n`
 *
 * @example
 * markdownTable([{ heading: 'Item', align: 'left' }], [['a|b']]); //=> '| Item |\n| --- |\n| a\\|b |'
 */
export function markdownTable(columns: readonly Column[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map(markdownText).join(' | ')} |`;
  return [
    line(columns.map((column) => column.heading)),
    `|${columns.map((column) => (column.align === 'right' ? ' ---: ' : ' --- ')).join('|')}|`,
    ...rows.map((row) => line(columns.map((_, index) => row[index] ?? ''))),
  ].join('\n');
}
