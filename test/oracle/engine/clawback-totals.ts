import { ZERO } from '../money/money.js';
import type { LineItem, Totals } from './assessment.js';
import { INSTRUMENT_CLASS } from './instrument-class.js';

/**
 * The clawbacks of the computed items (basis `formula`, as `cash` and
 * `equity` count them), cash and equity apart, and the computed totals less
 * them; nothing when no item has commitments, so that the totals of a pack
 * without any are as they always were. A stated maximum (basis `ceiling`)
 * keeps its clawbacks on its item: it is not a computed figure.
 *
 * @param items - the items of an assessment, their commitments settled
 * @returns `{ clawback, net }`, or `{}` when no item has commitments
 *
 * @example
 * clawbackTotals(items).net?.cash.toFixed(2); //=> '750000.00' (1,000,000 paid, 250,000 repaid)
 */
export function clawbackTotals(items: readonly LineItem[]): Pick<Totals, 'clawback' | 'net'> {
  if (!items.some((item) => item.commitments)) return {};
  const paid = { cash: ZERO, equity: ZERO };
  const repaid = { cash: ZERO, equity: ZERO };
  for (const item of items) {
    if (item.status !== 'eligible' || item.basis !== 'formula') continue;
    const kind = INSTRUMENT_CLASS[item.instrument];
    if (kind === 'none') continue;
    paid[kind] = paid[kind].plus(item.amount);
    for (const commitment of item.commitments ?? []) repaid[kind] = repaid[kind].plus(commitment.clawback);
  }
  const net = { cash: paid.cash.minus(repaid.cash), equity: paid.equity.minus(repaid.equity) };
  return {
    clawback: { ...repaid, all: repaid.cash.plus(repaid.equity) },
    net: { ...net, all: net.cash.plus(net.equity) },
  };
}
