import type { IsoDate } from '../dates/iso-date.js';
import type { Decimal } from '../money/decimal.js';
import { atMost, formatYuan } from '../money/money.js';
import type { Project } from '../schema/project-types.js';
import { allInterpretations } from './all-interpretations.js';
import { applyOneOf } from './apply-one-of.js';
import type { AssessedPolicy, Assessment, InterpretationUsed, LineItem, Provenance, RecordedOptions } from './assessment.js';
import { Choices } from './choices.js';
import type { CompiledPack } from './compiled.js';
import type { FundDefinition, InterpretationDefinition, PolicyDefinition, Text } from './definition.js';
import { evaluateRuleInto, type InForce, type TranchePlan } from './evaluate-rule.js';
import type { FactContext } from './facts.js';
import { applySharedCap } from './apply-shared-cap.js';
import { audienceWarning } from './audience-warning.js';
import { totalsOf } from './totals.js';
import { clawbackTotals } from './clawback-totals.js';
import { settleCommitments } from './commitments.js';
import { fundAmount } from './fund-amount.js';
import { LIBRARY } from '../version.js';
import { issueResult } from './results.js';
import { freezeResult } from './freeze-result.js';
import { readPackFacts } from './pack-facts.js';
import { foreignFactsWarning } from './foreign-facts-warning.js';

/** The caller's choices an assessment is made with. */
export interface AssessOptions {
  /** Readings chosen instead of the defaults, by interpretation id. */
  interpretations?: Readonly<Record<string, string>>;
  /** Payment plans by rule id. */
  plans?: ReadonlyMap<string, TranchePlan>;
  /** The caller's overrides and payment plans as plain JSON, for the assessment's provenance. */
  recorded?: Pick<RecordedOptions, 'overrides' | 'schedules'>;
  /**
   * The ids of every pack the call assesses, for the warning about facts no
   * pack of the call reads (see `foreignFactsWarning`); this pack's alone by default.
   */
  packIds?: readonly string[];
}

/** Whether the pack applies on a date: from its source's date, to its end of validity if the source states one. */
export function inForceOn(definition: PolicyDefinition, asOf: IsoDate): InForce {
  const { published } = definition.source;
  if (asOf < published) {
    return {
      ok: false,
      reason: {
        en: `The policy's source is dated ${published}, after the assessment date ${asOf}: it did not yet apply.`,
        zh: `政策来源日期为${published}，晚于评估日${asOf}：当时尚未适用。`,
      },
    };
  }
  const until = definition.validity.until;
  if (until !== undefined && asOf > until) {
    return {
      ok: false,
      reason: {
        en: `The policy applied until ${until}, before the assessment date ${asOf}.`,
        zh: `政策适用至${until}，早于评估日${asOf}。`,
      },
    };
  }
  return { ok: true };
}

/**
 * Warns when the computed grants and subsidies exceed a fund. Stated maximums
 * (basis `ceiling`) are not in `cash`: they are not what the project would
 * claim. A fund that is only a lower bound is not a hard pool: the warning
 * says so, and says the fund may still pay them all.
 */
function fundWarning(fund: FundDefinition, cash: Decimal): Text | undefined {
  const amount = fundAmount(fund);
  if (atMost(cash, amount)) return undefined;
  const [en, zh] = [formatYuan(cash), formatYuan(amount)];
  if (fund.bound === 'lower') {
    return {
      en: `The grants and subsidies computed for this assessment (${en}) exceed ${zh} a ${fund.period}, a lower bound of the ` +
        `${fund.label.en} derived from the source's figures, not a stated pool: the fund is at least that large, ` +
        `so whether it could pay them all in one ${fund.period} is not known.`,
      zh: `本评估计算的补助与补贴合计（${en}）超过每年${zh}；该数为依来源数字推算的${fund.label.zh}下限，并非规定的资金总额：` +
        '该资金至少有此规模，能否在一年内全部支付无从判断。',
    };
  }
  const size = fund.bound === 'upper' ? ['at most ', '至多'] : ['', ''];
  return {
    en: `The grants and subsidies of this assessment (${en}) exceed the ${fund.label.en} ` +
      `(${size[0]}${zh} a ${fund.period}): the fund could not pay them all in one ${fund.period}.`,
    zh: `本评估的补助与补贴合计（${en}）超过${fund.label.zh}（每年${size[1]}${zh}），该资金无法在一年内全部支付。`,
  };
}

/** What an assessment says of a reading of an interpretation, whoever chose it: constants of the pack, written once. */
interface Reading {
  en: Omit<InterpretationUsed, 'source' | 'rules'>;
  zh: { label: string; why: string };
}

const readings = new WeakMap<InterpretationDefinition, Map<string, Reading>>();

function readingOf(interpretation: InterpretationDefinition, chosen: string): Reading {
  let byChoice = readings.get(interpretation);
  if (!byChoice) readings.set(interpretation, (byChoice = new Map()));
  let reading = byChoice.get(chosen);
  if (!reading) {
    const option = interpretation.options.find((candidate) => candidate.value === chosen);
    // Frozen: its list of alternatives is shared by every assessment that reports this reading.
    reading = freezeResult({
      en: {
        id: interpretation.id,
        label: interpretation.label.en,
        chosen,
        alternatives: interpretation.options.map((candidate) => candidate.value).filter((value) => value !== chosen),
        why: option?.rationale.en ?? '',
      },
      zh: { label: interpretation.label.zh, why: option?.rationale.zh ?? '' },
    });
    byChoice.set(chosen, reading);
  }
  return reading;
}

/** The policy as an assessment names it: a constant of the pack, frozen and shared by its assessments. */
const policies = new WeakMap<PolicyDefinition, AssessedPolicy>();

function policyOf(definition: PolicyDefinition): AssessedPolicy {
  let policy = policies.get(definition);
  if (!policy) {
    policy = Object.freeze({
      id: definition.id,
      version: definition.version,
      name: definition.name.en,
      jurisdiction: definition.jurisdiction,
      sourceDocument: definition.source.document,
      published: definition.source.published,
    });
    policies.set(definition, policy);
  }
  return policy;
}

/** The overrides of a compiled pack as its assessments list them: made once, frozen and shared. */
const overridesLists = new WeakMap<CompiledPack, Assessment['overrides']>();

function overridesOf(pack: CompiledPack): Assessment['overrides'] {
  let list = overridesLists.get(pack);
  if (!list) {
    list = pack.overrides.length === 0 ? NOTHING : frozen(pack.overrides.map((override) => frozen({ ...override })));
    overridesLists.set(pack, list);
  }
  return list;
}

/** The library that made an assessment: the same for all of them, frozen. */
const LIBRARY_USED: Provenance['library'] = Object.freeze({ ...LIBRARY });

/** An empty list an assessment holds (no warning, no override): one, frozen, for all of them. */
const NOTHING: never[] = Object.freeze([]) as unknown as never[];

/** A part of an assessment, frozen as it is made; typed as the mutable part the public types declare. */
function frozen<T extends object>(value: T): T {
  return Object.freeze(value) as T;
}

function copyOf<T extends object>(record: T | undefined): T {
  return record === undefined || Object.keys(record).length === 0 ? ({} as T) : structuredClone(record);
}

/** The texts of a list in one language, frozen; the shared empty list for none. */
function inLanguage(texts: readonly Text[], language: keyof Text): string[] {
  if (texts.length === 0) return NOTHING;
  const written: string[] = [];
  for (const text of texts) written.push(text[language]);
  return written;
}

/**
 * Assesses a validated project under a compiled pack on a date, with the
 * interpretations and payment plans the caller chose (the rest take their
 * defaults). Pure: the same arguments always give the same assessment.
 *
 * The assessment is built frozen to the levels `issueResult` freezes (it, what
 * it holds and what those hold), each part as it is made: the constants of the
 * pack it names (its policy, the readings of its interpretations, the library)
 * are frozen once and shared.
 */
export function assess(pack: CompiledPack, project: Project, asOf: IsoDate, options: AssessOptions = {}): Assessment {
  const definition = pack.definition;
  const facts: FactContext = { project, asOf, pack: readPackFacts(definition, project).facts };
  const chosen = options.interpretations ?? {};
  const choices = new Choices(allInterpretations(definition), chosen);
  const inForce = inForceOn(definition, asOf);
  const context = { choices, inForce, plans: options.plans ?? new Map<string, TranchePlan>(), audience: definition.audience, sourceDate: definition.source.published };
  let items: LineItem[] = [];
  // Indexed loops on the path of every evaluation: no iterator is made.
  for (let index = 0; index < pack.rules.length; index += 1) evaluateRuleInto(items, pack.rules[index]!, facts, context);
  for (const group of definition.groups) {
    items = group.kind === 'one-of' ? applyOneOf(items, group, facts, choices) : applySharedCap(items, group);
  }
  items = settleCommitments(items, pack, facts);
  const totals = totalsOf(items);
  const clawbacks = clawbackTotals(items);
  if (clawbacks.clawback) {
    totals.clawback = Object.freeze(clawbacks.clawback);
    totals.net = Object.freeze(clawbacks.net!);
  }
  const warnings: Text[] = [];
  if (!inForce.ok) warnings.push(inForce.reason);
  const industryWarning = inForce.ok ? audienceWarning(definition, facts, chosen) : undefined;
  if (industryWarning) warnings.push(industryWarning);
  const unread = foreignFactsWarning(project.facts, options.packIds ?? [definition.id]);
  if (unread) warnings.push(unread);
  for (const fund of definition.funds) {
    const warning = fundWarning(fund, totals.cash);
    if (warning) warnings.push(warning);
  }

  const interpretationsUsed: InterpretationUsed[] = [];
  const zhInterpretations: Record<string, { label: string; why: string }> = {};
  for (const { definition: interpretation, chosen: reading, rules } of choices.used()) {
    const { en, zh } = readingOf(interpretation, reading);
    interpretationsUsed.push(Object.freeze({
      id: en.id, label: en.label, chosen: en.chosen, alternatives: en.alternatives, why: en.why,
      source: choices.isCallerChoice(interpretation.id) ? 'option' : 'default', rules,
    }));
    zhInterpretations[interpretation.id] = { label: zh.label, why: zh.why };
  }
  const unused = choices.unused();
  for (const entry of unused) Object.freeze(entry);

  return issueResult(frozen({
    policy: policyOf(definition),
    project: frozen(project.id !== undefined ? { id: project.id, name: project.name } : { name: project.name }),
    asOf,
    items: frozen(items),
    totals: frozen(totals),
    unquantified: countUnquantified(items),
    interpretations: frozen(interpretationsUsed),
    unusedInterpretations: unused.length === 0 ? NOTHING : frozen(unused),
    overrides: overridesOf(pack),
    warnings: frozen(inLanguage(warnings, 'en')),
    translations: frozen({
      zh: frozen({ policyName: definition.name.zh, warnings: inLanguage(warnings, 'zh'), interpretations: zhInterpretations }),
    }),
    provenance: frozen({
      library: LIBRARY_USED,
      options: frozen({
        policy: definition.id,
        asOf,
        interpretations: { ...options.interpretations },
        // Copies, so that no two assessments share a mutable record.
        overrides: copyOf(options.recorded?.overrides),
        schedules: copyOf(options.recorded?.schedules),
      }),
    }),
  }));
}

function countUnquantified(items: readonly LineItem[]): number {
  let count = 0;
  for (let index = 0; index < items.length; index += 1) if (items[index]!.status === 'unquantified') count += 1;
  return count;
}
