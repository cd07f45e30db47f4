import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { describe, expect, it } from 'vitest';

/**
 * What the library's entry points can reach: its three runtime dependencies
 * (and fast-check, the optional peer of `chip-incentives/testing`), never a
 * Node built-in, so that the package runs in a browser or any other runtime.
 * The command line alone (`dist/cli.js`) is for Node.
 */
const dist = (name: string) => readFileSync(new URL(`../../dist/${name}`, import.meta.url), 'utf8');
const specifiers = (code: string) => [...code.matchAll(/(?:^|\n)import\s+(?:[^'"]*?from\s+)?['"]([^'"]+)['"]|require\(['"]([^'"]+)['"]\)/g)].map((match) => match[1] ?? match[2]!);
const BUILTINS = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);
const ALLOWED = /^(decimal\.js|zod|date-fns\/[a-zA-Z]+|fast-check)$/;

describe('the entry points', () => {
  it.each(['index.js', 'index.cjs', 'testing.js', 'testing.cjs'])('%s imports only the runtime dependencies', (file) => {
    const imported = specifiers(dist(file));
    expect(imported.length).toBeGreaterThan(0);
    expect(imported.filter((name) => BUILTINS.has(name) || name.startsWith('node:'))).toEqual([]);
    expect(imported.filter((name) => !ALLOWED.test(name))).toEqual([]);
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
