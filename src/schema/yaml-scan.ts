import { CST, Lexer } from 'yaml';
import type { InputIssue } from './issues.js';
import { LIMITS } from './limits.js';
import { MESSAGES } from './messages.js';

/**
 * Nesting the scan lets through: twice the limit, since its count of block
 * levels may be one off per line either way (a list written at the same
 * indentation as its key counts no level; a value after its key on the same
 * line counts one). Text within it is nested at most a few hundred levels,
 * which the parser composes without trouble; the exact limit is then checked
 * on the composed document, with the path of the value past it.
 */
const MAX_SCANNED_DEPTH = 2 * LIMITS.maxInputDepth;
/**
 * Tokens that begin a value or a key: every value read needs at most two of
 * them (a key and its value). `text` is what the lexer gives no type: the
 * text of a plain or block scalar.
 */
const VALUE_TOKENS = new Set(['text', 'single-quoted-scalar', 'double-quoted-scalar', 'alias', 'flow-map-start', 'flow-seq-start', 'seq-item-ind']);
/** Markers the lexer adds before a document, a scalar, or after a flow collection: no text of the source. */
const MARKERS = new Set([CST.DOCUMENT, CST.SCALAR, CST.FLOW_END]);
const SKIPPED = new Set(['space', 'newline', 'comment', 'map-value-ind', 'comma', 'doc-start', 'doc-end', 'directive-line', 'byte-order-mark', 'flow-map-end', 'flow-seq-end']);

/** The line and column reached after `token`, from those before it. */
function advance(at: { line: number; column: number }, token: string): void {
  const last = token.lastIndexOf('\n');
  if (last < 0) {
    at.column += token.length;
    return;
  }
  for (let index = token.indexOf('\n'); index >= 0; index = token.indexOf('\n', index + 1)) at.line += 1;
  at.column = token.length - last - 1;
}

/**
 * What the reader of the composed document would refuse, found from the
 * lexer's tokens before the text is parsed: nesting far past the depth limit,
 * or more than twice as many keys and values as the value limit. The parser
 * takes seconds over a hundred thousand nested brackets and composes by
 * recursion; the lexer is one pass, and the scan stops at the first token
 * past a bound. Flow collections (`[`, `{`) are counted as they open and
 * close; block collections by indentation: a stack of the columns at which
 * keys, list entries and values begin on the lines read so far.
 *
 * @param text - YAML text
 * @returns the issue at the root, with the line where the bound was passed; undefined when the text is within both
 *
 * @example
 * yamlScanIssue('a:\n  b: [1, 2]\n'); //=> undefined
 * yamlScanIssue('['.repeat(1000)); //=> { code: 'out_of_range', path: [], message: MESSAGES.tooDeep, line: 1 }
 */
export function yamlScanIssue(text: string): InputIssue | undefined {
  const at = { line: 1, column: 0 };
  const columns: number[] = [];
  let flow = 0;
  let values = 0;
  for (const token of new Lexer().lex(text)) {
    if (MARKERS.has(token)) continue;
    const type = CST.tokenType(token) ?? 'text';
    if (type === 'flow-map-start' || type === 'flow-seq-start') flow += 1;
    else if ((type === 'flow-map-end' || type === 'flow-seq-end') && flow > 0) flow -= 1;
    if (VALUE_TOKENS.has(type) && (values += 1) > 2 * LIMITS.maxInputValues + 1) {
      return { code: 'too_many', path: [], message: MESSAGES.tooManyValues, line: at.line };
    }
    if (flow === 0 && !SKIPPED.has(type)) {
      // A block scalar's text begins with its indentation.
      const column = at.column + token.length - token.trimStart().length;
      while (columns.length > 0 && columns.at(-1)! > column) columns.pop();
      if (columns.length === 0 || columns.at(-1)! < column) columns.push(column);
    }
    if (columns.length + flow > MAX_SCANNED_DEPTH) return { code: 'out_of_range', path: [], message: MESSAGES.tooDeep, line: at.line };
    advance(at, token);
  }
  return undefined;
}
