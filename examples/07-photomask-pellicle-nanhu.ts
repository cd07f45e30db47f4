/**
 * The photomask material (pellicle) project in Nanhu High-tech Zone, with the
 * figures the source states: 3 billion yuan in all, 1.1 billion in its first
 * phase (seeds/004_94550b9b847bb263.txt, "It is reported that the total
 * investment of the project is 3 billion yuan, and the first phase investment
 * is 1.1 billion yuan."). The district's commitments carry no figure.
 */
import { evaluate, renderReport } from 'chip-incentives';

const pellicle = evaluate(
  {
    name: 'Photomask material industry chain project',
    investment: { actual: '3000000000' },
    activities: ['materials', 'manufacturing', 'research'],
    deviceTypes: ['photomask'],
  },
  { policy: 'nanhu-2022', asOf: '2022-09-01' },
);
console.log(renderReport(pellicle));
