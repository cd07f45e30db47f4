import { REPRESENTATIVE_PROJECT } from './test/bench/representative.ts';
import { readInput } from './src/schema/read-input.ts';
import { validateProject } from './src/schema/validate-project.ts';
import { readProjectFast } from '/tmp/nozod/old/src/schema/fast-project.ts';
const copy = (readInput(REPRESENTATIVE_PROJECT.project) as { value: unknown }).value;
const which = process.argv[2];
const f = which === 'old' ? () => readProjectFast(copy) : () => validateProject(copy);
const t = performance.now(); for (let i = 0; i < 300000; i++) f(); console.log(which, ((performance.now() - t) / 300000 * 1000).toFixed(2), 'us');
