import { UsageError } from './errors.js';
import { shown } from './shown.js';

/**
 * `name=value` arguments split at their first `=`; both sides must be given,
 * and a name given twice must be given the same value: the option would
 * otherwise keep one of them without a word.
 *
 * @param values - the arguments of one option
 * @param flag - the option, for the message
 * @returns the names and values, in order
 * @throws {UsageError} for an argument without a name or a value, or a name given two different values
 *
 * @example
 * pairs(['majorProject=ceiling-only'], 'interpret'); //=> [['majorProject', 'ceiling-only']]
 */
export function pairs(values: readonly string[] | undefined, flag: string): Array<[string, string]> {
  const given = new Map<string, string>();
  return (values ?? []).map((entry) => {
    const at = entry.indexOf('=');
    if (at <= 0 || at === entry.length - 1) throw new UsageError(`--${flag} expects name=value; got ${shown(entry)}.`);
    const [name, value] = [entry.slice(0, at), entry.slice(at + 1)];
    const earlier = given.get(name);
    if (earlier !== undefined && earlier !== value) {
      throw new UsageError(`--${flag} gives ${shown(name)} two values, ${shown(earlier)} and ${shown(value)}: give it once.`);
    }
    given.set(name, value);
    return [name, value];
  });
}

