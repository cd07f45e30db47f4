import type { Decimal } from '../money/decimal.js';
import { largestRemainder } from '../money/allocate.js';
import { formatYuan, min, sum } from '../money/money.js';

/** How a pool is shared out when claims exceed it. */
export type AllocationMethod = 'pro-rata' | 'first-come' | 'priority';

/** A claim on a pool, in whole cents. */
export interface Claim {
  id: string;
  amount: Decimal;
}

/** What one claim receives from one pool, and why. */
export interface Share {
  id: string;
  claimed: Decimal;
  amount: Decimal;
  /** For `first-come`: the claim's place in the order, from 1. */
  position?: number;
  /** For `priority`: the claim's tier. */
  tier?: number;
  explanation: string;
}

function proRata(pool: Decimal, claims: readonly Claim[], what: string): Share[] {
  const total = sum(claims.map((claim) => claim.amount));
  if (total.lessThanOrEqualTo(pool)) {
    return claims.map((claim) => ({ ...claim, claimed: claim.amount, explanation: `${what}: claims (${formatYuan(total)}) within the pool (${formatYuan(pool)}), paid in full` }));
  }
  const parts = largestRemainder(pool, claims.map((claim) => claim.amount));
  return claims.map((claim, index) => ({
    id: claim.id,
    claimed: claim.amount,
    amount: parts[index]!,
    explanation:
      `${what}: ${formatYuan(pool)} × ${formatYuan(claim.amount)} / ${formatYuan(total)} = ` +
      `${pool.times(claim.amount).dividedBy(total).toDecimalPlaces(6).toFixed()}, to the cent by largest remainder: ${formatYuan(parts[index]!)}`,
  }));
}

function firstCome(pool: Decimal, claims: readonly Claim[], order: readonly string[]): Share[] {
  let left = pool;
  const byId = new Map(claims.map((claim) => [claim.id, claim]));
  const shares = new Map<string, Share>();
  order.forEach((id, index) => {
    const claim = byId.get(id)!;
    const amount = min(claim.amount, left);
    left = left.minus(amount);
    shares.set(id, {
      id,
      claimed: claim.amount,
      amount,
      position: index + 1,
      explanation: amount.equals(claim.amount)
        ? `first come, place ${index + 1}: paid in full (${formatYuan(left)} left)`
        : `first come, place ${index + 1}: ${formatYuan(amount)} was all that was left of the pool`,
    });
  });
  return claims.map((claim) => shares.get(claim.id)!);
}

function priority(pool: Decimal, claims: readonly Claim[], tiers: ReadonlyMap<string, number>): Share[] {
  let left = pool;
  const shares = new Map<string, Share>();
  // The claims of each tier, in their order, gathered in one pass.
  const byTier = new Map<number, Claim[]>();
  for (const claim of claims) {
    const tier = tiers.get(claim.id)!;
    const members = byTier.get(tier);
    if (members) members.push(claim);
    else byTier.set(tier, [claim]);
  }
  for (const tier of [...byTier.keys()].sort((a, b) => a - b)) {
    const inTier = byTier.get(tier)!;
    const before = left;
    for (const share of proRata(before, inTier, `tier ${tier}, pro rata within the tier of what the tiers before left`)) {
      shares.set(share.id, { ...share, tier });
      left = left.minus(share.amount);
    }
  }
  return claims.map((claim) => shares.get(claim.id)!);
}

/**
 * Shares a pool among claims. Nobody receives more than claimed, and the
 * shares sum exactly to the smaller of the pool and the claims.
 * - `pro-rata`: in proportion to the claims, cents by largest remainder.
 * - `first-come`: in the order given, each paid in full while the pool lasts.
 * - `priority`: tier by tier (lowest number first), pro rata within a tier.
 */
export function shareOut(
  pool: Decimal,
  claims: readonly Claim[],
  method: AllocationMethod,
  order: readonly string[],
  tiers: ReadonlyMap<string, number>,
): Share[] {
  if (method === 'first-come') return firstCome(pool, claims, order);
  if (method === 'priority') return priority(pool, claims, tiers);
  return proRata(pool, claims, 'pro rata');
}
