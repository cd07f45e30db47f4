import type { Assessment } from '../engine/assessment.js';
import type { Decimal } from '../money/decimal.js';
import { readFraction } from '../schema/amount.js';
import { isRecord } from '../schema/is-record.js';
import type { InputIssue } from '../schema/issues.js';
import { MESSAGES } from '../schema/messages.js';

/** The key that gives the probability of every commitment a record does not name. */
export const EVERY_OTHER = '*';

/** The probability of missing each commitment, by key `<rule id>/<commitment id>`; undefined for one without. */
export type MissProbabilities = (key: string) => Decimal | undefined;

/**
 * Reads the caller's probabilities of missing commitments: one rate for
 * every commitment, or a record by `<rule id>/<commitment id>` (the keys of
 * the assessment's commitments, and `*` for every one not named), each a
 * fraction from 0 to 1. An unknown key, or a pending commitment left without
 * a probability, is an issue at `options.missProbability`.
 *
 * @param raw - the option as given (already a copy of the caller's)
 * @param assessment - the assessment whose commitments are named
 * @param issues - where the problems are added
 * @returns the probability of each commitment by key
 *
 * @example
 * readMissProbabilities({ 'my-district/grant/jobs': '0.2' }, assessment, issues)('my-district/grant/jobs')?.toFixed(); //=> '0.2'
 */
export function readMissProbabilities(raw: unknown, assessment: Assessment, issues: InputIssue[]): MissProbabilities {
  const at = ['options', 'missProbability'];
  const commitments = assessment.items.flatMap((item) => (item.commitments ?? []).map((commitment) => ({ key: `${item.ruleId}/${commitment.id}`, commitment })));
  const known = [...new Set(commitments.map((entry) => entry.key))];
  if (!isRecord(raw)) {
    const read = readFraction(raw, 'probability');
    if (read.ok) return () => read.value;
    issues.push({ code: read.code, path: at, message: read.message });
    return () => undefined;
  }
  const rates = new Map<string, Decimal>();
  for (const [key, value] of Object.entries(raw)) {
    if (key !== EVERY_OTHER && !known.includes(key)) {
      issues.push({ code: 'unknown_option', path: [...at, key], message: MESSAGES.missProbabilityKey(key, known) });
      continue;
    }
    const read = readFraction(value, 'probability');
    if (read.ok) rates.set(key, read.value);
    else issues.push({ code: read.code, path: [...at, key], message: read.message });
  }
  const probability = (key: string) => rates.get(key) ?? rates.get(EVERY_OTHER);
  const unnamed = new Set(commitments.filter(({ key, commitment }) => commitment.status === 'pending' && !Object.hasOwn(raw, key) && !Object.hasOwn(raw, EVERY_OTHER)).map(({ key }) => key));
  for (const key of unnamed) issues.push({ code: 'required', path: at, message: MESSAGES.missProbabilityMissing(key) });
  return probability;
}
