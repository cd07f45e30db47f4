import { readFileSync } from 'node:fs';
import { compare, evaluate, loadPolicy, sweep, type Assessment, type Comparison, type ProjectInput, type Sweep } from '../../src/index.js';

/** The examples' projects and the user pack, as a reader of the README would use them. */
const read = (name: string) => readFileSync(new URL(`../../examples/${name}`, import.meta.url), 'utf8');
export const CMP_LINE = JSON.parse(read('cmp-line.json')) as ProjectInput;
export const RF_LINE = JSON.parse(read('rf-line.json')) as ProjectInput;
const MY_DISTRICT = loadPolicy(read('my-district.policy.json'));

/** A project whose co-investment crosses its ceiling between the ends of the sweep (example 13). */
export const SWEPT: ProjectInput = { name: 'Hypothetical equipment project', asOf: '2019-01-01', investment: { actual: '1', infrastructure: '0' }, classification: { particularlyImportant: true } };

/** One report of the examples: a name for its screenshot, the result, and the language. */
export interface ExampleReport {
  name: string;
  report: () => Assessment | Comparison | Sweep;
  locale: 'en' | 'zh';
}

export const EXAMPLE_REPORTS: readonly ExampleReport[] = [
  { name: 'evaluate-cmp-line-qingshan.en', locale: 'en', report: () => evaluate(CMP_LINE, { policy: 'qingshan-lake-2018' }) },
  { name: 'evaluate-cmp-line-qingshan.zh', locale: 'zh', report: () => evaluate(CMP_LINE, { policy: 'qingshan-lake-2018' }) },
  { name: 'evaluate-rf-line-shanxi.en', locale: 'en', report: () => evaluate(RF_LINE, { policy: 'shanxi-2021' }) },
  { name: 'evaluate-cmp-line-my-district.en', locale: 'en', report: () => evaluate(CMP_LINE, { policy: MY_DISTRICT }) },
  { name: 'compare-rf-line.en', locale: 'en', report: () => compare(RF_LINE) },
  { name: 'compare-rf-line.zh', locale: 'zh', report: () => compare(RF_LINE) },
  { name: 'sweep-co-investment.en', locale: 'en', report: () => sweep(SWEPT, { policy: 'qingshan-lake-2018', path: 'investment.actual', from: 0, to: '500000000', steps: 20 }) },
  { name: 'sweep-co-investment.zh', locale: 'zh', report: () => sweep(SWEPT, { policy: 'qingshan-lake-2018', path: 'investment.actual', from: 0, to: '500000000', steps: 20 }) },
];
