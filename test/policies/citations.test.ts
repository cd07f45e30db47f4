import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Citation } from '../../src/engine/definition.js';
import { builtInPolicies } from '../../src/policies/index.js';

const SEEDS = new URL('../../seeds/', import.meta.url);
const seedText = (document: string) => readFileSync(new URL(document, SEEDS), 'utf8');

/** Every citation anywhere in a value: anything with a `document` and a `quote`. */
function citationsIn(value: unknown, found: Citation[] = []): Citation[] {
  if (Array.isArray(value)) for (const entry of value) citationsIn(entry, found);
  else if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    if (typeof record['document'] === 'string' && typeof record['quote'] === 'string') {
      found.push({ document: record['document'], quote: record['quote'] });
    }
    for (const entry of Object.values(record)) citationsIn(entry, found);
  }
  return found;
}

describe('citations', () => {
  it('the seeds are the five source documents', () => {
    expect(readdirSync(SEEDS).sort()).toEqual([
      '000_b4dcf5b4fee473fc.txt',
      '001_177d6e6ea038ea46.txt',
      '002_95a2ad1254be288a.txt',
      '003_f2aafe524cfe14b5.txt',
      '004_94550b9b847bb263.txt',
    ]);
  });

  for (const policy of builtInPolicies()) {
    describe(policy.id, () => {
      const citations = citationsIn(policy);

      it('cites its own source document', () => {
        expect(citations.length).toBeGreaterThan(0);
        expect(new Set(citations.map((c) => c.document))).toEqual(new Set([policy.source.document]));
      });

      it.each(citations.map((c) => [c.quote.slice(0, 60), c] as const))('quotes verbatim: %s…', (_, citation) => {
        expect(seedText(citation.document)).toContain(citation.quote);
      });

      it('cites each rule by a whole sentence of its source', () => {
        for (const rule of policy.rules) {
          const text = seedText(rule.citation.document);
          const at = text.indexOf(rule.citation.quote);
          expect(at).toBeGreaterThanOrEqual(0);
          // A sentence starts a line or follows a sentence end, and ends with one.
          expect(at === 0 || /[\s.!?:”"]/.test(text[at - 1] ?? '')).toBe(true);
          expect(rule.citation.quote).toMatch(/[.!?”]$/);
        }
      });
    });
  }
});
