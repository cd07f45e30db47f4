import type { Citation } from '../../engine/definition.js';

/**
 * The source: a Nanhu District release of 22 August 2022 on the signing of a
 * photomask material industry chain project (3 billion yuan) in Nanhu
 * High-tech Zone. Each constant is a sentence of it, verbatim.
 */
export const DOCUMENT = '004_94550b9b847bb263.txt';

export const TITLE = 'Nanhu District focuses on the industry chain to attract big and strong';

function cite(quote: string): Citation {
  return { document: DOCUMENT, quote };
}

export const QUOTES = {
  date: cite('Release date: 2022-08-22 09:01'),
  welcome: cite(
    'At present, it has formed its own industrial advantages and laid a solid foundation in industrial development strategy, industrial layout, investment, etc., and welcomes more high-end talents and high-end projects to settle in Nanhu.',
  ),
  fast: cite(
    'Shao Panfeng emphasized that Nanhu District will highlight the word “fast” according to the needs of the project, build factories as soon as possible, speed up project approval and investment, and make this project a typical sample of chip industry attraction, attract more related projects, and continuously extend the industrial chain.',
  ),
  escort: cite(
    'Nanhu District will provide a first-class business environment, and make every effort to escort the progress of the project, so that the project can be put into production as soon as possible.',
  ),
  investment: cite(
    'It is reported that the total investment of the project is 3 billion yuan, and the first phase investment is 1.1 billion yuan.',
  ),
  site: cite(
    'It will be settled in the Integrated Circuit Industrial Park of Nanhu High-tech Zone, mainly engaged in the research and development and manufacture of products related to the photomask material industry chain.',
  ),
  cluster: cite('At present, upstream and downstream enterprises in the industry have been gathered 241.'),
  microelectronics: cite(
    'Shao Panfeng said that Nanhu District attaches great importance to the development of the microelectronics industry.',
  ),
  leadingIndustry: cite('Microelectronics is one of the leading industries in Nanhu District and Nanhu High-tech Zone.'),
} as const;
