import { build, type Plugin } from 'esbuild';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { MESSAGES } from '../../src/schema/messages.js';
import { target, type Target } from './targets.js';

/** One bundle as a user's bundler writes it: bytes minified and gzipped, and the minified bytes by package. */
export interface Bundle {
  minified: number;
  gzipped: number;
  byPackage: Array<[string, number]>;
}

/** What a user's bundler makes of the package: sizes, and whether `testing` brings a second copy of the library. */
export interface BundleSizes {
  /** The source of the measured bundle: `evaluate` of `chip-incentives/core` with one pack from its own entry. */
  source: string;
  /** That bundle: what the size target measures. */
  evaluate: Bundle & {
    /**
     * The gzipped bytes of each part, by difference: zod and decimal.js (the
     * bundle less the same with the dependency left out), the library's own
     * code with the pack (every dependency left out), the pack (that, less the
     * same bundle without the pack's import).
     */
    shares: { library: number; pack: number; zod: number; decimalJs: number };
    /** The library's modules in the same bundle made from the sources, minified bytes, largest first. */
    byModule: Array<[string, number]>;
  };
  /** `evaluate` of the main entry with the pack's id, as before the pack entries: it carries every pack. */
  mainEntry: Bundle;
  /** The main entry's bundle with `chip-incentives/testing` beside it. */
  withTesting: { minified: number; gzipped: number };
  /** The library's fixed messages found in the main entry's bundle, and those the testing entry adds a copy of (a second library). */
  markers: number;
  repeated: string[];
}

const PACK_ID = 'qingshan-lake-2018';
const PACK_EXPORT = 'qingshanLake2018';
/**
 * Texts every copy of the library carries once: its fixed input messages, long
 * enough to be its own, in plain ASCII without quotes (a minifier writes them
 * as they are).
 */
const MARKERS = (Object.values(MESSAGES) as unknown[]).filter((text): text is string => typeof text === 'string' && /^[ -!#-&(-[\]-_a-~]{30,}$/.test(text));
/** The package an input of the bundle belongs to: a dependency by its name, else the library (its built files) or the user's entry. */
const packageOf = (path: string) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1] ?? (/\/dist\//.test(path) ? 'chip-incentives' : 'the entry');
const occurrences = (code: string, text: string) => code.split(text).length - 1;
const DEPENDENCIES = ['zod', 'decimal.js', 'date-fns', 'yaml'];

/** What a user writes: `evaluate` of the core entry and the pack from its entry (or, without a pack, any pack given). */
const CORE_SOURCE = `import { evaluate } from 'chip-incentives/core';\nimport { ${PACK_EXPORT} } from 'chip-incentives/packs/${PACK_ID}';\n` +
  `export const assess = (project) => evaluate(project, { policy: ${PACK_EXPORT} });\n`;
const CORE_WITHOUT_PACK = "import { evaluate } from 'chip-incentives/core';\nexport const assess = (project, policy) => evaluate(project, { policy });\n";
const MAIN_SOURCE = `import { evaluate } from 'chip-incentives';\nexport const assess = (project) => evaluate(project, { policy: '${PACK_ID}' });\n`;

/**
 * The package's entries read from its sources (`chip-incentives/core` from
 * src/core/index.ts, a pack from src/api/packs/), so that the bundle's
 * metafile names the library's modules: the built files are bundles of them.
 */
function fromSources(root: URL): Plugin {
  return {
    name: 'chip-incentives-sources',
    setup(build) {
      build.onResolve({ filter: /^chip-incentives\/(core|packs\/[a-z0-9-]+)$/ }, ({ path }) => ({
        path: fileURLToPath(new URL(path.endsWith('/core') ? 'src/core/index.ts' : `src/api/${path.slice('chip-incentives/'.length)}.ts`, root)),
      }));
    },
  };
}

/**
 * Bundles, minifies and gzips (node:zlib, default level) what a user ships:
 * `evaluate` of `chip-incentives/core` with the Qingshan Lake pack from its
 * own entry, with its shares by package and the library's modules; then
 * `evaluate` of the main entry with the pack's id, alone and with
 * `chip-incentives/testing` beside it (fast-check left out: a peer the user
 * has). The package is resolved by its name from a scratch project linking to
 * this checkout, so that its "exports" and "sideEffects" apply as for a user.
 *
 * @param root - the package's folder, built (dist/)
 * @returns the sizes in bytes, and the library's messages the testing entry repeats
 * @example
 * (await bundleSizes(new URL('../../', import.meta.url))).evaluate.shares.pack;
 * //=> 11254
 */
export async function bundleSizes(root: URL): Promise<BundleSizes> {
  const scratch = mkdtempSync(join(tmpdir(), 'chip-incentives-size-'));
  try {
    mkdirSync(join(scratch, 'node_modules'));
    symlinkSync(fileURLToPath(root), join(scratch, 'node_modules', 'chip-incentives'), 'dir');
    let count = 0;
    const bundle = async (source: string, external: string[] = [], plugins: Plugin[] = []) => {
      const name = `entry-${count++}.js`;
      writeFileSync(join(scratch, name), source);
      const result = await build({
        entryPoints: [join(scratch, name)], absWorkingDir: scratch, bundle: true, minify: true, format: 'esm', platform: 'browser',
        target: 'es2022', charset: 'utf8', external: ['fast-check', ...external], write: false, logLevel: 'silent', metafile: true, plugins,
      });
      const code = result.outputFiles[0]!.contents;
      const inputs = new Map<string, number>();
      for (const output of Object.values(result.metafile.outputs)) {
        for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) inputs.set(path, (inputs.get(path) ?? 0) + bytesInOutput);
      }
      const byPackage = new Map<string, number>();
      for (const [path, bytes] of inputs) byPackage.set(packageOf(path), (byPackage.get(packageOf(path)) ?? 0) + bytes);
      return {
        code: Buffer.from(code).toString('utf8'), minified: code.length, gzipped: gzipSync(code).length, inputs,
        byPackage: [...byPackage].sort((a, b) => b[1] - a[1]),
      };
    };
    const core = await bundle(CORE_SOURCE);
    const [noZod, noDecimal, library, libraryWithoutPack, sources] = await Promise.all([
      bundle(CORE_SOURCE, ['zod']), bundle(CORE_SOURCE, ['decimal.js']), bundle(CORE_SOURCE, DEPENDENCIES), bundle(CORE_WITHOUT_PACK, DEPENDENCIES),
      bundle(CORE_SOURCE, DEPENDENCIES, [fromSources(root)]),
    ]);
    const main = await bundle(MAIN_SOURCE);
    const both = await bundle(`${MAIN_SOURCE}export { checkPolicy, project } from 'chip-incentives/testing';\n`);
    const found = MARKERS.filter((text) => occurrences(main.code, text) > 0);
    return {
      source: CORE_SOURCE,
      evaluate: {
        minified: core.minified, gzipped: core.gzipped, byPackage: core.byPackage,
        shares: { library: library.gzipped, pack: library.gzipped - libraryWithoutPack.gzipped, zod: core.gzipped - noZod.gzipped, decimalJs: core.gzipped - noDecimal.gzipped },
        byModule: [...sources.inputs].flatMap(([path, bytes]): Array<[string, number]> => {
          const module = relative(fileURLToPath(root), resolve(scratch, path));
          return module.startsWith('src/') ? [[module, bytes]] : [];
        }).sort((a, b) => b[1] - a[1]),
      },
      mainEntry: { minified: main.minified, gzipped: main.gzipped, byPackage: main.byPackage },
      withTesting: { minified: both.minified, gzipped: both.gzipped },
      markers: found.length,
      repeated: found.filter((text) => occurrences(both.code, text) > occurrences(main.code, text)),
    };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** The library's modules grouped by folder (src/engine, src/policies/qingshan-lake-2018, ...), largest first. */
function byFolder(modules: Array<[string, number]>): Array<[string, number]> {
  const folders = new Map<string, number>();
  for (const [path, bytes] of modules) {
    const folder = path.split('/').slice(0, path.startsWith('src/policies/') ? 3 : 2).join('/').replace(/\.ts$/, '');
    folders.set(folder, (folders.get(folder) ?? 0) + bytes);
  }
  return [...folders].sort((a, b) => b[1] - a[1]);
}

/**
 * The sizes as the benchmark prints them.
 *
 * @param sizes - what `bundleSizes` measured
 * @returns the lines to print
 * @example
 * sizeLines(await bundleSizes(root))[0];
 * //=> "a user's bundle of evaluate (chip-incentives/core) with qingshanLake2018 (chip-incentives/packs/qingshan-lake-2018): 553.3 KB minified, 153.1 KB gzipped"
 */
export function sizeLines(sizes: BundleSizes): string[] {
  const { evaluate, mainEntry } = sizes;
  const list = (entries: Array<[string, number]>) => entries.map(([name, bytes]) => `${name} ${kb(bytes)}`).join(', ');
  return [
    `a user's bundle of evaluate (chip-incentives/core) with ${PACK_EXPORT} (chip-incentives/packs/${PACK_ID}): ` +
      `${kb(evaluate.minified)} minified, ${kb(evaluate.gzipped)} gzipped`,
    `  gzipped, by difference: the library's own code ${kb(evaluate.shares.library)} (of which the pack ${kb(evaluate.shares.pack)}), ` +
      `zod ${kb(evaluate.shares.zod)}, decimal.js ${kb(evaluate.shares.decimalJs)}`,
    `  minified, by package: ${list(evaluate.byPackage)}`,
    `  the library's part, minified, by folder: ${list(byFolder(evaluate.byModule))}`,
    `  its largest modules: ${list(evaluate.byModule.slice(0, 12))}`,
    `a user's bundle of evaluate (chip-incentives) with policy '${PACK_ID}', which reaches every pack: ${kb(mainEntry.minified)} minified, ${kb(mainEntry.gzipped)} gzipped`,
    `  minified, by package: ${list(mainEntry.byPackage)}`,
    `  with chip-incentives/testing beside it (fast-check apart): ${kb(sizes.withTesting.minified)} minified, ` +
      `${kb(sizes.withTesting.gzipped)} gzipped (+${kb(sizes.withTesting.gzipped - mainEntry.gzipped)})`,
    `  the library's fixed messages found in that bundle: ${sizes.markers}; carried a second time with testing: ${sizes.repeated.length}`,
  ];
}

/**
 * The size targets of the compiled engine.
 *
 * @param sizes - what `bundleSizes` measured
 * @returns the bundle's weight and the single copy with testing, each met or not
 * @example
 * sizeTargets(await bundleSizes(root)).map((line) => line.met);
 * //=> [false, false]
 */
export function sizeTargets(sizes: BundleSizes): Target[] {
  return [
    target('a user\'s minified, gzipped bundle of evaluate with one pack', kb(sizes.evaluate.gzipped), 'at most 35 KB', sizes.evaluate.gzipped <= 35 * 1024),
    target('chip-incentives/testing carries no second copy of the library', `${sizes.repeated.length} of ${sizes.markers} messages twice`,
      'none twice', sizes.markers > 0 && sizes.repeated.length === 0),
  ];
}
