import { formatYuan } from '../money/money.js';
import type { Limit } from './types.js';

/**
 * A formula up to a ceiling, as the formulas of the blocks write it.
 *
 * @param ceiling - the ceiling, if the block has one
 * @param formula - the formula before it
 * @returns `min(ceiling, formula)`, or the formula alone
 *
 * @example
 * upTo({ value: new Decimal(2_000_000), label, id: 'ceiling' }, '20,000.00 × new hires 120');
 * //=> 'min(2,000,000.00, 20,000.00 × new hires 120)'
 */
export function upTo(ceiling: Limit | undefined, formula: string): string {
  return ceiling ? `min(${formatYuan(ceiling.value)}, ${formula})` : formula;
}
