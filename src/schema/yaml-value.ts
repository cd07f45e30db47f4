import type { Alias, LineCounter, Node, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { holdsExactly } from './exact-number.js';
import { isAlias, isMap, isScalar, isSeq } from './yaml-library.js';
import type { InputIssue } from './issues.js';
import { LIMITS } from './limits.js';
import { MESSAGES } from './messages.js';
import { setOwn } from './read-input.js';
import { hasCoreTag, keyText, lineOf, MERGE_KEY, yamlAliases } from './yaml-count.js';

/** Numbers the core schema reads in hexadecimal or octal (infinities and not-a-number are refused as not finite). */
const NOT_DECIMAL = /^[-+]?0[xo]/i;
/** A tag as it is usually written: `!!binary` rather than `tag:yaml.org,2002:binary`. */
const shortTag = (tag: string) => tag.replace(/^tag:yaml\.org,2002:/, '!!');

/** A path as one map key. */
export const pathKey = (path: readonly string[]) => path.join('\u0000');

/** The value a document holds, as plain data, and the line where each value of it begins. */
export type YamlValue = { ok: true; value: unknown; lines: Map<string, number> } | { ok: false; issues: InputIssue[] };

/**
 * Makes the plain data of a composed document, bounded as `readInput` bounds
 * a caller's value: at most `LIMITS.maxInputDepth` levels and
 * `LIMITS.maxInputValues` values, an alias counting the values of its anchor
 * each time it is met. `yamlAliases` has counted them before any is made;
 * the count kept here only guards that the two agree. Each alias gives a
 * copy of the node `yamlAliases` resolved it to, never a shared object. An own
 * `__proto__` key stays an own key.
 */
class PlainData {
  readonly issues: InputIssue[] = [];
  readonly lines = new Map<string, number>();
  private readonly keys: string[] = [];
  /** The anchored values being made: an alias to one of them would make a value contain itself. */
  private readonly open = new Set<Node>();
  /** How many aliases are being expanded: a problem in the text of an anchor is reported once, where it is written. */
  private expanding = 0;
  private left: number = LIMITS.maxInputValues;
  private stopped = false;

  constructor(
    private readonly lineCounter: LineCounter,
    private readonly targets: ReadonlyMap<Alias, Node>,
  ) {}

  private report(code: InputIssue['code'], message: string, node: Node | null | undefined, key?: string): undefined {
    const line = lineOf(node, this.lineCounter);
    const path = key === undefined ? [...this.keys] : [...this.keys, key];
    this.issues.push({ code, path, message, ...(line !== undefined && { line }) });
    return undefined;
  }

  /** A problem written in the text: reported where it is written, not again where an alias repeats it. */
  private reportOnce(code: InputIssue['code'], message: string, node: Node | null | undefined, key?: string): undefined {
    return this.expanding > 0 ? undefined : this.report(code, message, node, key);
  }

  private stop(code: InputIssue['code'], message: string, node: Node | null | undefined): undefined {
    this.stopped = true;
    return this.report(code, message, node);
  }

  /** The value of `node`, found at `this.keys`, nested `level` collections deep. */
  read(node: Node | null | undefined, level: number): unknown {
    if (this.stopped) return undefined;
    if (node === null || node === undefined) return null;
    if (isAlias(node)) return this.alias(node, level);
    if (!hasCoreTag(node)) return this.reportOnce('invalid_format', MESSAGES.yamlTag(shortTag(node.tag!)), node);
    if (isScalar(node)) return this.scalar(node);
    if (level > LIMITS.maxInputDepth) return this.stop('out_of_range', MESSAGES.tooDeep, node);
    if (isMap(node)) return this.map(node as YAMLMap<Node | null, Node | null>, level);
    if (isSeq(node)) return this.list(node as YAMLSeq<Node | null>, level);
    return this.reportOnce('invalid_type', MESSAGES.invalid(undefined), node);
  }

  private alias(node: Alias, level: number): unknown {
    const target = this.targets.get(node);
    if (target === undefined) return this.reportOnce('not_found', MESSAGES.yamlNoAnchor(node.source), node);
    if (this.open.has(target)) return this.stop('inconsistent', MESSAGES.yamlSelfAlias(node.source), node);
    this.expanding += 1;
    const value = this.read(target, level);
    this.expanding -= 1;
    return value;
  }

  private scalar(node: Scalar): unknown {
    const { value } = node;
    if (typeof value === 'number') {
      const text = (typeof node.source === 'string' ? node.source : String(value)).trim();
      if (!Number.isFinite(value) || NOT_DECIMAL.test(text)) return this.reportOnce('invalid_format', MESSAGES.yamlNumber(text), node);
      // `99999999999999.99` would become 99999999999999.98: refused, as JSON text refuses it, rather than read a cent off.
      return holdsExactly(text, value) ? value : this.reportOnce('invalid_format', MESSAGES.inexactNumber(text, 'YAML'), node);
    }
    if (typeof value === 'string' || typeof value === 'boolean' || value === null) return value;
    return this.reportOnce('invalid_type', MESSAGES.invalid(undefined), node);
  }

  /** Takes `count` values from the budget; false (and reading stops) when they are more than is left. */
  private take(count: number, node: Node): boolean {
    this.left -= count;
    if (this.left >= 0) return true;
    this.stop('too_many', MESSAGES.tooManyValues, node);
    return false;
  }

  /** One entry, at `key`, whose text begins at `start`. */
  private entry(key: string, node: Node | null, start: Node | null, level: number): unknown {
    this.keys.push(key);
    const line = lineOf(start, this.lineCounter);
    if (line !== undefined && this.expanding === 0) this.lines.set(pathKey(this.keys), line);
    const value = this.read(node, level + 1);
    this.keys.pop();
    return value;
  }

  private keyOf(pair: Pair<Node | null, Node | null>): string | undefined {
    const text = keyText(pair.key);
    if (text === undefined) return this.reportOnce('invalid_type', MESSAGES.yamlKey, (pair.key as Node | null) ?? pair.value);
    return text === MERGE_KEY ? this.reportOnce('invalid_format', MESSAGES.yamlMergeKey, pair.key as Node, text) : text;
  }

  private map(node: YAMLMap<Node | null, Node | null>, level: number): Record<string, unknown> | undefined {
    if (!this.take(node.items.length, node)) return undefined;
    this.open.add(node);
    const copy: Record<string, unknown> = {};
    const seen = new Set<string>();
    for (const pair of node.items) {
      if (this.stopped) break;
      const key = this.keyOf(pair);
      if (key === undefined) continue;
      if (seen.has(key)) this.reportOnce('duplicate', MESSAGES.yamlDuplicateKey(key), pair.key as Node, key);
      seen.add(key);
      setOwn(copy, key, this.entry(key, pair.value, pair.key as Node, level));
    }
    this.open.delete(node);
    return copy;
  }

  private list(node: YAMLSeq<Node | null>, level: number): unknown[] | undefined {
    if (!this.take(node.items.length, node)) return undefined;
    this.open.add(node);
    const copy = node.items.map((item, index) => this.entry(String(index), item, item, level));
    this.open.delete(node);
    return copy;
  }
}

/**
 * The plain data of a YAML document's value, made as JSON's would be: maps
 * become objects (their keys the text written), sequences lists, scalars
 * text, numbers, true, false or null. Refused, each as an issue at its path
 * and line: a tag outside the core schema (`!!js/function`, `!!binary`, a
 * local `!tag`), a number JSON cannot write (`0x10`, `0o17`, `.inf`, `.nan`),
 * a key that is a collection, a merge key `<<`, a key repeated in one map,
 * an alias to no anchor or to a value that contains it, and more nesting or
 * values than the limits allow (values that aliases stand for are counted by
 * `yamlAliases` before any is made).
 *
 * @param root - the document's contents
 * @param lineCounter - the line counter the document was parsed with
 * @returns the value and the line of each path in it, or every problem met
 *
 * @example
 * const lineCounter = new LineCounter();
 * yamlValue(parseDocument('a:\n  - 1\n', { lineCounter }).contents, lineCounter);
 * //=> { ok: true, value: { a: [1] }, lines: Map { '' => 1, 'a' => 1, 'a\u00000' => 2 } }
 */
export function yamlValue(root: Node | null, lineCounter: LineCounter): YamlValue {
  const aliases = yamlAliases(root, lineCounter);
  if (aliases.issue) return { ok: false, issues: [aliases.issue] };
  const reader = new PlainData(lineCounter, aliases.targets);
  const line = root?.range ? lineCounter.linePos(root.range[0]).line : 1;
  reader.lines.set(pathKey([]), line);
  const value = reader.read(root, 1);
  return reader.issues.length === 0 ? { ok: true, value, lines: reader.lines } : { ok: false, issues: reader.issues };
}
