import { UsageError } from './errors.js';
import { shown } from './shown.js';

/**
 * `name=value` arguments split at their first `=`; both sides must be given.
 *
 * @param values - the arguments of one option
 * @param flag - the option, for the message
 * @returns the names and values, in order
 * @throws {UsageError} for an argument without a name or a value
 *
 * @example
 * pairs(['majorProject=ceiling-only'], 'interpret'); //=> [['majorProject', 'ceiling-only']]
 */
export function pairs(values: readonly string[] | undefined, flag: string): Array<[string, string]> {
  return (values ?? []).map((entry) => {
    const at = entry.indexOf('=');
    if (at <= 0 || at === entry.length - 1) throw new UsageError(`--${flag} expects name=value; got ${shown(entry)}.`);
    return [entry.slice(0, at), entry.slice(at + 1)];
  });
}

