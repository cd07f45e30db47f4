import type { AmountSpec, EligibilityTest, RuleDefinition } from '../../engine/definition.js';
import { PARAMETERS } from './parameters.js';
import { QUOTES } from './source.js';

const PACK = 'qingshan-lake-2018';

// Eligibility tests shared by the "four 6-million".
const HAS_STARTUP: EligibilityTest = {
  when: { fact: 'talentStartup.founder', present: true },
  met: { en: 'The project includes a talent startup.', zh: '项目包含人才创业项目。' },
  unmet: { en: 'The project describes no talent startup.', zh: '项目未描述人才创业项目。' },
};
const FOUNDER_HIGH_LEVEL: EligibilityTest = {
  appliesIf: { interpretation: 'startupFounder', is: 'high-level' },
  when: { fact: 'talentStartup.founder.highLevel', is: true },
  met: { en: 'The founder is a high-level talent.', zh: '创始人为高层次人才。' },
  unmet: { en: 'The founder is not a high-level talent.', zh: '创始人不是高层次人才。' },
};
const FOUNDER_QUALIFIED: EligibilityTest = {
  appliesIf: { interpretation: 'startupFounder', is: 'qualified' },
  when: { fact: 'talentStartup.founder.qualified', is: true },
  met: { en: 'The founder is a qualified talent.', zh: '创始人为符合条件的人才。' },
  unmet: { en: 'The founder is not a qualified talent.', zh: '创始人不是符合条件的人才。' },
};
// Read as the high-level talent support itself, the "four 6-million" end when it expires (see incrementalOverlap).
const SUPPORT_NOT_EXPIRED: EligibilityTest = {
  appliesIf: { all: [{ fact: 'talentSupport.expiresOn', present: true }, { interpretation: 'incrementalOverlap', is: 'after-expiry' }] },
  when: { not: { fact: 'talentSupport.expired', is: true } },
  met: {
    en: 'The project\'s high-level talent support has not expired on the assessment date.',
    zh: '评估日项目的高层次人才政策支持尚未到期。',
  },
  unmet: {
    en: 'The project\'s high-level talent support expired before the assessment date: read as the “four 6-million” themselves, they are not granted again beside the incremental support that follows (interpretation incrementalOverlap: after-expiry).',
    zh: '项目的高层次人才政策支持已于评估日前到期：“四个600万”即理解为该支持，不再与其后的增量支持同时给予（解释 incrementalOverlap：after-expiry）。',
  },
};
const QUALIFIED_TALENT: EligibilityTest = {
  when: { fact: 'talent.qualified', is: true },
  met: { en: 'The talent is a qualified talent.', zh: '该人才为符合条件的人才。' },
  unmet: { en: 'The talent is not a qualified talent.', zh: '该人才不是符合条件的人才。' },
};

// Whom the co-investment is for; under the default reading no test applies (the source states no condition).
const CO_INVESTMENT_SCOPE: EligibilityTest[] = [
  {
    appliesIf: { interpretation: 'coInvestmentScope', is: 'first-class-entities' },
    when: { fact: 'classification.firstClassEntity', is: true },
    met: {
      en: 'The project is a world first-class enterprise, R&D organisation or Nobel Prize winner\'s organisation (interpretation coInvestmentScope: first-class-entities).',
      zh: '项目为世界一流企业、研发机构或诺贝尔奖得主机构（解释 coInvestmentScope：first-class-entities）。',
    },
    unmet: {
      en: 'The project is not stated to be a world first-class enterprise, R&D organisation or Nobel Prize winner\'s organisation (interpretation coInvestmentScope: first-class-entities).',
      zh: '项目未说明为世界一流企业、研发机构或诺贝尔奖得主机构（解释 coInvestmentScope：first-class-entities）。',
    },
  },
  {
    appliesIf: { interpretation: 'coInvestmentScope', is: 'focus-sectors' },
    when: {
      any: [
        { fact: 'activities', includesAny: ['design', 'design-services', 'packaging-testing', 'equipment'] },
        { fact: 'deviceTypes', includesAny: ['sensor', 'mems'] },
        { fact: 'targetMarkets', includesAny: ['iot'] },
      ],
    },
    met: {
      en: 'The project is in one of the town\'s focus sectors: chip design, test, semiconductor equipment, smart sensors or IoT applications (interpretation coInvestmentScope: focus-sectors).',
      zh: '项目属于小镇重点方向之一：芯片设计、测试、半导体装备、智能传感器或物联网应用（解释 coInvestmentScope：focus-sectors）。',
    },
    unmet: {
      en: 'The project states none of the town\'s focus sectors: no design, design-services, packaging-testing or equipment activity, no sensor or mems device, no iot market (interpretation coInvestmentScope: focus-sectors).',
      zh: '项目未说明属于小镇任何重点方向：无 design、design-services、packaging-testing 或 equipment 业务，无 sensor 或 mems 器件，无 iot 市场（解释 coInvestmentScope：focus-sectors）。',
    },
  },
];

const ratioShare = (ceiling: string): AmountSpec => ({
  block: 'capped-share',
  rate: { param: 'rate' },
  base: { fact: 'investment.eligible' },
  ceiling: { param: ceiling },
});

function fourSixMillion(name: string, en: string, zh: string, instrument: 'grant' | 'equity', requested: string): RuleDefinition {
  return {
    id: `${PACK}/${name}`,
    label: { en, zh },
    instrument,
    scope: 'project',
    citation: QUOTES.fourSixMillion,
    parameters: { ceiling: PARAMETERS.fourSixMillion },
    eligibility: [HAS_STARTUP, FOUNDER_HIGH_LEVEL, FOUNDER_QUALIFIED, SUPPORT_NOT_EXPIRED],
    amount: { block: 'flat-ceiling', ceiling: { param: 'ceiling' }, requested: { fact: requested } },
  };
}

/** The rules of the Qingshan Lake package, in the order of the report. */
export const RULES: RuleDefinition[] = [
  {
    id: `${PACK}/project-co-investment`,
    label: { en: 'Project co-investment', zh: '项目配套资助' },
    instrument: 'grant',
    scope: 'project',
    citation: QUOTES.coInvestment,
    parameters: PARAMETERS.coInvestment,
    eligibility: CO_INVESTMENT_SCOPE,
    amount: {
      block: 'cases',
      cases: [
        {
          when: { fact: 'classification.particularlyImportant', is: true },
          then: {
            block: 'by-interpretation',
            interpretation: 'majorProject',
            options: {
              'ratio-applies': ratioShare('importantCeiling'),
              'ceiling-only': { block: 'flat-ceiling', ceiling: { param: 'importantCeiling' } },
            },
          },
        },
      ],
      otherwise: ratioShare('ceiling'),
    },
  },
  {
    id: `${PACK}/policy-fund-equity`,
    label: { en: 'Industry policy fund investment', zh: '产业政策基金投资' },
    instrument: 'equity',
    scope: 'project',
    citation: QUOTES.policyFund,
    parameters: PARAMETERS.policyFund,
    eligibility: [
      {
        when: { fact: 'classification.leadingIndustryDirection', is: true },
        met: { en: 'The project is in line with the leading industry directions.', zh: '项目符合主导产业方向。' },
        unmet: { en: 'The project is not in line with the leading industry directions.', zh: '项目不符合主导产业方向。' },
      },
    ],
    exit: 'profit-given-away',
    amount: {
      block: 'by-interpretation',
      interpretation: 'policyFundBase',
      options: {
        'actual-investment': { block: 'capped-share', rate: { param: 'rate' }, base: { fact: 'investment.actual' } },
        'excluding-infrastructure': { block: 'capped-share', rate: { param: 'rate' }, base: { fact: 'investment.eligible' } },
      },
    },
    notes: [
      {
        en: 'The fund "can withdraw to give away the profit": on exit it may leave its share of the profit to the project. The report gives no exit terms (holding period, buy-back price).',
        zh: '该基金“可退出让利”：退出时可将其应得收益让予项目。报道未给出退出条件（持有期限、回购价格）。',
      },
      {
        en: 'Equity is an investment in the project, not a grant: it is counted in the equity total.',
        zh: '股权投资是对项目的投资而非补助，计入股权合计。',
      },
    ],
  },
  {
    id: `${PACK}/talent-housing-purchase`,
    label: { en: 'Talent housing purchase subsidy', zh: '人才购房补贴' },
    instrument: 'housing-subsidy',
    scope: 'talent',
    concerns: { fact: 'talent.housingPurchase.price', present: true },
    citation: QUOTES.housing,
    parameters: PARAMETERS.housing,
    eligibility: [QUALIFIED_TALENT],
    amount: { block: 'flat-ceiling', ceiling: { param: 'ceiling' }, requested: { fact: 'talent.housingPurchase.price' } },
    notes: [
      {
        en: 'The subsidy is bounded by the purchase price as well as by its ceiling (600,000 in the source): a subsidy cannot exceed what was paid (the report does not say so; the library assumes it).',
        zh: '补贴不超过其上限（原文为60万元），也不超过购房价格：补贴不多于实际支付的房款（报道未作说明，本库据此假定）。',
      },
    ],
  },
  {
    id: `${PACK}/talent-rent`,
    label: { en: 'Talent rent subsidy', zh: '人才租房补贴' },
    instrument: 'rent-subsidy',
    scope: 'talent',
    concerns: { fact: 'talent.rent.monthly', present: true },
    citation: QUOTES.housing,
    parameters: PARAMETERS.rent,
    eligibility: [QUALIFIED_TALENT],
    amount: {
      block: 'per-period',
      perPeriodCeiling: { param: 'monthlyCeiling' },
      maxPeriods: { param: 'months' },
      periodAmount: { fact: 'talent.rent.monthly' },
      periods: { fact: 'talent.rent.months' },
      start: { fact: 'talent.rent.start' },
    },
    notes: [
      {
        en: '"Three consecutive years" is read as monthly payments from the first month of rent: 36 months in the source (parameter months).',
        zh: '“连续三年”理解为自起租月起按月发放：原文为36个月（参数 months）。',
      },
    ],
  },
  fourSixMillion('startup-fund', '“Four 6-million”: entrepreneurship start-up fund', '“四个600万”：创业启动资金',
    'grant', 'talentStartup.requested.startupFund'),
  fourSixMillion('share-investment', '“Four 6-million”: share investment', '“四个600万”：股权投资',
    'equity', 'talentStartup.requested.shareInvestment'),
  fourSixMillion('venture-capital', '“Four 6-million”: government venture capital', '“四个600万”：政府创投资金',
    'equity', 'talentStartup.requested.ventureCapital'),
  {
    id: `${PACK}/loan-interest-subsidy`,
    label: { en: '“Four 6-million”: loan interest subsidy', zh: '“四个600万”：贷款贴息' },
    instrument: 'interest-subsidy',
    scope: 'project',
    citation: QUOTES.fourSixMillion,
    parameters: { ceiling: PARAMETERS.fourSixMillion, share: PARAMETERS.loanInterestShare },
    eligibility: [HAS_STARTUP, FOUNDER_HIGH_LEVEL, FOUNDER_QUALIFIED, SUPPORT_NOT_EXPIRED],
    amount: { block: 'interest-subsidy', ceiling: { param: 'ceiling' }, loans: { fact: 'talentStartup.loans' }, share: { param: 'share' } },
    notes: [
      {
        en: 'The report does not say how the interest is counted.',
        zh: '报道未说明利息如何计算。',
      },
      {
        en: 'The report states only the 6 million cap, not the share of the interest subsidised: the library assumes the whole interest (parameter share = 1). A caller who knows the share overrides it: the subsidy is then that share of the interest cumulated to each due date, rounded once to the cent.',
        zh: '报道只给出600万元上限，未说明贴息比例：本库假定全额贴息（参数 share = 1）。知道比例的调用方可覆盖该参数：届时贴息为截至每个到期日累计利息乘以该比例，四舍五入到分。',
      },
    ],
  },
  {
    id: `${PACK}/incremental-support`,
    label: { en: 'Incremental support after the high-level talent support', zh: '高层次人才政策到期后的增量支持' },
    instrument: 'grant',
    scope: 'project',
    citation: QUOTES.incremental,
    parameters: PARAMETERS.incremental,
    eligibility: [
      {
        when: { fact: 'talentSupport.expiresOn', present: true },
        met: { en: 'The project has had high-level talent support.', zh: '项目曾获高层次人才政策支持。' },
        unmet: { en: 'The project states no high-level talent support.', zh: '项目未说明高层次人才政策支持。' },
      },
      {
        appliesIf: { fact: 'talentSupport.expiresOn', present: true },
        when: { fact: 'talentSupport.expired', is: true },
        met: { en: 'The high-level talent support expired before the assessment date.', zh: '高层次人才政策支持已于评估日前到期。' },
        unmet: { en: 'The high-level talent support has not expired on the assessment date.', zh: '评估日高层次人才政策支持尚未到期。' },
      },
      {
        appliesIf: { fact: 'talentSupport.expiresOn', present: true },
        when: { fact: 'talentSupport.highPotential', is: true },
        met: { en: 'The project is judged to have high potential.', zh: '项目被认定为具有高成长潜力。' },
        unmet: { en: 'The project is not judged to have high potential.', zh: '项目未被认定为具有高成长潜力。' },
      },
      {
        appliesIf: { interpretation: 'incrementalTalent', is: 'high-level-founder' },
        when: { fact: 'talentStartup.founder.highLevel', is: true },
        met: {
          en: 'The project\'s talent startup was founded by a high-level talent (interpretation incrementalTalent: high-level-founder).',
          zh: '项目的人才创业项目由高层次人才创办（解释 incrementalTalent：high-level-founder）。',
        },
        unmet: {
          en: 'The project states no talent startup founded by a high-level talent (interpretation incrementalTalent: high-level-founder).',
          zh: '项目未说明由高层次人才创办的人才创业项目（解释 incrementalTalent：high-level-founder）。',
        },
      },
    ],
    paidByPlanWhen: { interpretation: 'incrementalPayment', is: 'caller-plan' },
    amount: {
      block: 'flat-ceiling',
      ceiling: { param: 'ceiling' },
      requested: { fact: 'talentSupport.incrementalRequested' },
    },
    notes: [
      {
        en: 'The report ties the support to "the actual performance" without a formula: the amount is what the project asks for, up to the ceiling (20 million in the source), or the ceiling when it asks for nothing.',
        zh: '报道称“根据实际业绩”给予支持，但无计算公式：金额为项目申请额，不超过上限（原文为2000万元），未申请时列示上限。',
      },
      {
        en: 'The report says the support is provided "in increments" without their number or dates: read as one payment on the assessment date (interpretation incrementalPayment: one-payment), or in parts by the caller\'s payment plan (caller-plan).',
        zh: '报道称该支持“以增量方式给予”，未说明次数与日期：默认理解为评估日一次发放（解释 incrementalPayment：one-payment），或按调用方的发放计划分次发放（caller-plan）。',
      },
    ],
  },
];
