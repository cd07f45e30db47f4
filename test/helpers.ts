import { IncentiveInputError, type Assessment, type LineItem, type QuantifiedLineItem } from '../src/index.js';

/** The single item of a rule (and beneficiary), failing loudly when there is not exactly one. */
export function anyItem(assessment: Assessment, rule: string, beneficiary?: string): LineItem {
  const ruleId = rule.includes('/') ? rule : `${assessment.policy.id}/${rule}`;
  const found = assessment.items.filter((i) => i.ruleId === ruleId && i.beneficiary === beneficiary);
  if (found.length !== 1) throw new Error(`expected one item ${ruleId} ${beneficiary ?? ''}, found ${found.length}`);
  return found[0]!;
}

/** The single quantified item of a rule (and beneficiary), failing loudly otherwise. */
export function item(assessment: Assessment, rule: string, beneficiary?: string): QuantifiedLineItem {
  const found = anyItem(assessment, rule, beneficiary);
  if (found.status === 'unquantified') throw new Error(`expected a quantified item ${found.ruleId}, found an unquantified one`);
  return found;
}

/** An item's amount as a two-decimal string. */
export function amountOf(assessment: Assessment, rule: string, beneficiary?: string): string {
  return item(assessment, rule, beneficiary).amount.toFixed(2);
}

/**
 * A caller's own decimal.js constructor (not the library's clone). decimal.js
 * types its default export as the module object under NodeNext resolution,
 * though at run time it is the constructor; see `src/money/decimal.ts`.
 */
export async function callerDecimal(): Promise<typeof import('decimal.js').Decimal> {
  const module = await import('decimal.js');
  return module.default as unknown as typeof import('decimal.js').Decimal;
}

/** Every item of an assessment that has no unquantified offers, typed as quantified. */
export function quantifiedItems(assessment: Assessment): QuantifiedLineItem[] {
  return assessment.items.map((entry) => {
    if (entry.status === 'unquantified') throw new Error(`unexpected unquantified item ${entry.ruleId}`);
    return entry;
  });
}

/**
 * The issues of the `IncentiveInputError` a call throws, each path joined with
 * dots; fails when the call returns or throws anything else.
 */
export function issuesOf(call: () => unknown): Array<{ code: string; path: string; message: string }> {
  try {
    call();
  } catch (error) {
    if (!(error instanceof IncentiveInputError)) throw error;
    return error.issues.map((issue) => ({ ...issue, path: issue.path.join('.') }));
  }
  throw new Error('expected an IncentiveInputError');
}

/** The `IncentiveInputError` a call throws (its message as well as its issues); fails when it returns or throws anything else. */
export function inputErrorOf(call: () => unknown): IncentiveInputError {
  try {
    call();
  } catch (error) {
    if (error instanceof IncentiveInputError) return error;
    throw error;
  }
  throw new Error('expected an input error');
}
