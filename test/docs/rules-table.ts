import type { AmountSpec, Condition, EligibilityTest, PolicyDefinition, RuleDefinition } from '../../src/engine/definition.js';
import { Decimal } from '../../src/money/decimal.js';
import { formatRate, formatYuan } from '../../src/money/money.js';
import { FACTS } from '../../src/engine/facts.js';
import { BUILT_IN_POLICIES } from '../../src/policies/index.js';

/**
 * The README's tables of encoded rules and interpretations, generated from the
 * packs themselves so that the documentation cannot drift from the code.
 * `npm run docs` writes them into README.md between the markers; a test
 * checks that README.md holds exactly what this produces.
 */

function value(rule: RuleDefinition, name: string): string {
  const parameter = rule.parameters[name];
  if (!parameter) return `?${name}`;
  if (parameter.unit === 'tiers') return parameter.value === null ? 'tiers (not published)' : `tiers of ${parameter.value.base}`;
  const number = new Decimal(parameter.value);
  if (parameter.unit === 'ratio') return formatRate(number);
  if (parameter.unit === 'months') return `${parameter.value} months`;
  const money = formatYuan(number).replace(/\.00$/, '');
  return parameter.unit === 'CNY/month' ? `${money} a month` : money;
}

function condition(test: Condition): string {
  if ('all' in test) return test.all.map(condition).join(' and ');
  if ('any' in test) return `(${test.any.map(condition).join(' or ')})`;
  if ('not' in test) return `not ${condition(test.not)}`;
  if ('interpretation' in test) return `${test.interpretation}=${test.is}`;
  if ('present' in test) return `${test.fact} ${test.present ? 'given' : 'not given'}`;
  if ('is' in test) return test.is === true ? test.fact : test.is === false ? `not ${test.fact}` : `${test.fact} = ${test.is}`;
  if ('includesAny' in test) return `${test.fact} includes any of ${test.includesAny.join(', ')}`;
  if ('atLeast' in test) return `${test.fact} ≥ ${test.atLeast}`;
  return `${test.fact} > ${test.above}`;
}

function eligibility(test: EligibilityTest): string {
  const text = test.met.en.replace(/\.$/, '');
  const when = test.appliesIf && 'interpretation' in test.appliesIf ? `*${condition(test.appliesIf)}*: ` : '';
  return when + text;
}

function formula(spec: AmountSpec, rule: RuleDefinition): string {
  switch (spec.block) {
    case 'capped-share': {
      const share = `${value(rule, spec.rate.param)} × ${spec.base.fact}`;
      return spec.ceiling ? `min(${value(rule, spec.ceiling.param)}, ${share})` : share;
    }
    case 'flat-ceiling': {
      if (!spec.requested) return `${value(rule, spec.ceiling.param)} (basis ceiling)`;
      const capped = `min(${value(rule, spec.ceiling.param)}, ${spec.requested.fact})`;
      // A rule that concerns only those who state the fact never falls back to the ceiling.
      const alwaysGiven = rule.concerns && 'present' in rule.concerns && rule.concerns.fact === spec.requested.fact;
      return alwaysGiven ? capped : `${capped}, or ${value(rule, spec.ceiling.param)} (basis ceiling) when not given`;
    }
    case 'per-period':
      return `min(${value(rule, spec.perPeriodCeiling.param)}, ${spec.periodAmount.fact}) × min(${value(rule, spec.maxPeriods.param)}, ${spec.periods?.fact ?? 'months'}), paid monthly`;
    case 'interest-subsidy':
      return `min(${value(rule, spec.ceiling.param)}, Σ principal × annualRate × years)`;
    case 'by-interpretation':
      return Object.entries(spec.options).map(([reading, option]) => `*${spec.interpretation}=${reading}*: ${formula(option, rule)}`).join('<br>');
    case 'tiered':
      return `min(${value(rule, spec.ceiling.param)}, the bracket of a tier table), or ${value(rule, spec.ceiling.param)} (basis ceiling) while the tiers are not published`;
    case 'unquantified':
      return `no figure: ${spec.offer.en}`;
    case 'cases':
      return [...spec.cases.map((entry) => `if ${condition(entry.when)}: ${formula(entry.then, rule)}`),
        `otherwise: ${formula(spec.otherwise, rule)}`].join('<br>');
  }
}

const cell = (text: string) => text.replace(/\|/g, '\\|');

function parameters(rule: RuleDefinition): string {
  const names = Object.keys(rule.parameters);
  return names.length === 0 ? '—' : names.map((name) => `\`${name}\` = ${value(rule, name)}`).join('<br>');
}

function rulesTable(policy: PolicyDefinition): string {
  const rows = policy.rules.map((rule) => {
    const conditions = rule.eligibility.map(eligibility).join('; ') || '—';
    return `| \`${rule.id.split('/')[1]}\` | ${rule.instrument} | ${cell(formula(rule.amount, rule))} | ${cell(parameters(rule))} | ${cell(conditions)} | “${cell(rule.citation.quote)}” |`;
  });
  return ['| Rule | Instrument | Amount | Parameters | Conditions | Source sentence |', '| --- | --- | --- | --- | --- | --- |', ...rows].join('\n');
}

function interpretationsTable(policy: PolicyDefinition): string {
  if (policy.interpretations.length === 0) return '_No interpretations: the source leaves no open choice that changes an amount._';
  const rows = policy.interpretations.map((interpretation) => {
    const readings = interpretation.options
      .map((option) => `\`${option.value}\`${option.value === interpretation.default ? ' (default)' : ''}: ${option.rationale.en}`)
      .join('<br>');
    return `| \`${interpretation.id}\` | ${cell(interpretation.question.en)} | ${cell(readings)} |`;
  });
  return ['| Interpretation | What the source leaves open | Readings |', '| --- | --- | --- |', ...rows].join('\n');
}

function factsList(policy: PolicyDefinition): string[] {
  if (policy.facts.length === 0) return [];
  const show = (fact: PolicyDefinition['facts'][number]) => {
    const number = new Decimal(fact.value);
    const value = fact.unit === 'CNY' ? formatYuan(number) : fact.unit === 'ratio' ? formatRate(number) : fact.value;
    const derivation = fact.derivation ? ` ${fact.derivation.en}` : '';
    return `- ${fact.label.en}: ${fact.qualifier ? `${fact.qualifier} ` : ''}${value}.${derivation}`;
  };
  return ['', '**Figures the source states that are not entitlements** (pack `facts`)', '', ...policy.facts.map(show)];
}

/** The generated section of the README. */
export function rulesSection(): string {
  return BUILT_IN_POLICIES.map((policy) => [
    `### \`${policy.id}\`: ${policy.name.en}`,
    '',
    `Source: \`seeds/${policy.source.document}\`, ${policy.source.published}. ${policy.source.dateNote?.en ?? ''} ${policy.validity.note.en}`.replace(/ +/g, ' ').trim(),
    '',
    rulesTable(policy),
    '',
    '**Interpretations**',
    '',
    interpretationsTable(policy),
    '',
    '**What the source does not say**',
    '',
    ...policy.limitations.map((limitation) => `- ${limitation.en}`),
    ...factsList(policy),
  ].join('\n')).join('\n\n');
}

/** The README's table of the facts a policy may read, from the engine's catalogue. */
export function factsSection(): string {
  const rows = Object.entries(FACTS).map(([name, fact]) => `| \`${name}\` | ${fact.type} | ${fact.scope} | ${fact.label.en} |`);
  return ['| Fact | Type | Scope | Meaning |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

export const FACTS_BEGIN = '<!-- facts:begin (generated by `npm run docs`; do not edit by hand) -->';
export const FACTS_END = '<!-- facts:end -->';

export const BEGIN = '<!-- rules:begin (generated by `npm run docs`; do not edit by hand) -->';
export const END = '<!-- rules:end -->';
