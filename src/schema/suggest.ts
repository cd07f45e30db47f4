/** Longest text compared: a misspelling is short, and the cost is the product of the lengths. */
const MAX_COMPARED = 100;

/** The edit distance of two texts (insertions, deletions, substitutions, and swaps of neighbours). */
function distance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i += 1) rows.push([i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j += 1) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}

/**
 * The candidate a misspelt word was most likely meant to be, for a "did you
 * mean" hint: the closest by edit distance (case ignored), if it is close
 * enough (at most a third of its length, and at least one edit allowed) and
 * no other candidate is as close. Undefined when there is no clear match.
 *
 * @param input - what was given
 * @param candidates - the words that would have been accepted
 * @returns the best candidate, or undefined
 *
 * @example
 * suggest('polcy', ['policy', 'policies', 'as-of']); //=> 'policy'
 * suggest('xyz', ['policy']);                        //=> undefined
 */
export function suggest(input: string, candidates: Iterable<string>): string | undefined {
  if (typeof input !== 'string' || input.length === 0 || input.length > MAX_COMPARED) return undefined;
  const wanted = input.toLowerCase();
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  let tie = false;
  for (const candidate of candidates) {
    if (candidate.length > MAX_COMPARED || candidate === input) continue;
    const found = distance(wanted, candidate.toLowerCase());
    if (found < bestDistance) {
      best = candidate;
      bestDistance = found;
      tie = false;
    } else if (found === bestDistance && candidate !== best) tie = true;
  }
  if (best === undefined || tie) return undefined;
  const allowed = Math.max(1, Math.floor(Math.max(input.length, best.length) / 3));
  return bestDistance <= allowed ? best : undefined;
}

/** ` Did you mean "policy"?`, or nothing: a hint to append to a message. */
export function didYouMean(input: string, candidates: Iterable<string>): string {
  const found = suggest(input, candidates);
  return found === undefined ? '' : ` Did you mean ${JSON.stringify(found)}?`;
}
