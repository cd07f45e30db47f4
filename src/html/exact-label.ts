import { Decimal } from '../money/decimal.js';
import { groupThousands } from '../money/money.js';
import type { Locale } from '../report/texts.js';

/** A decimal string with its whole part grouped and every decimal kept, in yuan: `¥1,234.5` or `1,234.5元`. */
function yuan(decimal: string, locale: Locale): string {
  const [, sign = '', whole = '0', fraction] = /^(-?)(\d+)(?:\.(\d+))?$/.exec(decimal) ?? [];
  const digits = `${sign}${groupThousands(whole)}${fraction ? `.${fraction}` : ''}`;
  return locale === 'zh' ? `${digits}元` : `¥${digits}`;
}

/**
 * A breakpoint's exact value for a label: a decimal with every digit it has
 * (`¥100,000,000`), or a fraction with its value to the cent beside it, marked
 * as rounded (`1,000,000,000/3 ≈ ¥333,333,333.33`).
 *
 * @param exact - the value as `breakpoints` gives it: a decimal string or a reduced fraction `n/d`
 * @param at - the same value as a decimal string, to the library's precision
 * @param locale - the report's language
 *
 * @example
 * exactLabel('1000000000/3', '333333333.33333333333', 'en'); //=> '1,000,000,000/3 ≈ ¥333,333,333.33'
 */
export function exactLabel(exact: string, at: string, locale: Locale): string {
  const fraction = /^(-?)(\d+)\/(\d+)$/.exec(exact);
  if (!fraction) return yuan(exact, locale);
  const cents = new Decimal(at).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
  return `${fraction[1]}${groupThousands(fraction[2]!)}/${fraction[3]} ≈ ${yuan(cents, locale)}`;
}
