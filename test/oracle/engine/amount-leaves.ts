import type { AmountSpec } from './definition.js';

/** A building block of an amount: any spec but a choice among others. */
export type AmountLeaf = Exclude<AmountSpec, { block: 'by-interpretation' } | { block: 'cases' }>;

/**
 * Every building block an amount may end in, under any reading and any case,
 * found without recursion (a user's pack may nest choices deeply).
 *
 * @param amount - a rule's amount
 * @returns its leaves, each once per place it appears
 *
 * @example
 * amountLeaves({ block: 'cases', cases: [{ when: { fact: 'plans.listing', is: true }, then: { block: 'unquantified', offer: { en: 'Help', zh: '帮助' } } }],
 *   otherwise: { block: 'flat-ceiling', ceiling: { param: 'ceiling' } } }).map((leaf) => leaf.block);
 * //=> ['flat-ceiling', 'unquantified']
 */
export function amountLeaves(amount: AmountSpec): AmountLeaf[] {
  const leaves: AmountLeaf[] = [];
  const pending: AmountSpec[] = [amount];
  for (let spec = pending.pop(); spec !== undefined; spec = pending.pop()) {
    if (spec.block === 'by-interpretation') for (const option of Object.values(spec.options)) pending.push(option);
    else if (spec.block === 'cases') {
      for (const entry of spec.cases) pending.push(entry.then);
      pending.push(spec.otherwise);
    } else leaves.push(spec);
  }
  return leaves;
}
