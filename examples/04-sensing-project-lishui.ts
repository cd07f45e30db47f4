/**
 * A FerroTec/Fulede-style sensing project in the Lishui Economic and
 * Technological Development Zone, under the Lishui 2024 report. The source
 * quantifies none of its offers: the assessment lists each one, labelled as
 * without a figure, and counts none in the totals.
 *
 * The total investment, about 3 billion RMB, is the figure the source gives for
 * the Fulede sensing project (seeds/000_b4dcf5b4fee473fc.txt); everything else
 * about the project is hypothetical.
 */
import { evaluate, renderReport } from 'chip-incentives';

const sensing = evaluate(
  {
    name: 'Fulede-style sensing project (hypothetical but for its investment)',
    investment: { actual: '3000000000' }, // "a total investment of approximately 3 billion RMB"
    activities: ['manufacturing', 'materials'],
    deviceTypes: ['sensor'],
    targetMarkets: ['industrial', 'automotive'],
  },
  { policy: 'lishui-2024', asOf: '2024-09-01' },
);

console.log(renderReport(sensing));
