/**
 * The bounds every input is checked against. They keep every calculation
 * exact (see `src/money/decimal.ts`) and its cost predictable; an input past a
 * bound is refused with a message that names the bound, never truncated.
 */
export const LIMITS = {
  /** Largest amount accepted, in yuan: 10^15, a thousand times any project in the sources. */
  maxAmount: '1000000000000000',
  /** Most decimal places an amount or a rate may carry. */
  maxDecimalPlaces: 20,
  /** Largest annual rate accepted, as a fraction (1 = 100% a year). */
  maxRate: '1',
  /** Earliest and latest dates accepted. */
  minDate: '1900-01-01',
  maxDate: '2999-12-31',
  /** Longest text accepted (names, ids), in characters. */
  maxTextLength: 500,
  /** Most talents in one project. */
  maxTalents: 10_000,
  /** Most projects named by a source that one project may say it is. */
  maxSourceProjects: 50,
  /** Most loans in one talent startup. */
  maxLoans: 1_000,
  /** Longest rent or loan term, in months (100 years). */
  maxMonths: 1_200,
  /** Longest loan term, in years. */
  maxYears: 100,
  /** Most monthly periods over all the loans of a project with a repayment form. */
  maxLoanPeriods: 120_000,
  /** Longest holding period of a policy fund before exit, in years. */
  maxExitYears: 50,
  // The work of one assessment (or of one comparison, all its packs together),
  // counted from the pack and the project before any item is built. They hold
  // together: a project can reach all three at once, and whatever they accept
  // is computed, and its JSON and every report made, within 1 GB of heap
  // (`test/fuzz/memory-bound.test.ts` proves it at the limits).
  /** Most items: one per project rule, and one per talent for each rule about talents. */
  maxItems: 25_000,
  /** Most dated payments: each month of a monthly subsidy, each month of loan interest, each tranche, each one-off payment. */
  maxPayments: 1_000_000,
  /** Most characters any report of it may take, bounded from above before it is made (see `src/engine/report-size.ts`). */
  maxReportCharacters: 200_000_000,
  /** Most item amounts a sweep records: items times points. */
  maxSweepValues: 1_000_000,
  /**
   * Most items `opportunities` may build: the changed projects it could
   * evaluate times the items one assessment of the project makes (upper
   * bounds, counted before the first is evaluated). Each changed project is
   * a whole assessment, so the search grows with the square of a project's
   * talents; this and the next limit keep it to seconds and within the
   * memory bound (a Qingshan Lake project of 200 talents renting and buying
   * is within both, one of 300 is refused before anything is evaluated).
   */
  maxOpportunityItems: 200_000,
  /** Most dated payments `opportunities` may build, counted as `maxOpportunityItems`. */
  maxOpportunityPayments: 4_000_000,
  /**
   * Most condition tests `opportunities` may check, counted as
   * `maxOpportunityItems` (each rule's tests, every `all`, `any` and `not`
   * included, once per item): a pack of large conditions makes each changed
   * project costly however few its items.
   */
  maxOpportunityConditions: 1_000_000,
  /**
   * Deepest nesting of objects and lists in anything a caller passes (the
   * root is level 1). A project is 5 levels deep, the built-in policy
   * definitions at most 10; every recursive reader of a definition stays far
   * from the call stack's limit at this depth, and a cycle is refused by it.
   */
  maxInputDepth: 64,
  /**
   * Most values read from one argument, counted each time one is reached (a
   * value shared by two fields counts twice). A project of 10,000 talents with
   * rent and housing holds about 110,000; a definition of 500 rules about
   * 50,000. Keeps the time and memory of reading bounded whatever the input.
   */
  maxInputValues: 1_000_000,
  /** Largest count a fact of a pack's own may hold (hires, square metres): 10^12. */
  maxFactCount: 1_000_000_000_000,
  /** Most facts of packs' own one project may state, all packs together. */
  maxProjectFacts: 1_000,
  /** Most years in a series fact. */
  maxSeriesYears: 100,
  /** Most facts a pack may declare of its own. */
  maxDeclaredFacts: 100,
  /** Most steps of a stepped or yearly block. */
  maxSteps: 20,
  /** Most brackets in a tier table. */
  maxTierBrackets: 100,
  /** Most commitments of one rule. */
  maxCommitments: 20,
} as const;
