import type { IsoDate } from '../../../src/dates/iso-date.js';
import type { Decimal } from '../../../src/money/decimal.js';
import { formatYuan } from '../money/money.js';
import type { Project } from '../../../src/schema/project-types.js';
import { allInterpretations } from './all-interpretations.js';
import { applyOneOf } from './apply-one-of.js';
import type { Assessment, InterpretationUsed, RecordedOptions } from './assessment.js';
import { Choices } from './choices.js';
import type { CompiledPack } from './compiled.js';
import type { FundDefinition, PolicyDefinition, Text } from './definition.js';
import { evaluateRule, type InForce, type TranchePlan } from './evaluate-rule.js';
import type { FactContext } from './facts.js';
import { applySharedCap } from './apply-shared-cap.js';
import { audienceWarning } from './audience-warning.js';
import { totalsOf } from './totals.js';
import { clawbackTotals } from './clawback-totals.js';
import { settleCommitments } from './commitments.js';
import { fundAmount } from './fund-amount.js';
import { LIBRARY } from '../../../src/version.js';
import { issueResult } from './results.js';
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
  if (!cash.greaterThan(amount)) return undefined;
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

function copyOf<T extends object>(record: T | undefined): T {
  return record === undefined || Object.keys(record).length === 0 ? ({} as T) : structuredClone(record);
}

/**
 * Assesses a validated project under a compiled pack on a date, with the
 * interpretations and payment plans the caller chose (the rest take their
 * defaults). Pure: the same arguments always give the same assessment.
 */
export function assess(pack: CompiledPack, project: Project, asOf: IsoDate, options: AssessOptions = {}): Assessment {
  const definition = pack.definition;
  const facts: FactContext = { project, asOf, pack: readPackFacts(definition, project).facts };
  const choices = new Choices(allInterpretations(definition), options.interpretations ?? {});
  const inForce = inForceOn(definition, asOf);
  const context = { choices, inForce, plans: options.plans ?? new Map<string, TranchePlan>(), audience: definition.audience, sourceDate: definition.source.published };
  let items = pack.rules.flatMap((rule) => evaluateRule(rule, facts, context));
  for (const group of definition.groups) {
    items = group.kind === 'one-of' ? applyOneOf(items, group, facts, choices) : applySharedCap(items, group);
  }
  items = settleCommitments(items, pack, facts);
  const totals = { ...totalsOf(items), ...clawbackTotals(items) };
  const warnings: Text[] = [];
  if (!inForce.ok) warnings.push(inForce.reason);
  const industryWarning = inForce.ok ? audienceWarning(definition, facts, options.interpretations ?? {}) : undefined;
  if (industryWarning) warnings.push(industryWarning);
  const unread = foreignFactsWarning(project.facts, options.packIds ?? [definition.id]);
  if (unread) warnings.push(unread);
  for (const fund of definition.funds) {
    const warning = fundWarning(fund, totals.cash);
    if (warning) warnings.push(warning);
  }

  const used = choices.used();
  const interpretationsUsed: InterpretationUsed[] = used.map(({ definition: interpretation, chosen, rules }) => {
    const option = interpretation.options.find((candidate) => candidate.value === chosen);
    return {
      id: interpretation.id,
      label: interpretation.label.en,
      chosen,
      alternatives: interpretation.options.map((candidate) => candidate.value).filter((value) => value !== chosen),
      why: option?.rationale.en ?? '',
      source: choices.isCallerChoice(interpretation.id) ? 'option' : 'default',
      rules,
    };
  });
  const zhInterpretations = Object.fromEntries(
    used.map(({ definition: interpretation, chosen }) => [
      interpretation.id,
      {
        label: interpretation.label.zh,
        why: interpretation.options.find((candidate) => candidate.value === chosen)?.rationale.zh ?? '',
      },
    ]),
  );

  return issueResult({
    policy: {
      id: definition.id,
      version: definition.version,
      name: definition.name.en,
      jurisdiction: definition.jurisdiction,
      sourceDocument: definition.source.document,
      published: definition.source.published,
    },
    project: { ...(project.id !== undefined && { id: project.id }), name: project.name },
    asOf,
    items,
    totals,
    unquantified: items.filter((item) => item.status === 'unquantified').length,
    interpretations: interpretationsUsed,
    unusedInterpretations: choices.unused(),
    overrides: pack.overrides.map((override) => ({ ...override })),
    warnings: warnings.map((warning) => warning.en),
    translations: {
      zh: { policyName: definition.name.zh, warnings: warnings.map((warning) => warning.zh), interpretations: zhInterpretations },
    },
    provenance: {
      library: { ...LIBRARY },
      options: {
        policy: definition.id,
        asOf,
        interpretations: { ...options.interpretations },
        // Copies, so that no two assessments share a mutable record.
        overrides: copyOf(options.recorded?.overrides),
        schedules: copyOf(options.recorded?.schedules),
      },
    },
  });
}
