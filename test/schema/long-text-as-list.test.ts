import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { validateProjectWithZod } from '../../src/schema/validate-project-with-zod.js';
import { validateProject } from '../../src/schema/validate-project.js';

/**
 * A text of 40 million characters where a list is due is refused as zod
 * refuses it (not a list, and longer than the list may be) within a heap of
 * 256 MB: measuring its length may not make a list of its characters (some
 * 8 bytes a character: 320 MB here, and a fatal out-of-memory abort of the
 * whole process for a text of 250 million characters at the default heap).
 * Each field in a process of its own, started with that heap; nothing here
 * measures time.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const script = fileURLToPath(new URL('./long-text-as-list.ts', import.meta.url));
const TIMEOUT = 5 * 60_000;

async function codesFor(field: string): Promise<string> {
  const { stdout } = await promisify(execFile)(process.execPath, ['--max-old-space-size=256', '--import', 'tsx', script, field], { cwd: root });
  return stdout;
}

describe('a very long text where a list is due', () => {
  for (const field of ['activities', 'deviceTypes', 'targetMarkets', 'sourceProjects', 'talents', 'loans']) {
    it(`is refused at ${field} within a heap of 256 MB`, { timeout: TIMEOUT }, async () => {
      expect(await codesFor(field)).toBe('invalid_type,out_of_range');
    });
  }

  it('is counted in characters, a surrogate pair one, as zod counts it', () => {
    // 10,000 talents at most: 10,000 emoji are 20,000 UTF-16 units but 10,000 characters (within the limit);
    // one more is past it; a lone surrogate counts as one.
    for (const talents of ['😀'.repeat(10_000), '😀'.repeat(10_001), `${'😀'.repeat(9_999)}\ud800`, `${'😀'.repeat(10_000)}\udc00`]) {
      const project = { name: 'P', investment: { actual: '1' }, talents };
      expect(validateProject(project)).toStrictEqual(validateProjectWithZod(project));
    }
  });
});
