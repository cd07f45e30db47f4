import type { Alias, LineCounter, Node, Pair } from 'yaml';
import { isAlias, isMap, isScalar, isSeq } from './yaml-library.js';
import type { InputIssue } from './issues.js';
import { LIMITS } from './limits.js';
import { MESSAGES } from './messages.js';

/** The tags of YAML 1.2's core schema: the only ones a value may carry. */
export const CORE_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((name) => `tag:yaml.org,2002:${name}`));
export const MERGE_KEY = '<<';

/** Whether the plain data reads `node` as a value: it carries no tag, or a core one. */
export const hasCoreTag = (node: Node) => node.tag === undefined || CORE_TAGS.has(node.tag);

/** The line where `node` begins, when the parser kept its place. */
export function lineOf(node: { range?: readonly number[] | null } | null | undefined, lineCounter: LineCounter): number | undefined {
  const offset = node?.range?.[0];
  return offset === undefined ? undefined : lineCounter.linePos(offset).line;
}

/**
 * The text of a map's key as the plain data has it (a number or a word is the
 * text written, as a JSON key is: `2026:` is "2026", `0x10:` is "0x10"); undefined
 * for a key that is a collection or an alias, or that carries a tag outside the core schema.
 */
export function keyText(key: unknown): string | undefined {
  if (!isScalar(key) || !hasCoreTag(key)) return undefined;
  return typeof key.value === 'string' ? key.value : String(typeof key.source === 'string' ? key.source : key.value);
}

/** Each alias of a document with the node it stands for, and the issue when the document stands for too many values. */
export interface YamlAliases {
  targets: Map<Alias, Node>;
  issue?: InputIssue;
}

/**
 * Walks the written document once, in its order, expanding nothing: an
 * anchored value's count is kept when its text ends, and each alias adds
 * that count again. Counts as the plain data's reader takes values: the
 * entries of each map and list; a pair whose key the reader refuses, a value
 * under a foreign tag and a collection past the depth limit count nothing
 * (the reader refuses them).
 */
class AliasCounter {
  readonly targets = new Map<Alias, Node>();
  issue: InputIssue | undefined;
  private readonly anchors = new Map<string, Node>();
  private readonly sizes = new Map<Node, number>();
  private readonly keys: string[] = [];
  private used = 0;

  constructor(private readonly lineCounter: LineCounter) {}

  /** Counts `count` more values at `node`; false, with the issue, past the limit. */
  private add(count: number, node: Node): boolean {
    this.used += count;
    if (this.used <= LIMITS.maxInputValues) return true;
    const line = lineOf(node, this.lineCounter);
    this.issue = { code: 'too_many', path: [...this.keys], message: MESSAGES.tooManyValues, ...(line !== undefined && { line }) };
    return false;
  }

  private entry(key: string, node: Node | null, level: number): void {
    this.keys.push(key);
    this.walk(node, level + 1);
    this.keys.pop();
  }

  walk(node: Node | null | undefined, level: number): void {
    if (this.issue !== undefined || node === null || node === undefined) return;
    if (isAlias(node)) {
      // The last anchor of that name before the alias, as YAML says; one still open (the alias is inside it) counts nothing here, and is refused by the reader.
      const target = this.anchors.get(node.source);
      if (target === undefined) return;
      this.targets.set(node, target);
      this.add(this.sizes.get(target) ?? 0, node);
      return;
    }
    const before = this.used;
    if (node.anchor) this.anchors.set(node.anchor, node);
    if (hasCoreTag(node) && level <= LIMITS.maxInputDepth) {
      if (isMap(node) && this.add(node.items.length, node)) {
        for (const pair of node.items as Array<Pair<unknown, Node | null>>) {
          const key = keyText(pair.key);
          if (key !== undefined && key !== MERGE_KEY) this.entry(key, pair.value, level);
        }
      } else if (isSeq(node) && this.add(node.items.length, node)) {
        (node.items as Array<Node | null>).forEach((item, index) => this.entry(String(index), item, level));
      }
    }
    if (node.anchor) this.sizes.set(node, this.used - before);
  }
}

/**
 * Resolves each alias of a composed document to the node it repeats, and
 * counts the values the plain data would hold with every alias expanded,
 * without expanding any: each anchored value is counted once, where it is
 * written, and its count is added again for each alias to it. A document
 * that stands for more than `LIMITS.maxInputValues` values is refused at the
 * collection or the alias that passes the limit, before any value is made
 * (a "billion laughs" of nested aliases is refused in the time of reading its text).
 *
 * @param root - the document's contents
 * @param lineCounter - the line counter the document was parsed with
 * @returns each alias's node, and a `too_many` issue at the path and line where the limit is passed
 *
 * @example
 * const lineCounter = new LineCounter();
 * const laughs = 'a: &a [x, x]\nb: &b [*a, *a]\n' + 'c: [' + '*b, '.repeat(300_000) + ']\n';
 * yamlAliases(parseDocument(laughs, { lineCounter }).contents, lineCounter).issue;
 * //=> { code: 'too_many', path: ['c', '166666'], message: MESSAGES.tooManyValues, line: 3 }
 */
export function yamlAliases(root: Node | null, lineCounter: LineCounter): YamlAliases {
  const counter = new AliasCounter(lineCounter);
  counter.walk(root, 1);
  return { targets: counter.targets, ...(counter.issue && { issue: counter.issue }) };
}
