import type { LineItem } from '../engine/assessment.js';
import type { Text } from '../engine/definition.js';
import type { Cap } from '../rules/types.js';
import type { Locale } from './texts.js';

/** A text in the report's language. */
export function pick(text: Text, locale: Locale): string {
  return locale === 'zh' ? text.zh : text.en;
}

/** An item's texts in the report's language. */
export function itemTexts(item: LineItem, locale: Locale): { label: string; reasons: string[]; offer?: string; figureLabels: string[] } {
  if (locale === 'en') {
    return { label: item.label, reasons: item.reasons, ...(item.status === 'unquantified' && { offer: item.offer }), figureLabels: item.figures.map((f) => f.label) };
  }
  const zh = item.translations.zh;
  return {
    label: zh.label,
    reasons: zh.reasons,
    ...(item.status === 'unquantified' && { offer: zh.offer ?? item.offer }),
    figureLabels: item.figures.map((figure, index) => zh.figures[index] ?? figure.label),
  };
}

/** A cap's label in the report's language. */
export function capLabel(cap: Cap, locale: Locale): string {
  return locale === 'zh' ? cap.translations.zh.label : cap.label;
}
