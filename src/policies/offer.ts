import type { Citation, EligibilityTest, Figure, Instrument, RuleDefinition, Text } from '../engine/definition.js';

/** What an offer without a number needs: what it is, where it is said, and who may take it up. */
export interface OfferInput {
  id: string;
  label: Text;
  instrument: Instrument;
  citation: Citation;
  /** What is offered, in words. */
  offer: Text;
  eligibility?: EligibilityTest[];
  notes?: Text[];
  figures?: Figure[];
  alsoCites?: Citation[];
}

/**
 * A rule for an offer the source makes without a number: a project rule whose
 * amount is the `unquantified` block. Data only, like every rule.
 */
export function offer(input: OfferInput): RuleDefinition {
  return {
    id: input.id,
    label: input.label,
    instrument: input.instrument,
    scope: 'project',
    citation: input.citation,
    parameters: {},
    eligibility: input.eligibility ?? [],
    amount: { block: 'unquantified', offer: input.offer },
    ...(input.notes && { notes: input.notes }),
    ...(input.figures && { figures: input.figures }),
    ...(input.alsoCites && { alsoCites: input.alsoCites }),
  };
}
