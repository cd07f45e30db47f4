import { loadPolicy, type LoadPolicyOptions } from '../api/load-policy.js';
import type { PolicyId } from '../api/options.js';
import type { PolicyPack } from '../api/policy-pack.js';
import { builtInPolicyIds } from '../api/registry.js';
import { didYouMean } from '../schema/suggest.js';
import { UsageError } from './errors.js';
import { readSource } from './read-source.js';
import { shown } from './shown.js';

/** The format a file's name shows. */
function formatOfName(name: string): NonNullable<LoadPolicyOptions['format']> {
  if (/\.ya?ml$/i.test(name)) return 'yaml';
  return /\.json$/i.test(name) ? 'json' : 'auto';
}

/**
 * The policy a `--policy` (or `--policies`) argument names: a built-in id as
 * it is, or else a pack read from the file at that path: YAML for a name
 * ending `.yaml` or `.yml`, JSON for `.json`, and for any other name JSON
 * when the text begins with `{` (see `loadPolicy`). A name that is neither
 * is a usage error that says both, with the closest id.
 *
 * @param value - the argument
 * @param flag - the option it was given to, for the message
 * @returns the id, or the pack the file defines
 * @throws {UsageError} when it is no id and no file; {IncentiveInputError} for a file that is not a valid pack
 *
 * @example
 * policyArgument('qingshan-lake-2018', 'policy'); //=> 'qingshan-lake-2018'
 * policyArgument('qingshan-lake-2108', 'policy');
 * //=> throws: --policy "qingshan-lake-2108" is not a built-in policy (…) and no such file. Did you mean "qingshan-lake-2018"?
 */
export function policyArgument(value: string, flag: 'policy' | 'policies'): PolicyId | PolicyPack {
  const ids = builtInPolicyIds();
  if (ids.includes(value)) return value as PolicyId;
  const text = readSource(value, 'policy', () => new UsageError(
    `--${flag} ${shown(value)} is not a built-in policy (${ids.join(', ')}) and no such file.${didYouMean(value, ids)}`,
  ));
  return loadPolicy(text, { format: formatOfName(value) });
}
