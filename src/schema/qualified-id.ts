/**
 * An id qualified by its pack, `<pack id>/<name>`: a fact of a pack's own
 * (`my-district/new-hires`) or a project its source names
 * (`nanhu-2022/photomask-material`). Lower-case letters, digits and hyphens,
 * each part at most 100 characters. Kept apart from the zod schemas, so that
 * the hand validation of a project (`readProject`) does not bring zod in.
 *
 * @example
 * QUALIFIED_ID.test('nanhu-2022/photomask-material'); //=> true
 * QUALIFIED_ID.test('Nanhu/x'); //=> false
 */
export const QUALIFIED_ID = /^[a-z0-9][a-z0-9-]{0,99}\/[a-z0-9][a-z0-9-]{0,99}$/;
