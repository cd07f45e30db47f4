/**
 * The same hypothetical project under each reading the Qingshan Lake report
 * leaves open, side by side: how much each interpretation moves the result.
 *
 * All project figures are invented for the example.
 */
import { evaluate, listPolicies, type Interpretations, type ProjectInput } from 'chip-incentives';

const project: ProjectInput = {
  name: 'Hypothetical particularly important 12-inch equipment base',
  asOf: '2018-09-01',
  investment: { actual: '400000000', infrastructure: '150000000' },
  classification: { particularlyImportant: true, leadingIndustryDirection: true },
  talents: [
    { name: 'CTO', highLevel: true, housingPurchase: { price: '5200000' }, rent: { monthly: '3000', start: '2018-09-01' } },
    { name: 'Co-founder', qualified: true },
  ],
  talentStartup: { founder: 'Co-founder' },
};

const policy = listPolicies().find((candidate) => candidate.id === 'qingshan-lake-2018')!;
const baseline = evaluate(project, { policy: 'qingshan-lake-2018' });
const format = (value: { toFixed(places: number): string }) =>
  value.toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

const rows: string[][] = [['Interpretation', 'Reading', 'Cash', 'Equity', 'All', 'Change in all']];
for (const interpretation of policy.interpretations) {
  for (const reading of interpretation.options) {
    const chosen = { [interpretation.id]: reading } as Partial<Interpretations>;
    const assessment = evaluate(project, { policy: 'qingshan-lake-2018', interpretations: chosen });
    rows.push([
      interpretation.id,
      reading + (reading === interpretation.default ? ' (default)' : ''),
      format(assessment.totals.cash),
      format(assessment.totals.equity),
      format(assessment.totals.all),
      format(assessment.totals.all.minus(baseline.totals.all)),
    ]);
  }
}

const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
for (const [index, row] of rows.entries()) {
  console.log(row.map((cell, column) => (column >= 2 ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!))).join('  '));
  if (index === 0) console.log(widths.map((width) => '-'.repeat(width)).join('  '));
}
console.log('\nEach row changes one interpretation from its default; the others keep theirs.');
for (const used of baseline.interpretations) console.log(`- ${used.id} (default ${used.chosen}): ${used.why}`);
