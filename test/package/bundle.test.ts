import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { stringify } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { evaluate, exportPolicy, toJSON } from '../../src/index.js';
import { bundleSizes, type BundleSizes } from '../bench/bundle-size.js';

/**
 * What a user's bundler makes of the built package (run after `npm run
 * build`): the package is resolved by its name, so that its "exports" and
 * "sideEffects" apply as for a user.
 */
const root = new URL('../../', import.meta.url);
const scratch = mkdtempSync(join(tmpdir(), 'chip-incentives-bundle-'));
mkdirSync(join(scratch, 'node_modules'));
symlinkSync(fileURLToPath(root), join(scratch, 'node_modules', 'chip-incentives'), 'dir');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let measured: Promise<BundleSizes> | undefined;
/** The sizes of the benchmark, measured once for the tests below. */
const sizes = () => (measured ??= bundleSizes(root));

describe("a user's bundle", () => {
  it('of evaluate with a built-in pack carries neither yaml nor zod: nothing in it reads YAML, projects and options are read by hand', async () => {
    const packages = (await sizes()).evaluate.byPackage.map(([name]) => name);
    expect(packages).toContain('decimal.js');
    expect(packages).not.toContain('zod');
    expect(packages).not.toContain('yaml');
  }, 120_000);

  it('of evaluate from chip-incentives/core with one pack carries that pack only, and neither the registry nor the validator of definitions', async () => {
    const modules = (await sizes()).evaluate.byModule.map(([path]) => path);
    expect(modules).toContain('src/policies/qingshan-lake-2018/rules.ts');
    // Of the other packs, only the ids of the projects their sources name: the catalog's table, for the check of sourceProjects.
    const otherPacks = modules.filter((path) => /^src\/policies\/[^/]+\//.test(path) && !path.startsWith('src/policies/qingshan-lake-2018/'));
    expect(otherPacks.sort()).toEqual(['src/policies/jiashan-2023/projects.ts', 'src/policies/nanhu-2022/projects.ts']);
    for (const absent of ['src/api/registry.ts', 'src/api/define-policy.ts', 'src/schema/policy-definition.ts', 'src/policies/index.ts', 'src/report/to-json.ts']) {
      expect(modules).not.toContain(absent);
    }
  }, 120_000);

  it('of evaluate from chip-incentives/core with a pack from its entry gives the assessment of the id', async () => {
    const source = [
      "import { evaluate, toJSON } from 'chip-incentives/core';",
      "import { nanhu2022 } from 'chip-incentives/packs/nanhu-2022';",
      'export const assess = (project) => JSON.stringify(toJSON(evaluate(project, { policy: nanhu2022 })));',
    ].join('\n');
    writeFileSync(join(scratch, 'core.js'), source);
    const result = await build({
      entryPoints: [join(scratch, 'core.js')], absWorkingDir: scratch, bundle: true, minify: true, format: 'esm', platform: 'browser',
      target: 'es2022', write: false, logLevel: 'silent',
    });
    writeFileSync(join(scratch, 'core.bundle.mjs'), result.outputFiles[0]!.contents);
    const bundled = (await import(pathToFileURL(join(scratch, 'core.bundle.mjs')).href)) as { assess: (project: unknown) => string };
    const project = { name: 'Photomask', asOf: '2023-01-01', investment: { actual: '500000000' }, sourceProjects: ['nanhu-2022/photomask-material'] };
    expect(bundled.assess(project)).toBe(JSON.stringify(toJSON(evaluate(project, { policy: 'nanhu-2022' }))));
  }, 120_000);

  it('with chip-incentives/testing beside it carries the library once', async () => {
    const { markers, repeated } = await sizes();
    expect(markers).toBeGreaterThan(0);
    expect(repeated).toEqual([]);
  }, 120_000);

  it('of loadPolicy carries yaml and reads a policy written in YAML', async () => {
    // The same pack read from its YAML text evaluates as the built-in one: the yaml chunk is kept when used.
    const source = [
      "import { evaluate, loadPolicy, toJSON } from 'chip-incentives';",
      "const project = { name: 'Check', asOf: '2019-01-01', investment: { actual: '250000000', infrastructure: '50000000' } };",
      'export const fromYaml = (text) => JSON.stringify(toJSON(evaluate(project, { policy: loadPolicy(text) })));',
      "export const builtIn = () => JSON.stringify(toJSON(evaluate(project, { policy: 'qingshan-lake-2018' })));",
    ].join('\n');
    writeFileSync(join(scratch, 'load.js'), source);
    const result = await build({
      entryPoints: [join(scratch, 'load.js')], absWorkingDir: scratch, bundle: true, minify: true, format: 'esm', platform: 'browser',
      target: 'es2022', write: false, logLevel: 'silent', metafile: true,
    });
    const inputs = Object.keys(Object.values(result.metafile.outputs)[0]!.inputs);
    expect(inputs.some((path) => /node_modules\/yaml\//.test(path))).toBe(true);
    writeFileSync(join(scratch, 'load.bundle.mjs'), result.outputFiles[0]!.contents);
    const bundled = (await import(pathToFileURL(join(scratch, 'load.bundle.mjs')).href)) as { fromYaml: (text: string) => string; builtIn: () => string };
    expect(bundled.fromYaml(stringify(exportPolicy('qingshan-lake-2018')))).toBe(bundled.builtIn());
  }, 120_000);
});
