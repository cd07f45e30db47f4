import { ZERO } from '../money/money.js';
import type { LineItem, Totals } from './assessment.js';
import { INSTRUMENT_CLASS } from './instrument-class.js';

// Kept here too, where the engine, the reports and the analyses import it from.
export { INSTRUMENT_CLASS };

/**
 * The totals of eligible, quantified items: exact sums of their rounded
 * amounts. An unquantified offer never counts (it has no amount).
 */
export function totalsOf(items: readonly LineItem[]): Totals {
  let cash = ZERO;
  let equity = ZERO;
  for (const item of items) {
    if (item.status !== 'eligible' || item.amount.isZero()) continue;
    const kind = INSTRUMENT_CLASS[item.instrument];
    if (kind === 'cash') cash = cash.plus(item.amount);
    else if (kind === 'equity') equity = equity.plus(item.amount);
  }
  return { cash, equity, all: cash.plus(equity) };
}
