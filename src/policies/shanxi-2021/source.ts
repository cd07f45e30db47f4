import type { Citation } from '../../engine/definition.js';

/**
 * The source: a report of the Shanxi provincial government's guidelines for
 * the high-quality development of its semiconductor and integrated circuit
 * sectors, announced "on June 20" (the year is not in the text). Each
 * constant is a sentence of it, verbatim.
 */
export const DOCUMENT = '003_f2aafe524cfe14b5.txt';

export const TITLE = 'Shanxi pushes semiconductors, integrated circuits growth';

function cite(quote: string): Citation {
  return { document: DOCUMENT, quote };
}

export const QUOTES = {
  date: cite(
    'North China\'s Shanxi has issued guidelines for the high-quality development of its semiconductors and integrated circuits (IC) sectors, according to a statement issued by the province\'s government on June 20.',
  ),
  designCompanies: cite(
    'Under the new plan, the province will act to attract a group of design companies with national influence and competitiveness to develop semiconductors and IC design services outsourcing in the region.',
  ),
  manufacturing: cite(
    'It will help expand semiconductor and IC-related manufacturing industries – targeting emerging sectors such as 5G communications, aerospace, the internet of things and new energy vehicles.',
  ),
  productionLines: cite(
    'The province will also help with the construction of new production lines for high-performance radio frequency devices, power devices and optoelectronic devices.',
  ),
  equipment: cite(
    'Shanxi will encourage the faster development of semiconductor equipment by helping to smooth the way for stronger cooperation between semiconductor manufacturers and equipment enterprises.',
  ),
  teamsAndRdCentres: cite(
    'It will seek to attract national-level teams in the sectors to come to the province, as well as encourage leading domestic players to jointly build R&D centers with local enterprises.',
  ),
  experiencedTeams: cite(
    'Stable teams with experience, technology and top people will be encouraged to invest more in Shanxi province.',
  ),
  research: cite(
    'The guidelines envisage that the province will promote cooperation with scientific research institutes, such as the Chinese Academy of Sciences and the Chinese Academy of Engineering, to pave the way for more collaborative innovation.',
  ),
  finance: cite(
    'In addition, Shanxi plans to establish IC industrial investment funds, support qualified IC companies in listing on stock markets at home and abroad – as well as encouraging commercial financial institutions to increase financial support for major semiconductors and IC projects.',
  ),
} as const;
