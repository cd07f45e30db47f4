import type { SentenceNote } from '../../engine/ledger-types.js';

/** The sentences of the source that the pack does not cite, and why (see `sourceCoverage`). */
export const NOTES: readonly SentenceNote[] = [
  {
    role: 'context',
    reason: { en: 'The report\'s headline: it states no support.', zh: '报道标题：未提及任何扶持。' },
    sentences: ['Implement the spirit of the plenary session'],
  },
  {
    role: 'context',
    reason: {
      en: 'One company\'s products and spending (Saijin Semiconductor), told to show the county\'s support: the support it names is cited by the rules from the sentence that names it.',
      zh: '单个企业（赛晋半导体）的产品与投入，用以说明县里的扶持：其所提扶持已由规则引用相应原句。',
    },
    sentences: [
      'These innovative products are expected',
      'Fu Bo, the company’s operations director',
      'Saijin Semiconductor has experienced rapid development',
      'In the first half of the year, the company invested',
    ],
  },
  {
    role: 'context',
    reason: {
      en: 'The political frame of the report and the aims of the measures it lists: no offer, amount or term of its own.',
      zh: '报道的政策背景及所列举措的目标：本身不含扶持、金额或条件。',
    },
    sentences: [
      'The plenary session of the county party committee',
      'This approach will contribute to the sustainable development model',
      'In addition to innovation drive, Jiashan County',
      'Looking ahead, the county development zone',
      'These efforts aim to accelerate comprehensive acceptance work',
    ],
  },
  {
    role: 'context',
    reason: {
      en: 'Names the project the agency team was assigned to (the expansion of Zhejiang Xinghui New Material Technology): who the agency service of the next sentence was for, not an offer of its own.',
      zh: '说明代办团队所服务的项目（浙江星辉新材料扩建项目）：即下一句代办服务的对象，本句本身不构成扶持。',
    },
    sentences: ['To further improve service efficiency, the County Enterprise Service Center'],
  },
  {
    role: 'context',
    reason: {
      en: 'Names the county\'s "178" government service system and its general effect without saying what the number stands for or what it offers; the services it is stated to give in figures (agency for 264 projects, about a month saved) are cited by the agency rule.',
      zh: '提及县里的“178”政务服务体系及其总体成效，但未说明数字含义或具体服务；有数字可据的服务（为264个项目代办、节省约一个月）已由代办规则引用。',
    },
    sentences: [
      'Jiashan County has been actively working on improving the business environment',
      'By understanding the needs of enterprises',
      'This has led to improved service efficiency',
    ],
  },
];
