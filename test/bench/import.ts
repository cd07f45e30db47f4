import { fileURLToPath } from 'node:url';
import { coldImport, type ColdImport } from './cold-import.js';

/**
 * `npm run bench:import`: what a cold import costs, in fresh processes on the
 * built package (medians of BENCH_IMPORTS, 11 by default): the main entry,
 * and `chip-incentives/core` with one pack from its entry. Beside the wall
 * time, the CPU time of the package's own work at load (its code, and what
 * it calls of its dependencies, such as zod building schemas), apart from the
 * loading of files and the dependencies' own module code.
 */
const runs = Number.parseInt(process.env['BENCH_IMPORTS'] ?? '11', 10);
const root = fileURLToPath(new URL('../../', import.meta.url));
const ms = (value: number) => `${value.toFixed(1)} ms`;
const lines = (label: string, measured: ColdImport) => [
  `${label}: ${ms(measured.wall.median)} median of ${measured.runs} fresh processes (${ms(measured.wall.min)}-${ms(measured.wall.max)})`,
  `  the package's own work at load: ${ms(measured.ownInclusive)} (of which in its own code ${ms(measured.ownSelf)}), medians of ${measured.runs} profiled processes`,
  ...measured.top.map((entry) => `    ${entry}`),
];
console.log(lines('cold import of chip-incentives', coldImport(['chip-incentives'], root, runs)).join('\n'));
console.log(lines('cold import of chip-incentives/core with chip-incentives/packs/qingshan-lake-2018',
  coldImport(['chip-incentives/core', 'chip-incentives/packs/qingshan-lake-2018'], root, runs)).join('\n'));
