import { holds, type ConditionScope } from '../engine/conditions.js';
import type { Condition } from '../engine/definition.js';
import { testChanges, type Alternatives, type ChangeContext } from './fact-changes.js';
import { mergeChanges, sizeOf } from './change-sets.js';

/** Most alternatives kept for one condition, the smallest first: bounds the work of a wide `any` or a product. */
export const MAX_ALTERNATIVES_PER_CONDITION = 32;

function smallest(alternatives: Alternatives): Alternatives {
  // A stable sort: of sets of one size, the first derived stays first.
  return [...alternatives].sort((a, b) => sizeOf(a) - sizeOf(b)).slice(0, MAX_ALTERNATIVES_PER_CONDITION);
}

/** Every way to make each part hold together: one alternative of each, merged (conflicting pairs dropped). */
function product(parts: readonly Alternatives[]): Alternatives {
  let result: Alternatives = [[]];
  for (const part of parts) {
    const next: Alternatives = [];
    for (const left of result) {
      for (const right of part) {
        const merged = mergeChanges(left, right);
        if (merged) next.push(merged);
      }
    }
    result = smallest(next);
  }
  return result;
}

/**
 * The sets of changes of stated facts that would make a condition hold (or,
 * with `wanted` false, fail), worked out from the condition as data: a part
 * already as wanted needs nothing; `all` needs each part (one alternative of
 * each, merged); `any` needs one part; `not` wants its part the other way; a
 * test on a fact has the changes of `testChanges`; a test on an
 * interpretation cannot be changed (it is the library's reading, not a fact
 * of the project). Each set is a candidate only: the changed project is
 * evaluated before anything is said of it.
 *
 * @param condition - the condition
 * @param wanted - whether it should hold
 * @param scope - the facts and interpretations it is tested in now
 * @param context - the project, the date and the talent, for writing changes
 * @returns the alternatives, smallest first, at most `MAX_ALTERNATIVES_PER_CONDITION`; `[[]]` when it is already as wanted
 *
 * @example
 * conditionChanges({ any: [{ fact: 'plans.listing', is: true }, { fact: 'classification.major', is: true }] }, true, scope, context)
 *   .map((set) => set.map((change) => change.fact));
 * //=> [['plans.listing'], ['classification.major']]
 */
export function conditionChanges(condition: Condition, wanted: boolean, scope: ConditionScope, context: ChangeContext): Alternatives {
  // Tested on a scope of its own: asking what would change records no interpretation on the assessment.
  if (holds(condition, { ...scope, consulted: new Set() }) === wanted) return [[]];
  if ('not' in condition) return conditionChanges(condition.not, !wanted, scope, context);
  if ('all' in condition || 'any' in condition) {
    const parts = 'all' in condition ? condition.all : condition.any;
    const each = parts.map((part) => conditionChanges(part, wanted, scope, context));
    // All must hold, or (negated) any must fail: every part as wanted. Otherwise one part is enough.
    return ('all' in condition) === wanted ? product(each) : smallest(each.flat());
  }
  if ('interpretation' in condition) return [];
  return smallest(testChanges(condition, wanted, context));
}
