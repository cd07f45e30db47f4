/** One target of the benchmark: what was measured, against what, and whether it holds. */
export interface Target {
  met: boolean;
  text: string;
}

/**
 * A target as the benchmark prints it: "met" or "NOT met", then the measure.
 *
 * @param measure - what is measured
 * @param result - the figure measured, as printed
 * @param goal - the target, in words
 * @param met - whether the figure meets it
 * @returns the target with its printed line
 * @example
 * target('cold import', '96.8 ms', 'at most 150 ms', true).text;
 * //=> '  met      cold import: 96.8 ms (target at most 150 ms)'
 */
export function target(measure: string, result: string, goal: string, met: boolean): Target {
  return { met, text: `  ${(met ? 'met' : 'NOT met').padEnd(8)} ${measure}: ${result} (target ${goal})` };
}
