/**
 * A hypothetical talent startup in the Qingshan Lake town, founded by a
 * high-level talent, claiming the "four 6-million": start-up fund, share
 * investment, government venture capital and loan interest subsidy. Also the
 * incremental support once the founder's high-level talent support has
 * expired.
 *
 * All project figures are invented for the example.
 */
import { evaluate, renderReport, toJSON, type ProjectInput } from 'chip-incentives';

const startup: ProjectInput = {
  name: 'Hypothetical smart-sensor design startup',
  industry: 'semiconductors',
  investment: { actual: '18000000' },
  talents: [{ name: 'Founder', highLevel: true, rent: { monthly: '2400', start: '2019-03-01' } }],
  talentStartup: {
    founder: 'Founder',
    requested: { startupFund: '4000000', shareInvestment: '6000000' }, // venture capital: not stated
    loans: [
      { principal: '20000000', annualRate: '0.0435', years: 3 }, // 2,610,000 of interest
      { principal: '15000000', annualRate: '0.0475', years: 5 }, // 3,562,500 of interest
    ],
  },
  talentSupport: { expiresOn: '2021-12-31', highPotential: true, incrementalRequested: '15000000' },
};

// While the high-level talent support runs, the "four 6-million" are granted; the incremental support is not yet due.
const during = evaluate(startup, { policy: 'qingshan-lake-2018', asOf: '2021-06-01' });
console.log(renderReport(during));

// The interest subsidy stops at its ceiling: 2,610,000 + 3,562,500 = 6,172,500 > 6,000,000.
const interest = toJSON(during).items.find((item) => item.ruleId.endsWith('loan-interest-subsidy'));
console.log(`Loan interest subsidy: ${interest?.amount} (${interest?.caps.find((cap) => cap.binding)?.label ?? 'no cap'} binding)`);

// Once the support has expired (2021-12-31), the incremental support follows, and the "four 6-million" are not granted again.
const after = evaluate(startup, { policy: 'qingshan-lake-2018', asOf: '2022-03-01' });
const incremental = after.items.find((item) => item.ruleId.endsWith('incremental-support'));
console.log(`\nAfter the support expired, on 2022-03-01: incremental support ${incremental?.amount?.toFixed(2)}; ` +
  `"four 6-million" ${after.items.filter((item) => item.label.startsWith('“Four 6-million”')).map((item) => item.status).join(', ')}`);
