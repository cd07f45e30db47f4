import type { Text } from '../rules/types.js';

/**
 * What a sentence of a pack's source is to the pack.
 * - `rule`: cited by a rule (its sentence, a further sentence, a figure).
 * - `parameter`: cited by a rule's parameter only.
 * - `combination`: cited by a group of rules (a shared cap).
 * - `fund`: cited by a fund the pack pays from.
 * - `interpretation`: cited by an interpretation, whose wording leaves a choice open.
 * - `audience`: read for whom the pack's offers are (the industries its source concerns).
 * - `fact`: cited by a programme fact, a figure that is not an entitlement.
 * - `date`: read for the date of the source.
 * - `pack`: cited elsewhere in the pack.
 * - `context`: about the policy, but no entitlement, figure or date (the reason says why).
 * - `unrelated`: not about the policy: page chrome, other projects (the reason says why).
 * - `unclassified`: nothing accounts for it (the built-in packs have none).
 */
export type SentenceRole =
  | 'rule'
  | 'parameter'
  | 'combination'
  | 'fund'
  | 'interpretation'
  | 'audience'
  | 'fact'
  | 'date'
  | 'pack'
  | 'context'
  | 'unrelated'
  | 'unclassified';

/** The roles a citation gives, strongest first: a sentence cited twice takes the first. */
export const CITED_ROLES = ['rule', 'parameter', 'combination', 'fund', 'interpretation', 'audience', 'fact', 'date', 'pack'] as const;

export type CitedRole = (typeof CITED_ROLES)[number];

/** Every role, in the order a summary counts them. */
export const SENTENCE_ROLES: readonly SentenceRole[] = [...CITED_ROLES, 'context', 'unrelated', 'unclassified'];

/** A part of a pack that cites a sentence: its kind and its id (a parameter as `<rule id>.<name>`). */
export interface SentenceCitedBy {
  role: CitedRole;
  id: string;
}

/** One sentence of a source, where it is, and what it is to the pack. */
export interface SourceSentence {
  /** The sentence, verbatim: `seed.slice(start, end)`. */
  text: string;
  /** Its first character's offset in the source (UTF-16 code units, as JavaScript strings count). */
  start: number;
  /** The offset just after its last character. */
  end: number;
  role: SentenceRole;
  /** The ids of the rules that cite it, by any of their citations. */
  rules: string[];
  /** Every part of the pack that cites it. */
  citedBy: SentenceCitedBy[];
  /** For a sentence no part of the pack cites: why it is context, or not about the policy. */
  reason?: Text;
}

/**
 * A pack's classification of the sentences of its source that nothing in the
 * pack cites: each sentence named by its opening words (unique in the source),
 * with the reason it is context or not about the policy.
 */
export interface SentenceNote {
  role: 'context' | 'unrelated';
  reason: Text;
  /** The opening words of each sentence this note classifies. */
  sentences: readonly string[];
}
