import type { Instrument } from '../engine/definition.js';
import type { ItemStatus } from '../engine/assessment.js';
import type { Basis } from '../rules/types.js';

/** A report's language. */
export type Locale = 'en' | 'zh';

/** The words a report writes around the data, in both languages. */
export interface ReportTexts {
  columns: {
    number: string; item: string; for: string; instrument: string; status: string; basis: string;
    amount: string; bindingCap: string; headroom: string; source: string;
  };
  /** The columns of the text report's table of caps. */
  capColumns: { number: string; cap: string; limit: string; binding: string; headroom: string };
  project: string;
  assessedAsOf: string;
  source: (document: string, published: string, version: string, library: string) => string;
  upTo: string;
  totals: (cash: string, equity: string, all: string) => string;
  /** The stated maximums (basis `ceiling`), on a line of their own below the totals. */
  ceilingTotals: (cash: string, equity: string, all: string) => string;
  /** What a stated maximum is, for a cell or a column that marks one. */
  statedMaximum: string;
  unquantifiedCount: (count: number) => string;
  sections: {
    offers: string; notEligible: string; notes: string; caps: string; interpretations: string; unusedInterpretations: string;
    datesAndValues: string; overrides: string; warnings: string; sources: string; leftOut: string;
  };
  interpretation: (id: string, chosen: string, byDefault: boolean, alternatives: readonly string[], why: string) => string;
  /** A reading the caller chose that no item depended on. */
  unusedInterpretation: (id: string, chosen: string) => string;
  capReached: (date: string) => string;
  exit: (date: string, years: number, profit: string, stake: string, buyBack: string) => string;
  override: (ruleId: string, parameter: string, value: string, baseline: string) => string;
  noFigure: string;
  /** The basis of an ineligible item, which has none. */
  noBasis: string;
  /** Between the binding caps of one item. */
  capSeparator: string;
  /** Between item numbers, and between the texts joined on one line. */
  listSeparator: string;
  yes: string;
  no: string;
  shared: string;
  perMonth: (amount: string) => string;
  months: (count: string) => string;
  /** A text in parentheses after another: ` (x)` in English, `（x）` in Chinese. */
  aside: (text: string) => string;
  status: Record<ItemStatus, string>;
  basis: Record<Basis, string>;
  instrument: Record<Instrument, string>;
  comparison: {
    title: (count: number, project: string, asOf: string) => string;
    jurisdiction: string; sourceDated: string; rank: string; cash: string; atCeiling: string; equity: string;
    /** The equity that is only a stated maximum. */
    equityAtCeiling: string;
    /** A stated maximum in an instrument's cell. */
    upTo: (amount: string) => string;
    offersWithoutFigure: string; offer: (count: number) => string;
    noLocation: string;
  };
  level: Record<'province' | 'city' | 'district' | 'county', string>;
}

export const REPORT_TEXTS: Record<Locale, ReportTexts> = {
  en: {
    columns: {
      number: '#', item: 'Item', for: 'For', instrument: 'Instrument', status: 'Status', basis: 'Basis',
      amount: 'Amount (CNY)', bindingCap: 'Binding cap', headroom: 'Headroom (CNY)', source: 'Source',
    },
    capColumns: { number: '#', cap: 'Cap', limit: 'Limit', binding: 'Binds', headroom: 'Headroom' },
    project: 'Project',
    assessedAsOf: 'Assessed as of',
    source: (document, published, version, library) => `Source: ${document} (${published}), pack version ${version}; computed with ${library}`,
    upTo: 'Every amount is a maximum entitlement ("up to"), rounded to the cent.',
    totals: (cash, equity, all) => `Totals: cash (grants and subsidies) ${cash}; equity ${equity}; all ${all}`,
    ceilingTotals: (cash, equity, all) =>
      `Stated maximums (basis ceiling), not computed and not in the totals: cash ${cash}; equity ${equity}; all ${all}`,
    statedMaximum: 'stated maximum, not computed',
    unquantifiedCount: (count) => `Offers without a figure, not in the totals: ${count}`,
    sections: {
      offers: 'Offers without a figure',
      notEligible: 'Not eligible, and why',
      notes: 'Notes: what the source leaves open and what the library assumes',
      caps: 'Caps of the eligible items: which bind, and the headroom left',
      interpretations: 'Interpretations used',
      unusedInterpretations: 'Interpretations chosen but not used',
      datesAndValues: 'Dates and values beyond the amounts',
      overrides: 'Parameters replaced by the caller',
      warnings: 'Warnings',
      sources: 'Sources',
      leftOut: 'Left out, and why',
    },
    interpretation: (id, chosen, byDefault, alternatives, why) =>
      `${id} = ${chosen} (${byDefault ? 'default' : 'chosen'}${alternatives.length ? `; alternatives: ${alternatives.join(', ')}` : ''}). ${why}`,
    unusedInterpretation: (id, chosen) => `${id} = ${chosen}: no item of this project depends on it, so it changes nothing here.`,
    capReached: (date) => `the cap is reached on ${date}`,
    exit: (date, years, profit, stake, buyBack) =>
      `profit given away at exit on ${date} (after ${years} ${years === 1 ? 'year' : 'years'}, under the project's exit terms; not an entitlement): ${profit} = stake ${stake} − buy-back ${buyBack}`,
    override: (ruleId, parameter, value, baseline) => `${ruleId} ${parameter}: ${value} (the source: ${baseline})`,
    noFigure: 'no figure',
    noBasis: '—',
    capSeparator: '; ',
    listSeparator: ', ',
    yes: 'yes',
    no: 'no',
    shared: ' (shared by several items)',
    perMonth: (amount) => `${amount} a month`,
    months: (count) => `${count} ${count === '1' ? 'month' : 'months'}`,
    aside: (text) => ` (${text})`,
    status: { eligible: 'eligible', ineligible: 'ineligible', unquantified: 'unquantified' },
    basis: { formula: 'formula', ceiling: 'ceiling', none: 'none' },
    instrument: {
      'grant': 'grant', 'equity': 'equity', 'housing-subsidy': 'housing-subsidy', 'rent-subsidy': 'rent-subsidy',
      'interest-subsidy': 'interest-subsidy', 'service': 'service', 'land': 'land', 'training': 'training',
      'financing': 'financing', 'unspecified': 'unspecified',
    },
    comparison: {
      title: (count, project, asOf) => `Comparison of ${count} ${count === 1 ? 'location' : 'locations'} for ${project}, as of ${asOf}`,
      jurisdiction: 'Jurisdiction', sourceDated: 'Source dated', rank: 'Rank by cash', cash: 'Cash (grants, subsidies)',
      atCeiling: 'Cash ceilings (not computed)', equity: 'Equity',
      equityAtCeiling: 'Equity ceilings (not computed)',
      upTo: (amount) => `up to ${amount} (ceiling)`, offersWithoutFigure: 'Offers without a figure',
      offer: (count) => (count === 1 ? 'offer, no figure' : `${count} offers, no figure`),
      noLocation: 'No location to compare.',
    },
    level: { province: 'province', city: 'city', district: 'district', county: 'county' },
  },
  zh: {
    columns: {
      number: '#', item: '项目', for: '对象', instrument: '形式', status: '状态', basis: '依据',
      amount: '金额（元）', bindingCap: '触及的上限', headroom: '剩余额度（元）', source: '来源',
    },
    capColumns: { number: '#', cap: '上限', limit: '限额', binding: '是否触及', headroom: '剩余额度' },
    project: '项目',
    assessedAsOf: '评估日期',
    source: (document, published, version, library) => `来源：${document}（${published}），政策包版本 ${version}；计算工具 ${library}`,
    upTo: '各金额均为最高可享额度（“最高”），按四舍五入精确到分。',
    totals: (cash, equity, all) => `合计：现金（补助与补贴）${cash}；股权 ${equity}；总计 ${all}`,
    ceilingTotals: (cash, equity, all) => `规定的最高额（按上限列示），非计算金额，不计入合计：现金 ${cash}；股权 ${equity}；总计 ${all}`,
    statedMaximum: '规定的最高额，非计算金额',
    unquantifiedCount: (count) => `未给出金额的扶持（不计入合计）：${count}项`,
    sections: {
      offers: '未给出金额的扶持',
      notEligible: '不符合条件的项目及原因',
      notes: '说明：来源未明之处及本库的假定',
      caps: '符合条件项目的上限：是否触及及剩余额度',
      interpretations: '采用的解释',
      unusedInterpretations: '已选择但未用到的解释',
      datesAndValues: '金额以外的日期与价值',
      overrides: '调用方替换的参数',
      warnings: '提示',
      sources: '原文出处',
      leftOut: '未纳入比较的政策及原因',
    },
    interpretation: (id, chosen, byDefault, alternatives, why) =>
      `${id} = ${chosen}（${byDefault ? '默认' : '调用方选择'}${alternatives.length ? `；其他读法：${alternatives.join('、')}` : ''}）。${why}`,
    unusedInterpretation: (id, chosen) => `${id} = ${chosen}：本项目没有任何一项取决于此解释，它在此不改变任何结果。`,
    capReached: (date) => `于${date}达到上限`,
    exit: (date, years, profit, stake, buyBack) =>
      `按项目的退出条件，${years}年后于${date}退出时让利（非扶持金额）：${profit} = 股权价值 ${stake} − 回购价格 ${buyBack}`,
    override: (ruleId, parameter, value, baseline) => `${ruleId} ${parameter}：${value}（原文：${baseline}）`,
    noFigure: '无金额',
    noBasis: '—',
    capSeparator: '；',
    listSeparator: '、',
    yes: '是',
    no: '否',
    shared: '（多项共用）',
    perMonth: (amount) => `每月${amount}`,
    months: (count) => `${count}个月`,
    aside: (text) => `（${text}）`,
    status: { eligible: '符合', ineligible: '不符合', unquantified: '未量化' },
    basis: { formula: '公式', ceiling: '上限', none: '无' },
    instrument: {
      'grant': '补助', 'equity': '股权', 'housing-subsidy': '购房补贴', 'rent-subsidy': '租房补贴',
      'interest-subsidy': '贴息', 'service': '服务', 'land': '土地', 'training': '培训', 'financing': '融资',
      'unspecified': '未明形式',
    },
    comparison: {
      title: (count, project, asOf) => `${project}：${count}个地区比较（截至${asOf}）`,
      jurisdiction: '行政区', sourceDated: '来源日期', rank: '现金排名', cash: '现金（补助、补贴）',
      atCeiling: '现金上限（非计算金额）', equity: '股权',
      equityAtCeiling: '股权上限（非计算金额）',
      upTo: (amount) => `最高${amount}（上限）`, offersWithoutFigure: '未给出金额的扶持',
      offer: (count) => (count === 1 ? '有扶持，无金额' : `${count}项扶持，无金额`),
      noLocation: '没有可比较的地区。',
    },
    level: { province: '省', city: '市', district: '区', county: '县' },
  },
};
