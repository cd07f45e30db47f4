import type { SentenceNote } from '../../engine/ledger-types.js';

/** The sentences of the source that the pack does not cite, and why (see `sourceCoverage`). */
export const NOTES: readonly SentenceNote[] = [
  {
    role: 'unrelated',
    reason: { en: 'The web page\'s navigation: not about the policy.', zh: '网页导航：与政策无关。' },
    sentences: ['curpage: Home', '>>English >>News >>Lishui Today'],
  },
  {
    role: 'unrelated',
    reason: {
      en: 'One investor\'s projects (FerroTec\'s three in Lishui), a prize won by one company, and their praise of the city: not what the policy offers.',
      zh: '单个投资方的项目（FerroTec 在丽水的三个项目）、单个企业获奖及其对丽水的评价：并非政策的扶持内容。',
    },
    sentences: [
      'This project marks the third high-end semiconductor',
      'Investing in three major projects over three years',
      'The ‘mutual pursuit’ between Fulede and Lishui',
      'Last year, Zhejiang Juexin Microelectronics',
    ],
  },
  {
    role: 'context',
    reason: {
      en: 'The frame and the claimed effects of the city\'s service reforms: no offer, amount or term beyond those the rules cite.',
      zh: '丽水服务改革的背景与成效表述：除规则引用的内容外，不含扶持、金额或条件。',
    },
    sentences: [
      'The transition from companies being',
      'The value-added reform of government services is',
      'In recent years, Lishui City has adhered',
      'In addition to continuously enhancing',
      'Under the leadership of the “Chain Leader”',
      'This approach scientifically plans',
      'A favorable industrial ecosystem',
      'Lishui City is committed to creating',
      'These efforts guide research institutes',
      'This initiative has opened a “fast track”',
      'Addressing the pain points',
      'These initiatives greatly meet the demand',
      'By focusing on development priorities',
    ],
  },
  {
    role: 'context',
    reason: {
      en: 'The provincial lists the city\'s semiconductor platform is on ("10,000-Mu, 1,000-Billion" is the name of a list, not a figure of Lishui): no offer.',
      zh: '丽水半导体平台入选的省级名单（“万亩千亿”为名单名称，并非丽水的数据）：不含扶持。',
    },
    sentences: ['Currently, Lishui’s specialized semiconductor industry platform'],
  },
];
