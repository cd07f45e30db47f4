import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REPRESENTATIVE_PROJECT } from './representative.js';

/**
 * `npm run bench:profile`: where `evaluate` spends its time on the
 * representative project. A child process evaluates it repeatedly under
 * `node --cpu-prof` (the built package, as users get it); this process then
 * prints the functions with the most self time, each with the module it comes
 * from (read from the bundle's `// src/...` markers) and its group.
 */
const RUNS = Number.parseInt(process.env['PROFILE_RUNS'] ?? '20000', 10);
// PROFILE_TOJSON=1: each assessment written out with toJSON too (formula, trace, schedule and texts computed).
const WITH_JSON = process.env['PROFILE_TOJSON'] === '1';
const distUrl = new URL('../../dist/index.js', import.meta.url);

interface Profile {
  nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }>;
  samples: number[];
}

/**
 * The bundle's module of each line: esbuild marks where most source files start
 * with `// src/...`; a file it writes without a marker (src/dates/iso-date.ts,
 * for one) is counted with the file before it.
 */
function modulesOfBundle(): (line: number) => string {
  const starts = readFileSync(distUrl, 'utf8').split('\n')
    .flatMap((text, line) => (/^\/\/ (src\/\S+|node_modules\/\S+)$/.test(text) ? [{ line, module: text.slice(3) }] : []));
  return (line) => starts.filter((start) => start.line <= line).at(-1)?.module ?? 'dist/index.js';
}

const GROUPS: Array<[string, RegExp]> = [
  ['validation/zod', /^(zod|src\/schema\/)/],
  ['decimal.js', /^(decimal\.js|src\/money\/)/],
  ['rules', /^src\/rules\//],
  ['toJSON', /^src\/report\/to-json/],
  ['formatting', /^(src\/report\/|src\/engine\/texts|src\/dates\/|date-fns)/],
  ['freezing the result', /^src\/engine\/freeze-result/],
  ['items', /^src\/engine\//],
  ['api', /^src\/api\//],
  ['packs', /^src\/policies\//],
  ['V8 (garbage collection, program)', /^\(/],
];

/**
 * The samples taken while the loop ran, from the first inside the package's
 * `evaluate` to the last (garbage collection and V8's own work in between
 * included): the start-up of the process and the loading of the package are
 * left out.
 */
function loopSamples(profile: Profile, parent: Map<number, number>): number[] {
  const evaluates = new Set(profile.nodes.filter(({ callFrame }) => callFrame.functionName === 'evaluate' && callFrame.url.endsWith('/dist/index.js'))
    .map((node) => node.id));
  const inLoop = (id: number): boolean => {
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) if (evaluates.has(at)) return true;
    return false;
  };
  const first = profile.samples.findIndex(inLoop);
  const last = profile.samples.length - 1 - [...profile.samples].reverse().findIndex(inLoop);
  return profile.samples.slice(first, last + 1);
}

function report(profile: Profile): void {
  const moduleAt = modulesOfBundle();
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const samples = loopSamples(profile, parent);
  const total = samples.length;
  const counts = new Map<number, number>();
  for (const id of samples) counts.set(id, (counts.get(id) ?? 0) + 1);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const moduleOf = (id: number): string => {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    if (url.endsWith('/dist/index.js')) return moduleAt(lineNumber);
    const dependency = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1];
    if (dependency !== undefined) return dependency;
    // Code made at run time (zod compiles its object parsers with new Function) belongs to its caller's module.
    if (url === '' && functionName === '' && parent.has(id)) return moduleOf(parent.get(id)!);
    return url === '' ? functionName : url.replace(/^.*\//, '');
  };
  const byFunction = new Map<string, { module: string; samples: number }>();
  for (const node of profile.nodes) {
    const { functionName, url, lineNumber } = node.callFrame;
    const module = moduleOf(node.id);
    const where = url.endsWith('/dist/index.js') ? ` (dist/index.js:${lineNumber + 1})` : url === '' && functionName === '' ? ' (generated at run time)' : '';
    const key = `${functionName || '(anonymous)'} ${module}${where}`;
    const entry = byFunction.get(key) ?? { module, samples: 0 };
    entry.samples += counts.get(node.id) ?? 0;
    byFunction.set(key, entry);
  }
  const groupOf = (module: string) => GROUPS.find(([, pattern]) => pattern.test(module))?.[0] ?? 'other';
  const share = (samples: number) => `${((samples / total) * 100).toFixed(1)}%`.padStart(6);
  const top = [...byFunction].sort((a, b) => b[1].samples - a[1].samples).slice(0, 25);
  console.log(`${RUNS.toLocaleString('en')} evaluations${WITH_JSON ? ' with toJSON' : ''} of the representative project: ${total.toLocaleString('en')} samples in the loop ` +
    `(${profile.samples.length.toLocaleString('en')} in the whole process)`);
  console.log('\nTop 25 functions by self time:');
  for (const [key, { module, samples }] of top) console.log(`${share(samples)}  ${groupOf(module).padEnd(15)} ${key}`);
  const groups = new Map<string, number>();
  for (const { module, samples } of byFunction.values()) groups.set(groupOf(module), (groups.get(groupOf(module)) ?? 0) + samples);
  console.log('\nSelf time by group (every function):');
  for (const [group, samples] of [...groups].sort((a, b) => b[1] - a[1])) console.log(`${share(samples)}  ${group}`);
}

if (process.argv.includes('--run')) {
  const { evaluate, toJSON } = (await import(distUrl.href)) as typeof import('../../src/index.js');
  let items = 0;
  for (let i = 0; i < RUNS; i += 1) {
    const assessment = evaluate(REPRESENTATIVE_PROJECT.project, REPRESENTATIVE_PROJECT.options);
    items += WITH_JSON ? toJSON(assessment).items.length : assessment.items.length;
  }
  if (items !== RUNS * 10) throw new Error(`expected 10 items an evaluation, got ${items / RUNS}`);
} else {
  const folder = mkdtempSync(join(tmpdir(), 'chip-incentives-profile-'));
  try {
    execFileSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', folder, '--import', 'tsx', fileURLToPath(import.meta.url), '--run'], { stdio: 'inherit' });
    const file = readdirSync(folder).find((name) => name.endsWith('.cpuprofile'))!;
    report(JSON.parse(readFileSync(join(folder, file), 'utf8')) as Profile);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
