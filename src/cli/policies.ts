import { listPolicies } from '../api/list-policies.js';
import { exportPolicy } from '../api/export-policy.js';
import { pick } from '../report/localize.js';
import { markdownTable, textTable } from '../report/table.js';
import type { Locale } from '../report/texts.js';

/** The policies and their rules, as a table per policy. */
export function renderPolicies(asOf: string | undefined, locale: Locale, markdown: boolean): string {
  const lines: string[] = [];
  for (const summary of listPolicies(asOf === undefined ? {} : { asOf })) {
    const policy = exportPolicy(summary.id);
    const title = `${policy.id}: ${pick(policy.name, locale)}`;
    lines.push(markdown ? `## ${title}` : `${title}\n${'-'.repeat(title.length)}`);
    lines.push(`${pick(policy.jurisdiction.name, locale)} (${policy.jurisdiction.level}); ${policy.source.document}, ${policy.source.published}; ${pick(policy.validity.note, locale)}`);
    lines.push('');
    const rows = policy.rules.map((rule) => [rule.id, rule.instrument, pick(rule.label, locale)]);
    const columns = [
      { heading: 'Rule', align: 'left' as const },
      { heading: 'Instrument', align: 'left' as const },
      { heading: 'Label', align: 'left' as const },
    ];
    lines.push(markdown ? markdownTable(columns, rows) : textTable(columns, rows), '');
    if (policy.interpretations.length > 0) {
      lines.push(`Interpretations: ${policy.interpretations.map((i) => `${i.id} (default ${i.default}; ${i.options.map((o) => o.value).join(' | ')})`).join('; ')}`, '');
    }
  }
  return `${lines.join('\n')}`;
}
