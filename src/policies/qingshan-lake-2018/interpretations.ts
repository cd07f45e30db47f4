import type { InterpretationDefinition } from '../../engine/definition.js';
import { QUOTES } from './source.js';

/** What the Qingshan Lake report leaves open, with the library's default reading first. */
export const INTERPRETATIONS: InterpretationDefinition[] = [
  {
    id: 'majorProject',
    label: { en: 'Ceiling for particularly important projects', zh: '特别重大项目的资助上限' },
    question: {
      en: 'The report raises the support to "up to 100 million RMB" for particularly important projects but does not say whether the limit of 30% of the investment still applies.',
      zh: '报道称特别重大项目最高可获1亿元资助，但未说明实际投资30%的比例限制是否仍然适用。',
    },
    citations: [QUOTES.coInvestment, QUOTES.importantProjects],
    default: 'ratio-applies',
    options: [
      {
        value: 'ratio-applies',
        label: { en: 'The 30% limit still applies', zh: '30%比例限制仍然适用' },
        rationale: {
          en: 'The 100 million sentence opens with "Furthermore" after the 30% rule and names only a higher ceiling; reading it as lifting the ceiling alone is the cautious reading: min(100,000,000, 30% × eligible investment).',
          zh: '1亿元一句以“此外”承接30%的规定，只提到更高的上限；理解为仅提高上限是审慎的读法：min(1亿元, 30% × 不含基础设施的实际投资)。',
        },
      },
      {
        value: 'ceiling-only',
        label: { en: 'Up to 100 million whatever the ratio', zh: '不受比例限制，最高1亿元' },
        rationale: {
          en: 'The 100 million sentence states no ratio: a particularly important project may receive up to 100,000,000, shown as the ceiling (basis "ceiling").',
          zh: '1亿元一句未提比例：特别重大项目最高可获1亿元，按上限列示（依据为“上限”）。',
        },
      },
    ],
  },
  {
    id: 'policyFundBase',
    label: { en: 'Base of the policy-fund investment', zh: '产业政策基金投资的计算基数' },
    question: {
      en: 'The policy fund may invest "as high as 50% of the actual investment"; the report excludes infrastructure for the co-investment but says nothing of it here.',
      zh: '产业政策基金投资“最高可达实际投资的50%”；报道对配套资助排除了基础设施，此处却未提及。',
    },
    citations: [QUOTES.policyFund, QUOTES.coInvestment],
    default: 'actual-investment',
    options: [
      {
        value: 'actual-investment',
        label: { en: '50% of the actual investment', zh: '实际投资的50%' },
        rationale: {
          en: 'The literal text: "50% of the actual investment", with no exclusion.',
          zh: '按字面：“实际投资的50%”，未作排除。',
        },
      },
      {
        value: 'excluding-infrastructure',
        label: { en: '50% of the actual investment excluding infrastructure', zh: '不含基础设施实际投资的50%' },
        rationale: {
          en: 'Read the base as the co-investment\'s two sentences earlier: the actual investment excluding infrastructure.',
          zh: '与前文配套资助的基数一致：不含基础设施的实际投资。',
        },
      },
    ],
  },
  {
    id: 'housingBenefits',
    label: { en: 'A talent who both buys and rents', zh: '既购房又租房的人才' },
    question: {
      en: 'The report offers qualified talents a housing purchase subsidy "and" a rental subsidy without saying whether one talent may have both.',
      zh: '报道对符合条件的人才给予购房补贴“和”租房补贴，但未说明同一人才能否同时享受。',
    },
    citations: [QUOTES.housing],
    default: 'one-per-talent',
    options: [
      {
        value: 'one-per-talent',
        label: { en: 'One housing benefit per talent: the larger', zh: '每位人才享受一项住房补贴，取较高者' },
        rationale: {
          en: 'Both subsidies meet the same need for a home; paying both to one talent would double a benefit the text does not clearly double. The cautious reading: the talent keeps the larger, the other item says why it is not claimable.',
          zh: '两项补贴解决的是同一住房需求；同时发放等于双倍享受，而原文并未明确如此。审慎读法：保留较高的一项，另一项注明原因。',
        },
      },
      {
        value: 'stack',
        label: { en: 'Both benefits', zh: '两项均可享受' },
        rationale: {
          en: 'The text joins the two with "and" and states no rule against combining them.',
          zh: '原文以“和”并列两项，且未规定不得同时享受。',
        },
      },
    ],
  },
  {
    id: 'startupFounder',
    label: { en: 'Who may claim the “four 6-million”', zh: '“四个600万”的适用对象' },
    question: {
      en: 'The report introduces the "four 6-million" only with "In terms of talents"; the next sentence speaks of "the high-level talent support policy".',
      zh: '报道仅以“在人才方面”引出“四个600万”，下一句提到“高层次人才政策支持”。',
    },
    citations: [QUOTES.fourSixMillion, QUOTES.incremental],
    default: 'high-level',
    options: [
      {
        value: 'high-level',
        label: { en: 'A startup founded by a high-level talent', zh: '高层次人才创办的企业' },
        rationale: {
          en: 'The "four 6-million" are read as the high-level talent support policy whose expiry the next sentence mentions; the cautious reading.',
          zh: '将“四个600万”理解为下一句所说到期的高层次人才支持政策；审慎读法。',
        },
      },
      {
        value: 'qualified',
        label: { en: 'A startup founded by any qualified talent', zh: '任何符合条件的人才创办的企业' },
        rationale: {
          en: 'The sentence itself says only "In terms of talents".',
          zh: '该句本身只说“在人才方面”。',
        },
      },
    ],
  },
  {
    id: 'coInvestmentScope',
    label: { en: 'Which projects the co-investment is for', zh: '项目配套资助的适用范围' },
    question: {
      en: 'The spokesperson funds "innovative projects" from the annual fund, then "encourages" well known companies and "supports" world first-class enterprises, R&D organizations and Nobel Prize winners, then says "We will match up to 30 million RMB" of "the project\'s actual investment" without saying which projects; the town\'s announced focus is chip design, test and certification, key semiconductor equipment, smart sensors and IoT applications.',
      zh: '发言人先说年度资金用于资助“创新项目”，再说“鼓励”知名企业、“支持”世界一流企业、研发机构和诺贝尔奖得主，随后说“按项目实际投资最高配套3000万元”，未说明适用于哪些项目；小镇公布的重点方向是芯片设计、测试认证、关键半导体装备制造、智能传感器和物联网应用。',
    },
    citations: [QUOTES.annualFund, QUOTES.firstClass, QUOTES.coInvestment, QUOTES.focusSectors, QUOTES.designatedFocus],
    default: 'innovative-projects',
    options: [
      {
        value: 'innovative-projects',
        label: { en: 'Any innovative project in the town', zh: '小镇的任何创新项目' },
        rationale: {
          en: 'The co-investment sentence names no class of beneficiary: it speaks of "the project" the fund of the sentence before supports ("innovative projects"), and the sentence about first-class enterprises encourages and supports without stating a condition. Reading a narrower class into it would add a condition the text does not state; the pack\'s audience already limits it to semiconductor projects. This is the broadest of the three readings: the other two are shown as alternatives.',
          zh: '配套资助一句未限定受益对象：所说的“项目”即前文年度资金所资助的“创新项目”；一流企业一句只是鼓励和支持，未规定条件。将其限于更窄的范围会增加原文没有的条件；本政策的适用对象已限定为半导体项目。这是三种读法中最宽的一种，另两种列为备选。',
        },
      },
      {
        value: 'first-class-entities',
        label: { en: 'First-class enterprises, R&D organisations and Nobel Prize winners', zh: '世界一流企业、研发机构和诺贝尔奖得主' },
        rationale: {
          en: 'The co-investment follows directly the sentence that supports world first-class enterprises, R&D organizations and Nobel Prize winners establishing regional headquarters, R&D centres and strategic scientific organisations: "We will match" reads as the support that sentence promises. The project states it with classification.firstClassEntity.',
          zh: '配套资助紧接支持世界一流企业、研发机构和诺贝尔奖得主设立区域总部、研发中心和战略科研机构的一句：“将配套”可理解为该句所承诺的支持。项目以 firstClassEntity 说明。',
        },
      },
      {
        value: 'focus-sectors',
        label: { en: 'Projects in the town\'s focus sectors', zh: '小镇重点方向的项目' },
        rationale: {
          en: 'The town was formed with focuses on chip design, test and certification, key semiconductor equipment manufacturing, smart sensors and IoT applications: its money goes to those. Read from the project\'s facts: activities design, design-services, packaging-testing or equipment; devices sensor or mems; or the iot market.',
          zh: '小镇设立时的重点是芯片设计、测试认证、关键半导体装备制造、智能传感器和物联网应用，资金用于这些方向。依项目事实判断：业务为 design、design-services、packaging-testing 或 equipment；器件为 sensor 或 mems；或目标市场为 iot。',
        },
      },
    ],
  },
  {
    id: 'incrementalPayment',
    label: { en: 'How the incremental support is paid', zh: '增量支持的发放方式' },
    question: {
      en: 'The report says the support "will be provided in increments" but states neither how many increments nor when they are paid.',
      zh: '报道称该支持“以增量方式给予”，但未说明分几次、何时发放。',
    },
    citations: [QUOTES.incremental],
    default: 'one-payment',
    options: [
      {
        value: 'one-payment',
        label: { en: 'One payment on the assessment date', zh: '评估日一次发放' },
        rationale: {
          en: 'The report gives no number of increments and no dates, and "in increments" may render that the support is incremental (added after the support that expired) rather than paid in instalments. The library dates the whole amount on the assessment date, the only date it has: the earliest possible, so a present value computed from it is an upper bound. The amount is the same under either reading.',
          zh: '报道既未给出分次数量也未给出日期，且“增量”可能指在到期的支持之后追加的支持，而非分期发放。本库将全部金额计于评估日，这是唯一可用的日期，也是最早的日期，据此计算的现值为上限。两种读法下金额相同。',
        },
      },
      {
        value: 'caller-plan',
        label: { en: 'In parts, by the caller\'s payment plan', zh: '按调用方的发放计划分次发放' },
        rationale: {
          en: 'Read "in increments" as instalments: only a payment plan the caller gives for the rule (options.schedules) can date them; without one the item is not granted, since the library does not invent dates.',
          zh: '将“增量”理解为分期发放：只有调用方为此项提供的发放计划才能确定日期；未提供时此项不予计入，本库不编造日期。',
        },
      },
    ],
  },
  {
    id: 'incrementalTalent',
    label: { en: 'Whether the incremental support needs a high-level talent', zh: '增量支持是否要求高层次人才' },
    question: {
      en: 'The support follows "the expiration of the high-level talent support policy" and goes "to those with high potentials"; the report does not say whether the project must have a high-level talent.',
      zh: '该支持在“高层次人才政策支持到期后”给予“具有高成长潜力者”；报道未说明项目是否须有高层次人才。',
    },
    citations: [QUOTES.incremental, QUOTES.fourSixMillion],
    default: 'high-level-founder',
    options: [
      {
        value: 'high-level-founder',
        label: { en: 'A talent startup founded by a high-level talent', zh: '由高层次人才创办的人才创业项目' },
        rationale: {
          en: 'What expired is the high-level talent support, which a project has through a high-level talent; read with the "four 6-million" (interpretation startupFounder), that talent is the founder of the project\'s talent startup. The cautious reading: the project must state a startup founded by a high-level talent.',
          zh: '到期的是高层次人才政策支持，项目因有高层次人才而获得；结合“四个600万”（解释 startupFounder），该人才即项目人才创业项目的创始人。审慎读法：项目须说明由高层次人才创办的创业项目。',
        },
      },
      {
        value: 'support-only',
        label: { en: 'Having had the support is enough', zh: '曾获该支持即可' },
        rationale: {
          en: 'The sentence names only the expiry of the support and a high potential; it sets no condition on who is on the project.',
          zh: '该句只提到支持到期和高成长潜力，未对项目人员提出条件。',
        },
      },
    ],
  },
  {
    id: 'incrementalOverlap',
    label: { en: 'The incremental support and the “four 6-million” on one date', zh: '增量支持与“四个600万”能否同时享受' },
    question: {
      en: 'The incremental support comes "after the expiration of the high-level talent support policy"; if that policy is the "four 6-million" of the sentence before, granting both on the same date counts the same support twice.',
      zh: '增量支持在“高层次人才政策支持到期后”给予；若该政策即前一句的“四个600万”，同一日期同时给予两者即重复计算。',
    },
    citations: [QUOTES.fourSixMillion, QUOTES.incremental],
    default: 'after-expiry',
    options: [
      {
        value: 'after-expiry',
        label: { en: 'Not both: the “four 6-million” end when the support expires', zh: '不可同时：支持到期后不再给予“四个600万”' },
        rationale: {
          en: 'The report states the incremental support right after the "four 6-million", as what follows the expiry of the high-level talent support: the library reads the "four 6-million" as that support (as interpretation startupFounder does). On a date after the project\'s support expired, the "four 6-million" are not granted again; before it, the incremental support is not due: the two never coincide, and nothing is counted twice.',
          zh: '报道紧接“四个600万”之后说明增量支持，作为高层次人才政策支持到期后的支持：本库将“四个600万”理解为该支持（与解释 startupFounder 一致）。项目支持到期后的日期不再给予“四个600万”；到期前增量支持尚未到期：两者不会同时发生，避免重复计算。',
        },
      },
      {
        value: 'independent',
        label: { en: 'Two separate policies: both may be granted', zh: '两项独立政策：可同时给予' },
        rationale: {
          en: 'The report does not name the high-level talent support policy; it may be another policy, in which case the "four 6-million" and the incremental support may be granted on the same date.',
          zh: '报道未指明高层次人才政策为何；若为另一政策，则“四个600万”与增量支持可在同一日期给予。',
        },
      },
    ],
  },
];
