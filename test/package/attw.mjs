// Checks the types of the package as published (attw, profile node16) from a tarball packed without
// running the package's scripts: `attw --pack` runs a plain `npm pack`, which would run `prepare` and
// build the package a second time in the middle of the tests.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const destination = mkdtempSync(join(tmpdir(), 'chip-incentives-attw-'));
try {
  const packed = spawnSync(npm, ['pack', '--ignore-scripts', '--json', '--pack-destination', destination], { cwd: root, encoding: 'utf8', shell: process.platform === 'win32' });
  if (packed.status !== 0) throw new Error(`npm pack failed:\n${packed.stderr}`);
  const [{ filename }] = JSON.parse(packed.stdout);
  const attw = fileURLToPath(new URL('../../node_modules/@arethetypeswrong/cli/dist/index.js', import.meta.url));
  const checked = spawnSync(process.execPath, [attw, join(destination, filename), '--profile', 'node16'], { cwd: root, stdio: 'inherit' });
  process.exitCode = checked.status ?? 1;
} finally {
  rmSync(destination, { recursive: true, force: true });
}
