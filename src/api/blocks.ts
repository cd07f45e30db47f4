import type { AmountInput, ConditionInput } from '../schema/policy-definition.js';
import type { Citation, Text } from '../engine/definition.js';

type TextInput = string | Text;

/**
 * The building blocks of a policy, as small constructors of the plain data a
 * definition holds (`definePolicy` accepts the same objects written by hand).
 * Parameters are named by the rule's `parameters`; facts by the names in the
 * README (`investment.eligible`, `talent.rent.monthly`, …). Every built-in pack
 * is made of exactly these blocks: none has arithmetic of its own.
 *
 * @example
 * blocks.cappedShare({ rate: 'rate', base: 'investment.eligible', ceiling: 'ceiling' });
 * //=> { block: 'capped-share', rate: { param: 'rate' }, base: { fact: 'investment.eligible' }, ceiling: { param: 'ceiling' } }
 */
export const blocks = {
  /** `min(ceiling, rate × base)`, raised to `floor` if given; rounded once to the cent. */
  cappedShare(input: { rate: string; base: string; ceiling?: string; floor?: string }): AmountInput {
    return {
      block: 'capped-share',
      rate: { param: input.rate },
      base: { fact: input.base },
      ...(input.ceiling !== undefined && { ceiling: { param: input.ceiling } }),
      ...(input.floor !== undefined && { floor: { param: input.floor } }),
    };
  },
  /** `min(ceiling, requested)`, or the ceiling itself (basis `ceiling`) when the project states nothing. */
  flatCeiling(input: { ceiling: string; requested?: string }): AmountInput {
    return { block: 'flat-ceiling', ceiling: { param: input.ceiling }, ...(input.requested !== undefined && { requested: { fact: input.requested } }) };
  },
  /** `min(per-month ceiling, monthly amount) × min(max months, months)`, paid monthly from `start`. */
  perPeriod(input: { perPeriodCeiling: string; maxPeriods: string; periodAmount: string; periods?: string; start: string }): AmountInput {
    return {
      block: 'per-period',
      perPeriodCeiling: { param: input.perPeriodCeiling },
      maxPeriods: { param: input.maxPeriods },
      periodAmount: { fact: input.periodAmount },
      ...(input.periods !== undefined && { periods: { fact: input.periods } }),
      start: { fact: input.start },
    };
  },
  /** The interest on the project's loans, up to a ceiling (simple, or month by month for a repayment form). */
  interestSubsidy(input: { ceiling: string; loans?: string }): AmountInput {
    return { block: 'interest-subsidy', ceiling: { param: input.ceiling }, loans: { fact: input.loans ?? 'talentStartup.loans' } };
  },
  /** The amount of a tier table's bracket, up to a ceiling; the ceiling (basis `ceiling`) while the tiers are not published. */
  tiered(input: { ceiling: string; tiers: string }): AmountInput {
    return { block: 'tiered', ceiling: { param: input.ceiling }, tiers: { param: input.tiers } };
  },
  /** An offer the source makes without a number: no amount, status `unquantified`. */
  unquantified(offer: TextInput): AmountInput {
    return { block: 'unquantified', offer };
  },
  /** A different block under each reading of an interpretation. */
  byInterpretation(interpretation: string, options: Record<string, AmountInput>): AmountInput {
    return { block: 'by-interpretation', interpretation, options };
  },
  /** The block of the first case whose condition holds, else `otherwise`. */
  cases(cases: Array<{ when: ConditionInput; then: AmountInput }>, otherwise: AmountInput): AmountInput {
    return { block: 'cases', cases, otherwise };
  },
  /** Items of which a beneficiary (or the project) keeps only the larger. */
  oneOf(input: { id: string; rules: string[]; appliesIf?: ConditionInput; reason?: TextInput }) {
    return { kind: 'one-of' as const, ...input };
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
    return { kind: 'shared-cap' as const, ...input };
  },
};
