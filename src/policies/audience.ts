import type { Audience, Citation, Condition } from '../engine/definition.js';

/**
 * The audience of a pack whose source is about semiconductor and
 * integrated-circuit work: every built-in pack's. Data only: the engine
 * tests it (see `outsideAudience`).
 *
 * @param citations - the sentences that show the source is about that industry
 * @param appliesIf - when the audience is itself a reading, the condition under which it holds
 * @returns the audience, with its note in both languages
 *
 * @example
 * semiconductorAudience([QUOTES.date]).industries; //=> ['semiconductors']
 */
export function semiconductorAudience(citations: Citation[], appliesIf?: Condition): Audience {
  return {
    industries: ['semiconductors'],
    citations,
    note: { en: 'semiconductor and integrated-circuit projects', zh: '半导体和集成电路项目' },
    ...(appliesIf && { appliesIf }),
  };
}
