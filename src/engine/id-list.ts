/**
 * What an item records as it is built (the interpretations it consulted, the
 * parameters it read): each id once, in the order first added. `Set<string>`
 * is one; `IdList` is the engine's own, for the items of an assessment.
 */
export interface IdRecord {
  add(id: string): unknown;
  readonly size: number;
  [Symbol.iterator](): Iterator<string>;
}

/** No id: the one list every empty `IdList` iterates. */
const EMPTY: readonly string[] = Object.freeze([]);

/**
 * An `IdRecord` that allocates nothing until its first id: most items consult
 * no interpretation, and read one or two parameters, where a `Set` would make
 * its table for each.
 *
 * @example
 * const ids = new IdList();
 * ids.add('months'); ids.add('ceiling'); ids.add('months');
 * [...ids]; //=> ['months', 'ceiling']
 */
export class IdList implements IdRecord {
  #ids: string[] | undefined;

  add(id: string): this {
    if (this.#ids === undefined) this.#ids = [id];
    else if (!this.#ids.includes(id)) this.#ids.push(id);
    return this;
  }

  get size(): number {
    return this.#ids === undefined ? 0 : this.#ids.length;
  }

  [Symbol.iterator](): Iterator<string> {
    return this.ids()[Symbol.iterator]();
  }

  /** The ids in order, as the list kept (not to be changed): read by index, no iterator is made. */
  ids(): readonly string[] {
    return this.#ids ?? EMPTY;
  }
}

/**
 * The ids of a record in order: an `IdList`'s own list, or a copy of any other's.
 *
 * @example
 * idsOf(new Set(['months'])); //=> ['months']
 */
export function idsOf(record: IdRecord): readonly string[] {
  return record instanceof IdList ? record.ids() : [...record];
}
