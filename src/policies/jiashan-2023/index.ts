import type { EligibilityTest, InterpretationDefinition, PolicyDefinition } from '../../engine/definition.js';
import { semiconductorAudience } from '../audience.js';
import { offer } from '../offer.js';
import { parameter } from '../parameter.js';
import { JIASHAN_PROJECTS } from './projects.js';
import { DOCUMENT, QUOTES, TITLE } from './source.js';

/**
 * The annual budget is not stated: over 75,000,000 paid is 84% of it, so it is
 * over 75,000,000 ÷ 0.84 = 89,285,714.2857…, written to ten places, cut down so
 * that it stays a lower bound and fits an amount as a pack writes it (the fund
 * is rounded down to the cent where used; the fact is that, in cents). A test
 * recomputes both from the two stated figures.
 */
const DERIVED_BUDGET = '89285714.2857142857';
const DERIVED_BUDGET_CENTS = '89285714.28';

const PACK = 'jiashan-2023';
const SINCE = '2023-08-15';

// The report is built around a semiconductor company, but states its offers for enterprises and projects of any sector.
const AUDIENCE_READING: InterpretationDefinition = {
  id: 'jiashanAudience',
  label: { en: 'Whom Jiashan\'s support concerns', zh: '嘉善县扶持的适用对象' },
  question: {
    en: 'The report is built around a semiconductor company, Saijin Semiconductor, and the subsidies and policies it credits; but the tiered funding is stated for "technology-based small and medium-sized enterprises" with no sector named, and the consultations it reports were held for an intelligent manufacturing park, a new-material company and a logistics and warehousing centre.',
    zh: '报道围绕一家半导体企业（赛晋半导体）及其所称道的补助与政策展开；但梯度资助只写明面向“科技型中小企业”，未限定行业，所报道的面对面会商也涉及智能制造产业园、新材料企业和物流仓储中心项目。',
  },
  citations: [QUOTES.saijin, QUOTES.tiered, QUOTES.consultations],
  default: 'semiconductors',
  options: [
    {
      value: 'semiconductors',
      label: { en: 'Semiconductor and integrated-circuit projects', zh: '半导体和集成电路项目' },
      rationale: {
        en: 'The subsidies and policies the report names are those a semiconductor company credits for its establishment in Jiashan, and the report comes to this library as a semiconductor source: offering them to a project of another industry would read more into it than it says, so the cautious reading limits them to semiconductor projects.',
        zh: '报道所列补助与政策是一家半导体企业所称道、促成其落户嘉善的那些；本库将其作为半导体政策来源：将其用于其他行业的项目超出原文所述，故审慎的读法仅限于半导体项目。',
      },
    },
    {
      value: 'any-industry',
      label: { en: 'Projects of any industry', zh: '任何行业的项目' },
      rationale: {
        en: 'The tiered funding names technology-based small and medium-sized enterprises of any sector, and the consultations served projects outside semiconductors (a logistics and warehousing centre among them): the offers concern every industry, each under its own conditions.',
        zh: '梯度资助面向任何行业的科技型中小企业，会商服务的项目也不限于半导体（其中有物流仓储中心）：各项扶持适用于任何行业，各按其条件。',
      },
    },
  ],
};

/**
 * A service the report describes as done for named projects: theirs under
 * either reading; another project's only when read as open to comparable ones.
 */
function forNamedProjects(named: string[], names: { en: string; zh: string }): EligibilityTest[] {
  const isNamed = { fact: 'sourceProjects', includesAny: named };
  return [
    {
      appliesIf: isNamed,
      when: isNamed,
      met: { en: `The project is one the report names (${names.en}).`, zh: `项目为报道点名的项目（${names.zh}）。` },
      unmet: { en: 'The project is not one the report names.', zh: '项目不是报道点名的项目。' },
    },
    {
      appliesIf: { not: isNamed },
      when: { interpretation: 'jiashanCommitments', is: 'comparable-projects' },
      met: {
        en: `Read as open to a comparable project, though done for ${names.en} (interpretation jiashanCommitments: comparable-projects).`,
        zh: `虽为${names.zh}提供，理解为同类项目亦可享受（解释 jiashanCommitments：comparable-projects）。`,
      },
      unmet: {
        en: `Read as done for ${names.en} only, and the project is not one of them (interpretation jiashanCommitments: named-projects-only; sourceProjects).`,
        zh: `理解为仅对${names.zh}提供，而项目不在其中（解释 jiashanCommitments：named-projects-only；sourceProjects）。`,
      },
    },
  ];
}

const THREE_PROJECTS = {
  en: 'the Intelligent Manufacturing Industrial Park (Phase I), the Xinghui expansion and the Yuanfang logistics centre',
  zh: '智能制造产业园（一期）、星辉扩建项目和远方物流中心',
};
const XINGHUI = { en: 'the Xinghui expansion', zh: '星辉扩建项目' };

/**
 * Jiashan County's support for technology-based enterprises and its
 * government services, as reported on 15 August 2023. The tiered funding is
 * stated only as "up to 50 million yuan": its tiers are not published.
 */
export const JIASHAN_2023: PolicyDefinition = {
  id: PACK,
  version: '1.0.0',
  name: {
    en: 'Jiashan County innovation funding and government services (2023)',
    zh: '嘉善县科技创新扶持与政务服务（2023）',
  },
  jurisdiction: {
    level: 'county',
    name: { en: 'Jiashan County', zh: '嘉善县' },
    within: [
      { en: 'Jiaxing', zh: '嘉兴市' },
      { en: 'Zhejiang Province', zh: '浙江省' },
    ],
    area: { en: 'Jiashan county development zone', zh: '嘉善县开发区' },
  },
  source: { document: DOCUMENT, title: TITLE, published: SINCE, dateEvidence: [QUOTES.date] },
  validity: { note: { en: 'No expiry stated in the source.', zh: '原文未规定有效期。' } },
  audience: semiconductorAudience([QUOTES.saijin, QUOTES.hardwareAndTalents], { interpretation: 'jiashanAudience', is: 'semiconductors' }),
  interpretations: [
    AUDIENCE_READING,
    {
      id: 'jiashanCommitments',
      label: { en: 'Whom Jiashan\'s consultations and agency team serve', zh: '嘉善县会商与代办专班的适用范围' },
      question: {
        en: 'The report describes face-to-face consultations held for three named projects and a dedicated agency team assigned to one of them (Xinghui); it does not say whether another project would be served the same way.',
        zh: '报道所述面对面会商针对三个具名项目，代办专班针对其中之一（星辉）；未说明其他项目能否获得同样服务。',
      },
      citations: [QUOTES.consultations, QUOTES.agency, QUOTES.agencyRecord],
      default: 'comparable-projects',
      options: [
        {
          value: 'comparable-projects',
          label: { en: 'A comparable project can expect the same', zh: '同类项目可望同等对待' },
          rationale: {
            en: 'The consultations were held "for various projects, including" the three named, and agency services "have been provided for 264 projects": the report presents them as services of the county, not favours to three projects. No figure is attached, so the reading adds no money.',
            zh: '会商针对“多个项目，包括”所列三个项目，代办服务“已为264个项目提供”：报道将其作为县里的常规服务，而非对三个项目的特殊安排。两者均无金额，此读法不增加任何资金。',
          },
        },
        {
          value: 'named-projects-only',
          label: { en: 'The named projects only', zh: '仅限具名项目' },
          rationale: {
            en: 'The report records what was done for named projects; nothing in it commits the county to do the same for another.',
            zh: '报道记录的是为具名项目所做的工作，并未承诺对其他项目同样办理。',
          },
        },
      ],
    },
  ],
  rules: [
    {
      id: `${PACK}/tiered-funding`,
      label: { en: 'Tiered funding support for technology-based SMEs', zh: '科技型中小企业梯度资助' },
      instrument: 'grant',
      scope: 'project',
      citation: QUOTES.tiered,
      parameters: {
        ceiling: parameter('50000000', 'CNY', 'tiered funding ceiling', '梯度资助上限', QUOTES.tiered, SINCE),
        tiers: {
          value: null,
          unit: 'tiers',
          label: { en: 'tiers of the funding support (not published)', zh: '资助分档（未公布）' },
          citation: QUOTES.tiered,
          since: SINCE,
        },
      },
      eligibility: [
        {
          when: { fact: 'enterprise.technologyBasedSME', is: true },
          met: { en: 'The enterprise is a technology-based small or medium-sized enterprise.', zh: '企业为科技型中小企业。' },
          unmet: { en: 'The enterprise is not a technology-based small or medium-sized enterprise.', zh: '企业不是科技型中小企业。' },
        },
      ],
      amount: { block: 'tiered', ceiling: { param: 'ceiling' }, tiers: { param: 'tiers' } },
      notes: [
        {
          en: 'Only the top of the system is stated ("up to 50 million yuan"). A caller who knows the tiers passes them as an override of the parameter "tiers" (a base fact and brackets) and gets a computed amount.',
          zh: '原文只给出最高额度（“最高5000万元”）。知道分档标准的调用方可通过覆盖参数“tiers”（计算基数与分档）得到计算金额。',
        },
      ],
    },
    offer({
      id: `${PACK}/hardware-investment-subsidy`,
      label: { en: 'Subsidies for hardware investment', zh: '硬件投入补助' },
      instrument: 'grant',
      citation: QUOTES.hardwareAndTalents,
      offer: { en: 'government subsidies for hardware investment', zh: '政府对硬件投入的补助' },
      notes: [
        {
          en: 'Known from a company that received them; the rate, ceiling and conditions are not stated.',
          zh: '由获补企业提及；比例、上限与条件均未说明。',
        },
      ],
    }),
    offer({
      id: `${PACK}/rd-talent-policies`,
      label: { en: 'Supporting policies for R&D talents', zh: '研发人才引进配套政策' },
      instrument: 'unspecified',
      citation: QUOTES.hardwareAndTalents,
      offer: { en: 'supporting policies for the introduction of R&D talents', zh: '引进研发人才的配套政策' },
    }),
    offer({
      id: `${PACK}/approval-agency`,
      label: { en: 'Customised agency services for approvals', zh: '定制化审批代办服务' },
      instrument: 'service',
      citation: QUOTES.agency,
      alsoCites: [QUOTES.agencyTiming, QUOTES.agencyRecord],
      eligibility: forNamedProjects([JIASHAN_PROJECTS.xinghui], XINGHUI),
      offer: {
        en: 'a dedicated team that follows the project and handles its certificates and approvals, timed so that construction can start as soon as possible',
        zh: '专班跟进项目、代办证照审批，统筹办证时序，确保项目尽早开工',
      },
      figures: [
        { label: { en: 'processing time saved', zh: '节省的办理时间' }, value: '1', unit: 'months', qualifier: 'about', citation: QUOTES.agencyRecord },
        { label: { en: 'projects served by agency services', zh: '已提供代办服务的项目' }, value: '264', unit: 'count', citation: QUOTES.agencyRecord },
      ],
    }),
    offer({
      id: `${PACK}/licensing-consultations`,
      label: { en: 'Face-to-face consultations on preliminary licensing', zh: '前期审批事项面对面会商' },
      instrument: 'service',
      citation: QUOTES.consultations,
      alsoCites: [QUOTES.consultationsAim],
      eligibility: forNamedProjects(Object.values(JIASHAN_PROJECTS), THREE_PROJECTS),
      offer: {
        en: 'face-to-face consultations on the project\'s preliminary licensing matters, to promote an early start',
        zh: '就项目前期审批事项面对面会商，推动项目早开工',
      },
    }),
    offer({
      id: `${PACK}/completion-acceptance`,
      label: { en: 'Completion acceptance services', zh: '竣工验收服务' },
      instrument: 'service',
      citation: QUOTES.completion,
      offer: {
        en: 'improved completion acceptance services and multi-departmental linkage at the end of construction',
        zh: '项目建设后期的竣工验收服务与多部门联动',
      },
    }),
    offer({
      id: `${PACK}/high-tech-cultivation`,
      label: { en: 'High-tech enterprise cultivation and guidance', zh: '高新技术企业培育与精准指导' },
      instrument: 'service',
      citation: QUOTES.cultivation,
      offer: {
        en: 'a place in the high-tech enterprise cultivation pool and guidance matched to the enterprise\'s innovation ability',
        zh: '纳入高新技术企业培育库，并按企业创新能力精准指导',
      },
    }),
    offer({
      id: `${PACK}/incubation-base`,
      label: { en: 'Pilot incubation base for scientific results', zh: '科技成果转化中试孵化基地' },
      instrument: 'service',
      citation: QUOTES.incubation,
      offer: {
        en: 'a pilot incubation base for the transformation of scientific and technological achievements',
        zh: '科技成果转化中试孵化基地',
      },
    }),
  ],
  groups: [],
  funds: [
    {
      id: 'annual-budget',
      label: { en: 'Jiashan annual support budget (derived, a lower bound)', zh: '嘉善县年度扶持预算（推算，下限）' },
      amount: DERIVED_BUDGET,
      period: 'year',
      citation: QUOTES.programme,
      derivation: {
        en: 'Not stated: over 75,000,000 paid is 84% of it, so it is over 75,000,000 ÷ 0.84 = 89,285,714.2857…, at least 89,285,714.28 (rounded down, to stay a lower bound). A lower bound, not a stated pool.',
        zh: '原文未直接说明：已兑现逾7500万元占其84%，故超过 75,000,000 ÷ 0.84 = 89,285,714.2857…，至少89,285,714.28元（向下取整到分，以保持为下限）。此为下限，并非规定的资金总额。',
      },
      bound: 'lower',
    },
  ],
  facts: [],
  programmeFacts: [
    {
      id: 'support-paid',
      label: { en: 'Support funds paid out this year', zh: '本年度已兑现扶持资金' },
      value: '75000000',
      unit: 'CNY',
      qualifier: 'over',
      citations: [QUOTES.programme],
    },
    {
      id: 'budget-share-paid',
      label: { en: 'Share of the annual budget paid', zh: '年度预算完成比例' },
      value: '0.84',
      unit: 'ratio',
      citations: [QUOTES.programme],
    },
    {
      id: 'annual-budget',
      label: { en: 'Annual support budget (derived, a lower bound)', zh: '年度扶持预算（推算，下限）' },
      value: DERIVED_BUDGET_CENTS,
      unit: 'CNY',
      qualifier: 'over',
      citations: [QUOTES.programme],
      derivation: {
        en: 'Over 75,000,000 paid is 84% of the annual budget, so the budget is over 75,000,000 ÷ 0.84 = 89,285,714.2857…, 89,285,714.28 rounded down to the cent so that it stays a lower bound (about 89,290,000). A lower bound, and only as exact as the reported 84%.',
        zh: '已兑现逾7500万元，占年度预算84%，故预算超过 75,000,000 ÷ 0.84 = 89,285,714.2857…，向下取整到分为89,285,714.28元（以保持为下限，约8929万元）。此为下限，精度取决于报道的84%。',
      },
    },
    {
      id: 'agency-projects',
      label: { en: 'Projects served by agency services', zh: '已提供代办服务的项目' },
      value: '264',
      unit: 'count',
      citations: [QUOTES.agencyRecord],
    },
    {
      id: 'high-tech-target',
      label: { en: 'New high-tech enterprises targeted this year', zh: '本年度新增高新技术企业目标' },
      value: '100',
      unit: 'count',
      qualifier: 'over',
      citations: [QUOTES.targets],
    },
    {
      id: 'sme-target',
      label: { en: 'New small and medium-sized science and technology enterprises targeted this year', zh: '本年度新增科技型中小企业目标' },
      value: '150',
      unit: 'count',
      qualifier: 'over',
      citations: [QUOTES.targets],
    },
  ],
  limitations: [
    {
      en: 'The tiers of the "up to 50 million yuan" funding system are not published: without a tier table the item shows the ceiling, basis "ceiling", not a computed amount.',
      zh: '“最高5000万元”梯度资助的分档标准未公布：未提供分档表时，此项列示上限（依据为“上限”），而非计算金额。',
    },
    {
      en: 'The hardware investment subsidies and the R&D talent policies are known only from a company that received them; their terms are not stated.',
      zh: '硬件投入补助与研发人才政策仅由获补企业提及，条件未说明。',
    },
    {
      en: 'The consultations and the dedicated agency team were reported for named projects; whether another project is served the same way is not stated (interpretation jiashanCommitments). A named project says so with sourceProjects.',
      zh: '会商与代办专班是针对具名项目报道的；其他项目能否获得同样服务未作说明（解释 jiashanCommitments）。具名项目可通过 sourceProjects 说明。',
    },
    {
      en: 'The annual budget is not stated; the figure in the pack\'s programme facts is derived from the share paid, and is a lower bound.',
      zh: '年度预算未直接说明；本政策包中的数字由已兑现比例推算，为下限。',
    },
  ],
};
