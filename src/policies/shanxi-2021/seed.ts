/**
 * The source document `seeds/003_f2aafe524cfe14b5.txt`, character for character, one
 * string per line (the last may be empty), joined by line breaks. Written
 * from the file by `UPDATE_SEEDS=1 npx vitest run test/policies/seed-copies.test.ts`; do not edit.
 */
export const SEED: string = [
  'Shanxi pushes semiconductors, integrated circuits growth',
  '',
  '',
  'North China\'s Shanxi has issued guidelines for the high-quality development of its semiconductors and integrated circuits (IC) sectors, according to a statement issued by the province\'s government on June 20.\u00a0',
  '',
  'In recent years, Shanxi has established semiconductor industry clusters such as the China Electronics Technology (Shanxi) Electronic Information Innovation Industrial Park, Xinzhou Semiconductor Industrial Park and Changzhi Optoelectronics Industrial Park.\u00a0',
  '',
  'The province has also developed a number of backbone companies that have competitive advantages in the compound semiconductor materials sectors.',
  '',
  'Under the new plan, the province will act to attract a group of design companies with national influence and competitiveness to develop semiconductors and IC design services outsourcing in the region.\u00a0',
  '',
  'It will help expand semiconductor and IC-related manufacturing industries – targeting emerging sectors such as 5G communications, aerospace, the internet of things and new energy vehicles.',
  '',
  'The province will also help with the construction of new production lines for high-performance radio frequency devices, power devices and optoelectronic devices.',
  '',
  'Shanxi will encourage the faster development of semiconductor equipment by helping to smooth the way for stronger cooperation between semiconductor manufacturers and equipment enterprises.\u00a0',
  '',
  'It will seek to attract national-level teams in the sectors to come to the province, as well as encourage leading domestic players to jointly build R&D centers with local enterprises.',
  '',
  'Stable teams with experience, technology and top people will be encouraged to invest more in Shanxi province.\u00a0',
  '',
  'The guidelines envisage that the province will promote cooperation with scientific research institutes, such as the Chinese Academy of Sciences and the Chinese Academy of Engineering, to pave the way for more collaborative innovation.\u00a0',
  '',
  'In addition, Shanxi plans to establish IC industrial investment funds, support qualified IC companies in listing on stock markets at home and abroad – as well as encouraging commercial financial institutions to increase financial support for major semiconductors and IC projects.',
].join('\n');
