import type { IsoDate } from '../../../src/dates/iso-date.js';

/**
 * The order commitments fall due in: by their `by` dates, those of one date
 * in the order given. Clawbacks are taken in it, each from what the earlier
 * ones left of the amount paid.
 *
 * @param commitments - anything with a `by` date
 * @returns their indexes, in order
 *
 * @example
 * dueOrder([{ by: '2029-12-31' }, { by: '2028-12-31' }, { by: '2029-12-31' }]); //=> [1, 0, 2]
 */
export function dueOrder(commitments: ReadonlyArray<{ by: IsoDate }>): number[] {
  return commitments
    .map((_, index) => index)
    .sort((a, b) => {
      const [first, second] = [commitments[a]!.by, commitments[b]!.by];
      return first < second ? -1 : first > second ? 1 : a - b;
    });
}
