/**
 * The largest search `opportunities` accepts, run in a process of its own
 * under a heap limit (see `opportunities-memory.test.ts`, which starts it as
 * `node --max-old-space-size=<MB> --import tsx opportunities-at-the-limit.ts <talents>`).
 *
 * A Qingshan Lake project of talents renting (36 months paid) and buying a home,
 * none yet qualified: every talent's items are ineligible, so the search
 * evaluates one changed project per talent, each a whole assessment. The
 * process prints one line of JSON with what it found, or the messages of the
 * refusal; any other outcome exits non-zero.
 */
import { IncentiveInputError, opportunities } from '../../src/index.js';

const count = Number(process.argv[2]);
const talents = Array.from({ length: count }, (_, index) => ({
  name: `T${index}`,
  qualified: false,
  highLevel: false,
  rent: { monthly: '3000', start: '2019-01-01' },
  housingPurchase: { price: '2000000' },
}));
const project = { name: 'Many talents', investment: { actual: '300000000', infrastructure: '60000000' }, activities: ['manufacturing' as const], talents };

try {
  const found = opportunities(project, { policy: 'qingshan-lake-2018', asOf: '2019-06-01' });
  const unlocked = found.opportunities.filter((entry) => entry.beneficiary !== undefined && entry.changes[0]?.path.at(-1) === 'qualified').length;
  process.stdout.write(`${JSON.stringify({ evaluated: found.evaluated, opportunities: found.opportunities.length, unlocked })}\n`);
} catch (error) {
  if (!(error instanceof IncentiveInputError)) throw error;
  process.stdout.write(`${JSON.stringify({ refused: error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) })}\n`);
}
