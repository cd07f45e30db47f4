import type { CommitmentResult } from '../engine/assessment.js';
import type { Locale } from './texts.js';

/** The words the reports write about commitments, in both languages. */
export interface CommitmentTexts {
  section: string;
  /** The line of the totals net of clawbacks. */
  netTotals: (clawback: string, cash: string, equity: string, all: string) => string;
  /** An item's net amount: its amount less its clawbacks. */
  net: (net: string, amount: string, clawback: string) => string;
  /** What the commitment is: the fact, its target and date. */
  commitment: (fact: string, target: string, by: string, series: CommitmentResult['series']) => string;
  achieved: (value: string) => string;
  status: Record<CommitmentResult['status'], string>;
  pending: Record<NonNullable<CommitmentResult['pendingReason']>, string>;
  repaid: (kind: CommitmentResult['clawbackKind'], share: string) => string;
  atRisk: (amount: string) => string;
  clawback: (amount: string) => string;
  /** The CSV columns added when a report has commitments. */
  columns: { commitments: string; atRisk: string; clawback: string; net: string };
}

export const COMMITMENT_TEXTS: Record<Locale, CommitmentTexts> = {
  en: {
    section: 'Commitments and clawback',
    netTotals: (clawback, cash, equity, all) => `Clawbacks of the computed items: ${clawback}; net of them: cash ${cash}; equity ${equity}; all ${all}`,
    net: (net, amount, clawback) => `net ${net} = ${amount} − clawback ${clawback}`,
    commitment: (fact, target, by, series) =>
      `${fact}${series === 'in-year' ? ' (the year of the date)' : series === 'to-date' ? ' (summed to the year of the date)' : ''} at least ${target} by ${by}`,
    achieved: (value) => `stated: ${value}`,
    status: { met: 'met', missed: 'missed', pending: 'pending' },
    pending: { 'not-yet-due': 'its date is still to come', 'outcome-not-stated': 'the project does not state the outcome' },
    repaid: (kind, share) => (kind === 'all' ? 'if missed, all is repaid' : kind === 'share' ? `if missed, ${share} is repaid` : 'if missed, repaid pro rata to the shortfall'),
    atRisk: (amount) => `at risk ${amount}`,
    clawback: (amount) => `clawback ${amount}`,
    columns: { commitments: 'commitments', atRisk: 'at_risk_cny', clawback: 'clawback_cny', net: 'net_cny' },
  },
  zh: {
    section: '承诺与返还',
    netTotals: (clawback, cash, equity, all) => `计算金额的返还合计：${clawback}；扣除返还后：现金 ${cash}；股权 ${equity}；总计 ${all}`,
    net: (net, amount, clawback) => `净额 ${net} = ${amount} − 返还 ${clawback}`,
    commitment: (fact, target, by, series) =>
      `${by}前 ${fact}${series === 'in-year' ? '（当年）' : series === 'to-date' ? '（累计至当年）' : ''} 不低于 ${target}`,
    achieved: (value) => `项目所报：${value}`,
    status: { met: '已达成', missed: '未达成', pending: '待定' },
    pending: { 'not-yet-due': '尚未到期', 'outcome-not-stated': '项目未报结果' },
    repaid: (kind, share) => (kind === 'all' ? '未达成则全额返还' : kind === 'share' ? `未达成则返还${share}` : '未达成则按差额比例返还'),
    atRisk: (amount) => `涉及金额 ${amount}`,
    clawback: (amount) => `返还 ${amount}`,
    columns: { commitments: '承诺', atRisk: '涉及金额（元）', clawback: '返还（元）', net: '净额（元）' },
  },
};
