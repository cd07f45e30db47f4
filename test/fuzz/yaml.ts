import fc from 'fast-check';
import { parseDocument, stringify } from 'yaml';
import { IncentiveInputError } from '../../src/index.js';
import { parseYamlText } from '../../src/schema/parse-yaml.js';
import { hostileString } from './hostile.js';

/** Scalars and fragments YAML reads in a way of its own: YAML 1.1 words, numbers JSON cannot write, tags, anchors, aliases, indicators. */
const SPECIAL = [
  'yes', 'no', 'on', 'off', 'y', '~', 'null', '.inf', '-.inf', '.nan', '0x1F', '0o17', '017', '1_000', '1e400', '-0', '+1', '.5',
  '2024-01-01', '2024-01-01T00:00:00Z', '12:30:00', '!!js/function "function () {}"', '!!binary aGk=', '!!timestamp 2024-01-01',
  '!!python/object:os.system x', '!foo x', '!<tag:example.com,2000:x> y', '!!str 12', '!!int "7"', '&a x', '*a', '*nowhere', '&a [1, *a]',
  '<<: *a', '{<<: {a: 1}}', '__proto__: {polluted: true}', '{__proto__: 1}', 'constructor: {prototype: {}}', '? [a]', '? {a: 1}',
  '- ', '[', ']', '{', '}', ',', ':', '"\\u0000"', '"\\x85\\u2028"', "'", '"', '|', '>-', '|+', '%YAML 1.1', '%TAG ! tag:x:', '---', '...',
  '\t', '# comment', '@x', '`x', '\u00a0', '\ufeff', '\r', '\r\n', '\u2028',
];

/** A text made from an exported definition written as YAML, a line changed to a special fragment or to anything. */
function spliced(definitions: readonly unknown[]): fc.Arbitrary<string> {
  return fc.tuple(fc.constantFrom(...definitions.map((definition) => stringify(definition).split('\n'))), fc.nat(), fc.boolean(), fc.oneof(fc.constantFrom(...SPECIAL), hostileString))
    .map(([lines, at, keepKey, fragment]) => {
      const index = at % lines.length;
      const line = lines[index]!;
      const key = /^(\s*(?:- )?[\w-]+:)/.exec(line)?.[1];
      const changed = keepKey && key !== undefined ? `${key} ${fragment}` : fragment;
      return [...lines.slice(0, index), changed, ...lines.slice(index + 1)].join('\n');
    });
}

/** Nesting in each style YAML has, from a little past the limit to far past it. */
const deep: fc.Arbitrary<string> = fc.tuple(fc.integer({ min: 60, max: 200_000 }), fc.constantFrom('flow-list', 'flow-map', 'block-list', 'block-map'))
  .map(([depth, style]) => {
    if (style === 'flow-list') return `${'['.repeat(depth)}${']'.repeat(depth)}`;
    if (style === 'flow-map') return `${'{a: '.repeat(depth)}1${'}'.repeat(depth)}`;
    if (style === 'block-list') return `${'- '.repeat(depth)}x`;
    return Array.from({ length: Math.min(depth, 2_000) }, (_, level) => `${' '.repeat(level)}a:`).join('\n');
  });

/** Nested aliases, each level repeating the one before: width^levels values when expanded. */
const aliasBomb: fc.Arbitrary<string> = fc.tuple(fc.integer({ min: 2, max: 5 }), fc.integer({ min: 1, max: 8 }))
  .map(([width, levels]) => {
    const lines = [`l0: &l0 [${Array.from({ length: width }, () => 'x').join(', ')}]`];
    for (let level = 1; level <= levels; level += 1) lines.push(`l${level}: &l${level} [${Array.from({ length: width }, () => `*l${level - 1}`).join(', ')}]`);
    return lines.join('\n');
  });

/**
 * Policy texts written in YAML as a caller might give them: an exported pack
 * with one line changed, special fragments alone, deep nesting, alias bombs.
 */
export function yamlPolicyText(definitions: readonly unknown[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: spliced(definitions) },
    { weight: 1, arbitrary: fc.array(fc.constantFrom(...SPECIAL), { minLength: 1, maxLength: 6 }).map((parts) => parts.join('\n')) },
    { weight: 1, arbitrary: deep },
    { weight: 1, arbitrary: aliasBomb },
  );
}

/**
 * The data a YAML text holds, for checking the paths of its issues: as the
 * library reads it, or, for a text the library refuses (a tag, a number, a
 * repeated key, an alias to no anchor at a path), as the parser reads it leniently.
 */
export function yamlData(text: string): unknown {
  try {
    return parseYamlText(text, 'policy').value;
  } catch (error) {
    // Issues at the root need no data (and text nested too deep is not parsed again).
    if (error instanceof IncentiveInputError && error.issues.every((issue) => issue.path.length === 0)) return undefined;
  }
  try {
    const document = parseDocument(text, { version: '1.2', schema: 'core', uniqueKeys: false, merge: false, resolveKnownTags: false });
    try {
      // Aliases are shared, not copied, so a bomb costs nothing here.
      return document.toJS({ maxAliasCount: -1 });
    } catch {
      // An alias to no anchor: read as `{ source }`, where the issue about it is.
      return document.contents?.toJSON();
    }
  } catch {
    return undefined;
  }
}
