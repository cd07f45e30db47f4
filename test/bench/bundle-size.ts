import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { MESSAGES } from '../../src/schema/messages.js';
import { target, type Target } from './targets.js';

/** What a user's bundler makes of the package: sizes, and whether `testing` brings a second copy of the library. */
export interface BundleSizes {
  /** How the entry names the pack: an export of the package, or the built-in id. */
  packImport: string;
  evaluate: { minified: number; gzipped: number; byPackage: Array<[string, number]> };
  withTesting: { minified: number; gzipped: number };
  /** The library's fixed messages found in the evaluate bundle, and those the testing entry adds a copy of (a second library). */
  markers: number;
  repeated: string[];
}

const PACK_ID = 'qingshan-lake-2018';
/**
 * Texts every copy of the library carries once: its fixed input messages, long
 * enough to be its own, in plain ASCII without quotes (a minifier writes them
 * as they are).
 */
const MARKERS = (Object.values(MESSAGES) as unknown[]).filter((text): text is string => typeof text === 'string' && /^[ -!#-&(-[\]-_a-~]{30,}$/.test(text));
/** The package an input of the bundle belongs to: a dependency by its name, the library by its file. */
const packageOf = (path: string) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1] ?? path.replace(/^.*\/(dist\/)/, 'chip-incentives/$1');
const occurrences = (code: string, text: string) => code.split(text).length - 1;

/**
 * The entry a user writes for `evaluate` with one pack: the pack imported on
 * its own when the package exports it (an object whose `id` is the pack's),
 * the built-in id otherwise.
 */
async function packEntry(distUrl: string): Promise<{ imports: string; policy: string; packImport: string }> {
  const exported = (await import(distUrl)) as Record<string, unknown>;
  const name = Object.keys(exported).find((key) => {
    const value = exported[key];
    return typeof value === 'object' && value !== null && (value as { id?: unknown }).id === PACK_ID;
  });
  return name === undefined
    ? { imports: 'evaluate', policy: JSON.stringify(PACK_ID), packImport: `evaluate with policy '${PACK_ID}' (no export of the pack on its own)` }
    : { imports: `evaluate, ${name}`, policy: name, packImport: `evaluate and ${name}` };
}

/**
 * Bundles, minifies and gzips (node:zlib, default level) what a user ships:
 * `evaluate` with the Qingshan Lake pack, then the same with
 * `chip-incentives/testing` beside it (fast-check left out: a peer the user
 * has). The package is resolved by its name from a scratch project linking to
 * this checkout, so that its "exports" and "sideEffects" apply as for a user.
 *
 * @param root - the package's folder, built (dist/)
 * @returns the sizes in bytes, and the library's messages the testing entry repeats
 * @example
 * (await bundleSizes(new URL('../../', import.meta.url))).repeated;
 * //=> []
 */
export async function bundleSizes(root: URL): Promise<BundleSizes> {
  const entry = await packEntry(new URL('dist/index.js', root).href);
  const scratch = mkdtempSync(join(tmpdir(), 'chip-incentives-size-'));
  try {
    mkdirSync(join(scratch, 'node_modules'));
    symlinkSync(fileURLToPath(root), join(scratch, 'node_modules', 'chip-incentives'), 'dir');
    const evaluateOnly = `import { ${entry.imports} } from 'chip-incentives';\nexport const assess = (project) => evaluate(project, { policy: ${entry.policy} });\n`;
    const withTesting = `${evaluateOnly}export { checkPolicy, project } from 'chip-incentives/testing';\n`;
    const bundle = async (name: string, source: string) => {
      writeFileSync(join(scratch, name), source);
      const result = await build({
        entryPoints: [join(scratch, name)], absWorkingDir: scratch, bundle: true, minify: true, format: 'esm',
        platform: 'browser', target: 'es2022', charset: 'utf8', external: ['fast-check'], write: false, logLevel: 'silent', metafile: true,
      });
      const code = result.outputFiles[0]!.contents;
      const byPackage = new Map<string, number>();
      for (const output of Object.values(result.metafile.outputs)) {
        for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
          byPackage.set(packageOf(path), (byPackage.get(packageOf(path)) ?? 0) + bytesInOutput);
        }
      }
      return {
        code: Buffer.from(code).toString('utf8'), minified: code.length, gzipped: gzipSync(code).length,
        byPackage: [...byPackage].sort((a, b) => b[1] - a[1]),
      };
    };
    const alone = await bundle('evaluate.js', evaluateOnly);
    const both = await bundle('with-testing.js', withTesting);
    const found = MARKERS.filter((text) => occurrences(alone.code, text) > 0);
    return {
      packImport: entry.packImport,
      evaluate: { minified: alone.minified, gzipped: alone.gzipped, byPackage: alone.byPackage },
      withTesting: { minified: both.minified, gzipped: both.gzipped },
      markers: found.length,
      repeated: found.filter((text) => occurrences(both.code, text) > occurrences(alone.code, text)),
    };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * The sizes as the benchmark prints them.
 *
 * @param sizes - what `bundleSizes` measured
 * @returns the lines to print
 * @example
 * sizeLines(await bundleSizes(root))[0];
 * //=> "a user's bundle of evaluate with policy 'qingshan-lake-2018' (…): 694.7 KB minified, 199.0 KB gzipped"
 */
export function sizeLines(sizes: BundleSizes): string[] {
  return [
    `a user's bundle of ${sizes.packImport}: ${kb(sizes.evaluate.minified)} minified, ${kb(sizes.evaluate.gzipped)} gzipped`,
    `  minified, by package: ${sizes.evaluate.byPackage.map(([name, bytes]) => `${name} ${kb(bytes)}`).join(', ')}`,
    `  with chip-incentives/testing beside it (fast-check apart): ${kb(sizes.withTesting.minified)} minified, ` +
      `${kb(sizes.withTesting.gzipped)} gzipped (+${kb(sizes.withTesting.gzipped - sizes.evaluate.gzipped)})`,
    `  the library's fixed messages found in the evaluate bundle: ${sizes.markers}; carried a second time with testing: ${sizes.repeated.length}`,
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
