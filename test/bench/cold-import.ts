import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What a cold import of an entry costs, as medians over fresh processes. */
export interface ColdImport {
  /** The specifiers imported, in order, by each process. */
  specifiers: readonly string[];
  runs: number;
  /** Wall time of the imports, in ms: median, fastest, slowest. */
  wall: { median: number; min: number; max: number };
  /** CPU time sampled in the package's own built files (dist/), in ms: median over the profiled runs. */
  ownSelf: number;
  /**
   * CPU time of the package's work at load, in ms, median: its own code and
   * the dependencies' code it calls (zod building its schemas, decimal.js
   * making constants); not the loading of files nor a dependency's own module code.
   */
  ownInclusive: number;
  /** The package's own functions with the most self time in the median run, as `ms name file:line`. */
  top: string[];
}

interface Profile {
  nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }>;
  samples: number[];
  timeDeltas: number[];
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
/** Whether a profiled frame is the package's own built code (not a dependency's, not Node's). */
const isOwn = (url: string) => /\/dist\/[^/]+\.c?js$/.test(url) && !url.includes('/node_modules/');
/** Whether a profiled frame is a dependency's code (zod, yaml, decimal.js, ...). */
const isDependency = (url: string) => url.includes('/node_modules/');

/** One profiled import in a fresh process: the package's self and inclusive time, and its busiest functions. */
function profiledImport(source: string, cwd: string): { self: number; inclusive: number; top: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'chip-incentives-import-'));
  try {
    execFileSync(process.execPath, ['--cpu-prof', '--cpu-prof-interval', '100', '--cpu-prof-dir', dir, '--input-type=module', '-e', source], { cwd });
    const profile = JSON.parse(readFileSync(join(dir, readdirSync(dir)[0]!), 'utf8')) as Profile;
    const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
    const parent = new Map<number, number>();
    for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
    // A sample is the package's work when the nearest frame of the package or of Node below it is the
    // package's: its own code, or a dependency it called (zod building a schema). A dependency's module
    // code that Node's loader runs, and the loading itself, are not.
    const ownWork = new Map<number, boolean>();
    const isOwnWork = (id: number): boolean => {
      let known = ownWork.get(id);
      if (known === undefined) {
        const { url } = nodes.get(id)!.callFrame;
        const at = parent.get(id);
        known = isOwn(url) || (isDependency(url) && at !== undefined && isOwnWork(at));
        ownWork.set(id, known);
      }
      return known;
    };
    let self = 0;
    let inclusive = 0;
    const functions = new Map<string, number>();
    profile.samples.forEach((id, index) => {
      const ms = (profile.timeDeltas[index] ?? 0) / 1000;
      const { url, functionName, lineNumber } = nodes.get(id)!.callFrame;
      if (isOwnWork(id)) inclusive += ms;
      if (!isOwn(url)) return;
      self += ms;
      const name = `${functionName || '(module)'} ${url.slice(url.lastIndexOf('/dist/') + 1)}:${lineNumber + 1}`;
      functions.set(name, (functions.get(name) ?? 0) + ms);
    });
    const top = [...functions].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([name, ms]) => `${ms.toFixed(2)} ms ${name}`);
    return { self, inclusive, top };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Imports the given specifiers in fresh Node processes (`runs` timed, then
 * `runs` under `--cpu-prof`), from `cwd`, where the package resolves by its
 * name, and reports the medians: the wall time of the imports, and the CPU
 * time of the package's own code at load, apart from its dependencies' (zod's
 * and yaml's own module code, Node's loading of files).
 *
 * @param specifiers - what a user imports, such as `['chip-incentives']`
 * @param cwd - a directory where `chip-incentives` resolves by its name (the built checkout)
 * @param runs - how many fresh processes for each of the two measures
 * @returns the medians, and the package's busiest functions at load
 * @example
 * coldImport(['chip-incentives'], fileURLToPath(root), 11).wall.median;
 * //=> 212.4
 */
export function coldImport(specifiers: readonly string[], cwd: string, runs: number): ColdImport {
  const loads = specifiers.map((specifier) => `await import(${JSON.stringify(specifier)});`).join(' ');
  const timed = `const t = performance.now(); ${loads} console.log(performance.now() - t);`;
  const walls = Array.from({ length: runs }, () => Number.parseFloat(execFileSync(process.execPath, ['--input-type=module', '-e', timed], { cwd, encoding: 'utf8' })));
  const profiles = Array.from({ length: runs }, () => profiledImport(loads, cwd));
  const middle = [...profiles].sort((a, b) => a.self - b.self)[Math.floor(runs / 2)]!;
  return {
    specifiers, runs,
    wall: { median: median(walls), min: Math.min(...walls), max: Math.max(...walls) },
    ownSelf: median(profiles.map((run) => run.self)),
    ownInclusive: median(profiles.map((run) => run.inclusive)),
    top: middle.top,
  };
}
