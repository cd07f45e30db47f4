/**
 * A year in which twelve hypothetical projects in the Qingshan Lake town claim
 * more than its annual fund of 450,000,000 (seeds/002_95a2ad1254be288a.txt:
 * "Every year, we allocate 450 million RMB ..."): the fund shared pro rata,
 * first come first served, and by priority tiers.
 *
 * Every project figure is hypothetical.
 */
import { allocateFund, evaluate, type Assessment } from 'chip-incentives';

const projects: Array<{ id: string; actual: string; important?: boolean; renters: number }> = [
  { id: 'P01 12-inch equipment base', actual: '2400000000', important: true, renters: 30 },
  { id: 'P02 CMP line', actual: '260000000', renters: 8 },
  { id: 'P03 lithography subsystem', actual: '900000000', important: true, renters: 20 },
  { id: 'P04 MEMS foundry', actual: '600000000', important: true, renters: 25 },
  { id: 'P05 smart sensor design', actual: '45000000', renters: 12 },
  { id: 'P06 test and certification', actual: '120000000', renters: 6 },
  { id: 'P07 IoT module plant', actual: '300000000', renters: 15 },
  { id: 'P08 power device packaging', actual: '500000000', important: true, renters: 10 },
  { id: 'P09 lidar source', actual: '180000000', renters: 9 },
  { id: 'P10 magnetic memory pilot', actual: '750000000', important: true, renters: 18 },
  { id: 'P11 wafer metrology', actual: '95000000', renters: 5 },
  { id: 'P12 chip design house', actual: '30000000', renters: 40 },
];

const assessments: Assessment[] = projects.map((project) =>
  evaluate(
    {
      id: project.id,
      name: project.id,
      asOf: '2019-01-01',
      investment: { actual: project.actual },
      classification: { particularlyImportant: project.important ?? false },
      talents: Array.from({ length: project.renters }, (_, index) => ({
        name: `Engineer ${index + 1}`,
        qualified: true,
        rent: { monthly: '2000', start: '2019-01-01', months: 12 },
      })),
    },
    { policy: 'qingshan-lake-2018' },
  ),
);

const format = (value: { toFixed(places: number): string }) => value.toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const tiers = Object.fromEntries(projects.map((project) => [project.id, project.important ? 1 : 2]));
const order = [...projects].reverse().map((project) => project.id); // the smallest applied first, say

for (const [method, extra] of [['pro-rata', {}], ['first-come', { order }], ['priority', { tiers }]] as const) {
  const result = allocateFund(assessments, { pool: 'qingshan-lake-2018/annual-fund', method, ...extra });
  console.log(`\n${method}: claims ${format(result.claimed)} for a fund of ${format(result.pool)}; allocated ${format(result.total)}`);
  for (const allocation of result.allocations) {
    console.log(`  ${allocation.id.padEnd(30)} claims ${format(allocation.claimed).padStart(15)}  receives ${format(allocation.amount).padStart(15)}  (${allocation.ratio.times(100).toFixed(2)}%)`);
  }
}
console.log(`\nHow the first pro-rata share was reached: ${allocateFund(assessments, { pool: 'qingshan-lake-2018/annual-fund', method: 'pro-rata' }).allocations[0]?.explanation}`);
