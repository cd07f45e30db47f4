import type { ProgrammeFact } from '../../engine/definition.js';
import { QUOTES } from './source.js';

/** Figures the report states about the town and the science city: a record, not an entitlement. */
export const FACTS: ProgrammeFact[] = [
  {
    id: 'national-projects',
    label: { en: 'Major national technology projects the town has attracted', zh: '小镇已引进的国家重大科技项目' },
    value: '20',
    unit: 'count',
    qualifier: 'nearly',
    citations: [QUOTES.nationalProjects],
  },
  {
    id: 'innovative-entities',
    label: { en: 'Innovative entities the science city has attracted', zh: '科技城已引进的创新主体' },
    value: '46',
    unit: 'count',
    citations: [QUOTES.cityRecord],
  },
  {
    id: 'sizable-enterprises',
    label: { en: 'Sizable enterprises the science city has attracted', zh: '科技城已引进的规模企业' },
    value: '120',
    unit: 'count',
    citations: [QUOTES.cityRecord],
  },
  {
    id: 'national-high-tech-enterprises',
    label: { en: 'National high-tech enterprises the science city has attracted', zh: '科技城已引进的国家高新技术企业' },
    value: '55',
    unit: 'count',
    citations: [QUOTES.cityRecord],
  },
  {
    // One project's experience as its founder tells it: no promise of a time to other projects.
    id: 'signing-weeks',
    label: {
      en: 'Weeks from first discussion to signed agreement, for the SIZONE project (its founder\'s account)',
      zh: 'SIZONE 项目从初次洽谈到签约的周数（创始人所述）',
    },
    value: '3',
    unit: 'count',
    citations: [QUOTES.signing],
  },
];
