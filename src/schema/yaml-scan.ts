import { CST, Lexer } from './yaml-library.js';
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
 * Most tokens a YAML text may hold: keys, values and every mark (`-`, `:`,
 * `?`, `,`, brackets, anchors, aliases, tags, `---`), each comment, and each
 * line break that ends a line holding none of these (a blank line, or one of
 * white space). The parser keeps about a kilobyte of memory per token and
 * takes tens of microseconds over each (a comment or a blank line costs it
 * less, but five million of them took 18 seconds and 600 megabytes): at this
 * bound a text takes a few hundred megabytes and seconds to read, whatever
 * it holds, and a policy of 500 rules (about 50,000 values, three tokens
 * each) fits.
 */
export const MAX_YAML_TOKENS = 250_000;
/**
 * Whether `token` is a marker the lexer adds before a document, a scalar, or
 * after a flow collection: no text of the source. A function rather than a set
 * built when the module loads: reading `CST` at load time would keep `yaml` in
 * a user's bundle that never reads YAML (see yaml-library.ts).
 */
const isMarker = (token: string) => token === CST.DOCUMENT || token === CST.SCALAR || token === CST.FLOW_END;
/** Tokens that are no value and no mark: the parser makes nothing of them. */
const BLANK = new Set(['space', 'newline', 'comment', 'byte-order-mark']);
/** Tokens never counted: white space within a line, and the mark that may begin the text. */
const UNCOUNTED = new Set(['space', 'byte-order-mark']);
/** Tokens that do not begin a line's content, for the count of block levels. */
const SKIPPED = new Set([...BLANK, 'map-value-ind', 'comma', 'doc-start', 'doc-end', 'directive-line', 'flow-map-end', 'flow-seq-end']);

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
 * or more than `MAX_YAML_TOKENS` tokens. The parser takes seconds over a
 * hundred thousand nested brackets, composes by recursion, and needs far
 * more memory per token than the lexer, which is one pass: the scan stops at
 * the first token past a bound. Flow collections (`[`, `{`) are counted as they open and
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
  let tokens = 0;
  /** Whether the line being read holds a counted token: its line break is then not counted. */
  let lineCounted = false;
  for (const token of new Lexer().lex(text)) {
    if (isMarker(token)) continue;
    const type = CST.tokenType(token) ?? 'text';
    if (type === 'flow-map-start' || type === 'flow-seq-start') flow += 1;
    else if ((type === 'flow-map-end' || type === 'flow-seq-end') && flow > 0) flow -= 1;
    // A line of content is counted by its tokens; a line of only a comment, of white space or of nothing by one token.
    const counted: boolean = type === 'newline' ? !lineCounted : !UNCOUNTED.has(type);
    lineCounted = type !== 'newline' && (lineCounted || counted);
    if (counted && (tokens += 1) > MAX_YAML_TOKENS) return { code: 'too_many', path: [], message: MESSAGES.yamlTooLarge(MAX_YAML_TOKENS), line: at.line };
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
