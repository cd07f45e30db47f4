/**
 * A Saijin-style maker of front-opening wafer transfer boxes in Jiashan
 * County, under the Jiashan 2023 report: first as published (the tiered
 * funding is a ceiling, since its tiers are not published), then with a tier
 * table an analyst might have obtained, passed as an override.
 *
 * The annual sales of 200 million yuan are the figure the source expects for
 * Saijin (seeds/001_177d6e6ea038ea46.txt); the R&D spending of 18 million a year
 * extrapolates the "nearly 9 million yuan" of its first half-year. The tier
 * table is invented for the example.
 */
import { evaluate, renderReport, type ProjectInput } from 'chip-incentives';

const waferCarriers: ProjectInput = {
  name: 'Saijin-style wafer carrier maker (hypothetical)',
  investment: { actual: '150000000' },
  activities: ['manufacturing', 'materials'],
  enterprise: { technologyBasedSME: true },
  finance: { annualRevenue: '200000000', rdSpending: '18000000' },
};

const asPublished = evaluate(waferCarriers, { policy: 'jiashan-2023', asOf: '2023-09-01' });
console.log(renderReport(asPublished));

const withTiers = evaluate(waferCarriers, {
  policy: 'jiashan-2023',
  asOf: '2023-09-01',
  overrides: {
    'jiashan-2023/tiered-funding': {
      tiers: {
        base: 'finance.rdSpending', // a hypothetical table keyed on annual R&D spending
        brackets: [
          { from: '0', amount: '500000' },
          { from: '10000000', amount: '3000000' },
          { from: '50000000', amount: '10000000' },
        ],
      },
    },
  },
});
const funding = withTiers.items.find((item) => item.ruleId === 'jiashan-2023/tiered-funding');
console.log(`With the hypothetical tier table: ${funding?.amount?.toFixed(2)} (basis ${funding?.basis}); ${funding?.formula}`);
