import { parameter } from '../parameter.js';
import { QUOTES } from './source.js';

/** Every number of the Qingshan Lake package, with the sentence that states it. */
const SINCE = '2018-06-15';

export const PARAMETERS = {
  coInvestment: {
    /** "no more than 30% of the project's actual investment (excluding infrastructure)" */
    rate: parameter('0.3', 'ratio', 'share of the eligible investment', '不含基础设施实际投资的比例', QUOTES.coInvestment, SINCE),
    /** "match up to 30 million RMB" */
    ceiling: parameter('30000000', 'CNY', 'co-investment ceiling', '配套资助上限', QUOTES.coInvestment, SINCE),
    /** "for those particularly important projects ... up to 100 million RMB" */
    importantCeiling: parameter('100000000', 'CNY', 'ceiling for a particularly important project', '特别重大项目资助上限',
      QUOTES.importantProjects, SINCE),
  },
  policyFund: {
    /** "can be as high as 50% of the actual investment" */
    rate: parameter('0.5', 'ratio', 'share of the investment', '投资比例上限', QUOTES.policyFund, SINCE),
  },
  housing: {
    /** "a subsidy of up to 600,000 yuan for housing purchases" */
    ceiling: parameter('600000', 'CNY', 'housing purchase subsidy ceiling', '购房补贴上限', QUOTES.housing, SINCE),
  },
  rent: {
    /** "a rental subsidy of up to 2,000 yuan per month" */
    monthlyCeiling: parameter('2000', 'CNY/month', 'monthly rent subsidy ceiling', '每月租房补贴上限', QUOTES.housing, SINCE),
    /** "for three consecutive years" */
    months: parameter('36', 'months', 'three consecutive years (36 months)', '连续三年（36个月）',
      QUOTES.housing, SINCE),
  },
  /** "6 million" for each of the "four 6-million". */
  fourSixMillion: parameter('6000000', 'CNY', '“four 6-million” ceiling', '“四个600万”上限', QUOTES.fourSixMillion, SINCE),
  /**
   * The share of the loan interest subsidised. The report states only the 6 million cap ("6 million loan interest
   * subsidies"): the whole interest is the library's assumption, overridable.
   */
  loanInterestShare: parameter('1', 'ratio',
    'share of the interest subsidised (the source states only the 6 million cap; the library assumes the whole interest)',
    '贴息比例（原文只给出600万元上限；本库假定全额贴息）', QUOTES.fourSixMillion, SINCE),
  incremental: {
    /** "an additional support of up to 20 million yuan" */
    ceiling: parameter('20000000', 'CNY', 'incremental support ceiling', '增量支持上限', QUOTES.incremental, SINCE),
  },
  /** "Every year, we allocate 450 million RMB" */
  annualFund: '450000000',
} as const;
