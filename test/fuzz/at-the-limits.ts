/**
 * The largest inputs the workload limits accept, and inputs just past them,
 * run in a process of their own under a heap limit (see
 * `memory-bound.test.ts`, which starts it as
 * `node --max-old-space-size=1024 --import tsx at-the-limits.ts <case>`).
 *
 * - `counts`: items, dated payments and report characters each exactly at its
 *   limit, under a pack of monthly, one-off, per-home and interest rules: 10,000
 *   talents renting 98 months, 4,504 homes, 495 project grants, 5 loans over
 *   5,001 months.
 * - `texts`: the report characters at their limit, made of long texts
 *   repeated on every item: the input whose reports take the most memory.
 * - `past`: one more item, one more payment, one more character, and a pack
 *   far past every limit (500 monthly rules × 10,000 talents × 1,200 months),
 *   each refused before anything is built.
 *
 * An accepted input is evaluated, every schedule read, `toJSON`'d,
 * stringified and rendered in every format and locale. The process prints one
 * line of JSON with what it did; any other outcome exits non-zero.
 */
import { resolveOptions } from '../../src/api/options.js';
import { measureWorkload } from '../../src/engine/workload.js';
import {
  blocks, definePolicy, evaluate, IncentiveInputError, renderReport, toJSON, type ProjectInput,
} from '../../src/index.js';
import { LIMITS } from '../../src/schema/limits.js';
import type { PolicyDefinitionInput } from '../../src/schema/policy-definition.js';
import { validateProject } from '../../src/schema/validate-project.js';
import { IDS_OR_PACKS } from '../../src/api/registry.js';

type Definition = PolicyDefinitionInput;
type Rule = Definition['rules'][number];
type Note = { en: string; zh: string };

const CITATION = { document: 'offer.pdf', quote: 'The district supports every talent it attracts.' };
const TEXT_MAX = 4_000;

function rule(id: string, scope: 'project' | 'talent', amount: Rule['amount'], parameters: Rule['parameters'], extra: Partial<Rule> = {}): Rule {
  return { id, label: `Offer ${id}`, instrument: 'grant', scope, citation: CITATION, parameters, amount, ...extra };
}

const rent = (months: number) => rule('rent', 'talent',
  blocks.perPeriod({ perPeriodCeiling: 'monthly', maxPeriods: 'months', periodAmount: 'talent.rent.monthly', start: 'talent.rent.start' }),
  { monthly: { value: '2000', unit: 'CNY/month' }, months: { value: String(months), unit: 'months' } }, { instrument: 'rent-subsidy' });
const bonus = (notes: Note[]) => rule('bonus', 'talent', blocks.flatCeiling({ ceiling: 'ceiling' }), { ceiling: { value: '600000', unit: 'CNY' } }, { notes });
const housing = rule('housing', 'talent', blocks.flatCeiling({ ceiling: 'ceiling', requested: 'talent.housingPurchase.price' }),
  { ceiling: { value: '600000', unit: 'CNY' } }, { concerns: { fact: 'talent.housingPurchase.price', present: true }, instrument: 'housing-subsidy' });
const interest = rule('interest', 'project', blocks.interestSubsidy({ ceiling: 'ceiling' }), { ceiling: { value: '1000000000000000', unit: 'CNY' } },
  { instrument: 'interest-subsidy' });
const grants = (count: number) => Array.from({ length: count }, (_, index) =>
  rule(`grant-${index}`, 'project', blocks.flatCeiling({ ceiling: 'ceiling' }), { ceiling: { value: '1000', unit: 'CNY' } }));

function pack(rules: Rule[]): Definition {
  return { id: 'at-the-limits', name: 'At the limits', jurisdiction: { level: 'district', name: 'Test' }, source: { document: 'offer.pdf', published: '2018-01-01' }, rules };
}

function project(talents: number, homes: number, loanMonths: number): ProjectInput {
  // Each loan starts on a day of its own, so that no two fall due on the same date: every month is a payment.
  const loans = [];
  for (let left = loanMonths; left > 0; left -= 1_200) {
    const day = String(loans.length + 1).padStart(2, '0');
    loans.push({ principal: '1000000', annualRate: '0.04', repayment: 'equal-instalment' as const, start: `2019-01-${day}`, termMonths: Math.min(1_200, left) });
  }
  return {
    name: 'At the limits',
    asOf: '2019-01-01',
    investment: { actual: '1' },
    talents: Array.from({ length: talents }, (_, index) => ({
      name: `Talent ${index}`,
      qualified: true,
      rent: { monthly: '2600', start: '2019-01-01' },
      ...(index < homes && { housingPurchase: { price: '700000' } }),
    })),
    ...(loans.length > 0 && { talentStartup: { founder: 'Talent 0', loans } }),
  };
}

/** Items, payments and report characters the workload check counts for a definition and a project. */
function counted(definition: Definition, input: ProjectInput) {
  const resolved = resolveOptions({ policy: definePolicy(definition) }, IDS_OR_PACKS);
  const validated = validateProject(input);
  if (!resolved.ok || !validated.ok) throw new Error('an input of this script is not valid');
  const workload = measureWorkload(resolved.options.pack, validated.project, '2019-01-01');
  const sum = (tally: { talents: number; loans: number; project: number }) => tally.talents + tally.loans + tally.project;
  return { items: sum(workload.items), payments: sum(workload.payments), characters: sum(workload.characters) };
}

const note = (en: number, zh: number): Note => ({ en: 'x'.repeat(en), zh: '字'.repeat(zh) });

/**
 * The definition with notes added to its project grants so that the report
 * characters reach `target` exactly. What a note adds is measured, not
 * assumed: its characters, plus a fixed share for the line it takes.
 */
function fillTo(definition: Definition, input: ProjectInput, target: number): Definition {
  const before = counted(definition, input).characters;
  const withNotes = (notes: Map<string, Note[]>) => pack(definition.rules.map((entry) => (notes.has(entry.id) ? { ...entry, notes: notes.get(entry.id)! } : entry)));
  const grantIds = definition.rules.filter((entry) => entry.id.startsWith('grant-')).map((entry) => entry.id);
  const overhead = counted(withNotes(new Map([[grantIds[0]!, [note(1, 1)]]])), input).characters - before - 2;
  const full = 2 * TEXT_MAX + overhead;
  let left = target - before;
  const notes = new Map<string, Note[]>();
  for (const id of grantIds) {
    const list: Note[] = [];
    while (left > 0 && list.length < 50) {
      // A last note of at least two characters; a full one while more than two remain.
      const size = left >= full + overhead + 2 ? full : left;
      const text = size - overhead;
      list.push(note(Math.ceil(text / 2), Math.floor(text / 2)));
      left -= size;
    }
    if (list.length > 0) notes.set(id, list);
    if (left <= 0) break;
  }
  if (left !== 0) throw new Error(`could not fill the report characters exactly: ${left} left`);
  return withNotes(notes);
}

/** 2 × 10,000 talent items + 4,504 homes + 1 interest rule + 495 grants = 25,000 items (499 rules: one more fits in a pack). */
const TALENTS = 10_000;
const HOMES = 4_504;
const GRANTS = 495;
/** 10,000 × 98 months of rent + 10,000 bonuses + 4,504 homes + 495 grants + 5,001 months of interest = 1,000,000 payments. */
const RENT_MONTHS = 98;
const LOAN_MONTHS = 5_001;

function atEveryLimit(): { definition: Definition; input: ProjectInput } {
  const input = project(TALENTS, HOMES, LOAN_MONTHS);
  const definition = fillTo(pack([rent(RENT_MONTHS), bonus([]), housing, interest, ...grants(GRANTS)]), input, LIMITS.maxReportCharacters);
  return { definition, input };
}

/** 1,000 talents, each item carrying 50 notes of 920 characters in each language, filled to the character limit. */
function textsAtTheLimit(): { definition: Definition; input: ProjectInput } {
  const input = project(1_000, 0, 0);
  const notes = Array.from({ length: 50 }, () => note(920, 920));
  const definition = fillTo(pack([bonus(notes), ...grants(GRANTS)]), input, LIMITS.maxReportCharacters);
  return { definition, input };
}

/** Everything a caller may do with an accepted assessment: every schedule, its JSON, each report. */
function useFully(definition: Definition, input: ProjectInput) {
  const expected = counted(definition, input);
  const assessment = evaluate(input, { policy: definePolicy(definition) });
  let payments = 0;
  for (const item of assessment.items) if (item.status !== 'unquantified') payments += item.schedule?.length ?? 0;
  let longest = JSON.stringify(toJSON(assessment)).length;
  for (const format of ['text', 'markdown', 'csv', 'json'] as const) {
    for (const locale of ['en', 'zh'] as const) longest = Math.max(longest, renderReport(assessment, { format, locale }).length);
  }
  return { counted: expected, items: assessment.items.length, payments, longest, maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024) };
}

function refusal(definition: Definition, input: ProjectInput): string[] {
  try {
    evaluate(input, { policy: definePolicy(definition) });
  } catch (error) {
    if (error instanceof IncentiveInputError) return error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw error;
  }
  throw new Error('an input past the limits was accepted');
}

function pastTheLimits() {
  const { definition, input } = atEveryLimit();
  const moreItems = { ...definition, rules: [...definition.rules, rule('one-more', 'project', blocks.unquantified('One more offer.'), {})] };
  const morePayments = project(TALENTS, HOMES, LOAN_MONTHS + 1);
  // The last note the filling wrote is the only one shorter than the longest text: it takes one more character.
  const lastGrant = [...definition.rules].reverse().find((entry) => entry.notes && entry.notes.length > 0)!;
  const longer = (entry: Rule): Rule => (entry !== lastGrant ? entry : {
    ...entry,
    notes: entry.notes!.map((text, index, all) => (index === all.length - 1 && typeof text === 'object' ? { ...text, zh: `${text.zh}字` } : text)),
  });
  const moreCharacters = { ...definition, rules: definition.rules.map(longer) };
  const far = pack(Array.from({ length: 500 }, (_, index) => ({ ...rent(1_200), id: `rent-${index}` })));
  return {
    atTheLimits: counted(definition, input),
    items: refusal(moreItems, input),
    payments: refusal(definition, morePayments),
    characters: refusal(moreCharacters, input),
    far: refusal(far, project(TALENTS, 0, 0)),
  };
}

const cases: Record<string, () => unknown> = {
  counts: () => {
    const { definition, input } = atEveryLimit();
    return useFully(definition, input);
  },
  texts: () => {
    const { definition, input } = textsAtTheLimit();
    return useFully(definition, input);
  },
  past: pastTheLimits,
};

const chosen = cases[process.argv[2] ?? ''];
if (!chosen) throw new Error(`expected one of: ${Object.keys(cases).join(', ')}`);
process.stdout.write(`${JSON.stringify(chosen())}\n`);
