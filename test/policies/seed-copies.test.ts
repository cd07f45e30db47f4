import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtInPolicies } from '../../src/policies/index.js';
import { SOURCE_LEDGERS } from '../../src/policies/ledgers.js';

/**
 * The library runs where no file can be read (a browser, a bundle), so each
 * pack carries a copy of its source, `src/policies/<pack>/seed.ts`, written
 * from `seeds/` by this test with `UPDATE_SEEDS=1`. Without it, the test checks
 * that every copy is the file, character for character.
 */
const update = process.env['UPDATE_SEEDS'] === '1';
const seedFile = (document: string) => readFileSync(new URL(`../../seeds/${document}`, import.meta.url), 'utf8');

/** A character a reader of the module could not see or tell apart, written as an escape. */
const UNSEEN = /[\p{Cc}\p{Cf}\p{Zs}\p{Zl}\p{Zp}\p{Cs}]/gu;
const literal = (line: string) => `'${line.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(UNSEEN, (c) => (c === ' ' ? c : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`))}'`;

function seedModule(document: string): string {
  const lines = seedFile(document).split('\n');
  return [
    `/**`,
    ` * The source document \`seeds/${document}\`, character for character, one`,
    ` * string per line (the last may be empty), joined by line breaks. Written`,
    ` * from the file by \`UPDATE_SEEDS=1 npx vitest run test/policies/seed-copies.test.ts\`; do not edit.`,
    ` */`,
    `export const SEED: string = [`,
    ...lines.map((line) => `  ${literal(line)},`),
    `].join('\\n');`,
    '',
  ].join('\n');
}

describe('the sources carried by the library', () => {
  for (const policy of builtInPolicies()) {
    it(`${policy.id} carries seeds/${policy.source.document} exactly`, () => {
      const path = new URL(`../../src/policies/${policy.id}/seed.ts`, import.meta.url);
      if (update) writeFileSync(path, seedModule(policy.source.document));
      expect(SOURCE_LEDGERS[policy.id]?.seed === seedFile(policy.source.document)).toBe(true);
    });
  }
});
