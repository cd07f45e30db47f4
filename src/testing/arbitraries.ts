import fc from 'fast-check';
import { IncentiveInputError, type ProjectInput, type TalentInput } from '../index.js';
import { MESSAGES } from '../schema/messages.js';
import { ACTIVITIES, DEVICE_TYPES, TARGET_MARKETS } from '../schema/vocabulary.js';

/**
 * Generators of valid projects for property tests (fast-check). Amounts are
 * decimal strings with up to four decimals, so rounding to the cent is
 * exercised; a share of them are plain whole numbers.
 */

/** fast-check's largest integer bound. */
const MAX_WHOLE = 2 ** 31 - 1;

/** The bound of an amount generator, checked as the library checks its inputs (fast-check would throw its own Error). */
function checkedMaxWhole(maxWhole: unknown): number {
  if (typeof maxWhole === 'number' && Number.isInteger(maxWhole) && maxWhole >= 0 && maxWhole <= MAX_WHOLE) return maxWhole;
  const code = typeof maxWhole === 'number' ? 'out_of_range' : 'invalid_type';
  throw new IncentiveInputError([{ code, path: ['maxWhole'], message: MESSAGES.wholeNumber(maxWhole, 0, MAX_WHOLE) }]);
}

/** A decimal string from 0 to `maxWhole` (a whole number from 0 to 2^31 - 1), with 0 to 4 decimals. */
export function amountString(maxWhole: number): fc.Arbitrary<string> {
  checkedMaxWhole(maxWhole);
  return fc
    .tuple(fc.integer({ min: 0, max: maxWhole }), fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 4 }))
    .map(([whole, fraction, places]) =>
      places === 0 ? String(whole) : `${whole}.${String(fraction).padStart(4, '0').slice(0, places)}`,
    );
}

/** An amount as a string or, sometimes, as a number of whole yuan. */
export function money(maxWhole: number): fc.Arbitrary<string | number> {
  checkedMaxWhole(maxWhole);
  return fc.oneof(
    { weight: 4, arbitrary: amountString(maxWhole) },
    { weight: 1, arbitrary: fc.integer({ min: 0, max: maxWhole }) },
  );
}

/** A real calendar date between 2015 and 2030 (before and after every built-in source's date). */
export const isoDate: fc.Arbitrary<string> = fc
  .date({ min: new Date(Date.UTC(2015, 0, 1)), max: new Date(Date.UTC(2030, 11, 31)), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

const rate: fc.Arbitrary<string> = fc.integer({ min: 0, max: 2000 }).map((basisPoints) => (basisPoints / 10000).toString());

function talent(name: string): fc.Arbitrary<TalentInput> {
  return fc.record(
    {
      name: fc.constant(name),
      qualified: fc.boolean(),
      highLevel: fc.boolean(),
      housingPurchase: fc.record({ price: money(5_000_000) }),
      rent: fc.record(
        { monthly: money(6_000), start: isoDate, months: fc.integer({ min: 1, max: 60 }) },
        { requiredKeys: ['monthly', 'start'] },
      ),
    },
    { requiredKeys: ['name'] },
  ).map((t) => (t.highLevel ? { ...t, qualified: true } : t));
}

const talents: fc.Arbitrary<TalentInput[]> = fc
  .uniqueArray(fc.stringMatching(/^[A-Z][a-z]{1,8}$/), { maxLength: 4 })
  .chain((names) => fc.tuple(...names.map(talent)));

/** A valid project with every optional part sometimes present; loans are simple interest. */
export const project: fc.Arbitrary<ProjectInput> = fc
  .record({
    actual: amountString(2_000_000_000),
    infrastructureShare: fc.integer({ min: 0, max: 100 }),
    classification: fc.record(
      { particularlyImportant: fc.boolean(), leadingIndustryDirection: fc.boolean(), major: fc.boolean(), newProductionLine: fc.boolean() },
      { requiredKeys: [] },
    ),
    profile: fc.record(
      {
        activities: fc.subarray([...ACTIVITIES]),
        deviceTypes: fc.subarray([...DEVICE_TYPES]),
        targetMarkets: fc.subarray([...TARGET_MARKETS]),
        enterprise: fc.record({ technologyBasedSME: fc.boolean(), leadingDomesticPlayer: fc.boolean() }, { requiredKeys: [] }),
        plans: fc.record({ listing: fc.boolean(), jointRdCentre: fc.boolean() }, { requiredKeys: [] }),
        finance: fc.record({ annualRevenue: money(2_000_000_000), rdSpending: money(200_000_000) }, { requiredKeys: [] }),
      },
      { requiredKeys: [] },
    ),
    talents,
    startup: fc.option(
      fc.record({
        requested: fc.record(
          { startupFund: money(9_000_000), shareInvestment: money(9_000_000), ventureCapital: money(9_000_000) },
          { requiredKeys: [] },
        ),
        loans: fc.array(
          fc.record({ principal: money(200_000_000), annualRate: rate, years: fc.integer({ min: 1, max: 10 }) }),
          { maxLength: 3 },
        ),
      }),
      { nil: undefined },
    ),
    support: fc.option(
      fc.record(
        { expiresOn: isoDate, highPotential: fc.boolean(), incrementalRequested: money(30_000_000) },
        { requiredKeys: ['expiresOn'] },
      ),
      { nil: undefined },
    ),
    asOf: isoDate,
  })
  .map(({ actual, infrastructureShare, classification, profile, talents: people, startup, support, asOf }) => {
    // Infrastructure as a whole-percent share of the actual investment keeps it within it.
    const infrastructure = ((BigInt(actual.split('.')[0] ?? '0') * BigInt(infrastructureShare)) / 100n).toString();
    const founder = people[0]?.name;
    return {
      name: 'Generated project',
      asOf,
      investment: { actual, infrastructure },
      classification,
      ...profile,
      talents: people,
      ...(startup && founder !== undefined && { talentStartup: { founder, ...startup } }),
      ...(support && { talentSupport: support }),
    };
  });
