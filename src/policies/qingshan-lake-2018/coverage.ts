import type { SentenceNote } from '../../engine/ledger-types.js';

/** The sentences of the source that the pack does not cite, and why (see `sourceCoverage`). */
export const NOTES: readonly SentenceNote[] = [
  {
    role: 'context',
    reason: { en: 'A headline of the report: it states no support.', zh: '报道标题：未提及任何扶持。' },
    sentences: ['SIZONE’s Board Chair to Represent', 'Why\u00a0is the small town preferred'],
  },
  {
    role: 'context',
    reason: {
      en: 'Background on China\'s chip industry and the town\'s prospects: no support is stated.',
      zh: '关于中国芯片产业及小镇前景的背景介绍：未提及扶持。',
    },
    sentences: [
      'As the world’s largest chip consumer',
      'Furthermore, with the new round of smart manufacturing',
      'The chip industry is in desperate need',
      'We have to say, that the timing',
      '“With the bright future of the semiconductor',
      'Shanghai, as the engine and leader',
      'Mayor LOU Anquan from Hangzhou Lin’an District stated.',
      'At the very opportunity for the up-surging development',
      'Through the development of the Micro-Nano Smart Manufacturing Town',
      '“China Core” will herald',
      'The Qingshan Lake Science and Technology city, as an important part',
    ],
  },
  {
    role: 'context',
    reason: {
      en: 'Frames the spokesperson\'s list of policies and says who stated them: no support of its own.',
      zh: '引出并注明科技城发言人所述政策：本句不含扶持内容。',
    },
    sentences: ['“In order to attract innovative talents and entrepreneurs', 'Stated by the Qingshan Lake city spokesperson'],
  },
  {
    role: 'unrelated',
    reason: {
      en: 'About one company\'s project (SIZONE\'s CMP equipment) and its founder\'s reasons to settle, not about what the policy offers; the three weeks to sign is kept as a fact.',
      zh: '关于单个企业项目（SIZONE 的 CMP 设备）及其创始人落户原因，并非政策的扶持内容；“三周签约”已作为事实记录。',
    },
    sentences: [
      'In November 2017, Dr. GU',
      'The project done by Dr. GU',
      'It is at the very top of the IC equipment',
      'The Hangzhou Municipal Government values Dr. GU',
      'In the Semiconductor Industry Summit (Shanghai), Dr. GU',
      '“The choice to settle in the town',
      'As part of the city west technology',
      'Since most of my team are from the Silicon Valley',
      'Dr. GU told the reporter.',
    ],
  },
  {
    role: 'unrelated',
    reason: {
      en: 'The projects and organisations that signed at the conference, and the experts of the think tank: not about the policy.',
      zh: '会上签约的项目与机构及智库专家名单：与政策内容无关。',
    },
    sentences: ['At the conference, the National Smart Sensor', 'Qiye Semiconductor Alliance and Qingshan Lake', 'At the same time, the following experts'],
  },
];
