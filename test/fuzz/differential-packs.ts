import { definePolicy, exportPolicy, type PolicyDefinitionInput, type PolicyPack } from '../../src/index.js';
import { COMMITMENT_PACK } from '../api/commitment-pack.js';
import { TERM_SHEET } from '../api/term-sheet-pack.js';
import { packOf, TEXT_FIELDS, type Texts } from '../report/hostile-text.js';

/**
 * Users' packs for the differential test: together they use every block and
 * both kinds of group, with facts of their own, commitments, a fund and a
 * validity that ends.
 */

const cite = (quote: string) => ({ document: 'lake-variant.pdf', quote });

/**
 * The Qingshan Lake pack as a user's own (every id moved to `my-lake/`), its
 * validity ending in 2024, with a shared cap per talent (pro rata) over the
 * housing benefits and one per project (in order) over the start-up offers.
 */
function lakeVariant(): PolicyDefinitionInput {
  const exported = JSON.stringify(exportPolicy('qingshan-lake-2018')).replaceAll('qingshan-lake-2018/', 'my-lake/');
  const definition = { ...(JSON.parse(exported) as Record<string, unknown>), id: 'my-lake' } as unknown as PolicyDefinitionInput & { groups: unknown[] };
  return {
    ...definition,
    validity: { until: '2024-12-31' },
    groups: [
      ...definition.groups,
      {
        kind: 'shared-cap', id: 'my-lake/housing-cap', rules: ['my-lake/talent-housing-purchase', 'my-lake/talent-rent'], cap: '800000',
        per: 'beneficiary', allocation: 'pro-rata', label: { en: 'Housing cap', zh: '住房上限' }, citation: cite('At most 800,000 yuan of housing support per talent.'),
      },
      {
        kind: 'shared-cap', id: 'my-lake/startup-cap', rules: ['my-lake/startup-fund', 'my-lake/share-investment', 'my-lake/venture-capital'],
        cap: '6000000.50', per: 'project', allocation: 'in-order', label: { en: 'Start-up cap', zh: '创业上限' }, citation: cite('At most 6 million yuan of start-up support.'),
      },
    ],
  } as PolicyDefinitionInput;
}

/** The hostile-text pack with plain texts: a shared cap of the default kind, a reading, a fund, a per-talent ceiling. */
function sharedCapPack(): PolicyDefinitionInput {
  const texts = Object.fromEntries(TEXT_FIELDS.map((field, index) => [field, `${field} ${index}`])) as Texts;
  return { ...packOf(texts), id: 'shared-district' };
}

/** Each user's pack, by id, with the pack made of it. */
export const USER_PACKS: ReadonlyArray<{ id: string; pack: PolicyPack }> = [
  { ...TERM_SHEET, validity: { until: '2031-06-30' } },
  COMMITMENT_PACK,
  sharedCapPack(),
  lakeVariant(),
].map((definition) => ({ id: definition.id, pack: definePolicy(definition) }));
