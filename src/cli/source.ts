import { printableJson } from '../schema/printable.js';
import { sourceCoverage } from '../api/source-coverage.js';
import { exportPolicy } from '../api/export-policy.js';
import { builtInPolicyIds } from '../api/registry.js';
import { SENTENCE_ROLES, type SentenceRole, type SourceSentence } from '../engine/ledger-types.js';
import { displayWidth } from '../report/display-width.js';
import { pick } from '../report/localize.js';
import { markdownText } from '../report/markdown-text.js';
import { MAX_TABLE_WIDTH } from '../report/table.js';
import type { Locale } from '../report/texts.js';
import { wrapText } from '../report/wrap-text.js';
import { printable } from '../schema/printable.js';
import { didYouMean } from '../schema/suggest.js';
import { UsageError } from './errors.js';
import { shown } from './shown.js';
import { SOURCE_TEXTS } from './source-texts.js';

/** The indent of a sentence and its notes under its number and role. */
const INDENT = '    ';

/** How many sentences take each role that any takes, in the order of the roles. */
function tally(sentences: readonly SourceSentence[], label: (role: SentenceRole) => string, separator: string): string {
  return SENTENCE_ROLES.map((role) => [role, sentences.filter((sentence) => sentence.role === role).length] as const)
    .filter(([, count]) => count > 0)
    .map(([role, count]) => `${label(role)} ${count}`)
    .join(separator);
}

/**
 * A built-in pack's source, sentence by sentence, each with its role beside
 * it: the parts of the pack that cite it, or the reason it is context or not
 * about the policy. Every text is escaped for the terminal (or for Markdown)
 * and, as text, wrapped to the width of the other reports.
 *
 * @param policyId - a built-in policy id
 * @param locale - `en` or `zh`: the labels and reasons; the source stays as it is written
 * @param format - `text`, `markdown` (a list), or `json` (the ledger of `sourceCoverage`)
 * @returns the text to print
 * @throws {UsageError} for an id that is not a built-in policy, with the closest
 *
 * @example
 * renderSource('shanxi-2021', 'en', 'text').split('\n')[3];
 * //=> 'seeds/003_f2aafe524cfe14b5.txt (2021-06-20), 12 sentences: rule 8, date 1, context 3.'
 */
export function renderSource(policyId: string, locale: Locale, format: 'text' | 'markdown' | 'json'): string {
  const ids = builtInPolicyIds();
  if (!ids.includes(policyId)) {
    throw new UsageError(`No built-in policy ${shown(policyId)}; the sources are those of ${ids.join(', ')} (a pack file carries none).${didYouMean(policyId, ids)}`);
  }
  const coverage = sourceCoverage(policyId);
  if (format === 'json') return `${printableJson(JSON.stringify(coverage, null, 2))}\n`;
  const markdown = format === 'markdown';
  const texts = SOURCE_TEXTS[locale];
  const policy = exportPolicy(policyId);
  const { document, sentences } = coverage;
  const value = markdown ? markdownText : (text: string) => printable(text);
  const title = texts.title(policy.id, pick(policy.name, locale));
  const lines = [
    markdown ? `## ${value(title)}` : `${title}\n${'='.repeat(displayWidth(title))}`,
    '',
  ];
  const summary = value(texts.summary(document, policy.source.published, sentences.length, tally(sentences, (role) => texts.role[role], texts.separator)));
  lines.push(...(markdown ? [summary] : wrapText(summary, MAX_TABLE_WIDTH)));
  const wrapped = (text: string) => wrapText(`${INDENT}${text}`, MAX_TABLE_WIDTH);
  sentences.forEach((sentence, i) => {
    const citedBy = sentence.citedBy.map((by) => `${texts.role[by.role]} ${by.id}`).join(texts.separator);
    const notes = [
      ...(citedBy === '' ? [] : [`${texts.citedBy}${texts.colon}${value(citedBy)}`]),
      ...(sentence.reason ? [`${texts.why}${texts.colon}${value(pick(sentence.reason, locale))}`] : []),
    ];
    lines.push('');
    if (markdown) lines.push(`${i + 1}. **${texts.role[sentence.role]}**${texts.colon}${value(sentence.text)}`, ...notes.map((note) => `   - ${note}`));
    else lines.push(`[${i + 1}] ${texts.role[sentence.role]}`, ...[value(sentence.text), ...notes].flatMap(wrapped));
  });
  return `${lines.join('\n')}\n`;
}
