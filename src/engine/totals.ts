import { ZERO } from '../money/money.js';
import type { LineItem, Totals } from './assessment.js';
import type { Instrument } from './definition.js';

/** Which total an instrument counts in: cash (grants and subsidies), equity, or none (a service). */
export const INSTRUMENT_CLASS: Readonly<Record<Instrument, 'cash' | 'equity' | 'none'>> = {
  'grant': 'cash',
  'housing-subsidy': 'cash',
  'rent-subsidy': 'cash',
  'interest-subsidy': 'cash',
  'equity': 'equity',
  'service': 'none',
  'land': 'none',
  'training': 'none',
  'financing': 'none',
  'unspecified': 'none',
};

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
