import type { Decimal } from '../../../src/money/decimal.js';
import type { ItemFigure, LineItem } from './assessment.js';
import type { CompiledRule, CompiledTiers } from './compiled.js';
import type { Citation } from './definition.js';
import { freezeResult } from './freeze-result.js';

/** The parts of a rule's items that never depend on the project: computed once per compiled rule. */
export interface RuleStatics {
  figures: ItemFigure[];
  figureLabelsZh: string[];
  overrides?: LineItem['overrides'];
  /** The citations of an item that used exactly these parameters, by their names joined. */
  citations: Map<string, Citation[]>;
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
    statics = freezeResult({
      figures: figures.map((figure): ItemFigure => ({
        label: figure.label.en,
        value: figure.value,
        unit: figure.unit,
        ...(figure.qualifier && { qualifier: figure.qualifier }),
        citation: figure.citation,
      })),
      figureLabelsZh: figures.map((figure) => figure.label.zh),
      ...(overrides.length > 0 && { overrides }),
      citations: new Map<string, Citation[]>(),
    });
    cache.set(rule, statics);
  }
  return statics;
}

/** The citations of an item: the rule's sentence, its further sentences, then those of the parameters it used. */
export function citationsOf(rule: CompiledRule, usedParameters: ReadonlySet<string>): Citation[] {
  const statics = staticsOf(rule);
  const key = [...usedParameters].join('\u0000');
  let citations = statics.citations.get(key);
  if (!citations) {
    const all = [rule.definition.citation, ...(rule.definition.alsoCites ?? [])];
    for (const name of usedParameters) all.push(rule.parameters.get(name)!.definition.citation);
    const seen = new Set<string>();
    citations = all.filter((citation) => {
      const id = `${citation.document}\u0000${citation.quote}`;
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    });
    statics.citations.set(key, freezeResult(citations));
  }
  return citations;
}
