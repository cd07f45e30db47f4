import { suggest } from '../../../src/schema/suggest.js';
import type { Text } from './definition.js';

/** Most pack ids a warning names, of each kind: an id is at most 100 characters, and the warning stays short. */
const MOST_NAMED = 5;

/** Up to `MOST_NAMED` entries joined, and how many more there are: `"a", "b" and 2 more`. */
function listed(entries: readonly string[], and: string, more: (count: number) => string): string {
  const shown = entries.slice(0, MOST_NAMED);
  const rest = entries.length - shown.length;
  if (rest > 0) return `${shown.join(', ')} ${and} ${more(rest)}`;
  return shown.length === 1 ? shown[0]! : `${shown.slice(0, -1).join(', ')} ${and} ${shown.at(-1)!}`;
}

/**
 * The assessment's warning when the project states facts keyed by a pack id
 * that no pack of the call has (`riversid-2026/jobs` assessed under
 * `riverside-2026`): such facts are read by no pack, and a misspelt prefix
 * would otherwise leave them unread in silence. Facts of a pack the call
 * assesses are that pack's, even when this assessment is another's: a
 * comparison reads one project under all its packs. Each unknown id gets a
 * did-you-mean against the ids of the call's packs.
 *
 * @param facts - the project's facts by key `<pack id>/<fact id>` (keys already checked)
 * @param packIds - the ids of every pack the call assesses (one for `evaluate`, all of them for `compare`)
 * @returns the warning in both languages, or `undefined` when every fact's pack is assessed
 *
 * @example
 * foreignFactsWarning(new Map([['riversid-2026/jobs', 10]]), ['riverside-2026'])?.en;
 * //=> 'The project\'s facts for "riversid-2026" (did you mean "riverside-2026"?) were not read: no pack assessed has that id
 * //    (assessed: riverside-2026). A fact\'s key begins with the id of the pack that declares it.'
 */
export function foreignFactsWarning(facts: ReadonlyMap<string, unknown>, packIds: readonly string[]): Text | undefined {
  const assessed = new Set(packIds);
  const unknown = [...new Set([...facts.keys()].map((key) => key.slice(0, key.indexOf('/'))))].filter((id) => !assessed.has(id));
  if (unknown.length === 0) return undefined;
  const hints = unknown.map((id) => suggest(id, packIds));
  const en = listed(unknown.map((id, i) => `"${id}"${hints[i] === undefined ? '' : ` (did you mean "${hints[i]}"?)`}`), 'and', (count) => `${count} more`);
  const zh = listed(unknown.map((id, i) => `“${id}”${hints[i] === undefined ? '' : `（是否指“${hints[i]}”？）`}`), '和', (count) => `另外${count}个`);
  const ids = { en: listed(packIds, 'and', (count) => `${count} more`), zh: listed(packIds, '和', (count) => `另外${count}个`) };
  const one = unknown.length === 1;
  return {
    en: `The project's facts for ${en} were not read: no pack assessed has ${one ? 'that id' : 'those ids'} (assessed: ${ids.en}). ` +
      'A fact\'s key begins with the id of the pack that declares it.',
    zh: `项目为${zh}给出的事实未被读取：所评估的政策包中没有${one ? '该' : '这些'}编号（所评估的政策包：${ids.zh}）。事实的键以声明它的政策包编号开头。`,
  };
}
