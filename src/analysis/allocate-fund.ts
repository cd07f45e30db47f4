import { yearOfIsoDate } from '../dates/iso-date.js';
import type { Assessment } from '../engine/assessment.js';
import { Decimal } from '../money/decimal.js';
import { sum, ZERO } from '../money/money.js';
import { IncentiveInputError } from '../schema/input-error.js';
import type { Money } from '../schema/input-types.js';
import type { InputIssue } from '../schema/issues.js';
import { MESSAGES } from '../schema/messages.js';
import { keepAssessments, readClaims, readPool, type FundClaim, type ReadClaim, type ReadPool } from './fund-input.js';
import { readArguments } from '../schema/read-arguments.js';
import type { FundPool } from './fund-pools.js';
import { shareOut, type AllocationMethod, type Share } from './share-out.js';
import { isRecord } from '../schema/is-record.js';

/** A pool: an amount, a named pool (`listFundPools`), the same per calendar year, or one per year. */
export type PoolInput = Money | string | { perYear: Money | string } | { byYear: Record<string, Money> };

/** How to share a fund. */
export interface AllocateFundOptions {
  pool: PoolInput;
  method: AllocationMethod;
  /** For `first-come`: every claim id once, in order of arrival; by default the order of the claims. */
  order?: string[];
  /** For `priority`: a tier for every claim id, 1 served first. */
  tiers?: Record<string, number>;
}

/** What one claimant receives. */
export interface Allocation {
  id: string;
  claimed: Decimal;
  /** What it receives: never more than claimed. */
  amount: Decimal;
  /** claimed − amount. */
  shortfall: Decimal;
  /** amount / claimed, to six decimals (1 for a claim of 0): a figure to read, not to compute with. */
  ratio: Decimal;
  /** amount / pool, to six decimals. */
  shareOfPool: Decimal;
  position?: number;
  tier?: number;
  /** How the amount was reached, in words (per year for a pool per year). */
  explanation: string;
  /** For a pool per year: what it claimed and received each year. */
  years?: Array<{ year: string; claimed: Decimal; amount: Decimal }>;
}

/** A fund shared out. */
export interface FundAllocation {
  method: AllocationMethod;
  /** The pool, summed over the years for a pool per year. */
  pool: Decimal;
  /** The named pool, when one was used: its source and, if derived, how. */
  namedPool?: FundPool;
  claimed: Decimal;
  /** What was allocated: exactly min(pool, claimed) (per year, for a pool per year). */
  total: Decimal;
  unallocated: Decimal;
  allocations: Allocation[];
  years?: Array<{ year: string; pool: Decimal; claimed: Decimal; total: Decimal; unallocated: Decimal }>;
}

const SIX_PLACES = 6;


/** How many entries past one per claim an order may have before it is refused whole (each would be an issue). */
const MAX_EXTRA_ORDER = 100;

function readOrder(raw: unknown, claims: readonly ReadClaim[], method: AllocationMethod, issues: InputIssue[]): string[] {
  const ids = claims.map((claim) => claim.id);
  if (raw === undefined || method !== 'first-come') return ids;
  if (!Array.isArray(raw)) {
    issues.push({ code: 'invalid_type', path: ['options', 'order'], message: MESSAGES.list(raw) });
    return ids;
  }
  if (raw.length > ids.length + MAX_EXTRA_ORDER) {
    issues.push({ code: 'too_many', path: ['options', 'order'], message: MESSAGES.listTooLong(ids.length) });
    return ids;
  }
  const known = new Set(ids);
  const seen = new Set<string>();
  raw.forEach((id: unknown, index) => {
    const path = ['options', 'order', String(index)];
    if (typeof id !== 'string' || !known.has(id)) issues.push({ code: 'not_found', path, message: MESSAGES.orderUnknown(String(id)) });
    else if (seen.has(id)) issues.push({ code: 'duplicate', path, message: MESSAGES.duplicateChoice(id) });
    else seen.add(id);
  });
  const missing = ids.filter((id) => !seen.has(id));
  if (missing.length > 0) issues.push({ code: 'required', path: ['options', 'order'], message: MESSAGES.orderIncomplete(missing) });
  return [...seen];
}

function readTiers(raw: unknown, claims: readonly ReadClaim[], method: AllocationMethod, issues: InputIssue[]): Map<string, number> {
  const tiers = new Map<string, number>();
  if (method !== 'priority') return tiers;
  if (raw === undefined) {
    issues.push({ code: 'required', path: ['options', 'tiers'], message: MESSAGES.tiersMissing });
    return tiers;
  }
  if (!isRecord(raw)) {
    // Tiers that are not an object are one problem, not one per claim under something that has none.
    issues.push({ code: 'invalid_type', path: ['options', 'tiers'], message: MESSAGES.object(raw) });
    return tiers;
  }
  for (const claim of claims) {
    const tier = Object.hasOwn(raw, claim.id) ? raw[claim.id] : undefined;
    if (typeof tier === 'number' && Number.isInteger(tier) && tier >= 1 && tier <= 1000) tiers.set(claim.id, tier);
    else if (tier === undefined) issues.push({ code: 'required', path: ['options', 'tiers', claim.id], message: MESSAGES.tierMissing(claim.id) });
    else issues.push({ code: 'out_of_range', path: ['options', 'tiers', claim.id], message: MESSAGES.positiveInteger(tier, 1000) });
  }
  return tiers;
}

function readMethod(raw: unknown, issues: InputIssue[]): AllocationMethod {
  const methods: AllocationMethod[] = ['pro-rata', 'first-come', 'priority'];
  if (typeof raw === 'string' && (methods as string[]).includes(raw)) return raw as AllocationMethod;
  issues.push({ code: raw === undefined ? 'required' : 'invalid_format', path: ['options', 'method'], message: MESSAGES.choice(raw, methods) });
  return 'pro-rata';
}

function ratio(part: Decimal, whole: Decimal): Decimal {
  return whole.isZero() ? new Decimal(1) : part.dividedBy(whole).toDecimalPlaces(SIX_PLACES);
}

function allocation(id: string, claimed: Decimal, amount: Decimal, pool: Decimal, extra: Partial<Allocation>, explanation: string): Allocation {
  return {
    id,
    claimed,
    amount,
    shortfall: claimed.minus(amount),
    ratio: ratio(amount, claimed),
    shareOfPool: pool.isZero() ? ZERO : amount.dividedBy(pool).toDecimalPlaces(SIX_PLACES),
    ...extra,
    explanation,
  };
}

function byYear(claims: readonly ReadClaim[], pool: Exclude<ReadPool, { kind: 'single' }>, issues: InputIssue[]): Map<string, Map<string, Decimal>> {
  const years = new Map<string, Map<string, Decimal>>();
  claims.forEach((claim) => {
    if (!claim.schedule) {
      issues.push({ code: 'required', path: ['claims', String(claim.index), 'schedule'], message: MESSAGES.scheduleNeeded(claim.id) });
      return;
    }
    for (const entry of claim.schedule) {
      const year = yearOfIsoDate(entry.date);
      const claimsOfYear = years.get(year) ?? new Map<string, Decimal>();
      claimsOfYear.set(claim.id, (claimsOfYear.get(claim.id) ?? ZERO).plus(entry.amount));
      years.set(year, claimsOfYear);
    }
  });
  if (pool.kind === 'by-year') for (const year of pool.amounts.keys()) if (!years.has(year)) years.set(year, new Map());
  return years;
}

/**
 * Shares a fund among claims: assessments from `evaluate` (each claims its
 * computed grants and subsidies, `totals.cash`; equity is not paid from these
 * funds, and a stated maximum, basis `ceiling`, is not a claim) or plain
 * claims `{ id, amount }`.
 *
 * - `pro-rata`: in proportion to the claims; each share is rounded down to the
 *   cent and the cents left go one each to the largest remainders, so the
 *   shares sum exactly to min(pool, claims) and each differs from its exact
 *   ratio by less than a cent.
 * - `first-come`: in `order`, each claim paid in full while the pool lasts.
 * - `priority`: by `tiers` (1 first), pro rata within a tier.
 *
 * Nobody receives more than claimed. With a pool per calendar year
 * (`{ perYear }` or `{ byYear }`), each payment of each claim's schedule is
 * charged to its year and each year is shared out on its own. Each allocation
 * explains itself: its ratio, its share of the pool, and the order or tier
 * that decided it. A named pool (`listFundPools`) stands for its amount; one
 * that is only a lower bound (`namedPool.bound`, Jiashan's derived budget)
 * stands for the part known to exist, rounded down to the cent, so what it
 * allocates can be paid, and its shortfalls may overstate the fund's.
 *
 * @param claims - assessments as `evaluate` returned them, or plain claims; ids (a project's id, else its name) are unique
 * @param options - the pool and the method, with the order or tiers it needs
 * @returns the allocations, the total allocated and what is left
 * @throws {IncentiveInputError} listing every problem of the claims and options
 *
 * @example
 * allocateFund([{ id: 'a', amount: '300' }, { id: 'b', amount: '100' }], { pool: '200', method: 'pro-rata' })
 *   .allocations.map((a) => a.amount.toFixed(2));
 * //=> ['150.00', '50.00']
 */
export function allocateFund(claims: ReadonlyArray<Assessment | FundClaim>, options: AllocateFundOptions): FundAllocation {
  const [given, settings] = readArguments({ value: claims, at: ['claims'], keep: keepAssessments }, { value: options, at: ['options'] });
  const issues: InputIssue[] = [];
  const read = readClaims(given, issues);
  if (!isRecord(settings)) {
    // Options that are not an object are one problem, not one per missing field.
    throw new IncentiveInputError([...issues, { code: 'invalid_type', path: ['options'], message: MESSAGES.object(settings) }]);
  }
  const raw: Record<string, unknown> = settings;
  for (const key of Object.keys(raw)) {
    if (!['pool', 'method', 'order', 'tiers'].includes(key)) {
      issues.push({ code: 'unknown_field', path: ['options', key], message: MESSAGES.unknownField(['pool', 'method', 'order', 'tiers']) });
    }
  }
  const method = readMethod(raw['method'], issues);
  const pool = readPool(raw['pool'], issues);
  const order = readOrder(raw['order'], read, method, issues);
  const tiers = readTiers(raw['tiers'], read, method, issues);
  const years = pool && pool.kind !== 'single' ? byYear(read, pool, issues) : undefined;
  if (issues.length > 0 || !pool) throw new IncentiveInputError(issues);

  const claimed = sum(read.map((claim) => claim.amount));
  const named = pool.kind !== 'by-year' ? pool.named : undefined;
  if (pool.kind === 'single') {
    const shares = shareOut(pool.amount, read, method, order, tiers);
    const total = sum(shares.map((share) => share.amount));
    return {
      method,
      pool: pool.amount,
      ...(named && { namedPool: named }),
      claimed,
      total,
      unallocated: pool.amount.minus(total),
      allocations: shares.map((share) =>
        allocation(share.id, share.claimed, share.amount, pool.amount, extras(share), share.explanation)),
    };
  }

  const claimsByYear = years ?? new Map<string, Map<string, Decimal>>();
  const yearly = [...claimsByYear.keys()].sort().map((year) => {
    const claimsOfYear = claimsByYear.get(year)!;
    const amount = pool.kind === 'per-year' ? pool.amount : (pool.amounts.get(year) ?? ZERO);
    const yearClaims = read.filter((claim) => claimsOfYear.has(claim.id)).map((claim) => ({ id: claim.id, amount: claimsOfYear.get(claim.id)! }));
    const yearOrder = order.filter((id) => claimsOfYear.has(id));
    const shares = shareOut(amount, yearClaims, method, yearOrder, tiers);
    const total = sum(shares.map((share) => share.amount));
    return { year, pool: amount, claimed: sum(yearClaims.map((claim) => claim.amount)), total, unallocated: amount.minus(total), shares };
  });
  const poolTotal = sum(yearly.map((year) => year.pool));
  const allocations = read.map((claim) => {
    const perYear = yearly.flatMap((year) => {
      const share = year.shares.find((candidate) => candidate.id === claim.id);
      return share ? [{ year: year.year, claimed: share.claimed, amount: share.amount, share }] : [];
    });
    const amount = sum(perYear.map((entry) => entry.amount));
    const explanation = perYear.map((entry) => `${entry.year}: ${entry.share.explanation}`).join('; ');
    return {
      ...allocation(claim.id, claim.amount, amount, poolTotal, extras(perYear[0]?.share), explanation || 'no payment charged to any year'),
      years: perYear.map(({ year, claimed: yearClaimed, amount: yearAmount }) => ({ year, claimed: yearClaimed, amount: yearAmount })),
    };
  });
  const total = sum(yearly.map((year) => year.total));
  return {
    method,
    pool: poolTotal,
    ...(named && { namedPool: named }),
    claimed,
    total,
    unallocated: poolTotal.minus(total),
    allocations,
    years: yearly.map(({ shares: _shares, ...year }) => year),
  };
}

function extras(share: Share | undefined): Partial<Allocation> {
  if (!share) return {};
  return { ...(share.position !== undefined && { position: share.position }), ...(share.tier !== undefined && { tier: share.tier }) };
}
