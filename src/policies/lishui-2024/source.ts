import type { Citation } from '../../engine/definition.js';

/**
 * The source: a Lishui Daily report of 19 August 2024 on Lishui City's
 * value-added reforms of government services for its semiconductor industry.
 * Each constant is a sentence of it, verbatim.
 */
export const DOCUMENT = '000_b4dcf5b4fee473fc.txt';

export const TITLE =
  'Empowering the Specialized Semiconductor Industry: Lishui City Steadily Advances Value-Added Reforms in Government Services';

function cite(quote: string): Citation {
  return { document: DOCUMENT, quote };
}

export const QUOTES = {
  date: cite('Date:2024-08-19 Source:Lishui Daily'),
  fulede: cite(
    'Not long ago, the construction project of Zhejiang Fulede Sensing Technology Co., Ltd., with a total investment of approximately 3 billion RMB, successfully topped out.',
  ),
  fourLeaders: cite(
    'Lishui City has innovatively established a “Four Leaders” collaborative value-added service system, and the “creation from nothing” cultivation of a characteristic semiconductor industry chain is a vivid practice of this system.',
  ),
  fourLeadersRoles: cite(
    'It is understood that the “Four Leaders” refer to the “Chain Leader” responsible for regional industrial chain coordination, the “Dean” responsible for technological innovation, research, and result transformation, the “Principal” responsible for professional and technical talent training, and the “Bank President” responsible for financial services.',
  ),
  approvals: cite(
    'The city has also introduced an integrated service mechanism for enterprise-related investments, utilizing methods like accepting incomplete applications and cross-level joint handling to accelerate project reviews and approvals.',
  ),
  serviceItems: cite(
    'This has led to the formation of seven categories comprising 35 value-added service items for enterprises, enabling a “multi-in-one” one-stop service from project attraction, construction, to completion and production.',
  ),
  landPool: cite(
    'By innovating a cross-regional project implementation mechanism through a cross-mountain coordination approach, Lishui City has established a city-county integrated “land quota revolving pool” to ensure sufficient land for projects.',
  ),
  landPoolExample: cite(
    'Last year, this mechanism facilitated the coordinated launch of the Ferrotec semiconductor industry project in the Lishui Economic and Technological Development Zone and Jingning County, with a total investment of approximately 12 billion RMB.',
  ),
  chiefScientist: cite(
    'The city has appointed Academician Zhu Junhao from the Chinese Academy of Sciences as the “Chief Scientist” for the semiconductor industry and has introduced eight professional research institutions.',
  ),
  useBeforeTransfer: cite(
    'Lishui City was the first in the province to launch a pilot reform of the “use-before-transfer” model for scientific and technological achievements, strengthening the collaborative linkages between government, industry, academia, research, finance, intermediaries, and application.',
  ),
  specialPolicies: cite(
    'The city has introduced special policies for talent and technological empowerment to promote the high-quality development of the semiconductor industry.',
  ),
  training: cite(
    'By leveraging local universities, Lishui has established a Semiconductor Industry College, an Artisans College, and technical schools, offering specialized semiconductor courses and “order-based” skill training programs.',
  ),
  guidanceFund: cite(
    'Additionally, the city has innovated financing models by establishing a government-led industrial guidance fund, partnering with investment institutions that have professional expertise and strong capabilities, and mobilizing financial and social capital to actively follow suit.',
  ),
  financingMatrix: cite(
    'This has led to the formation of a diversified cooperative “financing matrix” combining government funds, multi-dimensional funds, and bank capital.',
  ),
  results: cite(
    'In just four years, Lishui has established 78 semiconductor industry projects with a total investment exceeding 70 billion RMB, cultivated 60 semiconductor industry enterprises above the designated size, and achieved an output value of nearly 10 billion RMB in 2023.',
  ),
} as const;
