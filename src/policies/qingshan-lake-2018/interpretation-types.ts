/** The interpretations of `qingshan-lake-2018` and their readings (defaults first). */
export interface QingshanLakeInterpretations {
  /** Particularly important projects: does the 30% limit still apply under the 100 million ceiling? */
  majorProject: 'ratio-applies' | 'ceiling-only';
  /** The base of the policy-fund investment. */
  policyFundBase: 'actual-investment' | 'excluding-infrastructure';
  /** A talent who both buys and rents: one benefit (the larger) or both. */
  housingBenefits: 'one-per-talent' | 'stack';
  /** Who may claim the "four 6-million": a high-level founder's startup, or any qualified founder's. */
  startupFounder: 'high-level' | 'qualified';
  /** Which projects the co-investment is for: any innovative project, first-class entities, or the town's focus sectors. */
  coInvestmentScope: 'innovative-projects' | 'first-class-entities' | 'focus-sectors';
  /** How the incremental support, "provided in increments", is paid: one payment, or by the caller's plan. */
  incrementalPayment: 'one-payment' | 'caller-plan';
  /** Whether the incremental support needs a startup founded by a high-level talent. */
  incrementalTalent: 'high-level-founder' | 'support-only';
  /** Whether the incremental support can be granted on the same date as the "four 6-million". */
  incrementalOverlap: 'after-expiry' | 'independent';
}
