import type { PolicyDefinition } from './definition.js';
import type { CitedRole, SentenceCitedBy } from './ledger-types.js';
import type { Span } from './split-sentences.js';

/** A place in a source that a part of a pack cites. */
export interface CitedSpan extends Span {
  by: SentenceCitedBy;
  /** The rule the citation belongs to, if it belongs to one. */
  rule?: string;
}

/** What a citation found at `path` in a pack's definition is to the pack, by where it sits. */
function citedBy(definition: PolicyDefinition, path: readonly (string | number)[]): SentenceCitedBy {
  const [section, index, field, name] = path;
  const at = (list: ReadonlyArray<{ id: string }>) => list[index as number]?.id ?? String(index);
  switch (section) {
    case 'rules': {
      const rule = at(definition.rules);
      return field === 'parameters' ? { role: 'parameter', id: `${rule}.${String(name)}` } : { role: 'rule', id: rule };
    }
    case 'groups':
      return { role: 'combination', id: at(definition.groups) };
    case 'funds':
      return { role: 'fund', id: at(definition.funds) };
    case 'interpretations':
      return { role: 'interpretation', id: at(definition.interpretations) };
    case 'audience':
      return { role: 'audience', id: 'audience' };
    case 'programmeFacts':
      return { role: 'fact', id: at(definition.programmeFacts) };
    case 'source':
      return { role: 'date', id: 'source.dateEvidence' };
    default:
      return { role: 'pack' satisfies CitedRole, id: path.join('.') };
  }
}

/**
 * Every place in `seed` that the pack cites, with the part of the pack that
 * cites it: each citation anywhere in the definition (a rule's sentence, its
 * further sentences, figures and parameters, an interpretation, a group, a
 * fund, a fact, the date's evidence, and any other field that holds one),
 * at every place its quote occurs in the source.
 *
 * @param definition - the pack
 * @param seed - the text of its source document
 * @returns the cited spans, in the order of the definition
 *
 * @example
 * citedSpans(QINGSHAN_LAKE_2018, SEED).find((span) => span.by.role === 'fund')?.by;
 * //=> { role: 'fund', id: 'annual-fund' }
 */
export function citedSpans(definition: PolicyDefinition, seed: string): CitedSpan[] {
  const found: CitedSpan[] = [];
  const visit = (value: unknown, path: Array<string | number>): void => {
    if (Array.isArray(value)) {
      value.forEach((entry, i) => visit(entry, [...path, i]));
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    const record = value as Record<string, unknown>;
    const quote = record['quote'];
    if (typeof quote === 'string' && record['document'] === definition.source.document && quote.length > 0) {
      const by = citedBy(definition, path);
      const rule = path[0] === 'rules' ? definition.rules[path[1] as number]?.id : undefined;
      for (let at = seed.indexOf(quote); at >= 0; at = seed.indexOf(quote, at + 1)) {
        found.push({ start: at, end: at + quote.length, by, ...(rule !== undefined && { rule }) });
      }
      return;
    }
    for (const [key, entry] of Object.entries(record)) visit(entry, [...path, key]);
  };
  visit(definition, []);
  return found;
}
