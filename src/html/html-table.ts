import { escapeHtml } from './escape.js';

/** A cell: text to escape, or `{ html }` already escaped; `num` aligns it as a figure. */
export type Cell = string | { html: string; num?: boolean; className?: string };

/**
 * A table as HTML, every text cell escaped.
 *
 * @param headings - the column headings; a heading ending in `#` is a figure column
 * @param rows - the rows, one cell per column
 * @param attributes - attributes of the table element, already escaped
 *
 * @example
 * htmlTable([{ text: 'Item' }, { text: 'Amount', num: true }], [['Grant', { html: '1.00', num: true }]]);
 */
export function htmlTable(headings: ReadonlyArray<{ text: string; num?: boolean; width?: string }>, rows: readonly Cell[][], attributes = ''): string {
  const head = headings.map((heading) => `<th${heading.num ? ' class="num"' : ''}${heading.width ? ` style="width:${heading.width}"` : ''}>${escapeHtml(heading.text)}</th>`).join('');
  const body = rows.map((row) => `<tr>${row.map((cell) => {
    if (typeof cell === 'string') return `<td>${escapeHtml(cell)}</td>`;
    const classes = [cell.num ? 'num' : '', cell.className ?? ''].filter(Boolean).join(' ');
    return `<td${classes ? ` class="${classes}"` : ''}>${cell.html}</td>`;
  }).join('')}</tr>`).join('');
  return `<table${attributes ? ` ${attributes}` : ''}><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}
