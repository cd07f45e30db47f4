import type { IsoDate } from '../../../src/dates/iso-date.js';
import type { InterpretationDefinition, PolicyDefinition } from './definition.js';
import { freezeResult } from './freeze-result.js';

/** The id of the engine's reading of payments that fall due before a pack's source date. */
export const PAYMENTS_BEFORE_SOURCE = 'paymentsBeforeSource';

/** The readings of `paymentsBeforeSource`, the default first. */
export type PaymentsBeforeSourceReading = 'from-source-date' | 'whole-period';

/** The readings the engine offers for every pack, by interpretation id. */
export interface EngineInterpretations {
  /** Months of rent or loan interest falling due before the pack's source date: not paid (default), or paid as the whole period counts. */
  paymentsBeforeSource: PaymentsBeforeSourceReading;
}

const built = new WeakMap<PolicyDefinition, InterpretationDefinition>();

/**
 * The engine's own interpretation of a pack, offered for every pack alike:
 * whether a monthly benefit (rent, loan interest) pays the months that fell
 * due before the pack's source date. Its citations are the sentences the
 * pack's date is read from. The same object for the same pack.
 *
 * @param definition - the pack
 * @returns the interpretation, with its default, alternatives and the pack's date evidence
 *
 * @example
 * paymentsBeforeSource(qingshanLake).default;
 * //=> 'from-source-date'
 */
export function paymentsBeforeSource(definition: PolicyDefinition): InterpretationDefinition {
  let found = built.get(definition);
  if (found) return found;
  const date: IsoDate = definition.source.published;
  found = {
    id: PAYMENTS_BEFORE_SOURCE,
    label: { en: 'Payments falling due before the policy’s source date', zh: '政策来源日期之前到期的款项' },
    question: {
      en: `A monthly benefit (rent, loan interest) can run from a date before the source (${date}): are the months that fell due before it paid?`,
      zh: `按月发放的补贴（租房、贷款利息）可能始于来源日期（${date}）之前：此前到期的月份是否发放？`,
    },
    default: 'from-source-date',
    options: [
      {
        value: 'from-source-date',
        label: { en: 'Only what falls due on or after the source date', zh: '仅发放来源日期当日及之后到期的款项' },
        rationale: {
          en: `A policy offers nothing for the time before it existed, and the source does not say it applies to earlier months: rent and interest falling due before ${date} are not paid, and the item says how many months, from when to when.`,
          zh: `政策不为其存在之前的时间提供任何支持，原文也未说明适用于此前的月份：${date}之前到期的租金与利息不予发放，条目说明月数及起止日期。`,
        },
      },
      {
        value: 'whole-period',
        label: { en: 'The whole period counts', zh: '整个期间均计入' },
        rationale: {
          en: 'A reader may take the stated period as owed in full once the project qualifies, as a policy that reimburses earlier rent or interest would; the source does not say so, so it is not the default.',
          zh: '也可理解为项目一旦符合条件，即按所述期间全额享受，如同补偿此前租金或利息的政策；原文并未如此说明，故不作为默认。',
        },
      },
    ],
    ...(definition.source.dateEvidence && { citations: definition.source.dateEvidence }),
  };
  // Frozen like the pack it belongs to: every assessment shares it.
  built.set(definition, freezeResult(found));
  return found;
}
