/**
 * The present value of a hypothetical Qingshan Lake talent package at 3% and
 * at 8% a year: two engineers renting for three years, a high-level founder
 * who buys a home and borrows for the startup month by month, the policy
 * fund's equity with exit terms, and the co-investment paid 30% at the start
 * and 70% at production.
 *
 * Every project figure is hypothetical.
 */
import { evaluate, presentValue, renderReport } from 'chip-incentives';

const assessment = evaluate(
  {
    name: 'Hypothetical MEMS sensor startup',
    asOf: '2019-01-01',
    investment: { actual: '120000000', infrastructure: '20000000' },
    classification: { leadingIndustryDirection: true },
    policyFundExit: { holdingYears: 5, buyBackRate: '0.03', expectedReturn: '0.12' },
    talents: [
      { name: 'Founder', highLevel: true, housingPurchase: { price: '3600000' } },
      { name: 'Engineer 1', qualified: true, rent: { monthly: '2800', start: '2019-01-01' } },
      { name: 'Engineer 2', qualified: true, rent: { monthly: '1900', start: '2019-04-01' } },
    ],
    talentStartup: {
      founder: 'Founder',
      requested: { startupFund: '3000000' },
      loans: [{ principal: '40000000', annualRate: '0.0475', repayment: 'equal-instalment', start: '2019-01-01', termMonths: 60 }],
    },
  },
  {
    policy: 'qingshan-lake-2018',
    schedules: {
      'qingshan-lake-2018/project-co-investment': [
        { date: '2019-01-01', share: '0.3' }, // at the start
        { date: '2020-07-01', share: '0.7' }, // at production (hypothetical date)
      ],
    },
  },
);

console.log(renderReport(assessment));

const format = (value: { toFixed(places: number): string }) => value.toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
for (const rate of ['0.03', '0.08']) {
  const value = presentValue(assessment, { rate });
  console.log(`\nPresent value on ${value.asOf} at ${Number.parseFloat(rate) * 100}% a year`);
  for (const item of value.items) {
    const who = item.beneficiary ? ` (${item.beneficiary})` : '';
    console.log(`  ${`${item.label}${who}`.padEnd(62)} ${format(item.nominal).padStart(16)} → ${format(item.presentValue).padStart(16)}  ${item.valuation}`);
  }
  console.log(`  ${'Cash (grants and subsidies)'.padEnd(62)} ${format(assessment.totals.cash).padStart(16)} → ${format(value.cash).padStart(16)}`);
  console.log(`  ${'Equity'.padEnd(62)} ${format(assessment.totals.equity).padStart(16)} → ${format(value.equity).padStart(16)}`);
}
