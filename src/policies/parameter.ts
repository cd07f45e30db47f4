import type { IsoDate } from '../dates/iso-date.js';
import type { Citation, ParameterDefinition, ParameterUnit } from '../engine/definition.js';

/**
 * A parameter of a built-in pack: its value as the source states it, the
 * sentence that states it, and the date of that source.
 */
export function parameter(
  value: string,
  unit: ParameterUnit,
  en: string,
  zh: string,
  citation: Citation,
  since: IsoDate,
): ParameterDefinition {
  return { value, unit, label: { en, zh }, citation, since };
}
