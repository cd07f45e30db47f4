import type { SourceSentence } from '../engine/ledger-types.js';
import { sourceLedger } from '../engine/source-ledger.js';
import { SOURCE_LEDGERS } from '../policies/ledgers.js';
import { IncentiveInputError } from '../schema/input-error.js';
import { MESSAGES } from '../schema/messages.js';
import { readArguments } from '../schema/read-arguments.js';
import { isPolicyPack, keepPackAt } from './policy-pack.js';
import { builtInPolicyIds, findBuiltInPolicy } from './registry.js';

/** A built-in pack's source, sentence by sentence, with what each sentence is to the pack. */
export interface SourceCoverage {
  /** The pack's id. */
  policy: string;
  /** The source document's file name in the package's `seeds/`. */
  document: string;
  /** The source document's text, exactly as the file holds it. */
  seed: string;
  /** Every sentence of the source, in order: together they hold every character that is not blank, each once. */
  sentences: SourceSentence[];
}

/**
 * A built-in pack's source cut into sentences, each with its place in the
 * source (`seed.slice(start, end) === text`) and its role: cited by rules
 * (their ids), by a parameter, a group, a fund, an interpretation or a
 * programme fact, read for the date, or else context, or not about the policy,
 * with the reason. A quotation the pack cites is always one sentence or
 * several, never part of one. A pack from `definePolicy` or `loadPolicy`
 * carries no source text, so only the built-in packs have a ledger.
 *
 * @param policyId - a built-in policy id
 * @returns the document, its text, and its sentences
 * @throws {IncentiveInputError} for an unknown id (with the closest), or a pack that is not built in
 *
 * @example
 * const { sentences } = sourceCoverage('qingshan-lake-2018');
 * sentences.find((sentence) => sentence.text.startsWith('We will match'))?.rules;
 * //=> ['qingshan-lake-2018/project-co-investment']
 */
export function sourceCoverage(policyId: string): SourceCoverage {
  const [value] = readArguments({ value: policyId, at: ['policy'], keep: keepPackAt() });
  const definition = typeof value === 'string' ? findBuiltInPolicy(value) : undefined;
  const ledger = definition && SOURCE_LEDGERS[definition.id];
  if (!definition || !ledger) {
    const message = isPolicyPack(value) ? MESSAGES.noSourceText(builtInPolicyIds()) : MESSAGES.unknownPolicy(value, builtInPolicyIds());
    throw new IncentiveInputError([{ code: 'unknown_option', path: ['policy'], message }]);
  }
  const sentences = sourceLedger(definition, ledger.seed, ledger.notes).map((sentence) => ({
    ...sentence,
    ...(sentence.reason && { reason: { ...sentence.reason } }),
  }));
  return { policy: definition.id, document: definition.source.document, seed: ledger.seed, sentences };
}
