import { printable } from '../../../src/schema/printable.js';
import { amountLeaves, type AmountLeaf } from './amount-leaves.js';
import { LIMITS } from '../../../src/schema/limits.js';
import type { CompiledPack } from './compiled.js';
import type { Audience, Citation, PolicyDefinition, RuleDefinition, Text } from './definition.js';
import { ENGINE_TEXTS } from './texts.js';
import { INDUSTRIES } from '../../../src/schema/vocabulary.js';

/**
 * Upper bounds on the characters a report of an assessment can hold, known
 * before any item is built. Every item repeats the texts of its rule (label,
 * reasons, notes, citations, parameter labels in its caps and trace), so a
 * pack with long texts makes long reports: these bounds let the workload
 * check refuse an assessment whose JSON or report would not fit in memory,
 * whatever the pack. A test holds every format and locale of `renderReport`
 * under them.
 */

/** What one line of indented JSON adds around a string: indentation, key, quotes, comma, line break. */
const LINE = 32;
/** What escaping can add per ASCII punctuation character (an HTML entity such as `&quot;` is the longest). */
const PUNCTUATION_ESCAPE = 5;
/** The ASCII punctuation characters: ! to /, : to @, [ to `, { to ~. */
const PUNCTUATION = /[!-/:-@[-`{-~]/g;

/** The generated part of an item whatever its rule: keys, status, amounts, formula, trace, caps. */
export const ITEM_BASE_CHARACTERS = 3_000;
/** One dated payment in indented JSON, with the largest amount. */
export const PAYMENT_CHARACTERS = 100;
/** One loan's step in the trace of an interest subsidy. */
export const LOAN_CHARACTERS = 250;
/** One tranche of a caller's plan, as the trace words it (its payment counts apart). */
export const TRANCHE_CHARACTERS = 60;
/** One step of a calculation a block words for itself (a step of a stepped block, a year of a yearly share), besides the labels it quotes. */
export const TRACE_STEP_CHARACTERS = 300;
/** One commitment's generated part: its keys, figures, dates, status and the words around them in a report. */
export const COMMITMENT_CHARACTERS = 1_000;
/** How often an item can quote the label of a fact of the pack's own: its formula, its trace, a missing fact's reason (twice). */
const FACT_LABEL_USES = 6;
/** An assessment's or a comparison's own parts besides its items: headings, totals, captions. */
export const REPORT_BASE_CHARACTERS = 20_000;

/**
 * A string as any format may write it, escaped, on a line of its own: an
 * unprintable character as its `\uXXXX` escape (as `printable` and JSON write
 * it), punctuation with the longest escape a format gives it. The punctuation
 * is counted in the escaped text, since a format escapes what `printable`
 * wrote: Markdown writes the backslash of `\u0000` as `\\`.
 */
function textLength(text: string): number {
  const shown = printable(text);
  const punctuation = shown.match(PUNCTUATION)?.length ?? 0;
  return shown.length + PUNCTUATION_ESCAPE * punctuation + LINE;
}

function bilingual(text: Text | undefined): number {
  return text === undefined ? 0 : textLength(text.en) + textLength(text.zh);
}

function citation(cited: Citation): number {
  return textLength(cited.document) + textLength(cited.quote);
}

function total<T>(list: readonly T[] | undefined, size: (entry: T) => number): number {
  let sum = 0;
  for (const entry of list ?? []) sum += size(entry);
  return sum;
}

/**
 * The texts a group adds to the items of its rules: a one-of group's reason
 * and the label of the item kept instead, a shared cap's label and citation.
 */
function groups(definition: PolicyDefinition, rule: RuleDefinition, labels: ReadonlyMap<string, number>): number {
  let sum = 0;
  for (const group of definition.groups) {
    if (!group.rules.includes(rule.id)) continue;
    if (group.kind === 'one-of') {
      let longest = 0;
      for (const id of group.rules) longest = Math.max(longest, labels.get(id) ?? 0);
      sum += bilingual(group.reason) + longest + LINE * 4;
    } else {
      // The reduction is said in the reasons and again in the notes, each naming the group and three amounts.
      sum += 3 * bilingual(group.label) + citation(group.citation) + LINE * 8;
    }
  }
  return sum;
}

/** The longest reason an item can give for being outside the pack's audience, twice (reasons and trace). */
function audienceReason(audience: Audience | undefined): number {
  if (audience === undefined) return 0;
  let longest = 0;
  for (const industry of INDUSTRIES) longest = Math.max(longest, bilingual(ENGINE_TEXTS.outsideAudience(industry, audience.note)));
  return 2 * longest;
}

/**
 * The texts of a rule as its items carry them, each counted as often as an
 * item repeats it: the rule's citation twice (`citation` and `citations`), a
 * parameter's English label three times (cap, trace, formula), a condition's
 * English text twice (trace and reasons).
 */
function ruleTexts(definition: PolicyDefinition, rule: RuleDefinition, labels: ReadonlyMap<string, number>): number {
  const parameters = Object.values(rule.parameters);
  return (
    bilingual(rule.label) +
    2 * citation(rule.citation) +
    total(rule.alsoCites, citation) +
    total(parameters, (parameter) => 3 * textLength(parameter.label.en) + textLength(parameter.label.zh) + citation(parameter.citation)) +
    total(rule.eligibility, (test) => 2 * textLength(test.met.en) + textLength(test.met.zh) + bilingual(test.unmet)) +
    total(rule.notes, bilingual) +
    total(rule.figures, (figure) => bilingual(figure.label) + citation(figure.citation) + textLength(figure.value) + 2 * LINE) +
    // A commitment's label, fact (and the label of a fact of the pack's own) and citation, written twice: in the item's own form and again where a report lists it.
    total(rule.commitments, (commitment) => 2 * (bilingual(commitment.label) + citation(commitment.citation) + textLength(commitment.fact) + longestFactLabel(definition)) + COMMITMENT_CHARACTERS) +
    total(amountLeaves(rule.amount), (leaf) => leafTexts(leaf, longestFactLabel(definition))) +
    FACT_LABEL_USES * longestFactLabel(definition) +
    groups(definition, rule, labels) +
    total(definition.interpretations, (interpretation) => textLength(interpretation.id)) +
    audienceReason(definition.audience)
  );
}

/** The longest label of a fact the pack declares of its own, in both languages. */
function longestFactLabel(definition: PolicyDefinition): number {
  let longest = 0;
  for (const fact of definition.facts) longest = Math.max(longest, bilingual(fact.label));
  return longest;
}

/**
 * What a block writes beyond the generated base: an unquantified offer's
 * text; a stepped block's two trace steps a step, each quoting the base's
 * label; a yearly share's step a year the series states (at most
 * `LIMITS.maxSeriesYears`) and its steps.
 */
function leafTexts(leaf: AmountLeaf, factLabel: number): number {
  if (leaf.block === 'unquantified') return bilingual(leaf.offer);
  if (leaf.block === 'stepped-periods') return leaf.steps.length * 2 * (TRACE_STEP_CHARACTERS + factLabel);
  if (leaf.block === 'yearly-share') return (LIMITS.maxSeriesYears + leaf.steps.length + 3) * TRACE_STEP_CHARACTERS;
  return 0;
}

/** The texts of a pack, measured once per definition: its own parts, and each rule's. */
interface PackTexts {
  own: number;
  rules: Map<string, number>;
}

const packCache = new WeakMap<PolicyDefinition, PackTexts>();

function packTexts(definition: PolicyDefinition): PackTexts {
  let texts = packCache.get(definition);
  if (!texts) {
    const jurisdiction = definition.jurisdiction;
    const own =
      bilingual(definition.name) +
      bilingual(jurisdiction.name) +
      total(jurisdiction.within, bilingual) +
      bilingual(jurisdiction.area) +
      textLength(definition.source.document) +
      bilingual(definition.validity.note) +
      total(definition.interpretations, (interpretation) =>
        bilingual(interpretation.label) + total(interpretation.options, (option) => textLength(option.value) + bilingual(option.rationale))) +
      total(definition.funds, (fund) => 2 * bilingual(fund.label) + LINE * 4) +
      (definition.audience ? bilingual(ENGINE_TEXTS.industryNotStated(definition.audience.note)) : 0);
    const labels = new Map(definition.rules.map((rule) => [rule.id, bilingual(rule.label)]));
    texts = { own, rules: new Map(definition.rules.map((rule) => [rule.id, ruleTexts(definition, rule, labels)])) };
    packCache.set(definition, texts);
  }
  return texts;
}

/** The words a report may write around a replaced value: "a month", "months", "tiers of" and a fact's label. */
const OVERRIDE_WORDS = 60;

/**
 * A report writes a replaced value formatted (thousands separators, cents,
 * each bracket of a tier table so), which at most doubles its length.
 */
function overrideLength(override: { parameter: string; baseline: string; value: string }): number {
  return textLength(override.parameter) + 2 * (textLength(override.baseline) + textLength(override.value)) + OVERRIDE_WORDS;
}

/**
 * The most characters one item of a rule can take in any report, beside its
 * payments, its loans, its tranches and its beneficiary's name: the generated
 * part, the rule's texts, and the parameters the caller replaced.
 *
 * @param pack - the compiled pack, with its overrides
 * @param ruleId - one of its rules
 * @returns an upper bound, in characters
 */
export function itemCharacters(pack: CompiledPack, ruleId: string): number {
  const overridden = pack.overrides.length === 0 ? 0 : total(pack.overrides.filter((override) => override.ruleId === ruleId), overrideLength);
  return ITEM_BASE_CHARACTERS + (packTexts(pack.definition).rules.get(ruleId) ?? 0) + overridden;
}

/**
 * The most characters the parts of an assessment other than its items can
 * take: the policy's name and jurisdiction, every interpretation it could
 * report, the warnings of its funds, the overrides (listed twice, in
 * `overrides` and the provenance) and the caller's payment plans.
 *
 * @param pack - the compiled pack, with its overrides
 * @param tranches - how many tranches the caller's payment plans hold in all
 * @returns an upper bound, in characters
 */
export function assessmentCharacters(pack: CompiledPack, tranches: number): number {
  return REPORT_BASE_CHARACTERS + packTexts(pack.definition).own + 2 * total(pack.overrides, overrideLength) + tranches * TRANCHE_CHARACTERS;
}

/**
 * What a beneficiary's name adds to each of its items: the name is written
 * on the item and again where a report says why the item is not eligible.
 *
 * @param name - the talent's name
 * @returns an upper bound, in characters
 */
export function nameCharacters(name: string): number {
  return 2 * textLength(name);
}
