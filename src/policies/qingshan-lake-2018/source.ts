import type { Citation } from '../../engine/definition.js';

/**
 * The source: a news report of 15 June 2018 (World Zhejiang Business
 * Network) quoting the Qingshan Lake Science and Technology City spokesperson.
 * Each constant below is a sentence of it, verbatim, including its typographic
 * apostrophes and quotation marks and its non-breaking spaces (written \u00a0).
 */
export const DOCUMENT = '002_95a2ad1254be288a.txt';

export const TITLE = 'SIZONE’s Board Chair to Represent the Micro-Nano Smart Manufacturing Town in Shanghai';

function cite(quote: string): Citation {
  return { document: DOCUMENT, quote };
}

export const QUOTES = {
  /** Dates the report: "June 15th", with no year in the sentence. */
  date: cite(
    'World Zhejiang Business Network news on June 15th\u00a0(Reporter CHEN Xiao): The ZTE incident has inflamed the consensus to accelerate the nation’s desire to own semiconductor core technologies from both the scientific and industrial fields.',
  ),
  /** Gives the year of the report. */
  year: cite(
    'On June 14th\u00a02018, the Micro-Nano Town debuted in the 2018 Semiconductor Industry (Shanghai) Summit 2018 and Hangzhou Qingshan Lake Science and Technology Micro-Nano Manufacturing Collaboration & Investment Exchange Meeting, joining the conversation about the future of smart manufacturing with the nation’s elite semiconductor leaders.',
  ),
  annualFund: cite(
    'Every year, we allocate 450 million RMB to fund innovative projects, attract innovative talents and promote the transformation of technical achievements.',
  ),
  coInvestment: cite(
    'We will match up to 30 million RMB and no more than 30% of the project’s actual investment (excluding infrastructure) as financial support.',
  ),
  importantProjects: cite(
    'Furthermore, for those particularly important projects, the government can provide up to 100 million RMB in financial support.',
  ),
  policyFund: cite(
    'For projects that are in line with the leading industry directions, the industry related policy fund investment can be as high as 50% of the actual investment and can withdraw to give away the profit.',
  ),
  housing: cite(
    'In addition, for qualified talents, the town will grant a subsidy of up to 600,000 yuan for housing purchases and a rental subsidy of up to 2,000 yuan per month for three consecutive years.',
  ),
  fourSixMillion: cite(
    'In terms of talents, there are also “four 6-million” (6 million entrepreneurship start-up funds, 6 million share investment, 6 million government venture capital, 6 million loan interest subsidies) policy.',
  ),
  incremental: cite(
    'After the expiration of the high-level talent support policy, according to the actual performance, an additional support of up to 20 million yuan will be provided in increments to those with high potentials.',
  ),
  /** The town's focus sectors, as announced. */
  focusSectors: cite(
    'Driven by the wheels of historical mission and opportunity, Hangzhou Lin’an wasted no time in announcing the formation of the Qingshan Lake Micro-Nano Smart Manufacturing Town on January 16th, 2018, with focuses on chip design, test and certification, key semiconductor equipment manufacturing, smart sensors and IoT applications.',
  ),
  /** The town's designated focus, as the strategic cooperation sets it. */
  designatedFocus: cite(
    'Included in the “Zhejiang New Generation AI Development Plan”, the Qingshan Lake Micro-Nano Smart Manufacturing Town is the result of the strategic cooperation between the Zhejiang Provincial Government and China Electronic Technology Group, Hangzhou Municipal Government and CEN Haikong Group, with a designated focus in IC key equipment manufacturing, Smart Sensors and Chip design, package testing and Smart sensor integrated applications.',
  ),
  /** The sentence just before the co-investment: whom the town encourages and supports. */
  firstClass: cite(
    'We encourage well known companies and famous entrepreneurs to come, support world’s first-class enterprises, R&D organizations and Nobel Prize winners to establish regional headquarter, R&D centers and strategic scientific organizations in the Science and Innovation Grand Corridor.',
  ),
  /** The town's record: national projects attracted. */
  nationalProjects: cite(
    'According to the reporter, the town has attracted nearly 20 major national technology projects, such as 01 project of the CEN Haikang “Magnetic Rotary Memory R&D and Pilot Base”, and 02 project of Kaier Electronics “Lithographic Machine Liquid Immersion System R&D and Pilot Base”, etc.',
  ),
  /** How fast one project (SIZONE's) was signed, in its founder's words. */
  signing: cite(
    'At the same time, the local government has provided favorable policies and worked efficiently to sign the agreement in three weeks from the initial discussion, which is incomparable by many other places in the country.',
  ),
  /** The science city's record: entities and enterprises attracted. */
  cityRecord: cite(
    'According to the reporter, it has attracted the 46 innovative entities, such as Hong Kong University and Zhejiang University, 120 sizable enterprises and 55 national high-tech enterprises.',
  ),
} as const;
