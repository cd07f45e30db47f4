/**
 * A radio-frequency device line for 5G in Shanxi Province, under the 2021
 * guidelines, which name what the province will support and for whom but give
 * no figure. Also the same project under the other reading of "such as".
 *
 * All project figures are hypothetical.
 */
import { evaluate, renderReport, type ProjectInput } from 'chip-incentives';

const rfLine: ProjectInput = {
  name: 'Hypothetical 6-inch GaAs RF device line',
  investment: { actual: '1200000000', infrastructure: '300000000' },
  activities: ['manufacturing'],
  deviceTypes: ['radio-frequency', 'compound-semiconductor'],
  targetMarkets: ['5g', 'data-centres'],
  classification: { newProductionLine: true, major: true },
  plans: { listing: true },
};

console.log(renderReport(evaluate(rfLine, { policy: 'shanxi-2021', asOf: '2021-09-01' })));

// A line for medical devices only counts for the emerging-sector support if "such as" is read as open.
const medical = { ...rfLine, targetMarkets: ['medical' as const] };
for (const reading of ['named-markets', 'any-market'] as const) {
  const assessment = evaluate(medical, { policy: 'shanxi-2021', asOf: '2021-09-01', interpretations: { shanxiTargetMarkets: reading } });
  const item = assessment.items.find((entry) => entry.ruleId === 'shanxi-2021/emerging-sector-manufacturing');
  console.log(`Medical-device line, shanxiTargetMarkets=${reading}: ${item?.status} (${item?.reasons.join(' ')})`);
}
