import type { InterpretationDefinition } from './definition.js';

/**
 * The interpretations in force for one assessment, and a record of which
 * ones were consulted, by which rule. Only an interpretation that a
 * calculation consulted is reported: one the project never reached made no
 * difference.
 */
const indexes = new WeakMap<readonly InterpretationDefinition[], ReadonlyMap<string, InterpretationDefinition>>();

export class Choices {
  readonly #chosen: ReadonlyMap<string, string>;
  readonly #definitions: ReadonlyMap<string, InterpretationDefinition>;
  readonly #used = new Map<string, Set<string>>();

  constructor(definitions: readonly InterpretationDefinition[], chosen: Readonly<Record<string, string>>) {
    let byId = indexes.get(definitions);
    if (!byId) indexes.set(definitions, (byId = new Map(definitions.map((definition) => [definition.id, definition]))));
    this.#definitions = byId;
    this.#chosen = new Map(Object.entries(chosen));
  }

  /** The reading chosen for an interpretation, recorded as used by `ruleId`. */
  choose(id: string, ruleId: string): string {
    const definition = this.#definitions.get(id);
    if (!definition) throw new Error(`Policy definition error: unknown interpretation "${id}" in ${ruleId}.`);
    this.record(id, ruleId);
    return this.#chosen.get(id) ?? definition.default;
  }

  /** Records that `ruleId`'s items depended on an interpretation. */
  record(id: string, ruleId: string): void {
    let rules = this.#used.get(id);
    if (!rules) this.#used.set(id, (rules = new Set()));
    rules.add(ruleId);
  }

  /** Whether the caller chose the reading (rather than the default). */
  isCallerChoice(id: string): boolean {
    return this.#chosen.has(id);
  }

  /**
   * The readings the caller chose that no calculation consulted, in the pack's
   * order: reported, so that a choice that changed nothing does not pass for one
   * that was applied.
   */
  unused(): Array<{ id: string; chosen: string }> {
    const unused: Array<{ id: string; chosen: string }> = [];
    if (this.#chosen.size === 0) return unused;
    for (const id of this.#definitions.keys()) {
      const chosen = this.#chosen.get(id);
      if (chosen !== undefined && !this.#used.has(id)) unused.push({ id, chosen });
    }
    return unused;
  }

  /** The interpretations consulted, in the pack's order, with the rules that consulted them. */
  used(): Array<{ definition: InterpretationDefinition; chosen: string; rules: string[] }> {
    const result: Array<{ definition: InterpretationDefinition; chosen: string; rules: string[] }> = [];
    for (const [id, definition] of this.#definitions) {
      const rules = this.#used.get(id);
      if (rules) result.push({ definition, chosen: this.#chosen.get(id) ?? definition.default, rules: [...rules] });
    }
    return result;
  }
}
