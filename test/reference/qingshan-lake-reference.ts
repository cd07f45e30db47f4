import type { ProjectInput } from '../../src/index.js';

/**
 * An independent computation of the Qingshan Lake rules, for differential
 * tests: integer arithmetic on BigInt (no decimal.js, no engine, no shared
 * code with the library), written from the rules as the README states them.
 * It accepts the inputs the generators make: amounts with at most four
 * decimals, rates with at most four.
 */

type Money = string | number;
const SCALE = 10_000n; // amounts in 1/10,000 yuan

function units(value: Money): bigint {
  const [whole = '0', fraction = ''] = String(value).split('.');
  if (fraction.length > 4) throw new Error(`reference: too many decimals in ${value}`);
  return BigInt(whole) * SCALE + BigInt(fraction.padEnd(4, '0'));
}

/** Rounds a non-negative value in 1/`scale` yuan to cents, half up. */
function cents(value: bigint, scale: bigint): bigint {
  const perCent = scale / 100n;
  return (value + perCent / 2n) / perCent;
}

const min = (a: bigint, b: bigint) => (a < b ? a : b);
const yuan = (amount: bigint) => amount * 100n; // whole yuan to cents

export interface ReferenceInterpretations {
  majorProject?: 'ratio-applies' | 'ceiling-only';
  policyFundBase?: 'actual-investment' | 'excluding-infrastructure';
  housingBenefits?: 'one-per-talent' | 'stack';
  startupFounder?: 'high-level' | 'qualified';
  incrementalPayment?: 'one-payment' | 'caller-plan';
  incrementalTalent?: 'high-level-founder' | 'support-only';
  incrementalOverlap?: 'after-expiry' | 'independent';
  paymentsBeforeSource?: 'from-source-date' | 'whole-period';
}

const SOURCE_DATE = '2018-06-15';

function monthLength(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** How many of `months` monthly payments from `start` (same day each month, or the month's last) fall before the source date. */
function monthsBeforeSource(start: string, months: number): number {
  const [year, month, day] = start.split('-').map(Number) as [number, number, number];
  let before = 0;
  for (let k = 0; k < months; k += 1) {
    const index = month - 1 + k;
    const y = year + Math.floor(index / 12);
    const m = (index % 12) + 1;
    const date = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(Math.min(day, monthLength(y, m))).padStart(2, '0')}`;
    if (date < SOURCE_DATE) before += 1;
  }
  return before;
}

/** The expected amount of each item, in cents, keyed `ruleName` or `ruleName:talent`. */
export function referenceAmounts(project: ProjectInput, asOf: string, choice: ReferenceInterpretations = {}): Map<string, bigint> {
  const out = new Map<string, bigint>();
  const actual = units(project.investment.actual as Money);
  const infrastructure = units((project.investment.infrastructure ?? 0) as Money);
  const eligible = actual - infrastructure;
  const important = project.classification?.particularlyImportant === true;
  // Before the source's date (2018-06-15) the policy does not apply: every item is 0.
  const inForce = asOf >= '2018-06-15';
  const leading = project.classification?.leadingIndustryDirection === true;

  // Co-investment: 30% of (actual - infrastructure), up to 30M, or 100M when important.
  const share = cents(eligible * 3n, SCALE * 10n);
  if (important && choice.majorProject === 'ceiling-only') out.set('project-co-investment', yuan(100_000_000n));
  else out.set('project-co-investment', min(share, yuan(important ? 100_000_000n : 30_000_000n)));

  // Policy fund: 50% of the base.
  const base = choice.policyFundBase === 'excluding-infrastructure' ? eligible : actual;
  out.set('policy-fund-equity', leading ? cents(base * 5n, SCALE * 10n) : 0n);

  for (const talent of project.talents ?? []) {
    const qualified = talent.qualified === true || talent.highLevel === true;
    const housing = talent.housingPurchase && qualified
      ? min(yuan(600_000n), cents(units(talent.housingPurchase.price as Money), SCALE)) : 0n;
    let rent = 0n;
    if (talent.rent && qualified) {
      const paid = min(2_000n * SCALE, units(talent.rent.monthly as Money));
      const counted = Math.min(36, talent.rent.months ?? 36);
      // By default the months falling due before the source date are not paid.
      const unpaid = (choice.paymentsBeforeSource ?? 'from-source-date') === 'from-source-date' ? monthsBeforeSource(talent.rent.start, counted) : 0;
      const months = BigInt(counted - unpaid);
      rent = cents(paid * months, SCALE);
    }
    const both = talent.housingPurchase && talent.rent && qualified;
    const oneOnly = both && (choice.housingBenefits ?? 'one-per-talent') === 'one-per-talent';
    if (talent.housingPurchase) out.set(`talent-housing-purchase:${talent.name}`, oneOnly && rent > housing ? 0n : housing);
    if (talent.rent) out.set(`talent-rent:${talent.name}`, oneOnly && housing >= rent ? 0n : rent);
  }

  const startup = project.talentStartup;
  const founder = project.talents?.find((t) => t.name === startup?.founder);
  const founderOk = founder !== undefined && (
    (choice.startupFounder ?? 'high-level') === 'high-level'
      ? founder.highLevel === true
      : founder.qualified === true || founder.highLevel === true);
  // Read as the high-level talent support itself (incrementalOverlap after-expiry), the four end once it expired.
  const support = project.talentSupport;
  const supportExpired = support !== undefined && asOf > support.expiresOn;
  const stillGranted = (choice.incrementalOverlap ?? 'after-expiry') === 'independent' || !supportExpired;
  const four = startup !== undefined && founderOk && stillGranted;
  const six = yuan(6_000_000n);
  const requested = (value: Money | undefined) => (value === undefined ? six : min(six, cents(units(value), SCALE)));
  out.set('startup-fund', four ? requested(startup.requested?.startupFund as Money | undefined) : 0n);
  out.set('share-investment', four ? requested(startup.requested?.shareInvestment as Money | undefined) : 0n);
  out.set('venture-capital', four ? requested(startup.requested?.ventureCapital as Money | undefined) : 0n);
  let interest = 0n; // in 1/10^8 yuan: amount units × rate units
  for (const loan of startup?.loans ?? []) {
    if (loan.repayment !== undefined || loan.years === undefined) throw new Error('reference: simple loans only');
    interest += units(loan.principal as Money) * units(loan.annualRate as Money) * BigInt(loan.years);
  }
  out.set('loan-interest-subsidy', four ? min(six, cents(interest, SCALE * SCALE)) : 0n);

  const founderHighLevel = startup !== undefined && founder?.highLevel === true;
  const talentOk = (choice.incrementalTalent ?? 'high-level-founder') === 'support-only' || founderHighLevel;
  // Paid by the caller's plan (none is given here), the support is not granted.
  const payable = (choice.incrementalPayment ?? 'one-payment') === 'one-payment';
  const incremental = support && supportExpired && support.highPotential === true && talentOk && payable;
  const twenty = yuan(20_000_000n);
  out.set('incremental-support', incremental
    ? (support.incrementalRequested === undefined ? twenty : min(twenty, cents(units(support.incrementalRequested as Money), SCALE)))
    : 0n);
  if (!inForce) for (const key of out.keys()) out.set(key, 0n);
  return out;
}

/** Cents as a two-decimal string. */
export function centsToString(value: bigint): string {
  const text = value.toString().padStart(3, '0');
  return `${text.slice(0, -2)}.${text.slice(-2)}`;
}
