import { BUILT_IN_CATALOG } from '../policies/catalog.js';
import { IncentiveInputError } from '../schema/input-error.js';
import { MESSAGES } from '../schema/messages.js';
import { compiledPack, isPolicyPack, madeHere } from './policy-pack.js';
import type { PolicyResolver } from './policy-resolver.js';

const ids = () => BUILT_IN_CATALOG.map((entry) => entry.id);
/** The one problem of a value of the wrong kind (an id where a pack belongs, a pack of another copy), at the policy's own path. */
const refused = (message: string) => ({ ok: false as const, error: new IncentiveInputError([{ code: 'invalid_type', path: [], message }]) });

/**
 * The policies of `chip-incentives/core`: a pack made by this copy of the
 * library only (a built-in pack from its entry, or one from `definePolicy` or
 * `loadPolicy`), so that the core entry carries no pack and no validator of
 * definitions. An id is refused with the import that gives its pack; a pack
 * of another copy (the other build) with the way to evaluate it.
 *
 * @example
 * PACKS_ONLY.resolve('qingshan-lake-2018').error?.issues[0]?.message;
 * //=> "chip-incentives/core takes a policy pack, not an id: import { qingshanLake2018 } from 'chip-incentives/packs/qingshan-lake-2018' …"
 */
export const PACKS_ONLY: PolicyResolver = {
  resolve(policy) {
    if (typeof policy === 'string') return refused(MESSAGES.packNotId(policy, BUILT_IN_CATALOG));
    if (!isPolicyPack(policy)) return { ok: false };
    return madeHere(policy) ? { ok: true, pack: compiledPack(policy) } : refused(MESSAGES.packOfAnotherCopy);
  },
  required: () => MESSAGES.packRequired(ids()),
  unknown: (policy) => MESSAGES.notAPack(policy, ids()),
};
