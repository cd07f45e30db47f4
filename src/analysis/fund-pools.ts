import type { Citation, Text } from '../engine/definition.js';
import { fundAmount } from '../engine/fund-amount.js';
import type { Decimal } from '../money/decimal.js';
import { builtInPolicies } from '../policies/index.js';

/** A fund of a built-in pack that `allocateFund` can share out by name. */
export interface FundPool {
  /** `<pack id>/<fund id>`, such as `qingshan-lake-2018/annual-fund`. */
  id: string;
  label: string;
  /** The amount per period, in yuan; for a `bound`, rounded toward its side (a lower bound down). */
  amount: Decimal;
  /**
   * `lower` when the fund is at least `amount` (derived from stated figures,
   * not a stated pool): an allocation from it shares out the part known to
   * exist, and its shortfalls may overstate what the fund leaves unpaid.
   */
  bound?: 'lower' | 'upper';
  period: 'year';
  citation: Citation;
  /** How a derived amount follows from stated figures; absent when the source states it. */
  derivation?: string;
  translations: { zh: { label: string; derivation?: string } };
}

function describe(text: Text | undefined): { en?: string; zh?: string } {
  return text ? { en: text.en, zh: text.zh } : {};
}

/**
 * The funds of the built-in packs, usable by name as the pool of
 * `allocateFund`: the Qingshan Lake town's 450,000,000 a year, stated in its
 * source, and Jiashan's annual budget, derived from the share paid (a lower
 * bound, rounded down to the cent, `bound: 'lower'`).
 *
 * @returns every named pool with its amount, citation and, for a derived one, its arithmetic
 *
 * @example
 * listFundPools().map((pool) => `${pool.id} ${pool.amount.toFixed(2)}`);
 * //=> ['qingshan-lake-2018/annual-fund 450000000.00', 'jiashan-2023/annual-budget 89285714.28']
 */
export function listFundPools(): FundPool[] {
  return builtInPolicies().flatMap((policy) =>
    policy.funds.map((fund) => {
      const derivation = describe(fund.derivation);
      return {
        id: `${policy.id}/${fund.id}`,
        label: fund.label.en,
        amount: fundAmount(fund),
        period: fund.period,
        citation: fund.citation,
        ...(fund.bound && { bound: fund.bound }),
        ...(derivation.en !== undefined && { derivation: derivation.en }),
        translations: { zh: { label: fund.label.zh, ...(derivation.zh !== undefined && { derivation: derivation.zh }) } },
      };
    }),
  );
}
