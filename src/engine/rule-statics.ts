import type { Decimal } from '../money/decimal.js';
import type { ItemFigure, LineItem } from './assessment.js';
import type { CompiledRule, CompiledTiers } from './compiled.js';
import type { Citation } from './definition.js';
import { freezeResult } from './freeze-result.js';
import { idsOf, type IdRecord } from './id-list.js';

/** The parts of a rule's items that never depend on the project: computed once per compiled rule. */
export interface RuleStatics {
  figures: ItemFigure[];
  figureLabelsZh: string[];
  overrides?: LineItem['overrides'];
  /** The citations of an item that used exactly these parameters, found by their names in order. */
  citations: CitationsNode;
}

/**
 * A node of the tree of citations: the citations of an item that used the
 * parameters on the path to it, and the nodes after each further parameter.
 * Walked by the parameters' names, which are strings of the pack: no key is
 * written for an item.
 */
interface CitationsNode {
  citations?: Citation[];
  next: Map<string, CitationsNode>;
}

const cache = new WeakMap<CompiledRule, RuleStatics>();

function describeCompiled(value: Decimal | CompiledTiers | null): string {
  if (value === null) return 'not published';
  if ('brackets' in value) return `${value.base}: ${value.brackets.map((b) => `from ${b.from.toFixed()}: ${b.amount.toFixed()}`).join('; ')}`;
  return value.toFixed();
}

/** The statics of a rule, computed on first use. */
export function staticsOf(rule: CompiledRule): RuleStatics {
  let statics = cache.get(rule);
  if (!statics) {
    const definition = rule.definition;
    const figures = definition.figures ?? [];
    const overrides = [...rule.parameters.values()].flatMap((parameter) =>
      parameter.baseline === undefined
        ? []
        : [{ parameter: parameter.name, unit: parameter.definition.unit, baseline: describeCompiled(parameter.baseline), value: describeCompiled(parameter.value) }],
    );
    // Shared by every item of the rule, so frozen: no caller's change to one item reaches another.
    const shared = freezeResult({
      figures: figures.map((figure): ItemFigure => ({
        label: figure.label.en,
        value: figure.value,
        unit: figure.unit,
        ...(figure.qualifier && { qualifier: figure.qualifier }),
        citation: figure.citation,
      })),
      figureLabelsZh: figures.map((figure) => figure.label.zh),
      overrides: overrides.length > 0 ? overrides : undefined,
    });
    // The tree of citations fills as items use new sets of parameters (each list in it is frozen).
    statics = { figures: shared.figures, figureLabelsZh: shared.figureLabelsZh, citations: { next: new Map() } };
    if (shared.overrides) statics.overrides = shared.overrides;
    cache.set(rule, statics);
  }
  return statics;
}

/** The citations of an item: the rule's sentence, its further sentences, then those of the parameters it used. */
export function citationsOf(rule: CompiledRule, usedParameters: IdRecord): Citation[] {
  const names = idsOf(usedParameters);
  let node = staticsOf(rule).citations;
  for (let index = 0; index < names.length; index += 1) {
    const name = names[index]!;
    let next = node.next.get(name);
    if (!next) node.next.set(name, (next = { next: new Map() }));
    node = next;
  }
  if (!node.citations) {
    const all = [rule.definition.citation, ...(rule.definition.alsoCites ?? [])];
    for (const name of names) all.push(rule.parameters.get(name)!.definition.citation);
    const seen = new Set<string>();
    node.citations = freezeResult(all.filter((citation) => {
      const id = `${citation.document}\u0000${citation.quote}`;
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    }));
  }
  return node.citations;
}
