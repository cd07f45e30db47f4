import { NotMyShape, type Reading } from './read.js';

/**
 * Every amount of an assessment of the representative shape, in whole cents
 * (safe integers), rounded half up once where the library rounds; values
 * before rounding kept as integers over a power of ten for the traces.
 */
export interface Amounts {
  /** Actual investment less infrastructure, cents. */
  base: number;
  /** 30% of it, in tenths of a cent (scale 3), and rounded to the cent. */
  coShare: number;
  coRate: number;
  co: number;
  /** 50% of the actual investment, in tenths of a cent, and rounded. */
  pfShare: number;
  pf: number;
  /** Per talent: the housing subsidy, the rent paid a month, the months paid, the rent subsidy (-1 when none). */
  housing: number[];
  perMonth: number[];
  monthsPaid: number[];
  rent: number[];
  startupFund: number;
  shareInvestment: number;
  ventureCapital: number;
  /** Per loan: the exact interest, as units over 10^(2 + its rate's scale). */
  loanInterest: number[];
  /** The interest due on all loans, rounded to the cent; the subsidy; whether it passed the ceiling. */
  interest: number;
  loan: number;
  capReached: boolean;
  incremental: number;
  cash: number;
  equity: number;
  all: number;
}

/** The pack's parameters, as integers (cents, or months). */
export const CEILINGS = {
  important: 10_000_000_000,
  housing: 60_000_000,
  monthlyRent: 200_000,
  months: 36,
  rentTotal: 7_200_000,
  fourSix: 600_000_000,
  incremental: 2_000_000_000,
} as const;

const POWERS = Array.from({ length: 23 }, (_, power) => 10 ** power);

/** units / 10^scale rounded half up to a whole number (units >= 0). */
export function halfUp(units: number, scale: number): number {
  if (scale === 0) return units;
  const divisor = POWERS[scale]!;
  const remainder = units % divisor;
  return (units - remainder) / divisor + (remainder * 2 >= divisor ? 1 : 0);
}

const safe = (value: number): number => {
  if (!Number.isSafeInteger(value)) throw new NotMyShape('an amount past the safe integers (a compiled engine would use BigInt)');
  return value;
};

/**
 * The amounts of a project read by `readProject`, in integers only.
 *
 * @param reading - the project as read
 * @returns every amount in cents
 */
export function computeAmounts(reading: Reading): Amounts {
  const base = reading.actual - reading.infrastructure;
  const coShare = safe(3 * base);
  const coRate = halfUp(coShare, 1);
  const co = coRate < CEILINGS.important ? coRate : CEILINGS.important;
  const pfShare = safe(5 * reading.actual);
  const pf = halfUp(pfShare, 1);
  const talents = reading.talents;
  const count = talents.length;
  const housing: number[] = new Array<number>(count);
  const perMonth: number[] = new Array<number>(count);
  const monthsPaid: number[] = new Array<number>(count);
  const rent: number[] = new Array<number>(count);
  let cash = co;
  for (let index = 0; index < count; index += 1) {
    const talent = talents[index]!;
    const price = talent.price;
    housing[index] = price < 0 ? -1 : price < CEILINGS.housing ? price : CEILINGS.housing;
    if (price >= 0) cash += housing[index]!;
    if (talent.monthly < 0) {
      perMonth[index] = -1;
      monthsPaid[index] = 0;
      rent[index] = -1;
    } else {
      const paid = talent.monthly < CEILINGS.monthlyRent ? talent.monthly : CEILINGS.monthlyRent;
      const months = talent.months === 0 || talent.months > CEILINGS.months ? CEILINGS.months : talent.months;
      perMonth[index] = paid;
      monthsPaid[index] = months;
      rent[index] = paid * months;
      cash += paid * months;
    }
  }
  const startupFund = reading.startupFund < CEILINGS.fourSix ? reading.startupFund : CEILINGS.fourSix;
  const shareInvestment = reading.shareInvestment < CEILINGS.fourSix ? reading.shareInvestment : CEILINGS.fourSix;
  const ventureCapital = reading.ventureCapital < CEILINGS.fourSix ? reading.ventureCapital : CEILINGS.fourSix;
  const loans = reading.loans;
  const loanInterest: number[] = new Array<number>(loans.length);
  let scale = 0;
  for (const loan of loans) if (loan.rateScale > scale) scale = loan.rateScale;
  let sum = 0;
  for (let index = 0; index < loans.length; index += 1) {
    const loan = loans[index]!;
    const exact = safe(safe(loan.principal * loan.rateUnits) * loan.years);
    loanInterest[index] = exact;
    sum = safe(sum + safe(exact * POWERS[scale - loan.rateScale]!));
  }
  // The sum is in units of 10^-scale cents.
  const interest = halfUp(sum, scale);
  if (loans.length > 0 && (interest === 0 || interest === CEILINGS.fourSix)) throw new NotMyShape('an interest of nothing or exactly the ceiling');
  const capReached = interest > CEILINGS.fourSix;
  const loan = capReached ? CEILINGS.fourSix : interest;
  const incremental = reading.incremental < CEILINGS.incremental ? reading.incremental : CEILINGS.incremental;
  cash += startupFund + loan + incremental;
  const equity = pf + shareInvestment + ventureCapital;
  return {
    base, coShare, coRate, co, pfShare, pf, housing, perMonth, monthsPaid, rent, startupFund, shareInvestment, ventureCapital,
    loanInterest, interest, loan, capReached, incremental, cash: safe(cash), equity: safe(equity), all: safe(cash + equity),
  };
}
