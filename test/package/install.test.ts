import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { copyFileSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, type TestContext } from 'vitest';
import { skipWithReason } from './skip.js';

/**
 * The package installed the two ways a stranger installs it, each into a new
 * project in a temporary directory, then used there by name: the packed
 * tarball (what the registry serves), and a git URL of the repository (which
 * holds no dist/: npm installs the dev dependencies in its clone and runs
 * `prepare`, the build). Both need the registry for the dependencies; when it
 * cannot be reached the tests are skipped, each with one printed line.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const manifest = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { devDependencies: Record<string, string> };
const npmCommand = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const project = { name: 'Installed', asOf: '2019-01-01', investment: { actual: '250000000', infrastructure: '50000000' } };

/**
 * The environment without what `npm run` sets for this repository (its
 * prefix, its package fields), so that an npm started here works on the
 * temporary project and not on this one. Packages already in npm's cache are
 * taken from it, also by the install npm runs in its clone of the repository.
 */
function freshEnvironment(): NodeJS.ProcessEnv {
  const environment: NodeJS.ProcessEnv = { ...process.env, npm_config_prefer_offline: 'true' };
  for (const key of Object.keys(environment)) {
    if (/^npm_(config_local_prefix|package_|lifecycle_|command$)/i.test(key) || key === 'INIT_CWD') delete environment[key];
  }
  return environment;
}

function run(command: string, args: string[], options: SpawnSyncOptions & { cwd: string }): string {
  const result = spawnSync(command, args, { encoding: 'utf8', env: freshEnvironment(), shell: process.platform === 'win32', ...options });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} exited ${result.status ?? result.signal}:\n${String(result.stdout)}\n${String(result.stderr)}`);
  }
  return String(result.stdout);
}

let work: string;
let registry: { ok: true } | { ok: false; reason: string };

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'chip-incentives-install-'));
  const ping = spawnSync(npmCommand, ['ping'], { encoding: 'utf8', env: freshEnvironment(), timeout: 60_000, shell: process.platform === 'win32' });
  // npm's own account of the failure: its FetchError line, else its error code, else how it ended.
  const said = ping.stderr.match(/^npm error (FetchError: .*|code \S+)$/m)?.[1];
  registry = ping.status === 0 ? { ok: true } : { ok: false, reason: `the npm registry cannot be reached (npm ping: ${ping.error?.message ?? said ?? `exit ${ping.status ?? ping.signal}`})` };
}, 90_000);

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
}, 300_000);

/** A new project that installs `spec` (and fast-check, the optional peer of the testing entry). */
function installInNewProject(name: string, spec: string): string {
  const directory = join(work, name);
  mkdirSync(directory);
  writeFileSync(join(directory, 'package.json'), `${JSON.stringify({ name: `try-${name}`, version: '1.0.0', private: true }, null, 2)}\n`);
  run(npmCommand, ['install', '--no-audit', '--no-fund', spec, `fast-check@${manifest.devDependencies['fast-check']}`], { cwd: directory });
  return directory;
}

/** Uses the installed package: both entries in ESM and CJS, and the command line. */
function useInstalled(directory: string): void {
  const installed = join(directory, 'node_modules', 'chip-incentives');
  for (const file of ['dist/index.js', 'dist/index.cjs', 'dist/testing.js', 'dist/testing.cjs', 'dist/cli.js', 'LICENSE']) {
    expect(existsSync(join(installed, file)), file).toBe(true);
  }
  expect(existsSync(join(installed, 'src')), 'the sources are not installed').toBe(false);

  copyFileSync(`${root}test/package/entries.mjs`, join(directory, 'entries.mjs'));
  expect(run(process.execPath, ['entries.mjs'], { cwd: directory })).toMatch(/^ok entries/);

  const cli = join(directory, 'node_modules', '.bin', 'chip-incentives');
  expect(run(cli, ['policies'], { cwd: directory })).toContain('qingshan-lake-2018');
  const report = run(cli, ['evaluate', '-', '--policy', 'qingshan-lake-2018', '--format', 'json'], { cwd: directory, input: JSON.stringify(project) });
  expect((JSON.parse(report) as { totals: { cash: string } }).totals.cash).toBe('30000000.00');
}

function needsRegistry(context: TestContext): boolean {
  if (!registry.ok) skipWithReason(context, registry.reason);
  return registry.ok;
}

describe('installing the package', () => {
  it('from the packed tarball, as the registry serves it: no script of the package runs', (context) => {
    if (!needsRegistry(context)) return;
    const packed = JSON.parse(run(npmCommand, ['pack', '--ignore-scripts', '--json', '--pack-destination', work], { cwd: root })) as Array<{ filename: string }>;
    const directory = installInNewProject('from-tarball', join(work, packed[0]!.filename));
    const lockfile = JSON.parse(readFileSync(join(directory, 'package-lock.json'), 'utf8')) as { packages: Record<string, { hasInstallScript?: boolean }> };
    expect(lockfile.packages['node_modules/chip-incentives']?.hasInstallScript).toBeUndefined();
    useInstalled(directory);
  }, 600_000);

  it('from a git URL: npm builds dist/ with `prepare`', (context) => {
    if (!needsRegistry(context)) return;
    // A repository of the working tree as it is (tracked files and new ones git does not ignore).
    const source = join(work, 'repository');
    const listed = run('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root }).split('\0');
    // Regular files only: a path git lists may be gone from the working tree, or be a link.
    for (const file of listed.filter((path) => path !== '' && existsSync(join(root, path)) && lstatSync(join(root, path)).isFile())) {
      mkdirSync(dirname(join(source, file)), { recursive: true });
      copyFileSync(join(root, file), join(source, file));
    }
    expect(existsSync(join(source, 'dist')), 'the repository holds no build').toBe(false);
    const git = (args: string[]) => run('git', ['-c', 'user.name=chip-incentives tests', '-c', 'user.email=tests@example.invalid', '-c', 'commit.gpgsign=false', ...args], { cwd: source });
    git(['init', '-q']);
    git(['add', '-A']);
    git(['commit', '-q', '--no-verify', '-m', 'The working tree, to install from git']);
    useInstalled(installInNewProject('from-git', `git+${pathToFileURL(source).href}`));
  }, 1_800_000);
});
