import type { AmountInput, ConditionInput } from '../schema/policy-definition.js';
import type { Citation, Text } from '../engine/definition.js';
import { IncentiveInputError } from '../schema/input-error.js';
import { isRecord } from '../schema/is-record.js';
import { MESSAGES } from '../schema/messages.js';
import { readArguments } from '../schema/read-arguments.js';

type TextInput = string | Text;

/**
 * A block's arguments as plain data, read once (see `readInput`), so that a
 * block returns data and never the caller's objects; each named argument
 * that must be an object is one.
 */
function plain<T extends unknown[]>(...args: { [K in keyof T]: { value: T[K]; at: string; object?: boolean } }): T {
  const copies = readArguments(...args.map((arg) => ({ value: arg.value, at: [arg.at] })));
  const issues = args.flatMap((arg, index) =>
    arg.object && !isRecord(copies[index]) ? [{ code: 'invalid_type' as const, path: [arg.at], message: MESSAGES.object(copies[index]) }] : []);
  if (issues.length > 0) throw new IncentiveInputError(issues);
  return copies as T;
}

/** The one object argument of a block. */
function fields<T>(input: T): T {
  return plain<[T]>({ value: input, at: 'input', object: true })[0];
}

/**
 * The building blocks of a policy, as small constructors of the plain data a
 * definition holds (`definePolicy` accepts the same objects written by hand).
 * Parameters are named by the rule's `parameters`; facts by the names in the
 * README (`investment.eligible`, `talent.rent.monthly`, …). Every built-in pack
 * is made of exactly these blocks: none has arithmetic of its own. The
 * arguments are read once as data; what they hold is checked by `definePolicy`
 * (a block given something that is not an object where one belongs throws an
 * `IncentiveInputError`). Frozen: no caller can replace a block the
 * library's own packs are made of.
 *
 * @example
 * blocks.cappedShare({ rate: 'rate', base: 'investment.eligible', ceiling: 'ceiling' });
 * //=> { block: 'capped-share', rate: { param: 'rate' }, base: { fact: 'investment.eligible' }, ceiling: { param: 'ceiling' } }
 */
export const blocks = Object.freeze({
  /** `min(ceiling, rate × base)`, raised to `floor` if given; rounded once to the cent. */
  cappedShare(given: { rate: string; base: string; ceiling?: string; floor?: string }): AmountInput {
    const input = fields(given);
    return {
      block: 'capped-share',
      rate: { param: input.rate },
      base: { fact: input.base },
      ...(input.ceiling !== undefined && { ceiling: { param: input.ceiling } }),
      ...(input.floor !== undefined && { floor: { param: input.floor } }),
    };
  },
  /** `min(ceiling, requested)`, or the ceiling itself (basis `ceiling`) when the project states nothing. */
  flatCeiling(given: { ceiling: string; requested?: string }): AmountInput {
    const input = fields(given);
    return { block: 'flat-ceiling', ceiling: { param: input.ceiling }, ...(input.requested !== undefined && { requested: { fact: input.requested } }) };
  },
  /** `min(per-month ceiling, monthly amount) × min(max months, months)`, paid monthly from `start`. */
  perPeriod(given: { perPeriodCeiling: string; maxPeriods: string; periodAmount: string; periods?: string; start: string }): AmountInput {
    const input = fields(given);
    return {
      block: 'per-period',
      perPeriodCeiling: { param: input.perPeriodCeiling },
      maxPeriods: { param: input.maxPeriods },
      periodAmount: { fact: input.periodAmount },
      ...(input.periods !== undefined && { periods: { fact: input.periods } }),
      start: { fact: input.start },
    };
  },
  /**
   * The interest on the project's loans, up to a ceiling (simple, or month by month for a repayment form);
   * with `share`, the name of a ratio parameter, that fraction of each payment of interest.
   */
  interestSubsidy(given: { ceiling: string; loans?: string; share?: string }): AmountInput {
    const input = fields(given);
    return {
      block: 'interest-subsidy',
      ceiling: { param: input.ceiling },
      loans: { fact: input.loans ?? 'talentStartup.loans' },
      ...(input.share !== undefined && { share: { param: input.share } }),
    };
  },
  /** The amount of a tier table's bracket, up to a ceiling; the ceiling (basis `ceiling`) while the tiers are not published. */
  tiered(given: { ceiling: string; tiers: string }): AmountInput {
    const input = fields(given);
    return { block: 'tiered', ceiling: { param: input.ceiling }, tiers: { param: input.tiers } };
  },
  /**
   * `min(ceiling, per unit × units)` of a count fact (per new hire, per square metre); rounded once to the cent.
   *
   * @example
   * blocks.perUnit({ perUnit: 'perHire', units: 'my-district/new-hires', ceiling: 'ceiling' });
   * //=> { block: 'per-unit', perUnit: { param: 'perHire' }, units: { fact: 'my-district/new-hires' }, ceiling: { param: 'ceiling' } }
   */
  perUnit(given: { perUnit: string; units: string; ceiling?: string }): AmountInput {
    const input = fields(given);
    return {
      block: 'per-unit',
      perUnit: { param: input.perUnit },
      units: { fact: input.units },
      ...(input.ceiling !== undefined && { ceiling: { param: input.ceiling } }),
    };
  },
  /**
   * A share of the base, or an amount, a period, changing over the steps ("rent-free for three years, half rent
   * for two"); each step's total rounded once, paid a month or a year apart from `start`, up to `ceiling`.
   * A step's `length` is a `months` parameter for a monthly block, `years` for a yearly one.
   *
   * @example
   * blocks.steppedPeriods({ period: 'month', start: 'my-district/lease-start', base: 'my-district/monthly-rent',
   *   steps: [{ length: 'freeMonths', rate: 'full' }, { length: 'halfMonths', rate: 'half' }] }).steps;
   * //=> [{ length: { param: 'freeMonths' }, rate: { param: 'full' } }, { length: { param: 'halfMonths' }, rate: { param: 'half' } }]
   */
  steppedPeriods(given: {
    period: 'month' | 'year';
    start: string;
    base?: string;
    periods?: string;
    steps: Array<{ length: string; rate: string } | { length: string; amount: string }>;
    ceiling?: string;
  }): AmountInput {
    const input = fields(given);
    return {
      block: 'stepped-periods',
      period: input.period,
      start: { fact: input.start },
      ...(input.base !== undefined && { base: { fact: input.base } }),
      ...(input.periods !== undefined && { periods: { fact: input.periods } }),
      // A step that is not an object is passed on as it is, for definePolicy to report at its path.
      steps: (Array.isArray(input.steps) ? input.steps : []).map((step) => (!isRecord(step) ? step : 'rate' in step
        ? { length: { param: step.length }, rate: { param: step.rate } }
        : { length: { param: step.length }, amount: { param: step.amount } })),
      ...(input.ceiling !== undefined && { ceiling: { param: input.ceiling } }),
    };
  },
  /**
   * A share of an amount-series fact that steps down by year, year 1 the year of `start`: each year
   * `min(yearCeiling, rate × that year's base)`, rounded once to the cent, up to `ceiling` in all.
   *
   * @example
   * blocks.yearlyShare({ base: 'my-district/local-tax', start: 'my-district/production-start',
   *   steps: [{ years: 'firstYears', rate: 'full' }, { years: 'laterYears', rate: 'half' }], yearCeiling: 'perYear' }).block;
   * //=> 'yearly-share'
   */
  yearlyShare(given: { base: string; start: string; steps: Array<{ years: string; rate: string }>; yearCeiling?: string; ceiling?: string }): AmountInput {
    const input = fields(given);
    return {
      block: 'yearly-share',
      base: { fact: input.base },
      start: { fact: input.start },
      steps: (Array.isArray(input.steps) ? input.steps : []).map((step) => (!isRecord(step) ? step : { years: { param: step.years }, rate: { param: step.rate } })),
      ...(input.yearCeiling !== undefined && { yearCeiling: { param: input.yearCeiling } }),
      ...(input.ceiling !== undefined && { ceiling: { param: input.ceiling } }),
    };
  },
  /**
   * `min(ceiling, rate × max(0, base − threshold))`: a share of the part of a base above a threshold.
   *
   * @example
   * blocks.thresholdExcess({ base: 'my-district/output', threshold: 'threshold', rate: 'rate' });
   * //=> { block: 'threshold-excess', base: { fact: 'my-district/output' }, threshold: { param: 'threshold' }, rate: { param: 'rate' } }
   */
  thresholdExcess(given: { base: string; threshold: string; rate: string; ceiling?: string }): AmountInput {
    const input = fields(given);
    return {
      block: 'threshold-excess',
      base: { fact: input.base },
      threshold: { param: input.threshold },
      rate: { param: input.rate },
      ...(input.ceiling !== undefined && { ceiling: { param: input.ceiling } }),
    };
  },
  /** An offer the source makes without a number: no amount, status `unquantified`. */
  unquantified(given: TextInput): AmountInput {
    const [offer] = plain<[TextInput]>({ value: given, at: 'offer' });
    return { block: 'unquantified', offer };
  },
  /** A different block under each reading of an interpretation. */
  byInterpretation(interpretation: string, options: Record<string, AmountInput>): AmountInput {
    const [id, readings] = plain<[string, Record<string, AmountInput>]>({ value: interpretation, at: 'interpretation' }, { value: options, at: 'options' });
    return { block: 'by-interpretation', interpretation: id, options: readings };
  },
  /** The block of the first case whose condition holds, else `otherwise`. */
  cases(cases: Array<{ when: ConditionInput; then: AmountInput }>, otherwise: AmountInput): AmountInput {
    const [list, fallback] = plain<[typeof cases, AmountInput]>({ value: cases, at: 'cases' }, { value: otherwise, at: 'otherwise' });
    return { block: 'cases', cases: list, otherwise: fallback };
  },
  /** Items of which a beneficiary (or the project) keeps only the larger. */
  oneOf(input: { id: string; rules: string[]; appliesIf?: ConditionInput; reason?: TextInput }) {
    return { kind: 'one-of' as const, ...fields(input) };
  },
  /** Items whose sum may not exceed a cap, reduced in the order of `rules` or pro rata. */
  sharedCap(input: {
    id: string;
    rules: string[];
    cap: string | number;
    citation: Citation;
    label?: TextInput;
    per?: 'project' | 'beneficiary';
    allocation?: 'in-order' | 'pro-rata';
  }) {
    return { kind: 'shared-cap' as const, ...fields(input) };
  },
});
