import type { OverrideValue } from '../api/options.js';
import type { PolicyDefinition } from '../engine/definition.js';
import { UsageError } from './errors.js';
import { overrideValue } from './override-value.js';
import { pairs } from './pairs.js';
import { shown } from './shown.js';

/**
 * The `--override <rule-id>.<parameter>=<value>` arguments as the library's
 * `overrides`, each value read by the unit of its parameter in `pack` (see
 * `overrideValue`). Every object is built with `Object.fromEntries`, so that
 * no name given, `__proto__` included, can reach a prototype.
 *
 * @param values - the `--override` arguments
 * @param pack - the definition of the policy evaluated, whose parameters give the units
 * @returns the values by rule id and parameter name, or undefined when none is given
 * @throws {UsageError} for an argument not of the form `<rule-id>.<parameter>=<value>`
 *
 * @example
 * overrides(['qingshan-lake-2018/talent-rent.months=48'], exportPolicy('qingshan-lake-2018'));
 * //=> { 'qingshan-lake-2018/talent-rent': { months: 48 } }
 */
export function overrides(values: readonly string[] | undefined, pack: PolicyDefinition): Record<string, Record<string, OverrideValue>> | undefined {
  const byRule = new Map<string, Array<[string, OverrideValue]>>();
  for (const [target, text] of pairs(values, 'override')) {
    const dot = target.lastIndexOf('.');
    if (dot <= 0 || dot === target.length - 1) throw new UsageError(`--override expects <rule-id>.<parameter>=<value>; got ${shown(`${target}=${text}`)}.`);
    const [ruleId, name] = [target.slice(0, dot), target.slice(dot + 1)];
    const rule = pack.rules.find((candidate) => candidate.id === ruleId);
    const parameter = rule && Object.hasOwn(rule.parameters, name) ? rule.parameters[name] : undefined;
    const entries = byRule.get(ruleId) ?? [];
    entries.push([name, overrideValue(parameter, text, target)]);
    byRule.set(ruleId, entries);
  }
  return byRule.size === 0 ? undefined : Object.fromEntries([...byRule].map(([ruleId, entries]) => [ruleId, Object.fromEntries(entries)]));
}
