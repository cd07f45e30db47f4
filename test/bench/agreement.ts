import type { FloatResult } from './native.js';

/** What of an assessment the agreement reads: its items' rule and amount, and its totals. */
interface Assessed {
  items: ReadonlyArray<{ ruleId: string; amount: { toFixed(places: number): string } | null }>;
  totals: { cash: { toFixed(places: number): string }; equity: { toFixed(places: number): string } };
}

const exactCents = (amount: { toFixed(places: number): string }) => BigInt(amount.toFixed(2).replace('.', ''));
const floatCents = (value: number) => BigInt(Math.round(value * 100));
const yuan = (cents: bigint) => (Number(cents) / 100).toFixed(2);

/**
 * Where a float reference parts from the library by a cent or more: each
 * rule's amount (summed over its items) and the cash and equity totals.
 *
 * @param assessment - the library's assessment of the project
 * @param result - the float reference's result for the same project and reading
 * @returns one line per disagreement; none when they agree to the cent
 * @example
 * disagreements(evaluate(project, options), nativeQingshan(project, asOf, readings));
 * //=> []
 */
export function disagreements(assessment: Assessed, result: FloatResult): string[] {
  const exact = new Map<string, bigint>();
  for (const item of assessment.items) {
    const name = item.ruleId.slice(item.ruleId.indexOf('/') + 1);
    exact.set(name, (exact.get(name) ?? 0n) + (item.amount === null ? 0n : exactCents(item.amount)));
  }
  const pairs: Array<[string, bigint, bigint]> = [
    ...[...new Set([...exact.keys(), ...Object.keys(result.byRule)])].map(
      (name): [string, bigint, bigint] => [name, exact.get(name) ?? 0n, floatCents(result.byRule[name] ?? 0)],
    ),
    ['cash total', exactCents(assessment.totals.cash), floatCents(result.cash)],
    ['equity total', exactCents(assessment.totals.equity), floatCents(result.equity)],
  ];
  return pairs.filter(([, library, float]) => library !== float).map(([name, library, float]) => `${name}: evaluate ${yuan(library)}, float ${yuan(float)}`);
}
