import { sum } from '../money/money.js';
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
};

/** The totals of eligible items: exact sums of their rounded amounts. */
export function totalsOf(items: readonly LineItem[]): Totals {
  const eligible = items.filter((item) => item.status === 'eligible');
  const cash = sum(eligible.filter((item) => INSTRUMENT_CLASS[item.instrument] === 'cash').map((item) => item.amount));
  const equity = sum(eligible.filter((item) => INSTRUMENT_CLASS[item.instrument] === 'equity').map((item) => item.amount));
  return { cash, equity, all: cash.plus(equity) };
}
