/**
 * A term sheet of a district's own, written in YAML (examples/riverside.policy.yaml): facts the library does
 * not know (new hires, paid-in capital, a lease, tax paid by year, output), every term-sheet block (per unit,
 * stepped periods, yearly share, threshold and excess) and commitments with clawback. It is compared with the
 * Qingshan Lake package for the same project, with what would unlock more at each. Every figure of the term
 * sheet and of the project is hypothetical, written for the example.
 */
import { readFileSync } from 'node:fs';
import { compare, evaluate, formatAmount, loadPolicy, opportunities, presentValue, renderReport, type ProjectInput } from 'chip-incentives';

const termSheet = loadPolicy(readFileSync(new URL('./riverside.policy.yaml', import.meta.url), 'utf8'));
const project = JSON.parse(readFileSync(new URL('./riverside-line.json', import.meta.url), 'utf8')) as ProjectInput;
const asOf = '2026-09-01';

const assessment = evaluate(project, { policy: termSheet, asOf });
console.log(renderReport(assessment));
// Equipment: min(40,000,000, 20% × (320,000,000 − 70,000,000) = 50,000,000) = 40,000,000.
// Hiring: min(3,000,000, 20,000 × 120) = 2,400,000. Rent: 180,000 × 36 + 50% × 180,000 × 24 = 8,640,000.
// Output: min(10,000,000, 2% × (760,000,000 − 500,000,000)) = 5,200,000. Tax and R&D centre: not eligible.
console.log(`Computed cash: ${formatAmount(assessment.totals.cash)}`); // ¥56,240,000.00

// Each commitment is still pending on the assessment date; value the offer at 6% a year, net of a 25% chance
// of missing each of them.
const value = presentValue(assessment, { rate: '0.06', missProbability: '0.25' });
console.log(`Present value ${formatAmount(value.total)}, net of expected clawback ${formatAmount(value.net!.total)}`);

// What would unlock more under the term sheet: registering in the zone opens the tax award, 150 hires fill the
// hiring ceiling, 1,000,000,000 of output fills the output award, a joint R&D centre opens its award.
console.log(renderReport(opportunities(project, { policy: termSheet, asOf })));

// Side by side with the Qingshan Lake package, for the same project, with the opportunities of each.
console.log(renderReport(compare(project, { policies: [termSheet, 'qingshan-lake-2018'], asOf, opportunities: true })));
