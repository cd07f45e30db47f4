/**
 * A what-if for a negotiation: what if the Qingshan Lake co-investment ceiling
 * were 50,000,000 instead of 30,000,000? The reform, and its diff item by item.
 *
 * The project's figures are hypothetical.
 */
import { diff, evaluate, formatAmount, renderReport, type ProjectInput } from 'chip-incentives';

const project: ProjectInput = {
  name: 'Hypothetical 12-inch equipment line',
  asOf: '2019-01-01',
  investment: { actual: '420000000', infrastructure: '60000000' },
  classification: { leadingIndustryDirection: true },
};
const overrides = { 'qingshan-lake-2018/project-co-investment': { ceiling: '50000000' } };

const baseline = evaluate(project, { policy: 'qingshan-lake-2018' });
const reform = evaluate(project, { policy: 'qingshan-lake-2018', overrides });
console.log(renderReport(reform));

const format = (value: { toFixed(places: number): string } | null | undefined) =>
  value ? value.toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ',') : '—';
const changes = diff(baseline, reform);
console.log('What the reform changes');
for (const change of changes.changes) {
  console.log(`  ${change.label}: ${format(change.before?.amount)} → ${format(change.after?.amount)} (${format(change.change)})`);
  // An amount parameter is written as an amount; any other (a rate, months, a tier table) as recorded.
  const written = (value: string, unit: string) => (unit === 'CNY' ? formatAmount(value) : value);
  for (const { parameter, unit, baseline: before, value } of change.overrides) console.log(`    ${parameter}: ${written(before, unit)} → ${written(value, unit)}`);
}
console.log(`  ${changes.unchanged} items unchanged; cash ${format(changes.totals.cash.before)} → ${format(changes.totals.cash.after)}`);
