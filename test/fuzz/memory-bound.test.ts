import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/schema/limits.js';

/**
 * The memory bound the README states: whatever the workload limits accept is
 * computed, and its JSON and every report made, within 1 GB of heap. Each
 * input runs in a process of its own started with that heap limit
 * (`at-the-limits.ts`); a heap the input does not fit in ends that process
 * with an out-of-memory abort, and the test fails. Nothing here measures
 * time: a busy machine only makes it slower, hence the wide timeouts.
 */
const HEAP_MB = 1024;
const TIMEOUT = 15 * 60_000;
const root = fileURLToPath(new URL('../../', import.meta.url));
const script = fileURLToPath(new URL('./at-the-limits.ts', import.meta.url));

async function runAtTheLimits(input: 'counts' | 'texts' | 'past'): Promise<Record<string, unknown>> {
  const { stdout } = await promisify(execFile)(process.execPath, [`--max-old-space-size=${HEAP_MB}`, '--import', 'tsx', script, input], {
    cwd: root,
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(stdout) as Record<string, unknown>;
}

const AT_THE_LIMITS = { items: LIMITS.maxItems, payments: LIMITS.maxPayments, characters: LIMITS.maxReportCharacters };

describe(`within ${HEAP_MB} MB of heap`, () => {
  it('computes, reads, serialises and renders an input at every limit at once', { timeout: TIMEOUT }, async () => {
    const done = await runAtTheLimits('counts');
    expect(done['counted']).toEqual(AT_THE_LIMITS);
    // Every item built and every payment made: the counts were not merely upper bounds here.
    expect(done['items']).toBe(LIMITS.maxItems);
    expect(done['payments']).toBe(LIMITS.maxPayments);
    expect(done['longest']).toBeLessThanOrEqual(LIMITS.maxReportCharacters);
  });

  it('renders the longest reports the character limit admits: long texts on every item', { timeout: TIMEOUT }, async () => {
    const done = await runAtTheLimits('texts');
    expect(done['counted']).toMatchObject({ characters: LIMITS.maxReportCharacters });
    // The reports come close to the bound: this is the input that takes the most memory.
    expect(done['longest']).toBeGreaterThan(0.9 * LIMITS.maxReportCharacters);
    expect(done['longest']).toBeLessThanOrEqual(LIMITS.maxReportCharacters);
  });

  it('refuses one more item, payment or character, and a pack far past every limit, before building anything', { timeout: TIMEOUT }, async () => {
    const refused = await runAtTheLimits('past');
    expect(refused['atTheLimits']).toEqual(AT_THE_LIMITS);
    expect(refused['items']).toContainEqual(expect.stringContaining('would make 25,001 items'));
    expect(refused['payments']).toContainEqual(expect.stringContaining('would make 1,000,001 dated payments'));
    expect(refused['characters']).toEqual(['talents: The report of this assessment could run to 200,000,001 characters (every item repeats the texts of its rule); the limit is 200,000,000.']);
    // 500 monthly rules × 10,000 talents × 1,200 months would take terabytes: refused within the same heap.
    expect(refused['far']).toEqual([
      'talents: Assessing this project would make 5,000,000 items (one per project rule, and one per talent for each rule about talents); the limit is 25,000.',
      'talents: Assessing this project would make 6,000,000,000 dated payments (each month of rent or loan interest, each tranche, each one-off payment); the limit is 1,000,000.',
      expect.stringMatching(/^talents: The report of this assessment could run to [\d,]+ characters/),
    ]);
  });
});
