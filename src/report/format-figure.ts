import type { ItemFigure } from '../engine/assessment.js';
import { Decimal } from '../money/decimal.js';
import { formatYuan } from '../money/money.js';

const UNITS: Record<ItemFigure['unit'], [string, string]> = {
  months: ['month', 'months'],
  days: ['day', 'days'],
  count: ['', ''],
  CNY: ['yuan', 'yuan'],
};

/** A figure as a phrase: `processing time saved: about 1 month`, `value-added service items: 35`. */
export function formatFigure(figure: ItemFigure): string {
  const value = figure.unit === 'CNY' ? formatYuan(new Decimal(figure.value)) : figure.value;
  const [one, many] = UNITS[figure.unit];
  const unit = figure.value === '1' ? one : many;
  return `${figure.label}: ${figure.qualifier ? `${figure.qualifier} ` : ''}${value}${unit ? ` ${unit}` : ''}`;
}
