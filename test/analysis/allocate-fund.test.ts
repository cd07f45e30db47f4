import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateFund, evaluate, IncentiveInputError, listFundPools, type FundClaim } from '../../src/index.js';
import { Decimal } from '../../src/money/decimal.js';
import { sum } from '../../src/money/money.js';
import { PROPERTY_TIMEOUT } from '../timeouts.js';

const claims: FundClaim[] = [
  { id: 'a', amount: '300' },
  { id: 'b', amount: '100' },
  { id: 'c', amount: '200' },
];
const amounts = (result: ReturnType<typeof allocateFund>) => result.allocations.map((a) => `${a.id} ${a.amount.toFixed(2)}`);

describe('allocateFund', () => {
  it('pro rata: in proportion to the claims', () => {
    // Pool 300 for claims of 600: half each: 150, 50, 100.
    const result = allocateFund(claims, { pool: '300', method: 'pro-rata' });
    expect(amounts(result)).toEqual(['a 150.00', 'b 50.00', 'c 100.00']);
    expect(result.total.toFixed(2)).toBe('300.00');
    expect(result.unallocated.toFixed(2)).toBe('0.00');
    expect(result.allocations[0]?.ratio.toFixed()).toBe('0.5');
    expect(result.allocations[0]?.explanation).toContain('300.00 × 300.00 / 600.00');
  });

  it('pro rata: distributes the cents by largest remainder', () => {
    // Pool 100 for three equal claims: 33.333… each; the cent left goes to the first.
    const equal = [{ id: 'x', amount: 50 }, { id: 'y', amount: 50 }, { id: 'z', amount: 50 }];
    expect(amounts(allocateFund(equal, { pool: 100, method: 'pro-rata' }))).toEqual(['x 33.34', 'y 33.33', 'z 33.33']);
  });

  it('pays every claim in full when the pool suffices', () => {
    const result = allocateFund(claims, { pool: '1000', method: 'pro-rata' });
    expect(amounts(result)).toEqual(['a 300.00', 'b 100.00', 'c 200.00']);
    expect(result.unallocated.toFixed(2)).toBe('400.00');
  });

  it('first come: in the order given, while the pool lasts', () => {
    // Order c, a, b with a pool of 400: c 200 in full, a gets the 200 left, b nothing.
    const result = allocateFund(claims, { pool: '400', method: 'first-come', order: ['c', 'a', 'b'] });
    expect(amounts(result)).toEqual(['a 200.00', 'b 0.00', 'c 200.00']);
    expect(result.allocations.map((a) => a.position)).toEqual([2, 3, 1]);
  });

  it('priority: tier by tier, pro rata within a tier', () => {
    // Tier 1 (b 100) in full; tier 2 (a 300, c 200) shares the 250 left: 150 and 100.
    const result = allocateFund(claims, { pool: '350', method: 'priority', tiers: { a: 2, b: 1, c: 2 } });
    expect(amounts(result)).toEqual(['a 150.00', 'b 100.00', 'c 100.00']);
    expect(result.allocations.map((a) => a.tier)).toEqual([2, 1, 2]);
  });

  it('shares the named Qingshan Lake annual fund among assessments', () => {
    const qingshan = listFundPools().find((pool) => pool.id === 'qingshan-lake-2018/annual-fund');
    expect(qingshan?.amount.toFixed(2)).toBe('450000000.00');
    const assessment = evaluate(
      { name: 'P', id: 'p1', asOf: '2019-01-01', investment: { actual: '200000000' } },
      { policy: 'qingshan-lake-2018' },
    );
    const result = allocateFund([assessment, { id: 'other', amount: '440000000' }], { pool: 'qingshan-lake-2018/annual-fund', method: 'pro-rata' });
    // Claims 30,000,000 + 440,000,000 = 470,000,000 > 450,000,000:
    // p1 gets 450,000,000 × 30/470 = 28,723,404.2553… → 28,723,404.26 (the larger remainder); other 421,276,595.74.
    expect(amounts(result)).toEqual(['p1 28723404.26', 'other 421276595.74']);
    expect(result.namedPool?.citation.quote).toContain('450 million RMB');
  });

  it('offers the derived Jiashan budget as a named pool, saying how it was derived', () => {
    const jiashan = listFundPools().find((pool) => pool.id === 'jiashan-2023/annual-budget');
    // 75,000,000 ÷ 0.84 = 89,285,714.2857…: a lower bound, rounded down to the cent.
    expect(jiashan?.amount.toFixed(2)).toBe('89285714.28');
    expect(jiashan?.bound).toBe('lower');
    expect(jiashan?.derivation).toContain('75,000,000 ÷ 0.84');
  });

  it('charges each payment to its calendar year with a pool per year', () => {
    const yearly: FundClaim[] = [
      { id: 'a', amount: '300', schedule: [{ date: '2024-06-01', amount: '100' }, { date: '2025-06-01', amount: '200' }] },
      { id: 'b', amount: '300', schedule: [{ date: '2024-12-31', amount: '300' }] },
    ];
    // 2024: claims 100 + 300 = 400 for a pool of 200: 50 and 150. 2025: a's 200, in full.
    const result = allocateFund(yearly, { pool: { perYear: '200' }, method: 'pro-rata' });
    expect(result.years?.map((y) => `${y.year} ${y.claimed.toFixed(2)} ${y.total.toFixed(2)}`)).toEqual(['2024 400.00 200.00', '2025 200.00 200.00']);
    expect(amounts(result)).toEqual(['a 250.00', 'b 150.00']);
    expect(result.allocations[0]?.years?.map((y) => `${y.year} ${y.amount.toFixed(2)}`)).toEqual(['2024 50.00', '2025 200.00']);
    const byYear = allocateFund(yearly, { pool: { byYear: { '2024': '400', '2025': '0' } }, method: 'pro-rata' });
    expect(amounts(byYear)).toEqual(['a 100.00', 'b 300.00']);
  });

  it('lists every problem of the claims and options', () => {
    try {
      allocateFund([{ id: 'a', amount: '1.001' }, { id: 'a', amount: 1 }, 7 as unknown as FundClaim], {
        pool: 'atlantis/fund', method: 'first-come', order: ['a', 'zzz'],
      });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(IncentiveInputError);
      expect((error as IncentiveInputError).issues.map((i) => `${i.code} ${i.path.join('.')}`)).toEqual([
        'out_of_range claims.0.amount',
        'invalid_type claims.2',
        'unknown_option options.pool',
        'not_found options.order.1',
      ]);
    }
  });

  it('names the claim that lacks a schedule by its place among the claims given, past a claim that could not be read', () => {
    try {
      allocateFund([7 as unknown as FundClaim, { id: 'b', amount: '1' }], { pool: { perYear: '100' }, method: 'pro-rata' });
      expect.unreachable();
    } catch (error) {
      expect((error as IncentiveInputError).issues.map((i) => `${i.code} ${i.path.join('.')}`)).toEqual([
        'invalid_type claims.0',
        'required claims.1.schedule',
      ]);
    }
  });

  it('refuses tiers that are not an object once, not once per claim under it', () => {
    try {
      allocateFund(claims, { pool: '100', method: 'priority', tiers: 'first' as never });
      expect.unreachable();
    } catch (error) {
      expect((error as IncentiveInputError).issues.map((i) => `${i.code} ${i.path.join('.')}`)).toEqual(['invalid_type options.tiers']);
    }
  });

  const claimsArbitrary = fc.uniqueArray(
    fc.record({ id: fc.stringMatching(/^[a-z]{1,6}$/), amount: fc.bigInt({ min: 0n, max: 10n ** 12n }).map((c) => new Decimal(c.toString()).dividedBy(100).toFixed(2)) }),
    { selector: (claim) => claim.id, maxLength: 25 },
  );
  const poolArbitrary = fc.bigInt({ min: 0n, max: 10n ** 13n }).map((c) => new Decimal(c.toString()).dividedBy(100).toFixed(2));
  const method = fc.constantFrom('pro-rata' as const, 'first-come' as const, 'priority' as const);

  it('never gives more than claimed, and allocates exactly min(pool, claims)', () => {
    fc.assert(fc.property(claimsArbitrary, poolArbitrary, method, fc.integer({ min: 1, max: 3 }), (input, pool, how, tierCount) => {
      const tiers = Object.fromEntries(input.map((claim, index) => [claim.id, (index % tierCount) + 1]));
      const result = allocateFund(input, { pool, method: how, ...(how === 'priority' && { tiers }) });
      const claimed = sum(input.map((claim) => new Decimal(claim.amount)));
      const expected = Decimal.min(new Decimal(pool), claimed);
      expect(result.total.equals(expected)).toBe(true);
      expect(sum(result.allocations.map((a) => a.amount)).equals(expected)).toBe(true);
      for (const allocation of result.allocations) {
        expect(allocation.amount.lessThanOrEqualTo(allocation.claimed)).toBe(true);
        expect(allocation.amount.isNegative()).toBe(false);
        expect(allocation.amount.decimalPlaces()).toBeLessThanOrEqual(2);
      }
    }), { numRuns: 300 });
  }, PROPERTY_TIMEOUT);

  it('keeps pro-rata shares within a cent of the exact ratio', () => {
    fc.assert(fc.property(claimsArbitrary, poolArbitrary, (input, pool) => {
      const result = allocateFund(input, { pool, method: 'pro-rata' });
      const claimed = sum(input.map((claim) => new Decimal(claim.amount)));
      if (claimed.lessThanOrEqualTo(pool) || claimed.isZero()) return;
      for (const allocation of result.allocations) {
        const exact = new Decimal(pool).times(allocation.claimed).dividedBy(claimed);
        expect(allocation.amount.minus(exact).abs().lessThan('0.01')).toBe(true);
      }
    }), { numRuns: 300 });
  }, PROPERTY_TIMEOUT);
});
