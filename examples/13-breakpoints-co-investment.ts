/**
 * Where the Qingshan Lake co-investment caps start to bind, computed from the
 * rules (not by search), checked against a sweep of the investment.
 *
 * The project's figures are hypothetical.
 */
import { breakpoints, sweep, type ProjectInput } from 'chip-incentives';

const project: ProjectInput = { name: 'Hypothetical equipment project', asOf: '2019-01-01', investment: { actual: '1', infrastructure: '0' } };
const important: ProjectInput = { ...project, classification: { particularlyImportant: true } };

const format = (value: { toFixed(places: number): string } | null) => (value ? value.toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ',') : '—');

for (const [label, input] of [['An ordinary project', project], ['A particularly important project', important]] as const) {
  console.log(`${label}, along investment.actual (no infrastructure):`);
  for (const point of breakpoints(input, 'qingshan-lake-2018', 'investment.actual')) {
    console.log(`  at ${format(point.at)} (exactly ${point.exact}): ${point.cap} ${point.event} (${point.description})`);
  }
}

const curve = sweep(important, { policy: 'qingshan-lake-2018', path: 'investment.actual', from: '0', to: '500000000', steps: 10 });
const coInvestment = curve.items.find((series) => series.ruleId.endsWith('project-co-investment'))!;
console.log('\nThe important project swept from 0 to 500,000,000:');
curve.values.forEach((value, index) => {
  console.log(`  ${format(value).padStart(16)}  →  ${format(coInvestment.amounts[index] ?? null).padStart(16)}`);
});
