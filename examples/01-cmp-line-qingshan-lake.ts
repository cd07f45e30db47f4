/**
 * A hypothetical 200 mm CMP (chemical-mechanical planarization) equipment
 * line in the Qingshan Lake Micro-Nano Smart Manufacturing Town: the itemized
 * package it could claim under the 2018 policy.
 *
 * Every figure of the project is invented for the example; only the policy's
 * numbers come from the source (seeds/002_95a2ad1254be288a.txt).
 * examples/cmp-line.json, which the command line examples read, is a smaller
 * variant (two talents), with an id of its own.
 *
 * Run: npm run demo
 */
import { evaluate, renderReport, type ProjectInput } from 'chip-incentives';

const cmpLine: ProjectInput = {
  id: 'example-cmp-200mm-demo',
  name: 'Hypothetical 200 mm CMP equipment line, three talents',
  asOf: '2018-09-01',
  industry: 'semiconductors', // stated, so that the pack's audience is checked rather than assumed
  activities: ['equipment'],
  investment: {
    actual: '260000000', // 260 million yuan in all (hypothetical)
    infrastructure: '45000000', // of which land, buildings and civil works
  },
  classification: { leadingIndustryDirection: true }, // key semiconductor equipment is a focus of the town
  talents: [
    { name: 'Chief engineer', highLevel: true, housingPurchase: { price: '4800000' } },
    { name: 'Process engineer', qualified: true, rent: { monthly: '2600', start: '2018-09-01' } },
    { name: 'Field service engineer', qualified: true, rent: { monthly: '1850', start: '2018-10-31', months: 24 } },
  ],
};

const assessment = evaluate(cmpLine, { policy: 'qingshan-lake-2018' });
console.log(renderReport(assessment));
