/**
 * One hypothetical project assessed in all five locations of the sources, side
 * by side: the quantified cash and equity each offers, its offers without a
 * figure, the instruments on offer, and a ranking by quantified cash that says
 * what it leaves out.
 */
import { compare, renderReport } from 'chip-incentives';

const comparison = compare(
  {
    name: 'Hypothetical 200 mm power-device line',
    asOf: '2024-09-01',
    investment: { actual: '650000000', infrastructure: '150000000' },
    classification: { leadingIndustryDirection: true, newProductionLine: true },
    activities: ['manufacturing'],
    deviceTypes: ['power'],
    targetMarkets: ['new-energy-vehicles'],
    enterprise: { technologyBasedSME: false },
    talents: [{ name: 'Plant director', qualified: true, rent: { monthly: '2500', start: '2024-09-01' } }],
  },
);

console.log(renderReport(comparison));
