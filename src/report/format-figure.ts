import type { ItemFigure } from '../engine/assessment.js';
import { Decimal } from '../money/decimal.js';
import { formatYuan } from '../money/money.js';
import type { Locale } from './texts.js';

const UNITS: Record<Locale, Record<ItemFigure['unit'], [string, string]>> = {
  en: { months: ['month', 'months'], days: ['day', 'days'], count: ['', ''], CNY: ['yuan', 'yuan'] },
  zh: { months: ['个月', '个月'], days: ['天', '天'], count: ['', ''], CNY: ['元', '元'] },
};
const QUALIFIERS: Record<Locale, Record<NonNullable<ItemFigure['qualifier']>, string>> = {
  en: { about: 'about ', nearly: 'nearly ', over: 'over ' },
  zh: { about: '约', nearly: '近', over: '逾' },
};

/**
 * A figure as a phrase: `processing time saved: about 1 month`,
 * `节省的办理时间：约1个月`, `value-added service items: 35`.
 */
export function formatFigure(figure: ItemFigure, locale: Locale = 'en', label: string = figure.label): string {
  const value = figure.unit === 'CNY' ? formatYuan(new Decimal(figure.value)) : figure.value;
  const [one, many] = UNITS[locale][figure.unit];
  const unit = figure.value === '1' ? one : many;
  const qualifier = figure.qualifier ? QUALIFIERS[locale][figure.qualifier] : '';
  if (locale === 'zh') return `${label}：${qualifier}${value}${unit}`;
  return `${label}: ${qualifier}${value}${unit ? ` ${unit}` : ''}`;
}
