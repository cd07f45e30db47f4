import type { OverrideValue } from '../api/options.js';
import type { ParameterDefinition } from '../engine/definition.js';
import { formatPath } from '../schema/issues.js';
import { jsonScan } from '../schema/json-scan.js';
import { printable } from '../schema/printable.js';
import { UsageError } from './errors.js';
import { shown } from './shown.js';

/** A whole number short enough to be read exactly; anything else goes to the library as text, which says what it expects. */
const WHOLE_NUMBER = /^\d{1,15}$/;

/**
 * An `--override` value read by the unit of the parameter it replaces:
 * months as a whole number (`48`), a tier table as JSON (`{"base": …,
 * "brackets": […]}`, or `null` for "not published"), amounts and rates as the
 * text given (the library reads them as it reads a project's). For a rule or
 * parameter the pack does not have, the text as given: the library reports
 * it, with the closest names.
 *
 * @param parameter - the parameter replaced, if the pack has it
 * @param text - the value as written after `=`
 * @param target - `<rule-id>.<parameter>`, for the message
 * @returns the value to give as the override
 * @throws {UsageError} for a tier table that is not JSON, or holds a number JSON cannot hold exactly
 *
 * @example
 * overrideValue({ unit: 'months', value: '36', … }, '48', 'qingshan-lake-2018/talent-rent.months'); //=> 48
 */
export function overrideValue(parameter: ParameterDefinition | undefined, text: string, target: string): OverrideValue {
  if (parameter?.unit === 'months' || parameter?.unit === 'years') return WHOLE_NUMBER.test(text) ? Number(text) : text;
  if (parameter?.unit !== 'tiers') return text;
  let table: OverrideValue;
  try {
    table = JSON.parse(text) as OverrideValue;
  } catch (error) {
    const detail = error instanceof Error ? printable(error.message, 200) : 'unreadable';
    throw new UsageError(`--override ${shown(target)} is a tier table, written as JSON such as '{"base":"finance.rdSpending","brackets":[{"from":"0","amount":"500000"}]}', or null; ${detail}.`);
  }
  // An amount written as a number JSON.parse rounds (99999999999999.99) would reach the library a cent off.
  const [inexact] = jsonScan(text).inexact;
  if (inexact) throw new UsageError(`--override ${shown(target)}, at ${formatPath(inexact.path)}: ${inexact.message}`);
  return table;
}
