import type { IsoDate } from '../dates/iso-date.js';
import { isAfterIsoDate } from '../dates/iso-date.js';
import type { Decimal } from '../money/decimal.js';
import { minus } from '../money/money.js';
import type { Loan, Project, Talent } from '../schema/project-types.js';
import type { Text } from './definition.js';

/** A value of a series fact: by calendar year, in ascending order of year. */
export type Series = ReadonlyArray<{ year: number; value: Decimal }>;

/** The facts a pack declares of its own, and the values the project states for them, read and checked. */
export interface PackFacts {
  declared: ReadonlyMap<string, Fact>;
  values: ReadonlyMap<string, unknown>;
}

/** What a fact is read against: the project, the assessment date, for talent rules the talent, and the pack's own facts. */
export interface FactContext {
  project: Project;
  asOf: IsoDate;
  talent?: Talent;
  /** The facts of the pack being evaluated; none, only the built-in facts are known. */
  pack?: PackFacts;
}

/** The kinds of value a fact can have. */
export type FactType = 'boolean' | 'amount' | 'date' | 'text' | 'count' | 'loans' | 'list' | 'rate' | 'amount-series' | 'count-series';

interface FactValueByType {
  boolean: boolean;
  amount: Decimal;
  date: IsoDate;
  text: string;
  count: number;
  loans: readonly Loan[];
  list: readonly string[];
  rate: Decimal;
  'amount-series': Series;
  'count-series': Series;
}

/** A named project fact that conditions and formulas may read. */
export interface Fact<T extends FactType = FactType> {
  type: T;
  /** `talent` facts exist only in rules that run once per talent. */
  scope: 'project' | 'talent';
  label: Text;
  /** For a choice a pack declares, the words it may take: a condition on another word could never hold. */
  values?: readonly string[];
  /** The value, or `undefined` when the project does not state it. */
  read: (context: FactContext) => FactValueByType[T] | undefined;
}

/** A fact by name: a built-in one, or one the pack being evaluated declares. */
export function lookupFact(name: string, context: Pick<FactContext, 'pack'>): Fact | undefined {
  if (isFactName(name)) return FACTS[name];
  return context.pack?.declared.get(name);
}

function fact<T extends FactType>(type: T, scope: 'project' | 'talent', en: string, zh: string,
  read: (context: FactContext) => FactValueByType[T] | undefined): Fact<T> {
  return { type, scope, label: { en, zh }, read };
}

function founder(context: FactContext): Talent | undefined {
  const name = context.project.talentStartup?.founder;
  return name === undefined ? undefined : context.project.talents.find((talent) => talent.name === name);
}

/**
 * Every fact a policy may read, by name. The engine knows no jurisdiction:
 * these are facts about a project, named after the input fields they come
 * from, plus a few derived ones (`investment.eligible`, `talentSupport.expired`).
 */
export const FACTS = {
  'asOf': fact('date', 'project', 'assessment date', '评估日期', (c) => c.asOf),
  'investment.actual': fact('amount', 'project', 'actual investment', '实际投资', (c) => c.project.investment.actual),
  'investment.infrastructure': fact('amount', 'project', 'infrastructure investment', '基础设施投资',
    (c) => c.project.investment.infrastructure),
  'investment.eligible': fact('amount', 'project', 'actual investment excluding infrastructure', '不含基础设施的实际投资',
    (c) => minus(c.project.investment.actual, c.project.investment.infrastructure)),
  'classification.particularlyImportant': fact('boolean', 'project', 'particularly important project', '特别重大项目',
    (c) => c.project.classification.particularlyImportant),
  'classification.leadingIndustryDirection': fact('boolean', 'project', 'in line with the leading industry directions',
    '符合主导产业方向', (c) => c.project.classification.leadingIndustryDirection),
  'classification.major': fact('boolean', 'project', 'major semiconductor or IC project', '重大半导体和集成电路项目',
    (c) => c.project.classification.major),
  'classification.newProductionLine': fact('boolean', 'project', 'builds a new production line', '新建生产线',
    (c) => c.project.classification.newProductionLine),
  'classification.firstClassEntity': fact('boolean', 'project',
    'world first-class enterprise, R&D organisation or Nobel Prize winner\'s organisation', '世界一流企业、研发机构或诺贝尔奖得主机构',
    (c) => c.project.classification.firstClassEntity),
  'industry': fact('text', 'project', 'industry of the project', '项目所属行业', (c) => c.project.industry),
  'sourceProjects': fact('list', 'project', 'projects named by a source that the project is', '项目即来源所指名的项目',
    (c) => c.project.sourceProjects),
  'activities': fact('list', 'project', 'activities of the project', '项目业务类型', (c) => c.project.activities),
  'deviceTypes': fact('list', 'project', 'devices the project makes', '项目产品器件类型', (c) => c.project.deviceTypes),
  'targetMarkets': fact('list', 'project', 'markets the project targets', '项目目标市场', (c) => c.project.targetMarkets),
  'enterprise.technologyBasedSME': fact('boolean', 'project', 'technology-based small or medium-sized enterprise',
    '科技型中小企业', (c) => c.project.enterprise.technologyBasedSME),
  'enterprise.leadingDomesticPlayer': fact('boolean', 'project', 'leading domestic player of its sector', '国内龙头企业',
    (c) => c.project.enterprise.leadingDomesticPlayer),
  'plans.listing': fact('boolean', 'project', 'plans to list on a stock market', '计划上市', (c) => c.project.plans.listing),
  'plans.jointRdCentre': fact('boolean', 'project', 'plans an R&D centre with local enterprises', '计划与本地企业共建研发中心',
    (c) => c.project.plans.jointRdCentre),
  'finance.annualRevenue': fact('amount', 'project', 'annual revenue', '年营业收入', (c) => c.project.finance.annualRevenue),
  'finance.rdSpending': fact('amount', 'project', 'annual R&D spending', '年研发投入', (c) => c.project.finance.rdSpending),
  'talentStartup.founder': fact('text', 'project', 'talent startup founder', '人才创业项目创始人',
    (c) => c.project.talentStartup?.founder),
  'talentStartup.founder.qualified': fact('boolean', 'project', 'founder is a qualified talent', '创始人为符合条件的人才',
    (c) => founder(c)?.qualified ?? false),
  'talentStartup.founder.highLevel': fact('boolean', 'project', 'founder is a high-level talent', '创始人为高层次人才',
    (c) => founder(c)?.highLevel ?? false),
  'talentStartup.requested.startupFund': fact('amount', 'project', 'start-up fund requested', '申请的创业启动资金',
    (c) => c.project.talentStartup?.requested.startupFund),
  'talentStartup.requested.shareInvestment': fact('amount', 'project', 'share investment requested', '申请的股权投资',
    (c) => c.project.talentStartup?.requested.shareInvestment),
  'talentStartup.requested.ventureCapital': fact('amount', 'project', 'government venture capital requested',
    '申请的政府创投资金', (c) => c.project.talentStartup?.requested.ventureCapital),
  'talentStartup.loans': fact('loans', 'project', 'loans of the talent startup', '人才创业项目贷款',
    (c) => c.project.talentStartup?.loans),
  'talentSupport.expiresOn': fact('date', 'project', 'end of the high-level talent support', '高层次人才政策支持到期日',
    (c) => c.project.talentSupport?.expiresOn),
  'talentSupport.expired': fact('boolean', 'project', 'high-level talent support has expired', '高层次人才政策支持已到期',
    (c) => (c.project.talentSupport ? isAfterIsoDate(c.asOf, c.project.talentSupport.expiresOn) : false)),
  'talentSupport.highPotential': fact('boolean', 'project', 'judged to have high potential', '被认定为高成长潜力',
    (c) => c.project.talentSupport?.highPotential ?? false),
  'talentSupport.incrementalRequested': fact('amount', 'project', 'incremental support requested', '申请的增量支持',
    (c) => c.project.talentSupport?.incrementalRequested),
  'talent.qualified': fact('boolean', 'talent', 'qualified talent', '符合条件的人才', (c) => c.talent?.qualified ?? false),
  'talent.highLevel': fact('boolean', 'talent', 'high-level talent', '高层次人才', (c) => c.talent?.highLevel ?? false),
  'talent.housingPurchase.price': fact('amount', 'talent', 'purchase price of the home', '购房价格',
    (c) => c.talent?.housingPurchase?.price),
  'talent.rent.monthly': fact('amount', 'talent', 'monthly rent', '月租金', (c) => c.talent?.rent?.monthly),
  'talent.rent.start': fact('date', 'talent', 'first month of the rent', '起租月份', (c) => c.talent?.rent?.start),
  'talent.rent.months': fact('count', 'talent', 'months of rent', '租住月数', (c) => c.talent?.rent?.months),
} as const satisfies Record<string, Fact>;

/** The name of a fact. */
export type FactName = keyof typeof FACTS;

/** Whether a name is a fact's. */
export function isFactName(name: string): name is FactName {
  return Object.hasOwn(FACTS, name);
}
