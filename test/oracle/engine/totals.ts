import { ZERO } from '../money/money.js';
import type { Decimal } from '../../../src/money/decimal.js';
import type { AmountTotals, LineItem, Totals } from './assessment.js';
import { INSTRUMENT_CLASS } from './instrument-class.js';

// Kept here too, where the engine, the reports and the analyses import it from.
export { INSTRUMENT_CLASS };

/** Cash and equity summed apart, and together. */
function sums(cash: Decimal, equity: Decimal): AmountTotals {
  return { cash, equity, all: cash.plus(equity) };
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
  const computed = { cash: ZERO, equity: ZERO };
  const ceilings = { cash: ZERO, equity: ZERO };
  for (const item of items) {
    if (item.status !== 'eligible' || item.amount.isZero()) continue;
    const kind = INSTRUMENT_CLASS[item.instrument];
    if (kind === 'none') continue;
    const totals = item.basis === 'ceiling' ? ceilings : computed;
    totals[kind] = totals[kind].plus(item.amount);
  }
  return { ...sums(computed.cash, computed.equity), ceilings: sums(ceilings.cash, ceilings.equity) };
}
