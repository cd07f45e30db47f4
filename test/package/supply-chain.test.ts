import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { skipWithReason } from './skip.js';

/**
 * What users install: the files of the tarball, the scripts that would run on
 * install, and the dependencies that come with the package.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const manifest = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as {
  scripts: Record<string, string>; dependencies: Record<string, string>; files: string[]; license: string;
};
const lockfile = JSON.parse(readFileSync(`${root}package-lock.json`, 'utf8')) as {
  lockfileVersion: number; packages: Record<string, { version?: string; dependencies?: Record<string, string>; hasInstallScript?: boolean; dev?: boolean; optional?: boolean; peer?: boolean }>;
};

function npm(args: string[]): { status: number | null; stdout: string } {
  const result = spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', args, { cwd: root, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout };
}

describe('the tarball', () => {
  it('ships the build, the sources it cites, the license, the README and the CHANGELOG, and nothing else', () => {
    const packed = JSON.parse(npm(['pack', '--dry-run', '--json', '--ignore-scripts']).stdout) as Array<{ files: Array<{ path: string }> }>;
    const files = packed[0]!.files.map((file) => file.path).sort();
    // The modules several entries share, in chunks named by a hash of their content: one chunk per set of entries using them.
    // Their declarations likewise, named by a module of theirs and a hash (options-<hash>.d.ts), one for each build.
    const chunks = files.filter((path) => /^dist\/chunk-[\w-]+\.c?js$/.test(path));
    const declarationChunks = files.filter((path) => /^dist\/[a-z-]+-[\w-]{8}\.d\.c?ts$/.test(path));
    expect(chunks.filter((path) => path.endsWith('.cjs')).length).toBe(chunks.filter((path) => path.endsWith('.js')).length);
    expect(declarationChunks.filter((path) => path.endsWith('.d.cts')).length).toBe(declarationChunks.filter((path) => path.endsWith('.d.ts')).length);
    const packEntries = ['jiashan-2023', 'lishui-2024', 'nanhu-2022', 'qingshan-lake-2018', 'shanxi-2021'].flatMap((id) =>
      ['cjs', 'd.cts', 'd.ts', 'js'].map((extension) => `dist/packs/${id}.${extension}`));
    expect(files.filter((path) => !chunks.includes(path) && !declarationChunks.includes(path))).toEqual([
      'CHANGELOG.md', 'LICENSE', 'README.md',
      'dist/cli.js', 'dist/core.cjs', 'dist/core.d.cts', 'dist/core.d.ts', 'dist/core.js',
      'dist/html.cjs', 'dist/html.d.cts', 'dist/html.d.ts', 'dist/html.js', 'dist/index.cjs', 'dist/index.d.cts', 'dist/index.d.ts', 'dist/index.js',
      ...packEntries, 'dist/policy.schema.json', 'dist/project.schema.json',
      'dist/testing.cjs', 'dist/testing.d.cts', 'dist/testing.d.ts', 'dist/testing.js',
      // No entry of the package ("exports" does not list it): what gives the import of yaml a chunk of its own.
      'dist/yaml-library.cjs', 'dist/yaml-library.js',
      'package.json',
      'seeds/000_b4dcf5b4fee473fc.txt', 'seeds/001_177d6e6ea038ea46.txt', 'seeds/002_95a2ad1254be288a.txt',
      'seeds/003_f2aafe524cfe14b5.txt', 'seeds/004_94550b9b847bb263.txt',
    ]);
  });
});

describe('install', () => {
  it('runs no script of the package on install; `prepare` only builds, for a git install or in the repository', () => {
    for (const hook of ['preinstall', 'install', 'postinstall', 'preprepare', 'postprepare', 'prepack', 'postpack']) {
      expect(manifest.scripts[hook], hook).toBeUndefined();
    }
    // npm runs `prepare` after `npm install` in the repository and when it installs the package from a
    // git URL (which holds no dist/), never when it installs the published tarball.
    expect(manifest.scripts['prepare']).toBe('npm run build');
  });

  it('ships the MIT license that package.json names', () => {
    const license = readFileSync(`${root}LICENSE`, 'utf8');
    expect(manifest.license).toBe('MIT');
    expect(license).toMatch(/^MIT License\n\nCopyright \(c\) 2026 The chip-incentives authors\n/);
    expect(license).toContain('THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND');
  });

  it('brings exactly four runtime dependencies, none with an install script, all locked', () => {
    expect(lockfile.lockfileVersion).toBe(3);
    expect(Object.keys(manifest.dependencies).sort()).toEqual(['date-fns', 'decimal.js', 'yaml', 'zod']);
    // Everything the runtime dependencies pull in, from the lockfile.
    const reached = new Set<string>();
    const queue = Object.keys(manifest.dependencies);
    while (queue.length > 0) {
      const name = queue.shift()!;
      if (reached.has(name)) continue;
      reached.add(name);
      const entry = lockfile.packages[`node_modules/${name}`];
      expect(entry?.version, `${name} is locked`).toBeDefined();
      expect(entry?.hasInstallScript, `${name} has an install script`).toBeUndefined();
      expect(entry?.dev, `${name} is a runtime dependency`).toBeUndefined();
      queue.push(...Object.keys(entry?.dependencies ?? {}));
    }
    expect([...reached].sort()).toEqual(['date-fns', 'decimal.js', 'yaml', 'zod']);
  });

  it('has no known vulnerability in the runtime dependencies (npm audit --omit=dev)', (context) => {
    const report = JSON.parse(npm(['audit', '--omit=dev', '--json']).stdout || '{}') as { metadata?: { vulnerabilities: Record<string, number> }; statusCode?: number; message?: string };
    if (!report.metadata) {
      // The registry this machine uses may not offer the audit service; that is reported, not passed.
      skipWithReason(context, `npm audit could not reach an advisory service: ${report.statusCode ?? ''} ${report.message?.split(' - ')[0] ?? 'no answer'}`);
      return;
    }
    expect(report.metadata.vulnerabilities).toMatchObject({ low: 0, moderate: 0, high: 0, critical: 0 });
  });
});
