import { parseArgs } from 'node:util';
import { didYouMean } from '../schema/suggest.js';
import { UsageError } from './errors.js';
import { shown } from './shown.js';
import type { Command } from './usage.js';

/** Every option of the command line. */
export const OPTIONS = {
  'help': { type: 'boolean', short: 'h' },
  'version': { type: 'boolean', short: 'v' },
  'policy': { type: 'string', short: 'p' },
  'policies': { type: 'string' },
  'as-of': { type: 'string' },
  'interpret': { type: 'string', short: 'i', multiple: true },
  'override': { type: 'string', short: 'o', multiple: true },
  'format': { type: 'string', short: 'f' },
  'locale': { type: 'string', short: 'l' },
  'policy-definition': { type: 'boolean' },
  'opportunities': { type: 'boolean' },
} as const;

type OptionName = keyof typeof OPTIONS;

/** The options given, by name: a text, a list of texts for the repeatable ones, `true` for a switch. */
export type Values = {
  [K in OptionName]?: (typeof OPTIONS)[K] extends { multiple: true } ? string[] : (typeof OPTIONS)[K]['type'] extends 'boolean' ? true : string;
};

const ALLOWED: Record<Command, readonly OptionName[]> = {
  evaluate: ['help', 'policy', 'as-of', 'interpret', 'override', 'format', 'locale'],
  compare: ['help', 'policies', 'as-of', 'interpret', 'format', 'locale', 'opportunities'],
  opportunities: ['help', 'policy', 'as-of', 'interpret', 'override', 'format', 'locale'],
  policies: ['help', 'as-of', 'format', 'locale'],
  schema: ['help', 'policy', 'policy-definition'],
  explain: ['help', 'format', 'locale', 'policy'],
  source: ['help', 'format', 'locale'],
};

/**
 * Reads a command's arguments into its options and positional arguments.
 * Every option name is checked against the command's (a misspelt one gets a
 * did-you-mean), every option that takes a value has one, and nothing given
 * becomes a key of an object that JavaScript treats specially: the values
 * object is keyed by the known option names only.
 *
 * @param command - the command the arguments follow
 * @param args - the arguments after the command
 * @returns the options and the positional arguments, in order
 * @throws {UsageError} for an unknown or misplaced option, a missing value, a value given to a switch or two different values of one option
 *
 * @example
 * parseArguments('evaluate', ['x.json', '-p', 'qingshan-lake-2018']);
 * //=> { values: { policy: 'qingshan-lake-2018' }, positionals: ['x.json'] }
 */
export function parseArguments(command: Command, args: readonly string[]): { values: Values; positionals: string[] } {
  const { tokens } = parseArgs({ args: [...args], options: OPTIONS, strict: false, allowPositionals: true, tokens: true });
  const values: Record<string, string | string[] | true> = {};
  const positionals: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') positionals.push(token.value);
    if (token.kind !== 'option') continue;
    const allowed = ALLOWED[command].map((known) => `--${known}`);
    if (!Object.hasOwn(OPTIONS, token.name)) throw new UsageError(`Unknown option ${shown(token.rawName)}.${didYouMean(token.rawName, allowed)}`);
    const name = token.name as OptionName;
    const option: { type: 'string' | 'boolean'; multiple?: boolean } = OPTIONS[name];
    if (!ALLOWED[command].includes(name)) throw new UsageError(`${command} does not take --${name}.${didYouMean(`--${name}`, allowed)}`);
    if (option.type === 'boolean') {
      if (token.value !== undefined) throw new UsageError(`--${name} takes no value; got ${shown(token.value)}.`);
      values[name] = true;
    } else if (token.value === undefined) {
      throw new UsageError(`--${name} needs a value.`);
    } else if (option.multiple) {
      values[name] = [...((values[name] as string[] | undefined) ?? []), token.value];
    } else {
      // Given twice, an option would keep the last value without a word (a script adding `--as-of` to a
      // command that has one would silently change the date): two different values are refused.
      const earlier = values[name] as string | undefined;
      if (earlier !== undefined && earlier !== token.value) {
        throw new UsageError(`--${name} is given two values, ${shown(earlier)} and ${shown(token.value)}: give it once.`);
      }
      values[name] = token.value;
    }
  }
  return { values: values as Values, positionals };
}
