import type { DocumentOptions, ParseOptions, SchemaOptions } from 'yaml';
import { LineCounter, parseDocument } from './yaml-library.js';
import { IncentiveInputError } from './input-error.js';
import type { InputIssue } from './issues.js';
import { MESSAGES } from './messages.js';
import { printable } from './printable.js';
import { yamlScanIssue } from './yaml-scan.js';
import { pathKey, yamlValue } from './yaml-value.js';

const MAX_DETAIL = 200;

/**
 * YAML 1.2 with its core schema only: no timestamps (`2024-01-01` stays
 * text), no YAML 1.1 booleans (`yes`, `on` stay text), no `1_000` numbers, no
 * merge keys, no tag beyond the core ones (`!!binary`, `!!js/function` are not
 * resolved). Keys are checked for repeats by `yamlValue`, once per map: the
 * parser's own check compares every key with every other, which takes minutes
 * for a map of a hundred thousand keys.
 */
const OPTIONS: ParseOptions & DocumentOptions & SchemaOptions = {
  version: '1.2',
  schema: 'core',
  customTags: [],
  resolveKnownTags: false,
  merge: false,
  uniqueKeys: false,
  intAsBigInt: false,
  strict: true,
  prettyErrors: false,
};

/** A policy read from YAML: its plain data, and the line of the text where the value at a path begins. */
export interface YamlText {
  value: unknown;
  /** The line of the value at `path`, or of the nearest value above it that the text gives a line for. */
  lineAt: (path: readonly string[]) => number;
}

function syntaxIssue(subject: 'policy' | 'project', detail: string, offset: number, lineCounter: LineCounter): InputIssue {
  const { line, col } = lineCounter.linePos(offset);
  return { code: 'invalid_format', path: [], message: MESSAGES.invalidYaml(subject, `${printable(detail, MAX_DETAIL)} (line ${line}, column ${col})`), line };
}

/**
 * Parses YAML text given by a caller into plain data, as `parseJsonText` does
 * JSON, and keeps where each value was written. Text nested far deeper than
 * any input may, or of more than `MAX_YAML_TOKENS` keys, values, marks, comments and blank lines, is
 * refused before it is parsed (see `yamlScanIssue`); the values aliases stand
 * for are counted before any is expanded, and the exact limits checked as the
 * data is made (see `yamlValue`). A syntax error, a warning of the parser (an unknown tag or
 * directive), a `%YAML` version other than 1.2, or more than one document is
 * one `invalid_format` issue at the root whose message gives the line and column.
 *
 * @param text - YAML text (JSON is YAML too, but `parseJsonText` reads it faster and with JSON's messages)
 * @param subject - what the text was meant to be, for the messages
 * @returns the value and the line of each path in it
 * @throws {IncentiveInputError} for text that is not YAML this library reads
 *
 * @example
 * const read = parseYamlText('id: my-district\nrules:\n  - id: rent\n', 'policy');
 * read.value; //=> { id: 'my-district', rules: [{ id: 'rent' }] }
 * read.lineAt(['rules', '0', 'id']); //=> 3
 */
export function parseYamlText(text: string, subject: 'policy' | 'project'): YamlText {
  const scanned = yamlScanIssue(text);
  if (scanned) throw new IncentiveInputError([scanned]);
  const lineCounter = new LineCounter();
  let document: ReturnType<typeof parseDocument>;
  try {
    document = parseDocument(text, { ...OPTIONS, lineCounter });
  } catch (error) {
    // Within the scan's bounds the parser does not recurse this deep; should it, that is the depth limit.
    if (error instanceof RangeError) throw new IncentiveInputError([{ code: 'out_of_range', path: [], message: MESSAGES.tooDeep }]);
    throw new IncentiveInputError([syntaxIssue(subject, error instanceof Error ? error.message : 'unreadable', 0, lineCounter)]);
  }
  // A tag the core schema does not resolve stays on its node, where `yamlValue` refuses it with its path.
  const problem = document.errors[0] ?? document.warnings.find((warning) => warning.code !== 'TAG_RESOLVE_FAILED');
  if (problem) {
    const detail = problem.code === 'MULTIPLE_DOCS' ? 'a policy is one document, and this text holds more than one (a line "---" begins another)' : problem.message;
    throw new IncentiveInputError([syntaxIssue(subject, detail, problem.pos[0], lineCounter)]);
  }
  const version = document.directives?.yaml.version ?? '1.2';
  if (version !== '1.2') throw new IncentiveInputError([{ code: 'invalid_format', path: [], message: MESSAGES.yamlVersion(version), line: 1 }]);
  const made = yamlValue(document.contents, lineCounter);
  if (!made.ok) throw new IncentiveInputError(made.issues);
  const { lines } = made;
  return {
    value: made.value,
    lineAt(path) {
      for (let length = path.length; length > 0; length -= 1) {
        const line = lines.get(pathKey(path.slice(0, length)));
        if (line !== undefined) return line;
      }
      return lines.get(pathKey([])) ?? 1;
    },
  };
}
