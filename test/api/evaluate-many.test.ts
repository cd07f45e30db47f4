import { describe, expect, it } from 'vitest';
import { evaluate, evaluateMany, IncentiveInputError, toJSON, type BatchResult, type ProjectInput } from '../../src/index.js';
import { MESSAGES } from '../../src/schema/messages.js';
import { issuesOf } from '../helpers.js';

const policy = 'qingshan-lake-2018' as const;
const good = (actual: string): ProjectInput => ({ name: `P ${actual}`, asOf: '2019-01-01', investment: { actual } });

function* lazyProjects(log: string[]): Generator<unknown> {
  log.push('read 0');
  yield good('100000000');
  log.push('read 1');
  yield { name: 'bad', investment: { actual: -1 } };
  log.push('read 2');
  yield good('50000000.01');
}

async function* asyncProjects(): AsyncGenerator<unknown> {
  yield good('100000000');
  await Promise.resolve();
  yield 'not a project';
  yield good('1');
}

const summary = (result: BatchResult) =>
  result.ok ? { index: result.index, cash: result.assessment.totals.cash.toFixed(2) } : { index: result.index, paths: result.error.issues.map((i) => i.path.join('.')) };

describe('evaluateMany', () => {
  it('gives each project the same assessment as evaluate, in order, with its index', () => {
    const projects = [good('100000000'), good('250000000.55'), good('7')];
    const results = [...evaluateMany(projects, { policy })];
    expect(results.map((r) => r.index)).toEqual([0, 1, 2]);
    results.forEach((result, index) => {
      expect(result.ok).toBe(true);
      if (result.ok) expect(toJSON(result.assessment)).toEqual(toJSON(evaluate(projects[index]!, { policy })));
    });
  });

  it('reports a bad project in its place, with its index and every problem, and goes on', () => {
    const results = [...evaluateMany([good('100000000'), { name: '', investment: { actual: 'x' } }, good('1')], { policy })];
    // 30% × 100,000,000 = 30,000,000 (at its ceiling); 30% × 1 = 0.30.
    expect(results.map(summary)).toEqual([
      { index: 0, cash: '30000000.00' },
      { index: 1, paths: ['name', 'investment.actual', 'asOf'] },
      { index: 2, cash: '0.30' },
    ]);
    const bad = results[1]!;
    expect(!bad.ok && bad.error).toBeInstanceOf(IncentiveInputError);
  });

  it('reads one project at a time: nothing is read before the previous result is taken', () => {
    const log: string[] = [];
    const iterator = evaluateMany(lazyProjects(log), { policy });
    expect(log).toEqual([]);
    iterator.next();
    expect(log).toEqual(['read 0']);
    iterator.next();
    expect(log).toEqual(['read 0', 'read 1']);
  });

  it('takes an async iterable and yields asynchronously', async () => {
    const results: BatchResult[] = [];
    for await (const result of evaluateMany(asyncProjects(), { policy })) results.push(result);
    // 30% × 100,000,000 = 30,000,000; "not a project" fails at the root, once; 30% × 1 = 0.30.
    expect(results.map(summary)).toEqual([
      { index: 0, cash: '30000000.00' },
      { index: 1, paths: [''] },
      { index: 2, cash: '0.30' },
    ]);
  });

  it('applies the asOf option to every project, and the interpretations chosen', () => {
    const important: ProjectInput = { name: 'I', investment: { actual: '100000000' }, classification: { particularlyImportant: true } };
    const [result] = [...evaluateMany([important], { policy, asOf: '2020-01-01', interpretations: { majorProject: 'ceiling-only' } })];
    expect(result!.ok && result!.assessment.asOf).toBe('2020-01-01');
    // ceiling-only: the particularly important project takes the 100,000,000 ceiling, whatever 30% would give:
    // a stated maximum, kept apart from the computed cash.
    expect(result!.ok && result!.assessment.totals.cash.toFixed(2)).toBe('0.00');
    expect(result!.ok && result!.assessment.totals.ceilings.cash.toFixed(2)).toBe('100000000.00');
  });

  it('throws at once, before reading anything, for bad options or a non-iterable', () => {
    const log: string[] = [];
    expect(() => evaluateMany(lazyProjects(log), { policy: 'atlantis' as typeof policy })).toThrow(IncentiveInputError);
    expect(log).toEqual([]);
    expect(() => evaluateMany(42 as unknown as ProjectInput[], { policy })).toThrow(IncentiveInputError);
  });

  it('refuses at once, before reading anything, a text, bytes or a Map: iterated, they yield characters, numbers or pairs, never a project', () => {
    const log: string[] = [];
    const refusals: Array<[unknown, string]> = [
      ['[{"name":"P"}]', MESSAGES.projectsText('[{"name":"P"}]')],
      // A String object iterates its characters as a string does.
      [new String('[{"name":"P"}]'), MESSAGES.projectsText('[{"name":"P"}]')],
      [Buffer.from('[{"name":"P"}]'), MESSAGES.projectsBytes],
      [new Uint8Array([91, 93]), MESSAGES.projectsBytes],
      [new Map([['P', good('1')]]), MESSAGES.projectsMap],
      // Not iterable at all, as before, in the same words.
      [42, MESSAGES.projectsList(42)],
      [null, MESSAGES.projectsList(null)],
      [{ 0: good('1'), length: 1 }, MESSAGES.projectsList({})],
    ];
    for (const [projects, message] of refusals) {
      expect(issuesOf(() => evaluateMany(projects as never, { policy })), String(projects)).toEqual([{ code: 'invalid_type', path: 'projects', message }]);
    }
    // What can hold projects is read, one at a time: a generator, a Set, a Map's values.
    expect([...evaluateMany(lazyProjects(log), { policy })].map((result) => result.ok)).toEqual([true, false, true]);
    expect([...evaluateMany(new Set([good('1')]), { policy })].map((result) => result.ok)).toEqual([true]);
    expect([...evaluateMany(new Map([['P', good('1')]]).values(), { policy })].map((result) => result.ok)).toEqual([true]);
  });

  it('yields nothing for no projects', () => {
    expect([...evaluateMany([], { policy })]).toEqual([]);
  });
});
