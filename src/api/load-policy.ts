import type { PolicyPack } from './policy-pack.js';
import { definePolicy } from './define-policy.js';
import { IncentiveInputError } from '../schema/input-error.js';
import { isRecord } from '../schema/is-record.js';
import type { InputIssue } from '../schema/issues.js';
import { MESSAGES } from '../schema/messages.js';
import { parseJsonText } from '../schema/parse-json.js';
import { parseYamlText } from '../schema/parse-yaml.js';
import type { PolicyDefinitionInput } from '../schema/policy-definition.js';
import { readArguments } from '../schema/read-arguments.js';
import { textLongerThan } from '../schema/text-longer-than.js';
import { unknownFieldIssues } from '../schema/unknown-fields.js';

/** Longest text read, in characters (code points, as every text limit; a pack of five hundred rules fits many times over). */
const MAX_TEXT = 5_000_000;
const BYTE_ORDER_MARK = 0xfeff;

/** How `loadPolicy` reads a text. */
export interface LoadPolicyOptions {
  /**
   * `'json'` or `'yaml'`; `'auto'` (the default) reads a text whose first
   * character other than white space is `{` or `[` as JSON, and any other
   * text as YAML. A value that is not a string is read as it is, whatever this says.
   */
  format?: 'auto' | 'json' | 'yaml';
}

const FORMATS = ['auto', 'json', 'yaml'] as const;

/** The format the options ask for; every problem of the options is an issue at `options.<name>`. */
function formatOption(options: unknown): (typeof FORMATS)[number] {
  const [copy] = readArguments({ value: options, at: ['options'] });
  if (copy === undefined) return 'auto';
  if (!isRecord(copy)) throw new IncentiveInputError([{ code: 'invalid_type', path: ['options'], message: MESSAGES.object(copy) }]);
  const issues: InputIssue[] = unknownFieldIssues(copy, ['format'], ['options']);
  const { format = 'auto' } = copy;
  if (!FORMATS.includes(format as never)) issues.push({ code: 'invalid_format', path: ['options', 'format'], message: MESSAGES.choice(format, FORMATS) });
  if (issues.length > 0) throw new IncentiveInputError(issues);
  return format as (typeof FORMATS)[number];
}

/** The format of `text` the options ask for, or that its first character shows. */
function formatOf(text: string | unknown, options: unknown): 'json' | 'yaml' {
  const format = formatOption(options);
  if (format !== 'auto') return format;
  return typeof text === 'string' && !/^\s*[{[]/.test(text) ? 'yaml' : 'json';
}

/** Validates YAML's data as a definition; each issue gets the line where the value at its path was written. */
function defineFromYaml(text: string): PolicyPack {
  const read = parseYamlText(text, 'policy');
  try {
    return definePolicy(read.value as PolicyDefinitionInput);
  } catch (error) {
    if (!(error instanceof IncentiveInputError)) throw error;
    throw new IncentiveInputError(error.issues.map((issue) => ({ ...issue, path: [...issue.path], line: read.lineAt(issue.path) })));
  }
}

/**
 * Reads a policy definition from JSON or YAML text (or an already parsed
 * value) and validates it as `definePolicy` does. `exportPolicy` writes the
 * data this reads; loading an exported pack, as JSON or as YAML, gives the
 * same results as the original. YAML is read as YAML 1.2 with its core schema
 * only (dates and words such as `yes` stay text, no custom tags, no merge
 * keys, no repeated keys) and within the same limits as JSON; each issue of a
 * YAML text carries the `line` where the value it is about was written. A
 * leading byte-order mark is skipped. A number written unquoted that a
 * JavaScript number does not hold exactly (`99999999999999.99`) is refused at
 * its path: write it as a string.
 *
 * @param text - the definition as JSON or YAML text, or as a parsed value
 * @param options - `format`: `'auto'` (default: JSON when the text begins with `{` or `[`), `'json'` or `'yaml'`
 * @returns a pack usable wherever a built-in policy id is
 * @throws {IncentiveInputError} for text that is not JSON (YAML), or a definition that is not valid
 *
 * @example
 * const pack = loadPolicy(readFileSync('my-district.yaml', 'utf8'));
 * pack.id; //=> 'my-district-2026'
 * loadPolicy('id: x\nrules: oops\n');
 * //=> throws IncentiveInputError: - rules (line 2): Expected a list …
 */
export function loadPolicy(text: string | unknown, options?: LoadPolicyOptions): PolicyPack {
  const format = formatOf(text, options);
  if (typeof text !== 'string') return definePolicy(text as PolicyDefinitionInput);
  if (textLongerThan(text, MAX_TEXT)) {
    const detail = `longer than ${MAX_TEXT} characters`;
    throw new IncentiveInputError([{ code: 'out_of_range', path: [], message: format === 'json' ? MESSAGES.invalidJson('policy', detail) : MESSAGES.invalidYaml('policy', detail) }]);
  }
  if (format === 'yaml') return defineFromYaml(text);
  // A byte-order mark, as Windows editors save, is skipped: YAML's parser skips it, and JSON.parse would refuse it.
  const json = text.charCodeAt(0) === BYTE_ORDER_MARK ? text.slice(1) : text;
  return definePolicy(parseJsonText(json, 'policy') as PolicyDefinitionInput);
}
