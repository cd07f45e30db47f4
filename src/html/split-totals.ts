import type { LineItemJSON } from '../index.js';
import { INSTRUMENT_CLASS } from '../engine/instrument-class.js';
import { Decimal } from '../money/decimal.js';

/** Totals with ceilings apart: exact, two decimals. */
export interface SplitTotals {
  /** Grants and subsidies computed from the project. */
  cash: string;
  /** Equity computed from the project. */
  equity: string;
  /** Amounts that are only a policy's stated maximum (basis `ceiling`), cash and equity together. */
  ceilings: string;
}

/**
 * The totals of an assessment's eligible items with the amounts that are only
 * a stated maximum (basis `ceiling`) kept apart from those computed from the
 * project, read from each item's own basis.
 *
 * @param items - the items, as `toJSON` writes them
 * @returns computed cash, computed equity and ceilings
 *
 * @example
 * splitTotals(toJSON(assessment).items); //=> { cash: '72000.00', equity: '0.00', ceilings: '50000000.00' }
 */
export function splitTotals(items: readonly LineItemJSON[]): SplitTotals {
  let cash = new Decimal(0);
  let equity = new Decimal(0);
  let ceilings = new Decimal(0);
  for (const item of items) {
    if (item.status !== 'eligible' || item.amount === null) continue;
    const kind = INSTRUMENT_CLASS[item.instrument];
    if (kind === 'none') continue;
    if (item.basis === 'ceiling') ceilings = ceilings.plus(item.amount);
    else if (kind === 'cash') cash = cash.plus(item.amount);
    else equity = equity.plus(item.amount);
  }
  return { cash: cash.toFixed(2), equity: equity.toFixed(2), ceilings: ceilings.toFixed(2) };
}
