import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { readmeCommands, simpleCommands, type ReadmeCommand } from '../docs/readme-commands.js';

/**
 * Every command the README gives is exercised here, as a reader would type it:
 * each `chip-incentives` line of the command-line session runs against the built
 * command (`npx chip-incentives` is `node dist/cli.js` in a clone) and must show
 * the output and exit status the README shows; every `npm run` names a script
 * that exists, every `npx tsx` and `npx vitest run` a file that exists, every
 * `NAME=value` setting a variable the repository reads. A command of a kind
 * this test does not know fails it, so that none is left unchecked.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const scripts = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
const commands = readmeCommands();
const scratch = mkdtempSync(join(tmpdir(), 'readme-commands-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Every text file of the repository's tests and scripts, where the variables the README sets are read. */
function sources(directory: string): string {
  return readdirSync(directory, { withFileTypes: true }).map((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.(ts|mjs|js)$/.test(entry.name) ? readFileSync(path, 'utf8') : '';
  }).join('\n');
}
const repositoryCode = [sources(join(root, 'test')), sources(join(root, 'src')), readFileSync(join(root, '.ci/run'), 'utf8'), JSON.stringify(scripts)].join('\n');

const NPM_BUILT_INS = new Set(['install', 'ci', 'test', 'audit', 'pack']);

/** Why a simple command (not a `chip-incentives` one) is known to work, or undefined. */
function checkStatic(words: readonly string[]): string | undefined {
  const settings = [...words];
  while (settings.length > 0 && /^[A-Z_]+=/.test(settings[0]!)) {
    const name = settings.shift()!.split('=')[0]!;
    if (!repositoryCode.includes(name)) return undefined;
  }
  const [tool, verb, target] = settings;
  if (tool === 'npm' && verb === 'run') return target !== undefined && Object.hasOwn(scripts, target) ? `script ${target}` : undefined;
  if (tool === 'npm' && verb !== undefined && NPM_BUILT_INS.has(verb)) return `npm ${verb}`;
  if (tool === 'npx' && verb === 'tsx' && target !== undefined) {
    return target.includes('<name>') ? (readdirSync(join(root, 'examples')).some((name) => name.endsWith('.ts')) ? 'examples' : undefined) : existsSync(join(root, target)) ? target : undefined;
  }
  if (tool === 'npx' && verb === 'vitest' && target === 'run') return existsSync(join(root, settings[3] ?? '')) ? `vitest ${settings[3]}` : undefined;
  if (tool === 'npx' && verb === 'chip-incentives' && target === undefined) return 'the command itself';
  return undefined;
}

function isSession(command: ReadmeCommand): boolean {
  return command.output !== undefined;
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('the README commands', () => {
  it('finds the commands it checks', () => {
    expect(commands.filter(isSession).length).toBeGreaterThanOrEqual(8);
    expect(commands.filter((command) => !isSession(command)).length).toBeGreaterThanOrEqual(10);
  });

  it('names only scripts, files and variables that exist', () => {
    const unknown = commands
      .filter((command) => !isSession(command))
      .flatMap((command) => simpleCommands(command.text).filter((words) => checkStatic(words) === undefined).map((words) => `README line ${command.line}: ${words.join(' ')}`));
    expect(unknown).toEqual([]);
  });

  // The session, in order: `echo $?` reads the status of the line before it.
  const session = commands.filter(isSession);
  let lastStatus: number | null = null;
  it.each(session.map((command) => [command.line, command] as const))('runs the command of README line %i as shown', (_, command) => {
    if (command.text === 'echo $?') {
      expect(String(lastStatus)).toBe(command.output!.join('').trim());
      return;
    }
    const shell = command.text
      .replace(/npx chip-incentives/g, `"${process.execPath}" dist/cli.js`)
      .replace(/> (\S+)$/, (_, file: string) => `> "${join(scratch, file)}"`);
    const run = spawnSync('bash', ['-c', shell], { cwd: root, encoding: 'utf8' });
    lastStatus = run.status;
    const shown = command.output!;
    const expectsFailure = session[session.indexOf(command) + 1]?.text === 'echo $?';
    if (!expectsFailure) expect(run.status, `${command.text}\n${run.stderr}`).toBe(0);
    // Each line the README shows appears in what the command printed, in order.
    const printed = collapse(`${run.stdout}\n${run.stderr}`);
    let from = 0;
    for (const line of shown) {
      const at = printed.indexOf(collapse(line), from);
      expect(at, `README line ${command.line} shows "${line}"; the command printed:\n${run.stdout}${run.stderr}`).toBeGreaterThanOrEqual(0);
      from = at + collapse(line).length;
    }
  });
});
