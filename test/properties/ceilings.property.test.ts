import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  blocks, compare, definePolicy, listPolicies, type CompareOptions, type PolicyDefinitionInput, type PolicyId, type PolicyPack, type ProjectInput,
} from '../../src/index.js';
import { isoDate, project } from '../arbitraries.js';
import { PROPERTY_TIMEOUT } from '../timeouts.js';

const letter = { document: 'letter.pdf', quote: 'We grant 20% of the investment, and up to a fixed sum for equipment.' };

/** A user's pack that computes 20% of the eligible investment; with `ceiling`, also a maximum it computes nothing for. */
function userPack(ceiling?: { amount: string; instrument: 'grant' | 'equity' }): PolicyPack {
  const rules: PolicyDefinitionInput['rules'] = [{
    id: 'share', label: 'Share', instrument: 'grant', citation: letter,
    parameters: { rate: { value: '0.2', unit: 'ratio' } },
    amount: blocks.cappedShare({ rate: 'rate', base: 'investment.eligible' }),
  }];
  if (ceiling) {
    rules.push({
      id: 'equipment', label: 'Equipment', instrument: ceiling.instrument, citation: letter,
      parameters: { ceiling: { value: ceiling.amount, unit: 'CNY' } },
      amount: blocks.flatCeiling({ ceiling: 'ceiling' }),
    });
  }
  return definePolicy({
    id: 'user-town-2015', name: 'User town', jurisdiction: { level: 'county', name: 'User town' },
    source: { document: letter.document, published: '2015-01-01' }, rules,
  });
}

/** A ceiling in whole cents, from 0.01 to 2,000,000,000.00, written from integers (no float on the way). */
const cents = fc.integer({ min: 1, max: 200_000_000_000 }).map((total) => `${Math.trunc(total / 100)}.${String(total % 100).padStart(2, '0')}`);

const builtIn = listPolicies().map((policy) => policy.id as PolicyId);
const plain = userPack();

/** Each policy with its rank, in a stable order. */
const ranksOf = (policies: NonNullable<CompareOptions['policies']>, input: ProjectInput, asOf: string) =>
  compare(input, { asOf, policies }).ranking.map((place) => `${place.policyId} ${place.rank}`).sort();

describe('ceilings never rank', () => {
  it('leaves a comparison\'s ranking unchanged when a ceiling-only item is added or removed', () => {
    fc.assert(
      fc.property(
        project, isoDate, cents, fc.constantFrom('grant' as const, 'equity' as const),
        (input, asOf, amount, instrument) => {
          const withCeiling = userPack({ amount, instrument });
          const before = ranksOf([...builtIn, plain], input, asOf);
          const after = ranksOf([...builtIn, withCeiling], input, asOf);
          expect(after).toEqual(before);
        },
      ),
      { numRuns: 60 },
    );
  }, PROPERTY_TIMEOUT);
});
