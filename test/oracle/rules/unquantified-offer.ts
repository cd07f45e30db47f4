import type { Text, UnquantifiedResult } from './types.js';

/** The inputs of `unquantifiedOffer`. */
export interface UnquantifiedOfferInput {
  /** What is offered, in words. */
  offer: Text;
}

/**
 * An offer the source makes without a number (a fund, a land guarantee, a
 * fast-track approval): the item says what is offered and carries no amount.
 * Inventing one would be worse than useless; leaving the offer out would hide it.
 *
 * @param input - what is offered
 * @returns an unquantified result, basis `none`
 *
 * @example
 * unquantifiedOffer({ offer: { en: 'Agency services for approvals', zh: '审批代办服务' } }).basis;
 * //=> 'none'
 */
export function unquantifiedOffer(input: UnquantifiedOfferInput): UnquantifiedResult {
  return {
    kind: 'unquantified',
    basis: 'none',
    offer: input.offer,
    explain: () => ({ formula: 'no figure in the source', trace: [{ label: 'amount', value: 'none stated in the source' }] }),
    notes: [],
  };
}
