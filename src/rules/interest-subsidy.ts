import type { Decimal } from '../money/decimal.js';
import { formatRate, formatYuan, min, roundToCent, sum, ZERO } from '../money/money.js';
import { cap } from './cap.js';
import type { QuantifiedResult, TraceStep } from './types.js';

/** A loan as the interest subsidy reads it. */
export interface SubsidisedLoan {
  principal: Decimal;
  annualRate: Decimal;
  years: number;
}

/** The inputs of `interestSubsidy`, resolved to values. */
export interface InterestSubsidyInput {
  ceiling: { value: Decimal; label: string; id: string };
  loans: readonly SubsidisedLoan[];
}

/**
 * A subsidy of the interest on loans, up to a ceiling:
 * `min(ceiling, Σ principal × annual rate × years)`, simple interest on the
 * full principal for the whole term, rounded once to the cent. No loans, no
 * interest: the amount is 0.
 *
 * @param input - the ceiling and the loans
 * @returns the amount with its cap and one trace step per loan
 *
 * @example
 * interestSubsidy({ ceiling: { value: new Decimal(6_000_000), label: 'ceiling', id: 'ceiling' },
 *   loans: [{ principal: new Decimal(10_000_000), annualRate: new Decimal('0.0435'), years: 3 }] }).amount.toFixed(2);
 * //=> '1305000.00'  (10,000,000 × 4.35% × 3)
 */
export function interestSubsidy(input: InterestSubsidyInput): QuantifiedResult {
  const { ceiling, loans } = input;
  const trace: TraceStep[] = [];
  const interests = loans.map((loan, index) => {
    const interest = loan.principal.times(loan.annualRate).times(loan.years);
    trace.push({
      label: `loan ${index + 1}: ${formatYuan(loan.principal)} × ${formatRate(loan.annualRate)} × ${loan.years} years`,
      value: interest.toFixed(),
    });
    return interest;
  });
  const interest = interests.length > 0 ? sum(interests) : ZERO;
  const amount = min(roundToCent(interest), ceiling.value);
  trace.push({ label: 'interest on all loans', value: interest.toFixed() });
  trace.push({ label: ceiling.label, value: ceiling.value.toFixed() });
  trace.push({ label: 'amount = min(ceiling, interest), rounded to the cent', value: amount.toFixed(2) });
  return {
    kind: 'quantified',
    amount,
    basis: 'formula',
    formula: `min(${formatYuan(ceiling.value)}, Σ principal × annual rate × years ${formatYuan(interest)}) = ${formatYuan(amount)}`,
    caps: [cap(ceiling.id, ceiling.label, ceiling.value, 'CNY', amount)],
    trace,
    notes: loans.length === 0 ? [{ en: 'No loans were given: there is no interest to subsidise.', zh: '未提供贷款，无利息可贴。' }] : [],
  };
}
