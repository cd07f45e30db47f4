import type { ItemStanding, Opportunities, OpportunityOption } from '../analysis/opportunity-types.js';
import type { Decimal } from '../money/decimal.js';
import { toCentString } from '../money/money.js';

const cents = (amount: Decimal | null) => (amount === null ? null : toCentString(amount));
const standing = (side: ItemStanding) => ({ status: side.status, amount: cents(side.amount), basis: side.basis, ...(side.net !== undefined && { net: cents(side.net) }) });
const option = (entry: OpportunityOption) => ({ changes: structuredClone(entry.changes), after: standing(entry.after), gain: cents(entry.gain) });

/**
 * The opportunities of a project as plain JSON, a new object that shares
 * nothing with the result: every amount a string with exactly two decimals,
 * `null` for an offer without a figure.
 *
 * @param found - the result of `opportunities`
 * @returns plain data, for `JSON.stringify`
 *
 * @example
 * opportunitiesToJSON(found).opportunities[0].after; //=> { status: 'eligible', amount: '30000000.00', basis: 'formula' }
 */
export function opportunitiesToJSON(found: Opportunities): OpportunitiesJSON {
  return plainOpportunities(found);
}

/** What `toJSON` makes of the result of `opportunities`: every amount a two-decimal string. */
export type OpportunitiesJSON = ReturnType<typeof plainOpportunities>;

function plainOpportunities(found: Opportunities) {
  const amounts = (value: { cash: Decimal; equity: Decimal; all: Decimal }) => ({ cash: cents(value.cash), equity: cents(value.equity), all: cents(value.all) });
  const totals = (value: Opportunities['totals']) => ({
    ...amounts(value),
    ceilings: amounts(value.ceilings),
    ...(value.clawback && { clawback: amounts(value.clawback) }),
    ...(value.net && { net: amounts(value.net) }),
  });
  return {
    policy: structuredClone(found.policy),
    project: structuredClone(found.project),
    asOf: found.asOf,
    totals: totals(found.totals),
    opportunities: found.opportunities.map((entry) => ({
      ruleId: entry.ruleId,
      ...(entry.beneficiary !== undefined && { beneficiary: entry.beneficiary }),
      label: entry.label,
      instrument: entry.instrument,
      kind: entry.kind,
      before: standing(entry.before),
      ...option(entry),
      reasons: [...entry.reasons],
      citation: structuredClone(entry.citation),
      interpretations: structuredClone(entry.interpretations),
      alsoChanges: entry.alsoChanges.map((other) => ({
        ruleId: other.ruleId,
        ...(other.beneficiary !== undefined && { beneficiary: other.beneficiary }),
        label: other.label,
        ...(other.before && { before: standing(other.before) }),
        ...(other.after && { after: standing(other.after) }),
        translations: structuredClone(other.translations),
      })),
      totals: totals(entry.totals),
      alternatives: entry.alternatives.map(option),
      translations: structuredClone(entry.translations),
    })),
    unreachable: structuredClone(found.unreachable),
    evaluated: found.evaluated,
    overrides: found.overrides.map((override) => ({ ...override })),
    translations: structuredClone(found.translations),
  };
}
