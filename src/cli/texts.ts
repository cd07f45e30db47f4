import type { ParameterDefinition } from '../engine/definition.js';
import type { Locale } from '../report/texts.js';

/** The words `policies` and `explain` write around the packs' own texts, in both languages. */
export interface CommandTexts {
  colon: string;
  /** The jurisdiction and source line under a pack's title. */
  packLine: (jurisdiction: string, level: string, document: string, published: string, validity: string) => string;
  columns: { rule: string; instrument: string; label: string };
  interpretations: (list: ReadonlyArray<{ id: string; default: string; options: readonly string[] }>) => string;
  noneInForce: (asOf: string, earliest: string) => string;
  scope: Record<'talent' | 'project', string>;
  ruleLine: (label: string, instrument: string, scope: string) => string;
  sourceLine: (name: string, document: string, published: string) => string;
  headings: { quote: string; amount: string; parameters: string; conditions: string; interpretations: string; notes: string };
  unit: Record<ParameterDefinition['unit'], string>;
  parameter: (name: string, value: string, unit: string, label: string, since: string, quote: string) => string;
  none: string;
  noConditions: string;
  onlyIf: (condition: string) => string;
  byDefault: string;
}

export const COMMAND_TEXTS: Record<Locale, CommandTexts> = {
  en: {
    colon: ': ',
    packLine: (jurisdiction, level, document, published, validity) => `${jurisdiction} (${level}); ${document}, ${published}; ${validity}`,
    columns: { rule: 'Rule', instrument: 'Instrument', label: 'Label' },
    interpretations: (list) =>
      `Interpretations: ${list.map((i) => `${i.id} (default ${i.default}; ${i.options.join(' | ')})`).join('; ')}`,
    noneInForce: (asOf, earliest) => `No policy is in force on ${asOf}: the earliest source is dated ${earliest}.`,
    scope: { talent: 'per talent', project: 'per project' },
    ruleLine: (label, instrument, scope) => `${label} (${instrument}, ${scope})`,
    sourceLine: (name, document, published) => `${name}; source ${document} (${published})`,
    headings: {
      quote: 'Source sentence', amount: 'Amount', parameters: 'Parameters (override them by these names)',
      conditions: 'Conditions', interpretations: 'Interpretations', notes: 'Notes',
    },
    unit: { 'CNY': 'CNY', 'CNY/month': 'CNY/month', 'ratio': 'ratio', 'months': 'months', 'years': 'years', 'tiers': 'tiers', 'count': 'count' },
    parameter: (name, value, unit, label, since, quote) => `${name} = ${value} (${unit}; ${label}; since ${since}): “${quote}”`,
    none: 'none',
    noConditions: 'none stated in the source',
    onlyIf: (condition) => ` (only if ${condition})`,
    byDefault: ' (default)',
  },
  zh: {
    colon: '：',
    packLine: (jurisdiction, level, document, published, validity) => `${jurisdiction}（${level}）；${document}，${published}；${validity}`,
    columns: { rule: '规则', instrument: '形式', label: '名称' },
    interpretations: (list) =>
      `解释：${list.map((i) => `${i.id}（默认 ${i.default}；${i.options.join(' | ')}）`).join('；')}`,
    noneInForce: (asOf, earliest) => `${asOf}没有生效的政策：最早的来源日期为${earliest}。`,
    scope: { talent: '按人才计', project: '按项目计' },
    ruleLine: (label, instrument, scope) => `${label}（${instrument}，${scope}）`,
    sourceLine: (name, document, published) => `${name}；来源 ${document}（${published}）`,
    headings: {
      quote: '原文', amount: '金额', parameters: '参数（按以下名称覆盖）',
      conditions: '条件', interpretations: '解释', notes: '说明',
    },
    unit: { 'CNY': '元', 'CNY/month': '元/月', 'ratio': '比例', 'months': '个月', 'years': '年', 'tiers': '分档', 'count': '个' },
    parameter: (name, value, unit, label, since, quote) => `${name} = ${value}（${unit}；${label}；自${since}起）：“${quote}”`,
    none: '无',
    noConditions: '原文未规定',
    onlyIf: (condition) => `（仅当${condition}时）`,
    byDefault: '（默认）',
  },
};
