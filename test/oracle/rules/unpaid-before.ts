import type { IsoDate } from '../../../src/dates/iso-date.js';
import { formatYuan } from '../money/money.js';
import type { Decimal } from '../../../src/money/decimal.js';
import type { Text } from './types.js';

/** Payments a block did not make because they fell due before the date it pays from. */
export interface UnpaidBefore {
  /** What they are: "monthly rent payment(s)" in English, singular and plural, and in Chinese after the count. */
  what: { one: string; many: string; zh: string };
  count: number;
  first: IsoDate;
  last: IsoDate;
  /** The date payments start from (the policy's source date). */
  from: IsoDate;
  /** Their total, when it is a sum of money the reader should see (the interest not subsidised). */
  total?: Decimal;
}

/**
 * The note an item carries when payments fell due before the date it pays
 * from: how many, from when to when, and why they are not paid.
 *
 * @param unpaid - what was not paid
 * @returns the note in both languages
 *
 * @example
 * unpaidBeforeNote({ what: { one: 'monthly rent payment', many: 'monthly rent payments', zh: '个月的租金补贴' }, count: 18, first: '2017-01-01',
 *   last: '2018-06-01', from: '2018-06-15' }).en;
 * //=> '18 monthly rent payments falling due from 2017-01-01 to 2018-06-01, before the policy’s source date 2018-06-15, are not paid: the policy did not exist yet (interpretation paymentsBeforeSource).'
 */
export function unpaidBeforeNote(unpaid: UnpaidBefore): Text {
  const { what, count, first, last, from, total } = unpaid;
  const one = count === 1;
  const span = one ? `on ${first}` : `from ${first} to ${last}`;
  const spanZh = one ? `于${first}` : `自${first}至${last}`;
  const sum = total ? ` (${formatYuan(total)})` : '';
  const sumZh = total ? `（${formatYuan(total)}）` : '';
  return {
    en: `${count} ${one ? what.one : what.many}${sum} falling due ${span}, before the policy’s source date ${from}, ${one ? 'is' : 'are'} not paid: the policy did not exist yet (interpretation paymentsBeforeSource).`,
    zh: `${spanZh}到期的${count}${what.zh}${sumZh}早于政策来源日期${from}，不予发放：当时政策尚不存在（解释 paymentsBeforeSource）。`,
  };
}
