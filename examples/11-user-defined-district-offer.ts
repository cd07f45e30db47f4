/** A hypothetical district's offer letter, encoded as a pack and checked like the built-in ones. */
import { blocks, definePolicy, evaluate, renderReport } from 'chip-incentives';
import { checkPolicy } from 'chip-incentives/testing';

const letter = 'river-district-offer-2026.pdf'; // the user's own source: citations are free text
const offer = definePolicy({
  id: 'river-district-2026',
  name: 'River District offer letter (2026)',
  jurisdiction: { level: 'district', name: 'River District' },
  source: { document: letter, published: '2026-03-01' },
  rules: [
    {
      id: 'equipment', label: 'Equipment subsidy', instrument: 'grant',
      citation: { document: letter, quote: 'We subsidise 30% of the actual investment excluding infrastructure, up to 100 million yuan.' },
      parameters: {
        rate: { value: '0.3', unit: 'ratio' },
        ceiling: { value: '100000000', unit: 'CNY', label: 'equipment subsidy ceiling' },
      },
      eligibility: [{ when: { fact: 'activities', includesAny: ['manufacturing'] } }],
      amount: blocks.cappedShare({ rate: 'rate', base: 'investment.eligible', ceiling: 'ceiling' }),
    },
    {
      id: 'tape-out', label: 'Tape-out subsidy', instrument: 'grant',
      citation: { document: letter, quote: 'Tape-out costs are subsidised up to 5 million yuan.' },
      parameters: { ceiling: { value: '5000000', unit: 'CNY', label: 'tape-out subsidy ceiling' } },
      amount: blocks.flatCeiling({ ceiling: 'ceiling' }),
    },
  ],
  groups: [blocks.sharedCap({ id: 'total', rules: ['equipment', 'tape-out'], cap: '102000000',
    citation: { document: letter, quote: 'In all, no more than 102 million yuan.' } })],
});

const project = { name: 'Hypothetical 8-inch fab', asOf: '2026-04-01', activities: ['manufacturing' as const],
  investment: { actual: '450000000', infrastructure: '80000000' } };
// The project states no tape-out costs: the tape-out item is the most the letter gives, basis ceiling, and
// the 102,000,000 shared cap leaves it 102,000,000 − 100,000,000 = 2,000,000 of its 5,000,000 (its notes say so).
console.log(renderReport(evaluate(project, { policy: offer })));
console.log(checkPolicy(offer, { runs: 200 }).properties.map((property) => `checked: ${property}`).join('\n'));
