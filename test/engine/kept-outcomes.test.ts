import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

/**
 * What the engine keeps from one evaluation to the next (each rule's outcomes
 * of its tests, with their lists and translations) must not grow with the
 * projects it has seen: a service defines its pack once and evaluates a
 * stream of projects. 40,000 projects, each meeting a different set of a
 * rule's 24 tests, in a process of 64 MB of heap; kept for every outcome, they
 * took some 1.6 KB each and the process aborted out of memory. Nothing here
 * measures time: the limit is the heap's.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const script = fileURLToPath(new URL('./many-outcomes.ts', import.meta.url));

describe('the outcomes of eligibility tests the engine keeps', () => {
  it('are not kept for every outcome ever found: 40,000 different outcomes run in 64 MB of heap', { timeout: 600_000 }, async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ['--max-old-space-size=64', '--import', 'tsx', script, '40000'], { cwd: root });
    expect(JSON.parse(stdout)).toEqual({ evaluated: 40_000 });
  });
});
