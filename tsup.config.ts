import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defineConfig, type Options } from 'tsup';

// `npm run build` empties dist/ first; the two builds below run side by side and must not clean it.
const common: Options = {
  clean: false,
  sourcemap: false,
  target: 'es2022',
  treeshake: true,
  splitting: false,
  // Keep the Chinese texts as UTF-8 rather than \u escapes (half the bytes).
  esbuildOptions(options) {
    options.charset = 'utf8';
  },
};

type EsbuildPlugin = NonNullable<Options['esbuildPlugins']>[number];

/**
 * `chip-incentives/testing` and `chip-incentives/html` use the library through
 * its public entry (`src/testing` and `src/html` import `../index.js`). The build leaves that import to run
 * time under the package's own name, so that dist/testing.js (html.js) loads
 * dist/index.js and dist/testing.cjs (html.cjs) loads dist/index.cjs (package.json
 * "exports"): one copy of the library, one `IncentiveInputError`, whichever
 * entry threw it. Sources, typecheck and tests keep the relative import.
 */
const libraryByName: EsbuildPlugin = {
  name: 'library-by-name',
  setup(build) {
    const entry = resolve('src/index.ts');
    build.onResolve({ filter: /(^|\/)index\.js$/ }, (args) =>
      resolve(args.resolveDir, args.path).replace(/\.js$/, '.ts') === entry ? { path: 'chip-incentives', external: true } : undefined,
    );
  },
};

/** The built-in packs, each an entry of its own (`chip-incentives/packs/<id>`), in dist/packs/. */
const packEntries = Object.fromEntries(
  ['qingshan-lake-2018', 'shanxi-2021', 'nanhu-2022', 'jiashan-2023', 'lishui-2024'].map((id) => [`packs/${id}`, `src/api/packs/${id}.ts`]),
);

/**
 * The entries of the package ("exports" in package.json). `core` and the
 * packs share their modules with the main entry through the chunks below: a
 * pack imported from its entry is the object the main entry's id names, and
 * an input error of any entry is one `IncentiveInputError` (per build).
 */
const publicEntries = { index: 'src/index.ts', testing: 'src/testing/index.ts', html: 'src/html/index.ts', core: 'src/core/index.ts', ...packEntries };

export default defineConfig([
  {
    ...common,
    // The library: no Node-only module is reachable from these entries. `html` bundles the chart
    // libraries it uses (d3-scale, d3-shape: ESM only, and development dependencies of the package),
    // so that its CommonJS build loads them too and the main entry never carries them.
    //
    // Split into shared chunks, so that the modules `testing` and `html` import by relative path
    // (messages, vocabulary, ...) are one file that the main entry imports too, not a copy in each
    // entry. `yaml-library` is no entry of the package ("exports" does not list it): declared here only
    // so that the import of `yaml` gets a chunk of its own, which a user's bundler drops with `yaml`
    // when nothing reads YAML (see src/schema/yaml-library.ts).
    entry: { ...publicEntries, 'yaml-library': 'src/schema/yaml-library.ts' },
    format: ['esm', 'cjs'],
    splitting: true,
    dts: { entry: publicEntries },
    platform: 'neutral',
    esbuildPlugins: [libraryByName],
    // The JSON Schema files are generated from the zod schemas of the build just made.
    async onSuccess() {
      // A URL in a variable, so that the bundler of this config leaves the import to run time.
      const url = `${pathToFileURL(resolve('dist/index.js')).href}?build=${Date.now()}`;
      const built = (await import(url)) as { projectJsonSchema: () => unknown; policyJsonSchema: () => unknown };
      await writeFile('dist/project.schema.json', `${JSON.stringify(built.projectJsonSchema(), null, 2)}\n`);
      await writeFile('dist/policy.schema.json', `${JSON.stringify(built.policyJsonSchema(), null, 2)}\n`);
    },
  },
  {
    ...common,
    // The command line, for Node only.
    entry: { cli: 'src/cli/bin.ts' },
    format: ['esm'],
    dts: false,
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
  },
]);
