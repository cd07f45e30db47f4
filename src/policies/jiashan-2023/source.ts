import type { Citation } from '../../engine/definition.js';

/**
 * The source: a Jiashan County report of 15 August 2023 on innovation-driven
 * reform and government services. Each constant is a sentence of it, verbatim.
 */
export const DOCUMENT = '001_177d6e6ea038ea46.txt';

export const TITLE =
  'Implement the spirit of the plenary session of the county party committee丨Innovation-driven reform and empowerment are the first demonstrations in promoting high-quality development';

function cite(quote: string): Citation {
  return { document: DOCUMENT, quote };
}

export const QUOTES = {
  date: cite('date 2023-08-15'),
  saijinSpending: cite(
    'In the first half of the year, the company invested nearly 9 million yuan in research and development expenses, with annual sales expected to reach 200 million yuan.',
  ),
  hardwareAndTalents: cite(
    'Fu Bo acknowledged the government subsidies for hardware investment and the supporting policies for the introduction of R&D talents, which have provided confidence for the company’s establishment in Jiashan.',
  ),
  incubation: cite(
    'To implement this vision, the county has taken actions such as deepening the “double increase” initiative for science and technology enterprises and building a pilot incubation base for the transformation of scientific and technological achievements.',
  ),
  programme: cite(
    'Substantial policy support, including cashing out over 75 million yuan of support funds and completing 84% of the annual budget, has been provided.',
  ),
  tiered: cite(
    'Additionally, a tiered funding support system of up to 50 million yuan has been formulated to support the development of technology-based small and medium-sized enterprises.',
  ),
  cultivation: cite(
    'Liu Wanwan, head of the high-tech and industrialization department at the County Science and Technology Bureau, stated that efforts will be made to expand the high-tech enterprise cultivation pool and provide precise guidance based on the strength of the enterprise’s innovation ability.',
  ),
  targets: cite(
    'The county aims to add over 100 new high-tech enterprises and more than 150 small and medium-sized scientific and technological enterprises in the province this year.',
  ),
  consultations: cite(
    'Recent face-to-face consultations have been held to discuss preliminary licensing matters for various projects, including the Jiashan Economic Development Zone Intelligent Manufacturing Industrial Park (Phase I) project, the expansion project of Zhejiang Xinghui New Material Technology Co., Ltd., and the Yuanfang Logistics Commercial Business and Warehousing Center project.',
  ),
  consultationsAim: cite('These consultations aim to promote the early start of these projects.'),
  agency: cite('A dedicated team will be assigned to follow up on the project and provide customized agency services.'),
  agencyTiming: cite(
    'By coordinating the timing of the certificate processing, the efficiency will be enhanced, ensuring the project can start construction as soon as possible.',
  ),
  agencyRecord: cite(
    'For instance, agency services have been provided for 264 projects, saving companies about one month of processing time.',
  ),
  completion: cite(
    'Measures such as improving completion acceptance services in the later stages of project construction and strengthening multi-departmental linkage will be implemented.',
  ),
  /** The report opens on a semiconductor company. */
  saijin: cite(
    'Jiashan County – In the laboratory of Zhejiang Saijin Semiconductor Technology Co., Ltd. located in the county development zone, R&D personnel are testing a new generation of front-opening wafer transfer boxes.',
  ),
} as const;
