import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { TITLE } from '../../src/policies/qingshan-lake-2018/source.js';

/**
 * What the library's entry points can reach: its four runtime dependencies
 * (and fast-check, the optional peer of `chip-incentives/testing`), never a
 * Node built-in, so that the package runs in a browser or any other runtime.
 * The command line alone (`dist/cli.js`) is for Node.
 */
const dist = (name: string) => readFileSync(new URL(`../../dist/${name}`, import.meta.url), 'utf8');
const specifiers = (code: string) => [...code.matchAll(/(?:^|\n)import\s+(?:[^'"]*?from\s+)?['"]([^'"]+)['"]|require\(['"]([^'"]+)['"]\)/g)].map((match) => match[1] ?? match[2]!);
const BUILTINS = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);
const ALLOWED = /^(decimal\.js|zod|yaml|date-fns\/[a-zA-Z]+)$/;
// The testing entry uses the library through the package's own name, and fast-check, its optional peer.
const ALLOWED_IN_TESTING = /^(chip-incentives|fast-check)$/;

describe('the entry points', () => {
  it.each(['index.js', 'index.cjs', 'testing.js', 'testing.cjs'])('%s imports only the runtime dependencies', (file) => {
    const imported = specifiers(dist(file));
    expect(imported.length).toBeGreaterThan(0);
    expect(imported.filter((name) => BUILTINS.has(name) || name.startsWith('node:'))).toEqual([]);
    expect(imported.filter((name) => !(file.startsWith('testing') ? ALLOWED_IN_TESTING : ALLOWED).test(name))).toEqual([]);
  });

  it('imports date-fns function by function, never the whole package', () => {
    expect(specifiers(dist('index.js'))).not.toContain('date-fns');
  });

  it('reads neither the clock nor the environment in the library code', () => {
    for (const file of ['index.js', 'testing.js']) {
      expect(dist(file)).not.toMatch(/\bDate\.now\(|new Date\(\)|process\.env|performance\.now\(/);
    }
  });
});

describe('the testing entry', () => {
  it.each(['testing.js', 'testing.cjs'])('%s loads the library by name and carries no copy of it', (file) => {
    const code = dist(file);
    expect([...new Set(specifiers(code))].sort()).toEqual(['chip-incentives', 'fast-check']);
    // The packs' verbatim sources are in the library, never in the testing entry.
    expect(dist(file.replace('testing', 'index'))).toContain(TITLE);
    expect(code).not.toContain(TITLE);
    expect(code).not.toMatch(/\bfunction (evaluate|definePolicy|compilePack)\b/);
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
