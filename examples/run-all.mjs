// Runs every example script against the built package, in order; fails on the first that fails.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const directory = fileURLToPath(new URL('./', import.meta.url));
const scripts = readdirSync(directory).filter((name) => /^\d\d-.*\.ts$/.test(name)).sort();
for (const script of scripts) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', `${directory}${script}`], { encoding: 'utf8' });
  if (result.status !== 0) {
    process.stderr.write(`examples/${script} failed (exit ${result.status}):\n${result.stdout}${result.stderr}`);
    process.exit(1);
  }
  process.stdout.write(`ok examples/${script} (${result.stdout.split('\n').length} lines of output)\n`);
}
