import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

/**
 * `opportunities` evaluates one changed project per candidate, each a whole
 * assessment: it must keep only how each differs from the project as given,
 * and refuse, before evaluating anything, a search past its budget
 * (`LIMITS.maxOpportunityItems`, `maxOpportunityPayments`). Each search runs
 * in a process of its own under a small heap: one that kept the changed
 * assessments (587 items each, 290 of them with 36 months of rent, 330 assessments)
 * ends with an out-of-memory abort there. Nothing here measures time.
 */
const HEAP_MB = 256;
const TIMEOUT = 10 * 60_000;
const root = fileURLToPath(new URL('../../', import.meta.url));
const script = fileURLToPath(new URL('./opportunities-at-the-limit.ts', import.meta.url));

async function search(talents: number): Promise<Record<string, unknown>> {
  const { stdout } = await promisify(execFile)(process.execPath, [`--max-old-space-size=${HEAP_MB}`, '--import', 'tsx', script, String(talents)], { cwd: root });
  return JSON.parse(stdout) as Record<string, unknown>;
}

describe(`opportunities within ${HEAP_MB} MB of heap`, () => {
  it('searches a Qingshan Lake project of 290 talents, each made qualified in turn', { timeout: TIMEOUT }, async () => {
    // 290 talents: 290 × 2 talent items + 7 project items = 587 items an assessment; the candidates
    // counted before the search are 290 + 34 (one per talent, the others for the project's items):
    // 324 × 587 = 190,188 items, within 200,000. 330 are evaluated in the end (completed candidates).
    expect(await search(290)).toEqual({ evaluated: 330, opportunities: 296, unlocked: 290 });
  });

  it('refuses one of 300 talents before evaluating anything', { timeout: TIMEOUT }, async () => {
    // (300 + 34 candidates) × (300 × 2 + 7 items) = 334 × 607 = 202,738 items, past 200,000.
    expect(await search(300)).toEqual({
      refused: [
        'talents: Finding what would unlock more could evaluate 334 changed projects, 202,738 items in all (those of one assessment times the changed projects); the limit is 200,000: assess fewer talents at once.',
      ],
    });
  });
});
