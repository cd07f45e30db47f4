import { z } from 'zod';
import type { IsoDate } from '../dates/iso-date.js';
import { assess, inForceOn } from '../engine/assess.js';
import type { CompiledPack } from '../engine/compiled.js';
import type { Instrument, PolicyDefinition, Text } from '../engine/definition.js';
import { INSTRUMENT_CLASS } from '../engine/totals.js';
import { unknownSourceProjects } from '../engine/named-projects.js';
import { measureWorkload, workloadIssues } from '../engine/workload.js';
import { builtInPolicies } from '../policies/index.js';
import { dateField, listField, strictObject } from '../schema/fields.js';
import { IncentiveInputError } from '../schema/input-error.js';
import type { ProjectInput } from '../schema/input-types.js';
import type { InputIssue } from '../schema/issues.js';
import { MESSAGES } from '../schema/messages.js';
import { packFactIssues } from './pack-fact-issues.js';
import { validateWithPacks } from './validate-with-packs.js';
import { toInputIssues } from '../schema/zod-issues.js';
import { reservedKeyIssues } from '../schema/reserved-keys.js';
import { readArguments } from '../schema/read-arguments.js';
import { issueResult } from '../engine/results.js';
import { lacksDate, rawField } from './assess-project.js';
import type { Comparison, ComparisonEntry, LeftOutPolicy } from './comparison.js';
import { checkInterpretations, type Interpretations, type PolicyId } from './options.js';
import { interpretationsField } from './options-schema.js';
import { keepPackAt, type PolicyPack } from './policy-pack.js';
import { opportunitiesOf } from './opportunities.js';
import { recordOptions } from './recorded-options.js';
import { builtInPolicyIds, compiledBuiltInPolicy, resolvePolicy } from './registry.js';
import { allInterpretations } from '../engine/all-interpretations.js';

/** How to compare. */
export interface CompareOptions {
  /** The policies to compare, in this order (built-in ids or packs); by default every built-in pack in force on `asOf`. */
  policies?: Array<PolicyId | PolicyPack>;
  /** The assessment date, `YYYY-MM-DD`; defaults to the project's `asOf`. */
  asOf?: IsoDate;
  /** Readings to use instead of the defaults; each applies to the pack it belongs to. */
  interpretations?: Partial<Interpretations>;
  /** With `true`, each entry carries the `opportunities` of the project under its pack (see `opportunities`). */
  opportunities?: boolean;
}

const optionsSchema = strictObject({
  policies: listField(z.unknown(), 100).min(1, { error: () => MESSAGES.noPolicyToCompare }).optional(),
  asOf: dateField.optional(),
  interpretations: interpretationsField.optional(),
  opportunities: z.boolean({ error: (issue) => MESSAGES.invalid(issue.input) }).optional(),
});

/** Every instrument in the order reports list them: money first, then offers in kind. */
export const INSTRUMENT_ORDER = Object.keys(INSTRUMENT_CLASS) as Instrument[];

/** Why a built-in pack is not in force on a date, in both languages. */
function notInForce(policy: PolicyDefinition, asOf: IsoDate): LeftOutPolicy {
  const { published } = policy.source;
  const until = policy.validity.until;
  const [en, zh] = asOf < published
    ? [`not yet in force on ${asOf}: its source is dated ${published}`, `${asOf}尚未生效：其来源日期为${published}`]
    : [`no longer in force on ${asOf}: it applied until ${until}`, `${asOf}已不再适用：适用至${until}`];
  return { policyId: policy.id, name: policy.name.en, published, reason: en, translations: { zh: { name: policy.name.zh, reason: zh } } };
}

/** The packs to compare, and the built-in ones left out by default (not in force on the date). */
function resolvePacks(ids: readonly unknown[] | undefined, asOf: IsoDate | undefined, issues: InputIssue[]): { packs: CompiledPack[]; leftOut: LeftOutPolicy[] } {
  if (ids === undefined) {
    if (asOf === undefined) return { packs: [], leftOut: [] };
    const inForce = builtInPolicies().filter((policy) => inForceOn(policy, asOf).ok);
    return {
      packs: inForce.map((policy) => compiledBuiltInPolicy(policy.id)!),
      leftOut: builtInPolicies().filter((policy) => !inForce.includes(policy)).map((policy) => notInForce(policy, asOf)),
    };
  }
  const packs: CompiledPack[] = [];
  const seen = new Set<string>();
  ids.forEach((id, index) => {
    const path = ['options', 'policies', String(index)];
    const resolved = resolvePolicy(id);
    if (!resolved.ok) {
      if (resolved.error) issues.push(...resolved.error.issues.map((issue) => ({ ...issue, path: [...path, ...issue.path] })));
      else issues.push({ code: 'unknown_option', path, message: MESSAGES.unknownPolicy(id, builtInPolicyIds()) });
      return;
    }
    const key = resolved.pack.definition.id;
    if (seen.has(key)) issues.push({ code: 'duplicate', path, message: MESSAGES.duplicateChoice(key) });
    else packs.push(resolved.pack);
    seen.add(key);
  });
  return { packs, leftOut: [] };
}

const AT_CEILING: Text = {
  en: 'Cash at a ceiling is a policy\'s stated maximum ("up to"), not a figure computed from the project: it is shown beside the computed cash, not in it, and plays no part in the ranking.',
  zh: '按上限列示的现金是政策规定的最高额（“最高”），并非依项目计算的金额：与计算所得现金分列，不计入其中，也不参与排名。',
};

const NOTHING_OPEN: Text = {
  en: 'No offer compared is open to this project: every item is ineligible (each location\'s assessment says why), so every location has 0.00 and they rank equal.',
  zh: '所比较的扶持均不适用于本项目：各项均不符合条件（原因见各地区的评估），各地区金额均为0.00，排名相同。',
};

/**
 * What the ranking leaves out: the offers without a number, counted in the
 * right grammatical number. An offer the project is not eligible for is no
 * offer to it: when there is none at all, the caveat says so instead.
 */
function caveat(unquantified: number, anyEligible: boolean): Text {
  if (unquantified === 0 && !anyEligible) return NOTHING_OPEN;
  if (unquantified === 0) {
    return {
      en: `Ranked by computed cash (grants and subsidies) only; every offer open to this project has a figure. ${AT_CEILING.en}`,
      zh: `仅按计算所得的现金（补助与补贴）排名；适用于本项目的扶持均有金额。${AT_CEILING.zh}`,
    };
  }
  const offers = unquantified === 1 ? 'The 1 offer the sources make without a number' : `The ${unquantified} offers the sources make without a number`;
  return {
    en: `Ranked by computed cash (grants and subsidies) only. ${offers} (services, land, training, funds, financing) ` +
      `${unquantified === 1 ? 'is' : 'are'} not ranked: a location lower in the ranking may offer more in kind. ${AT_CEILING.en}`,
    zh: `仅按计算所得的现金（补助与补贴）排名。来源未给出金额的${unquantified}项扶持（服务、土地、培训、基金、融资）不参与排名：` +
      `排名较低的地区可能提供更多非现金支持。${AT_CEILING.zh}`,
  };
}

/**
 * Assesses one project under several policies (by default every built-in
 * pack in force on the date, the others listed in `leftOut` with why) and
 * sets them side by side: each location's
 * assessment, its computed cash and equity, its stated maximums (basis
 * `ceiling`) beside them, how many offers it makes without a number, the
 * instruments on offer, and a ranking by computed cash with the caveat that
 * stated maximums and offers without a number are not ranked.
 *
 * @param project - the project (see `ProjectInput`)
 * @param options - the policies, the date and any interpretations
 * @returns the comparison, frozen
 * @throws {IncentiveInputError} listing every problem of the project and the options (an empty
 *   list of policies is one: leave `policies` out to compare every pack in force)
 *
 * @example
 * const comparison = compare(project, { asOf: '2024-09-01' });
 * comparison.ranking[0].policyId; //=> 'qingshan-lake-2018'
 */
export function compare(project: ProjectInput, options: CompareOptions = {}): Comparison {
  const [input, settings] = readArguments({ value: project }, { value: options, at: ['options'], keep: keepPackAt('policies', '*') });
  const parsed = optionsSchema.safeParse(settings, { reportInput: true });
  const validated = validateWithPacks(input);
  const issues: InputIssue[] = [...(parsed.success ? [] : toInputIssues(parsed.error.issues, ['options'])), ...(validated.ok ? [] : validated.issues)];
  if (lacksDate(rawField(settings, 'asOf'), input)) {
    issues.push({ code: 'required', path: ['asOf'], message: MESSAGES.missingAsOf });
  }
  const asOf = (parsed.success ? parsed.data.asOf : undefined) ?? (validated.ok ? validated.project.asOf : undefined);
  const { packs, leftOut } = parsed.success ? resolvePacks(parsed.data.policies, asOf, issues) : { packs: [], leftOut: [] };
  const chosen = parsed.success ? (parsed.data.interpretations ?? {}) : {};
  if (parsed.success) {
    issues.push(...reservedKeyIssues(rawField(settings, 'interpretations'), ['options', 'interpretations']));
    checkInterpretations(packs, chosen, issues);
  }
  // An invalid project's facts are checked too: every problem is listed at once.
  if (!validated.ok) issues.push(...packFactIssues(input, packs));
  // Each entry names one pack, so at most one of the packs compared reports it.
  if (validated.ok) issues.push(...packs.flatMap((pack) => unknownSourceProjects(pack, validated.project)));
  if (issues.length > 0 || !validated.ok || asOf === undefined) throw new IncentiveInputError(issues);
  // The comparison holds every assessment at once: their work counts together.
  const workload = workloadIssues(packs.map((pack) => measureWorkload(pack, validated.project, asOf, { interpretations: chosen })));
  if (workload.length > 0) throw new IncentiveInputError(workload);

  const packIds = packs.map((pack) => pack.definition.id);
  const entries = packs.map((pack): Omit<ComparisonEntry, 'rank'> => {
    const own = new Set(allInterpretations(pack.definition).map((interpretation) => interpretation.id));
    const interpretations = Object.fromEntries(Object.entries(chosen).filter(([id]) => own.has(id)));
    const assessment = assess(pack, validated.project, asOf, { interpretations, packIds });
    const unlocked = parsed.data?.opportunities
      ? { opportunities: opportunitiesOf(input, { pack, asOf, interpretations, plans: new Map(), recorded: recordOptions(pack.definition, {}, new Map()) }, assessment) }
      : {};
    const offered = new Set(
      assessment.items.filter((item) => item.status !== 'ineligible').map((item) => item.instrument),
    );
    const { ceilings } = assessment.totals;
    return {
      policy: assessment.policy,
      assessment,
      cash: assessment.totals.cash,
      cashAtCeiling: ceilings.cash,
      equity: assessment.totals.equity,
      ceilings,
      unquantified: assessment.unquantified,
      instruments: INSTRUMENT_ORDER.filter((instrument) => offered.has(instrument)),
      ...unlocked,
    };
  });
  const order = [...entries].sort((a, b) => b.cash.comparedTo(a.cash));
  const rankOf = new Map<string, number>();
  order.forEach((entry, index) => {
    const previous = order[index - 1];
    rankOf.set(entry.policy.id, previous && previous.cash.equals(entry.cash) ? rankOf.get(previous.policy.id)! : index + 1);
  });
  const unquantified = entries.reduce((total, entry) => total + entry.unquantified, 0);
  const anyEligible = entries.some((entry) => entry.assessment.items.some((item) => item.status === 'eligible'));
  const { en, zh } = caveat(unquantified, anyEligible);
  return issueResult({
    project: { ...(validated.project.id !== undefined && { id: validated.project.id }), name: validated.project.name },
    asOf,
    entries: entries.map((entry) => ({ ...entry, rank: rankOf.get(entry.policy.id)! })),
    ranking: order.map((entry) => ({ rank: rankOf.get(entry.policy.id)!, policyId: entry.policy.id, cash: entry.cash, cashAtCeiling: entry.cashAtCeiling })),
    leftOut,
    caveat: en,
    translations: { zh: { caveat: zh } },
  }, 'comparison');
}
