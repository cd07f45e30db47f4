import { centsOf, decimalOfCents } from '../money/cents.js';
import { sum, ZERO } from '../money/money.js';
import type { Decimal } from '../money/decimal.js';
import type { AmountTotals, LineItem, Totals } from './assessment.js';
import { INSTRUMENT_CLASS } from './instrument-class.js';

// Kept here too, where the engine, the reports and the analyses import it from.
export { INSTRUMENT_CLASS };

/** Cash and equity summed apart, and together. */
function sums(cash: Decimal, equity: Decimal): AmountTotals {
  return { cash, equity, all: sum([cash, equity]) };
}

/**
 * The totals of eligible, quantified items: exact sums of their rounded
 * amounts, those computed from the project apart from those that are only a
 * stated maximum (basis `ceiling`, in `ceilings`): a ceiling says what the
 * policy could pay, not what the project would receive, so it never adds to a
 * computed figure. An unquantified offer never counts (it has no amount).
 *
 * @param items - the items of an assessment
 * @returns the computed totals, and the ceilings beside them
 *
 * @example
 * totalsOf(items).cash.toFixed(2);          //=> '30072000.00' (the computed cash)
 * totalsOf(items).ceilings.cash.toFixed(2); //=> '6000000.00'  (a stated maximum, not computed)
 */
export function totalsOf(items: readonly LineItem[]): Totals {
  const computed = { cash: new Sum(), equity: new Sum() };
  const ceilings = { cash: new Sum(), equity: new Sum() };
  for (const item of items) {
    if (item.status !== 'eligible' || item.amount.isZero()) continue;
    const kind = INSTRUMENT_CLASS[item.instrument];
    if (kind === 'none') continue;
    (item.basis === 'ceiling' ? ceilings : computed)[kind].add(item.amount);
  }
  return { ...sums(computed.cash.total(), computed.equity.total()), ceilings: sums(ceilings.cash.total(), ceilings.equity.total()) };
}

/** An exact running sum: in whole cents while every amount is whole cents and the sum a safe integer, then with the Decimal. */
class Sum {
  #cents = 0;
  #decimal: Decimal | undefined;

  add(amount: Decimal): void {
    if (this.#decimal === undefined) {
      const cents = centsOf(amount);
      if (cents !== undefined && Number.isSafeInteger(this.#cents + cents)) {
        this.#cents += cents;
        return;
      }
      this.#decimal = decimalOfCents(this.#cents);
    }
    this.#decimal = this.#decimal.plus(amount);
  }

  total(): Decimal {
    return this.#decimal ?? (this.#cents === 0 ? ZERO : decimalOfCents(this.#cents));
  }
}
