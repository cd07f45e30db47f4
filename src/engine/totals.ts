import { centsOf, decimalOfCents } from '../money/cents.js';
import { frozenDecimal } from '../money/frozen-decimal.js';
import { ZERO } from '../money/money.js';
import type { Decimal } from '../money/decimal.js';
import type { AmountTotals, LineItem, Totals } from './assessment.js';
import { INSTRUMENT_CLASS } from './instrument-class.js';

// Kept here too, where the engine, the reports and the analyses import it from.
export { INSTRUMENT_CLASS };

/** No stated maximum among the items: the same frozen sums for every such assessment. */
const NO_CEILINGS: AmountTotals = Object.freeze({ cash: ZERO, equity: ZERO, all: ZERO });

/**
 * The totals of eligible, quantified items: exact sums of their rounded
 * amounts, those computed from the project apart from those that are only a
 * stated maximum (basis `ceiling`, in `ceilings`): a ceiling says what the
 * policy could pay, not what the project would receive, so it never adds to a
 * computed figure. An unquantified offer never counts (it has no amount).
 * The sums are frozen Decimals; `ceilings` is frozen, the totals are not (the
 * assessment adds its clawbacks to them, then freezes them).
 *
 * @param items - the items of an assessment
 * @returns the computed totals, and the ceilings beside them
 *
 * @example
 * totalsOf(items).cash.toFixed(2);          //=> '30072000.00' (the computed cash)
 * totalsOf(items).ceilings.cash.toFixed(2); //=> '6000000.00'  (a stated maximum, not computed)
 */
export function totalsOf(items: readonly LineItem[]): Totals {
  // Cash, equity and all, computed; then the same for the ceilings. Each amount is read in cents once.
  const sums = [new Sum(), new Sum(), new Sum(), new Sum(), new Sum(), new Sum()];
  for (let index = 0; index < items.length; index += 1) {
    const item = items[index]!;
    if (item.status !== 'eligible') continue;
    const kind = INSTRUMENT_CLASS[item.instrument];
    if (kind === 'none') continue;
    const amount = item.amount;
    const cents = centsOf(amount);
    if (cents === 0) continue;
    const first = (item.basis === 'ceiling' ? 3 : 0) + (kind === 'cash' ? 0 : 1);
    sums[first]!.add(amount, cents);
    sums[first - (first % 3) + 2]!.add(amount, cents);
  }
  const ceilings = sums[5]!.isZero() ? NO_CEILINGS : Object.freeze({ cash: sums[3]!.total(), equity: sums[4]!.total(), all: sums[5]!.total() });
  return { cash: sums[0]!.total(), equity: sums[1]!.total(), all: sums[2]!.total(), ceilings };
}

/** An exact running sum: in whole cents while every amount is whole cents and the sum a safe integer, then with the Decimal. */
class Sum {
  #cents = 0;
  #decimal: Decimal | undefined;
  #any = false;

  /** Adds an amount, given with its cents when it is whole cents (`centsOf`). */
  add(amount: Decimal, cents: number | undefined): void {
    if (cents === undefined ? !amount.isZero() : cents !== 0) this.#any = true;
    if (this.#decimal === undefined) {
      if (cents !== undefined && Number.isSafeInteger(this.#cents + cents)) {
        this.#cents += cents;
        return;
      }
      this.#decimal = decimalOfCents(this.#cents);
    }
    this.#decimal = this.#decimal.plus(amount);
  }

  /** Whether nothing but zeros was added. */
  isZero(): boolean {
    return !this.#any;
  }

  /** The sum, frozen (see `frozenDecimal`). */
  total(): Decimal {
    if (this.#decimal !== undefined) return Object.isFrozen(this.#decimal) ? this.#decimal : frozenDecimal(this.#decimal);
    return this.#cents === 0 ? ZERO : decimalOfCents(this.#cents);
  }
}
