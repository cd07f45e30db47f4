import { build } from 'esbuild';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * `chip-incentives/core` and the pack entries validate projects and options
 * by hand: zod, a large part of a bundle and of a cold import, must not be
 * reachable from them. Bundled from the sources with esbuild, each entry's
 * metafile lists every module it reaches; a module of zod among them fails
 * the test, which names the modules of the library that import it.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const ENTRIES = ['src/core/index.ts', ...readdirSync(new URL('../../src/api/packs/', import.meta.url)).map((file) => `src/api/packs/${file}`)];
const isZod = (path: string) => /(^|\/)node_modules\/zod\//.test(path);

/** The modules an entry reaches, and which of the library's import zod directly. */
async function reached(entry: string): Promise<{ modules: string[]; importers: string[] }> {
  const result = await build({
    entryPoints: [entry], absWorkingDir: root, bundle: true, write: false, metafile: true, format: 'esm', platform: 'neutral',
    mainFields: ['module', 'main'], logLevel: 'silent',
  });
  const inputs = Object.entries(result.metafile.inputs);
  return {
    modules: inputs.map(([path]) => path),
    importers: inputs.filter(([path, input]) => !isZod(path) && input.imports.some((imported) => isZod(imported.path))).map(([path]) => path),
  };
}

describe('zod is not reachable from the core entry or the pack entries', () => {
  it.each(ENTRIES)('%s', async (entry) => {
    const { modules, importers } = await reached(entry);
    expect(modules.length).toBeGreaterThan(10);
    expect(importers, `modules reached from ${entry} that import zod`).toEqual([]);
    expect(modules.filter(isZod)).toEqual([]);
  }, 120_000);

  it('the check finds zod where it is reached: from the main entry', async () => {
    const { importers } = await reached('src/index.ts');
    expect(importers).toContain('src/schema/project.ts');
  }, 120_000);
});
