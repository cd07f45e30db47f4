import type { IsoDate } from '../dates/iso-date.js';
import type { Decimal } from '../money/decimal.js';
import type { ExitValue } from '../rules/exit-give-away.js';
import type { Basis, Cap, Explanation, ScheduleEntry, TraceStep } from '../rules/types.js';
import type { CommitmentResult, ItemFigure, ItemStatus, LineItem, LineItemBase } from './assessment.js';
import type { Citation, Instrument } from './definition.js';
import { freezeResult } from './freeze-result.js';

/** The data of an item, without the parts computed on demand (formula, trace, schedule). */
export type ItemData = Omit<LineItemBase, 'formula' | 'trace'> & {
  status: ItemStatus;
  basis: Basis;
  amount: Decimal | null;
  offer?: string;
  capReachedOn?: IsoDate;
  exit?: Omit<ExitValue, 'trace'>;
  commitments?: CommitmentResult[];
  net?: Decimal;
};

/** How the parts computed on demand are computed. */
export interface ItemSources {
  /** The eligibility steps, before those of the amount. */
  tests: readonly TraceStep[];
  explain: () => Explanation;
  schedule?: (() => ScheduleEntry[]) | undefined;
}

/** A list of strings frozen, if it is not already. */
function frozenList(list: readonly string[]): void {
  if (!Object.isFrozen(list)) Object.freeze(list);
}

const OPTIONAL = ['beneficiary', 'offer', 'capReachedOn', 'exit', 'overrides', 'commitments', 'net'] as const;

/**
 * An item of an assessment. Its data are plain fields; its `formula`, `trace`
 * and `schedule` are computed when first read (getters of the class, then
 * kept), since most callers of a batch never read them: reading them gives
 * exactly what an eager computation would. `toJSON` includes them, so
 * `JSON.stringify` sees every field; spreading an item copies its data
 * fields only (read `formula`, `trace` and `schedule`, or use `toJSON`).
 */
export class ItemRecord {
  declare ruleId: string;
  declare beneficiary?: string;
  declare label: string;
  declare instrument: Instrument;
  declare status: ItemStatus;
  declare basis: Basis;
  declare amount: Decimal | null;
  declare offer?: string;
  declare caps: Cap[];
  declare capReachedOn?: IsoDate;
  declare exit?: Omit<ExitValue, 'trace'>;
  declare reasons: string[];
  declare citation: Citation;
  declare citations: Citation[];
  declare interpretations: string[];
  declare notes: string[];
  declare figures: ItemFigure[];
  declare overrides?: LineItem['overrides'];
  declare commitments?: CommitmentResult[];
  declare net?: Decimal;
  declare translations: LineItem['translations'];
  readonly #sources: ItemSources;
  #explanation: Explanation | undefined;
  #schedule: ScheduleEntry[] | undefined;

  constructor(data: ItemData, sources: ItemSources) {
    this.ruleId = data.ruleId;
    if (data.beneficiary !== undefined) this.beneficiary = data.beneficiary;
    this.label = data.label;
    this.instrument = data.instrument;
    this.status = data.status;
    this.basis = data.basis;
    this.amount = data.amount;
    if (data.offer !== undefined) this.offer = data.offer;
    this.caps = data.caps;
    if (data.capReachedOn !== undefined) this.capReachedOn = data.capReachedOn;
    if (data.exit !== undefined) this.exit = data.exit;
    this.reasons = data.reasons;
    this.citation = data.citation;
    this.citations = data.citations;
    this.interpretations = data.interpretations;
    this.notes = data.notes;
    this.figures = data.figures;
    if (data.overrides !== undefined) this.overrides = data.overrides;
    if (data.commitments !== undefined) this.commitments = data.commitments;
    if (data.net !== undefined) this.net = data.net;
    this.translations = data.translations;
    this.#sources = sources;
    // Its lists and translations frozen too: most are shared by the items of a rule (see `makeItem`).
    frozenList(this.reasons);
    frozenList(this.interpretations);
    frozenList(this.notes);
    if (!Object.isFrozen(this.translations)) {
      const zh = this.translations.zh;
      frozenList(zh.reasons);
      frozenList(zh.notes);
      frozenList(zh.figures);
      Object.freeze(zh);
      Object.freeze(this.translations);
    }
    // Frozen as it is made (what it computes on demand is kept in private fields, which freezing leaves
    // writable): the assessment that issues it finds it frozen already.
    Object.freeze(this);
  }

  // What is computed on demand is frozen as it is kept, like the rest of the assessment: a caller
  // who changes what one read returns cannot change what the next read (or a report) sees.
  #explained(): Explanation {
    return (this.#explanation ??= freezeResult(this.#sources.explain()));
  }

  /** The formula and the steps of the amount (without the eligibility steps), computed once. */
  explained(): Explanation {
    return this.#explained();
  }

  /** The formula in words with its values. */
  get formula(): string {
    return this.#explained().formula;
  }

  /** The steps of the calculation with their values. */
  get trace(): TraceStep[] {
    return [...freezeResult(this.#sources.tests), ...this.#explained().trace];
  }

  /** Dated payments that sum exactly to the amount; none on an ineligible or unquantified item. */
  get schedule(): ScheduleEntry[] | undefined {
    if (!this.#sources.schedule) return undefined;
    return (this.#schedule ??= freezeResult(this.#sources.schedule()));
  }

  /** The data of the item, to make a changed copy with `ItemRecord.with`. */
  data(): ItemData {
    const data: ItemData = {
      ruleId: this.ruleId,
      label: this.label,
      instrument: this.instrument,
      status: this.status,
      basis: this.basis,
      amount: this.amount,
      caps: this.caps,
      reasons: this.reasons,
      citation: this.citation,
      citations: this.citations,
      interpretations: this.interpretations,
      notes: this.notes,
      figures: this.figures,
      translations: this.translations,
    };
    for (const key of OPTIONAL) if (this[key] !== undefined) (data as unknown as Record<string, unknown>)[key] = this[key];
    return data;
  }

  /** A copy with some data changed, and optionally its explanation or schedule replaced. */
  with(changes: Partial<ItemData>, sources: Partial<ItemSources> = {}): ItemRecord {
    const data = { ...this.data(), ...changes };
    for (const key of OPTIONAL) if (Object.hasOwn(changes, key) && changes[key] === undefined) delete data[key];
    return new ItemRecord(data, { ...this.#sources, ...sources });
  }

  /** Every field, the computed ones included: what `JSON.stringify` writes. */
  toJSON(): Record<string, unknown> {
    const schedule = this.schedule;
    return { ...this.data(), formula: this.formula, trace: this.trace, ...(schedule && { schedule }) };
  }
}

/** An item record as the public type. */
export function asLineItem(record: ItemRecord): LineItem {
  return record as unknown as LineItem;
}

/** The record behind an item the engine made. */
export function recordOf(item: LineItem): ItemRecord {
  if (!(item instanceof ItemRecord)) throw new Error('Not an item of this engine.');
  return item;
}
