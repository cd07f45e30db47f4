import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compiledPack } from '../../src/api/policy-pack.js';
import { compiledBuiltInPolicy } from '../../src/api/registry.js';
import * as core from '../../src/core/index.js';
import { allInterpretations } from '../../src/engine/all-interpretations.js';
import * as main from '../../src/index.js';
import { BUILT_IN_CATALOG } from '../../src/policies/catalog.js';
import { FIXTURE_CASES } from '../fixtures/cases.js';
import { project as projects } from '../arbitraries.js';

/** Each built-in pack as its own entry exports it, by id. */
const PACKS = new Map(BUILT_IN_CATALOG.map((entry) => [entry.id, (main as unknown as Record<string, main.PolicyPack>)[entry.exportName]!]));
const packOf = (id: string) => PACKS.get(id)!;

/** An evaluation's outcome as plain JSON: the assessment's `toJSON`, or the input error's issues. */
function outcome(run: () => main.Assessment): unknown {
  try {
    return { ok: main.toJSON(run()) };
  } catch (error) {
    if (!(error instanceof main.IncentiveInputError)) throw error;
    return { issues: error.issues };
  }
}

/** The issues a call throws, failing when it throws none or something else. */
function issuesOf(run: () => unknown): readonly main.InputIssue[] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(main.IncentiveInputError);
    return (error as main.IncentiveInputError).issues;
  }
  throw new Error('expected an IncentiveInputError');
}

describe('chip-incentives/core evaluate with a built-in pack imported on its own', () => {
  it('uses the compiled form of the id: the pack its entry exports is the one the id stands for', () => {
    for (const [id, pack] of PACKS) {
      expect(pack.id).toBe(id);
      expect(compiledPack(pack)).toBe(compiledBuiltInPolicy(id));
    }
  });

  // The stored cases under the built-in packs, every reading of every interpretation of the pack among them.
  const stored = FIXTURE_CASES.filter((entry) => entry.kind === 'evaluate' && typeof entry.options['policy'] === 'string');
  it.each(stored.map((entry) => [entry.name, entry] as const))('gives the assessment of the id for the stored case %s, under every reading', (_, entry) => {
    const id = entry.options['policy'] as string;
    const readings = allInterpretations(packOf(id).definition).flatMap((interpretation) =>
      interpretation.options.map((option) => ({ [interpretation.id]: option.value })));
    for (const interpretations of [{}, ...readings]) {
      const options = { ...entry.options, interpretations: { ...(entry.options['interpretations'] as object), ...interpretations } };
      const byId = outcome(() => main.evaluate(entry.project, options as main.EvaluateOptions));
      expect(outcome(() => core.evaluate(entry.project, { ...options, policy: packOf(id) } as core.PackEvaluateOptions))).toEqual(byId);
      expect(outcome(() => main.evaluate(entry.project, { ...options, policy: packOf(id) } as main.EvaluateOptions))).toEqual(byId);
    }
  });

  it('gives the assessment, or the very issues, of the id on generated projects for every pack', () => {
    // 5 packs × 60 runs: each run evaluates three times; far below the time limit on a shared machine.
    fc.assert(
      fc.property(projects, fc.constantFrom(...PACKS.keys()), fc.constantFrom('2018-07-01', '2022-01-01', '2025-06-30'), (project, id, asOf) => {
        const byId = outcome(() => main.evaluate(project, { policy: id as main.PolicyId, asOf }));
        expect(outcome(() => core.evaluate(project, { policy: packOf(id), asOf }))).toEqual(byId);
      }),
      { numRuns: 300 },
    );
  }, 120_000);

  it('reports a bad project with the same issues as the main entry, as its IncentiveInputError', () => {
    const invalid = { name: 'x', investment: { actual: -1 } };
    const fromMain = issuesOf(() => main.evaluate(invalid, { policy: 'nanhu-2022', asOf: '2023-01-01' }));
    expect(issuesOf(() => core.evaluate(invalid, { policy: packOf('nanhu-2022'), asOf: '2023-01-01' }))).toEqual(fromMain);
    expect(fromMain.map((issue) => issue.path.join('.'))).toEqual(['investment.actual']);
    expect(core.IncentiveInputError).toBe(main.IncentiveInputError);
  });

  it("checks a project's sourceProjects against every built-in pack, the one assessed or not", () => {
    // Under jiashan-2023, a misspelt project of nanhu-2022 is still refused: the core entry knows every pack's named projects.
    const project = { name: 'x', investment: { actual: '1' }, sourceProjects: ['nanhu-2022/photomask', 'jiashan-2023/xinghui'] };
    const fromMain = issuesOf(() => main.evaluate(project, { policy: 'jiashan-2023', asOf: '2024-01-01' }));
    expect(issuesOf(() => core.evaluate(project, { policy: packOf('jiashan-2023'), asOf: '2024-01-01' }))).toEqual(fromMain);
    expect(fromMain.map((issue) => issue.message)).toEqual([
      '"nanhu-2022/photomask" names no project of nanhu-2022: the projects its source names are nanhu-2022/photomask-material. Did you mean "nanhu-2022/photomask-material"?',
      '"jiashan-2023/xinghui" names no project of jiashan-2023: the projects its source names are jiashan-2023/xinghui-expansion, ' +
        'jiashan-2023/intelligent-manufacturing-industrial-park-phase-1, jiashan-2023/yuanfang-logistics-centre. Did you mean "jiashan-2023/xinghui-expansion"?',
    ]);
  });

  it('takes a pack made by definePolicy of the same copy', () => {
    const pack = main.loadPolicy(JSON.stringify(main.exportPolicy('shanxi-2021')));
    const project = { name: 'RF line', asOf: '2024-09-01', investment: { actual: '1200000000' }, activities: ['manufacturing' as const] };
    expect(main.toJSON(core.evaluate(project, { policy: pack }))).toEqual(main.toJSON(main.evaluate(project, { policy: 'shanxi-2021' })));
  });
});

describe('chip-incentives/core refuses what is not a pack of its own copy', () => {
  const project = { name: 'x', asOf: '2019-01-01', investment: { actual: '250000000' } };

  it("refuses a built-in pack's id, naming the import of its pack", () => {
    const issues = issuesOf(() => core.evaluate(project, { policy: 'qingshan-lake-2018' } as never));
    expect(issues).toEqual([{
      code: 'invalid_type', path: ['options', 'policy'],
      message: "chip-incentives/core takes a policy pack, not an id: import { qingshanLake2018 } from 'chip-incentives/packs/qingshan-lake-2018' and give it as \"policy\" (evaluate from 'chip-incentives' takes the id).",
    }]);
  });

  it('refuses another id with the entries of the packs, and a hint when it is close to one', () => {
    const [issue] = issuesOf(() => core.evaluate(project, { policy: 'shanxi-2012' } as never));
    expect(issue!.code).toBe('invalid_type');
    expect(issue!.message).toBe("chip-incentives/core takes a policy pack, not an id; got \"shanxi-2012\". A built-in pack is imported from 'chip-incentives/packs/<id>' " +
      '(qingshan-lake-2018, shanxi-2021, nanhu-2022, jiashan-2023, lishui-2024); a pack of your own is made by definePolicy or loadPolicy. ' +
      "Did you mean import { shanxi2021 } from 'chip-incentives/packs/shanxi-2021'?");
  });

  it('says what a policy is when there is none, or when it is not a pack, with the project\'s problems beside', () => {
    const none = issuesOf(() => core.evaluate({ name: 'x', investment: { actual: 'ten' } }, {} as never));
    expect(none.map((issue) => [issue.code, issue.path.join('.')])).toEqual([['required', 'options.policy'], ['invalid_format', 'investment.actual'], ['required', 'asOf']]);
    expect(none[0]!.message).toMatch(/^No policy: give "policy", a pack imported from 'chip-incentives\/packs\/<id>' \(qingshan-lake-2018, /);
    const definition = main.exportPolicy('qingshan-lake-2018');
    const [notAPack] = issuesOf(() => core.evaluate(project, { policy: definition } as never));
    expect(notAPack).toMatchObject({ code: 'unknown_option', path: ['options', 'policy'] });
    expect(notAPack!.message).toMatch(/^Expected a policy pack: .* A definition written as data goes through definePolicy first\.$/);
  });

  it("refuses a pack of another copy, which the main entry validates again and takes", () => {
    // What a pack of the other build looks like to this one: the registered marker and a definition, made elsewhere.
    const foreign = { id: 'qingshan-lake-2018', name: 'x', definition: main.exportPolicy('qingshan-lake-2018'), [Symbol.for('chip-incentives.policy-pack')]: true };
    expect(issuesOf(() => core.evaluate(project, { policy: foreign as never }))).toEqual([{
      code: 'invalid_type', path: ['options', 'policy'],
      message: "This pack is not one this copy of the library made: a copy, spread or Proxy of a pack, or a pack of another copy (the package's other build, CommonJS or ESM, or another version). chip-incentives/core takes the packs of its own copy, as they were returned: pass the pack itself, imported from the same build as evaluate, or use evaluate from 'chip-incentives', which validates such a pack again.",
    }]);
    expect(main.toJSON(main.evaluate(project, { policy: foreign as never }))).toEqual(main.toJSON(main.evaluate(project, { policy: 'qingshan-lake-2018' })));
  });

  it('refuses a copy, a spread or a Proxy of its own pack, saying to pass the pack itself', () => {
    for (const copy of [{ ...main.qingshanLake2018 }, new Proxy(main.qingshanLake2018, {})]) {
      const [issue] = issuesOf(() => core.evaluate(project, { policy: copy as never }));
      expect(issue!.message).toMatch(/^This pack is not one this copy of the library made: a copy, spread or Proxy of a pack, .* pass the pack itself/);
    }
  });

  it('returns the refusal from safeEvaluate and throws it at once from evaluateMany', () => {
    const result = core.safeEvaluate(project, { policy: 'nanhu-2022' } as never);
    expect(result.success).toBe(false);
    expect(!result.success && result.error.issues[0]!.message).toMatch(/import \{ nanhu2022 \} from 'chip-incentives\/packs\/nanhu-2022'/);
    expect(issuesOf(() => core.evaluateMany([project], { policy: 'nanhu-2022' } as never))[0]!.path).toEqual(['options', 'policy']);
  });
});

describe('chip-incentives/core safeEvaluate and evaluateMany', () => {
  it('give what evaluate gives, project by project', () => {
    const good = { name: 'Line', asOf: '2019-01-01', investment: { actual: '250000000', infrastructure: '50000000' } };
    const bad = { name: 'Bad', asOf: '2019-01-01', investment: { actual: 'ten' } };
    const pack = packOf('qingshan-lake-2018');
    const safe = core.safeEvaluate(good, { policy: pack });
    expect(safe.success && main.toJSON(safe.data)).toEqual(main.toJSON(core.evaluate(good, { policy: pack })));
    const batch = [...core.evaluateMany([good, bad], { policy: pack })];
    expect(batch.map((result) => [result.index, result.ok])).toEqual([[0, true], [1, false]]);
    expect(batch[0]!.ok && main.toJSON(batch[0]!.assessment)).toEqual(main.toJSON(main.evaluate(good, { policy: 'qingshan-lake-2018' })));
    expect(!batch[1]!.ok && batch[1]!.error.issues).toEqual(issuesOf(() => main.evaluate(bad, { policy: 'qingshan-lake-2018' })));
  });
});
