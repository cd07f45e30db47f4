/**
 * A Monte Carlo over an uncertain investment: 2,000 draws of the actual and
 * infrastructure investment of a Qingshan Lake project, streamed through
 * evaluateMany (one project in memory at a time), and the spread of the cash
 * the project could claim. Draws come from a seeded generator, so the output
 * is the same on every run.
 *
 * The project's figures and their ranges are hypothetical.
 */
import { evaluateMany, type Assessment, type ProjectInput } from 'chip-incentives';

const DRAWS = 2_000;

/** A seeded generator (a linear congruential one): a whole number below `max`. */
function seeded(seed: number): (max: number) => number {
  let state = seed >>> 0;
  return (max) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return Math.floor((state / 2 ** 32) * max);
  };
}

/** The draws: actual investment 80 to 200 million yuan, infrastructure 10% to 40% of it, in whole yuan. */
function* draws(count: number): Generator<ProjectInput> {
  const next = seeded(2026);
  for (let index = 0; index < count; index += 1) {
    const actual = 80_000_000 + next(120_000_001);
    const infrastructure = Math.floor((actual * (10 + next(31))) / 100);
    yield { name: `Draw ${index}`, asOf: '2019-06-01', investment: { actual: String(actual), infrastructure: String(infrastructure) } };
  }
}

const cash: Assessment['totals']['cash'][] = [];
let capBinding = 0;
for (const result of evaluateMany(draws(DRAWS), { policy: 'qingshan-lake-2018' })) {
  if (!result.ok) throw result.error;
  cash.push(result.assessment.totals.cash);
  const coInvestment = result.assessment.items.find((item) => item.ruleId.endsWith('project-co-investment'));
  if (coInvestment?.caps.some((cap) => cap.id === 'ceiling' && cap.binding)) capBinding += 1;
}

cash.sort((a, b) => a.comparedTo(b));
const at = (share: number) => cash[Math.min(cash.length - 1, Math.floor(share * cash.length))]!.toFixed(2);
console.log(`${DRAWS} draws of the investment, Qingshan Lake 2018 on 2019-06-01:`);
console.log(`  cash claimable: lowest ${cash[0]!.toFixed(2)}, 10th percentile ${at(0.1)}, median ${at(0.5)}, 90th percentile ${at(0.9)}, highest ${cash.at(-1)!.toFixed(2)}`);
console.log(`  the 30,000,000 co-investment ceiling binds in ${capBinding} of ${DRAWS} draws (${((capBinding / DRAWS) * 100).toFixed(1)}%)`);
