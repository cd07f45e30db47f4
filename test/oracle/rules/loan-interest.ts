import { addMonthsToIsoDate, type IsoDate } from '../../../src/dates/iso-date.js';
import { Decimal } from '../../../src/money/decimal.js';
import { floorToCent, max, min, roundToCent, ZERO } from '../money/money.js';

/** A loan repaid month by month. */
export interface AmortizedLoan {
  form: 'bullet' | 'equal-principal' | 'equal-instalment';
  principal: Decimal;
  annualRate: Decimal;
  start: IsoDate;
  termMonths: number;
}

/** The interest that falls due on one date. */
export interface InterestDue {
  date: IsoDate;
  /** Rounded to the cent, as the bank charges it. */
  interest: Decimal;
}

/** The fixed monthly payment of an annuity, rounded to the cent: P·i / (1 − (1 + i)^−n), or P / n at no interest. */
function instalment(principal: Decimal, monthlyRate: Decimal, months: number): Decimal {
  if (monthlyRate.isZero()) return roundToCent(principal.dividedBy(months));
  const discount = new Decimal(1).minus(monthlyRate.plus(1).pow(-months));
  return roundToCent(principal.times(monthlyRate).dividedBy(discount));
}

/**
 * The interest actually due on a loan, month by month: at `annualRate / 12` a
 * month on the principal still owed, each month's interest rounded to the cent
 * as a bank charges it, due one month after the previous (the first a month
 * after `start`).
 *
 * - `bullet`: the whole principal is owed until the last month.
 * - `equal-principal`: the principal is repaid in equal monthly parts (rounded
 *   down to the cent, the last part clearing the rest).
 * - `equal-instalment`: each month's payment is the same annuity, rounded to
 *   the cent; what is not interest repays principal, and the last month clears
 *   what remains.
 *
 * @param loan - the loan
 * @returns the interest due, one entry per month of the term
 *
 * @example
 * monthlyInterest({ form: 'bullet', principal: new Decimal(1_200_000), annualRate: new Decimal('0.06'),
 *   start: '2019-01-31', termMonths: 2 }).map((due) => `${due.date} ${due.interest.toFixed(2)}`);
 * //=> ['2019-02-28 6000.00', '2019-03-31 6000.00']  (1,200,000 × 6% / 12 each month)
 */
export function monthlyInterest(loan: AmortizedLoan): InterestDue[] {
  const monthlyRate = loan.annualRate.dividedBy(12);
  const months = loan.termMonths;
  const payment = loan.form === 'equal-instalment' ? instalment(loan.principal, monthlyRate, months) : ZERO;
  const principalPart = loan.form === 'equal-principal' ? floorToCent(loan.principal.dividedBy(months)) : ZERO;
  const due: InterestDue[] = [];
  let owed = loan.principal;
  for (let month = 1; month <= months; month += 1) {
    const interest = roundToCent(owed.times(monthlyRate));
    due.push({ date: addMonthsToIsoDate(loan.start, month), interest });
    const last = month === months;
    if (loan.form === 'equal-principal') owed = last ? ZERO : owed.minus(principalPart);
    else if (loan.form === 'equal-instalment') owed = last ? ZERO : owed.minus(min(owed, max(ZERO, payment.minus(interest))));
  }
  return due;
}
