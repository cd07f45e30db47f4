import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** A TypeScript project in a temporary directory, in which `chip-incentives` is this repository's build. */
export interface BuiltPackageProject {
  directory: string;
  /** Writes the files into src/ and compiles them with tsc into out/ (`.mts` to `.mjs`, `.cts` to `.cjs`). */
  compile(files: Record<string, string>): { ok: boolean; output: string };
  /** Runs a compiled file of out/ with Node, in the project's directory. */
  run(file: string): SpawnSyncReturns<string>;
  remove(): void;
}

/**
 * The repository's tsconfig (strict, and its stricter checks), to emit into
 * out/. Declaration files are checked too (`skipLibCheck` off): the shipped
 * types must compile for a user as strict as this repository.
 * `verbatimModuleSyntax` is off: it forbids in a `.cts` file the
 * `import { … } from` that CommonJS TypeScript code is written with.
 */
function tsconfig(): string {
  const compilerOptions = { noEmit: false, outDir: 'out', rootDir: 'src', skipLibCheck: false, verbatimModuleSyntax: false, types: ['node'] };
  return `${JSON.stringify({ extends: `${root}tsconfig.json`, compilerOptions, include: ['src'] }, null, 2)}\n`;
}

/**
 * A project that sees the built package (run `npm run build` first) as an
 * installed one: node_modules/chip-incentives links to this repository, so
 * that tsc and Node resolve it by name through package.json "exports", with
 * fast-check (the testing entry's peer), Node's types and the packages named
 * beside it, all from this repository's node_modules.
 *
 * @param packages - more packages the files import, such as `vitest`
 * @returns the project, to compile and run files in, and to remove
 *
 * @example
 * const project = builtPackageProject();
 * project.compile({ 'main.mts': "import { evaluate } from 'chip-incentives';\nconsole.log(typeof evaluate);\n" });
 * project.run('main.mjs').stdout; //=> 'function\n'
 * project.remove();
 */
export function builtPackageProject(packages: readonly string[] = []): BuiltPackageProject {
  const directory = mkdtempSync(join(tmpdir(), 'chip-incentives-consumer-'));
  mkdirSync(join(directory, 'node_modules', '@types'), { recursive: true });
  mkdirSync(join(directory, 'src'));
  symlinkSync(root, join(directory, 'node_modules', 'chip-incentives'), 'junction');
  for (const name of ['fast-check', '@types/node', ...packages]) {
    symlinkSync(join(root, 'node_modules', name), join(directory, 'node_modules', name), 'junction');
  }
  writeFileSync(join(directory, 'package.json'), `${JSON.stringify({ name: 'consumer', private: true }, null, 2)}\n`);
  writeFileSync(join(directory, 'tsconfig.json'), tsconfig());
  return {
    directory,
    compile(files) {
      for (const [name, text] of Object.entries(files)) writeFileSync(join(directory, 'src', name), text);
      const tsc = spawnSync(process.execPath, [`${root}node_modules/typescript/bin/tsc`, '-p', directory, '--pretty', 'false'], { cwd: directory, encoding: 'utf8' });
      return { ok: tsc.status === 0, output: `${tsc.stdout}${tsc.stderr}` };
    },
    run(file) {
      return spawnSync(process.execPath, [join(directory, 'out', file)], { cwd: directory, encoding: 'utf8' });
    },
    remove() {
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
