import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { TITLE } from '../../src/policies/qingshan-lake-2018/source.js';
import { MESSAGES } from '../../src/schema/messages.js';

/**
 * What the library's entry points can reach: its four runtime dependencies
 * (and fast-check, the optional peer of `chip-incentives/testing`), never a
 * Node built-in, so that the package runs in a browser or any other runtime.
 * The command line alone (`dist/cli.js`) is for Node.
 */
const dist = (name: string) => readFileSync(new URL(`../../dist/${name}`, import.meta.url), 'utf8');
const allSpecifiers = (code: string) => [...code.matchAll(/(?:^|\n)(?:import|export)\s+(?:[^'"]*?from\s+)?['"]([^'"]+)['"]|require\(['"]([^'"]+)['"]\)/g)].map((match) => match[1] ?? match[2]!);
/** The files an entry is made of: itself and the shared chunks it loads (the build splits modules several entries use into chunks). */
function filesOf(entry: string): string[] {
  const files = [entry];
  for (const file of files) {
    for (const chunk of allSpecifiers(dist(file)).filter((name) => name.startsWith('./'))) if (!files.includes(chunk.slice(2))) files.push(chunk.slice(2));
  }
  return files;
}
/** What an entry imports from outside the package's own files, its chunks included. */
const specifiers = (entry: string) => [...new Set(filesOf(entry).flatMap((file) => allSpecifiers(dist(file)).filter((name) => !name.startsWith('./'))))];
/** An entry's code, its chunks included. */
const codeOf = (entry: string) => filesOf(entry).map(dist).join('\n');
const BUILTINS = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);
const ALLOWED = /^(decimal\.js|zod|yaml|date-fns\/[a-zA-Z]+)$/;
// The testing entry uses the library through the package's own name, and fast-check, its optional peer.
const ALLOWED_IN_TESTING = /^(chip-incentives|fast-check)$/;

describe('the entry points', () => {
  it.each(['index.js', 'index.cjs', 'testing.js', 'testing.cjs'])('%s imports only the runtime dependencies', (file) => {
    const imported = specifiers(file);
    expect(imported.length).toBeGreaterThan(0);
    expect(imported.filter((name) => BUILTINS.has(name) || name.startsWith('node:'))).toEqual([]);
    expect(imported.filter((name) => !(file.startsWith('testing') ? ALLOWED_IN_TESTING : ALLOWED).test(name))).toEqual([]);
  });

  it('imports date-fns function by function, never the whole package', () => {
    expect(specifiers('index.js')).not.toContain('date-fns');
  });

  it('reads neither the clock nor the environment in the library code', () => {
    for (const file of ['index.js', 'testing.js']) {
      expect(codeOf(file)).not.toMatch(/\bDate\.now\(|new Date\(\)|process\.env|performance\.now\(/);
    }
  });
});

describe('the testing entry', () => {
  it.each(['testing.js', 'testing.cjs'])('%s loads the library by name and carries no copy of it', (file) => {
    const code = codeOf(file);
    expect(specifiers(file).sort()).toEqual(['chip-incentives', 'fast-check']);
    // The packs' verbatim sources are in the library, never in the testing entry.
    expect(codeOf(file.replace('testing', 'index'))).toContain(TITLE);
    expect(code).not.toContain(TITLE);
    expect(code).not.toMatch(/\bfunction (evaluate|definePolicy|compilePack)\b/);
  });

  it.each(['testing.js', 'testing.cjs'])('%s shares the modules it imports by path with the main entry: no file of its own repeats them', (file) => {
    // The messages, vocabulary and did-you-mean hints are in chunks the main entry loads too.
    const index = filesOf(file.replace('testing', 'index'));
    expect(filesOf(file).filter((chunk) => chunk !== file && !index.includes(chunk))).toEqual([]);
    expect(dist(file)).not.toContain(MESSAGES.required);
    expect(codeOf(file)).toContain(MESSAGES.required);
  });

  it('throws the main entry\'s IncentiveInputError for bad arguments, in ESM and in CJS', () => {
    // A separate Node process loads the built entries by name, as a user's project does.
    const root = fileURLToPath(new URL('../../', import.meta.url));
    const run = spawnSync(process.execPath, ['test/package/entries.mjs'], { cwd: root, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^ok entries/);
    expect(run.status).toBe(0);
  }, 120_000);
});
