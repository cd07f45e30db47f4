import type { SentenceNote } from '../../engine/ledger-types.js';

/** The sentences of the source that the pack does not cite, and why (see `sourceCoverage`). */
export const NOTES: readonly SentenceNote[] = [
  {
    role: 'unrelated',
    reason: {
      en: 'The web page around the article (navigation, byline, links, comment form): not about the policy.',
      zh: '文章所在网页的页面元素（导航、署名、链接、评论框）：与政策无关。',
    },
    sentences: [
      'Home » Nanhu District',
      'by admin',
      'Source of information: Nanhu District',
      'See also',
      'You may also like',
      'Leave a Comment',
      'This site uses Akismet',
      'Learn how your comment data is processed.',
    ],
  },
  {
    role: 'unrelated',
    reason: { en: 'The web site\'s cookie banner: not about the policy.', zh: '网站的 Cookie 提示：与政策无关。' },
    sentences: ['This website uses cookies', 'We\'ll assume you\'re ok with this', 'Accept Read More', 'Privacy & Cookies Policy'],
  },
  {
    role: 'context',
    reason: { en: 'The article\'s headline: it states no support.', zh: '文章标题：未提及任何扶持。' },
    sentences: ['Nanhu District focuses on the industry chain to attract big and strong'],
  },
  {
    role: 'context',
    reason: {
      en: 'The signing of the photomask material project, the project the district\'s commitments are made to, and the welcome of its team: the commitments themselves are cited by the rules.',
      zh: '光掩膜材料项目签约及对其团队的欢迎：区里的承诺针对该项目，承诺本身已由规则引用。',
    },
    sentences: ['On the morning of August 19, the signing ceremony', 'At the signing ceremony, Shao Panfeng expressed'],
  },
  {
    role: 'unrelated',
    reason: { en: 'Who attended the ceremony: not about the policy.', zh: '出席签约仪式的人员：与政策无关。' },
    sentences: ['Shao Panfeng, Secretary of the District Party Committee'],
  },
  {
    role: 'context',
    reason: {
      en: 'The district\'s leading industry (microelectronics) and its efforts to attract the industry chain: no offer, amount or term.',
      zh: '全区的主导产业（微电子）及招引产业链的工作：未提及扶持、金额或条件。',
    },
    sentences: [
      'In the past two years, around the microelectronics industry chain',
    ],
  },
  {
    role: 'context',
    reason: {
      en: 'About the signed project itself (its leader, its market, its aims, its start in September): facts of that project, not offers to others.',
      zh: '关于已签约项目本身（负责人、市场、目标、9月开工）：属该项目的情况，并非对其他项目的扶持。',
    },
    sentences: [
      'Dr. Zhang Rujing is a senior person',
      'This time, he led the team',
      'Leading and driving effect.',
      'Zhang Rujing said that with the rapid development',
      'At present, some products of photomask materials',
      'At present, only a few overseas manufacturers',
      'This project aims to become the leader',
      'The project is scheduled to start in September this year.',
    ],
  },
  {
    role: 'unrelated',
    reason: {
      en: 'The six other projects signed in Fengqiao Town (new energy, a cold-chain trade city, energy storage) and the speech made to them: not the semiconductor project the policy concerns.',
      zh: '凤桥镇签约的另外六个项目（新能源、冷链商贸城、储能等）及对其的讲话：并非本政策所涉的半导体项目。',
    },
    sentences: [
      'In the morning, Nanhu District also held a major project signing ceremony',
      'At the major project signing ceremony held in Fengqiao Town',
      'After completion and commissioning',
      'In his speech, Chen Qunwei',
      'He pointed out that in recent years',
      'After the project is signed, Fengqiao Town',
      'Start construction, start production early',
    ],
  },
];
