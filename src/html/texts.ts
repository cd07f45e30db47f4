import type { Locale } from '../report/texts.js';

/** The words of the HTML report around the data, in both languages. */
export interface HtmlTexts {
  summary: string;
  computedCash: string;
  computedEquity: string;
  ceilings: string;
  ceilingsNote: string;
  offersWithoutFigure: string;
  items: string;
  timeline: string;
  timelineNote: (byYear: boolean) => string;
  timelineTable: string;
  period: string;
  total: string;
  ceilingSeries: string;
  noPayments: string;
  interpretations: string;
  assumptions: string;
  warnings: string;
  source: string;
  sourcePartial: string;
  citedBy: string;
  comparison: string;
  comparisonChart: string;
  location: string;
  sweep: (path: string) => string;
  sweepChart: string;
  sweepTable: string;
  /** Under the table of the points where the amounts change course. */
  sweepKeyRows: (shown: number, all: number) => string;
  /** The summary of the collapsed table of every point. */
  sweepAllPoints: (count: number) => string;
  breakpoints: string;
  noBreakpoints: string;
  event: Record<'starts-binding' | 'stops-binding' | 'changes', string>;
  input: string;
  generated: (library: string) => string;
  chartAlt: string;
}

export const HTML_TEXTS: Record<Locale, HtmlTexts> = {
  en: {
    summary: 'Summary',
    computedCash: 'Computed cash (grants and subsidies)',
    computedEquity: 'Computed equity',
    ceilings: 'Stated maximums (ceilings), not computed',
    ceilingsNote: 'A ceiling is the most the source says an offer can reach; the project gave nothing to compute the amount from, so it is shown apart and is not money the project can count on.',
    offersWithoutFigure: 'Offers without a figure',
    items: 'Items',
    timeline: 'When the money arrives',
    timelineNote: (byYear) => `Payments ${byYear ? 'by year' : 'by month'}, stacked by instrument; amounts at a ceiling are drawn as outlines, apart from computed amounts. The table below gives the same figures.`,
    timelineTable: 'Payments by period (the figures of the chart)',
    period: 'Period',
    total: 'Computed total',
    ceilingSeries: 'At a ceiling',
    noPayments: 'No dated payment: no eligible item with an amount.',
    interpretations: 'Interpretations used',
    assumptions: 'What the library assumes',
    warnings: 'Warnings',
    source: 'The source, with the sentences cited',
    sourcePartial: 'The sentences of the source that the items cite, in the order they are first used.',
    citedBy: 'cited by',
    comparison: 'Locations side by side',
    comparisonChart: 'Computed cash, computed equity and ceilings by location',
    location: 'Location',
    sweep: (path) => `Amounts as ${path} varies`,
    sweepChart: 'Each item’s amount against the swept input',
    sweepTable: 'The amounts at each point (the figures of the chart)',
    sweepKeyRows: (shown, all) =>
      `${shown} of the ${all} points: the first, the last, and each point where an item’s amount changes course (its step from the point before differs from its step to the next); between two rows every amount moves in equal steps.`,
    sweepAllPoints: (count) => `All ${count} points`,
    breakpoints: 'Breakpoints',
    noBreakpoints: 'No breakpoint in the range swept.',
    event: { 'starts-binding': 'starts to bind', 'stops-binding': 'stops binding', 'changes': 'formula changes' },
    input: 'Input',
    generated: (library) => `Computed with ${library}. Every amount is exact, rounded once to the cent.`,
    chartAlt: 'Chart; the table beside it gives the same figures.',
  },
  zh: {
    summary: '概要',
    computedCash: '计算所得现金（补助与补贴）',
    computedEquity: '计算所得股权',
    ceilings: '原文所述上限（非计算所得）',
    ceilingsNote: '上限是原文所述某项扶持的最高额度；项目未提供可据以计算的数据，故单独列示，不应视为项目可确定获得的资金。',
    offersWithoutFigure: '未给出金额的扶持',
    items: '明细',
    timeline: '资金到位时间',
    timelineNote: (byYear) => `按${byYear ? '年' : '月'}列示的支付，按形式堆叠；按上限列示的金额以空心框表示，与计算所得金额分开。下表给出相同数据。`,
    timelineTable: '各期支付（图表数据）',
    period: '期间',
    total: '计算所得合计',
    ceilingSeries: '按上限列示',
    noPayments: '没有带日期的支付：没有符合条件且有金额的项目。',
    interpretations: '采用的解释',
    assumptions: '本库的假定',
    warnings: '提示',
    source: '原文及所引用的句子',
    sourcePartial: '各项目引用的原文句子，按首次引用的顺序列出。',
    citedBy: '引用于',
    comparison: '各地区对比',
    comparisonChart: '各地区计算所得现金、股权及上限',
    location: '地区',
    sweep: (path) => `${path}变化时的金额`,
    sweepChart: '各项目金额随所变动输入的变化',
    sweepTable: '各点金额（图表数据）',
    sweepKeyRows: (shown, all) =>
      `共${all}个点，列出其中${shown}个：首点、末点，以及某项金额走势改变之处（与前一点的差额不同于与后一点的差额）；相邻两行之间各项金额均等额变化。`,
    sweepAllPoints: (count) => `全部${count}个点`,
    breakpoints: '转折点',
    noBreakpoints: '所变动范围内没有转折点。',
    event: { 'starts-binding': '开始触及上限', 'stops-binding': '不再触及', 'changes': '公式变化' },
    input: '输入',
    generated: (library) => `计算工具 ${library}。各金额均为精确值，仅四舍五入到分一次。`,
    chartAlt: '图表；旁边的表格给出相同数据。',
  },
};
