import { describe, expect, it } from 'vitest';
import { compare, definePolicy, opportunities, type ProjectInput } from '../../src/index.js';
import { LIMITS } from '../../src/schema/limits.js';
import { MESSAGES } from '../../src/schema/messages.js';
import { issuesOf } from '../helpers.js';
import { TERM_SHEET } from './term-sheet-pack.js';

/** `opportunities`, and `compare` with it, read what a caller passes once, as data, like every public function. */
const ASOF = '2025-01-01';
const plain: ProjectInput = { name: 'Hypothetical plain project', investment: { actual: '50000000' } };
const unreadable = (path: string) => ({ code: 'invalid_type', path, message: MESSAGES.unreadable });

describe('opportunities: hostile input', () => {
  it('turns a getter that throws, a Proxy and a revoked Proxy into input errors at their paths', () => {
    const throwing = Object.defineProperty({ asOf: ASOF }, 'policy', { enumerable: true, get: () => { throw new Error('boom'); } });
    expect(issuesOf(() => opportunities(plain, throwing as never))).toEqual([unreadable('options.policy')]);
    const trapped = new Proxy({ policy: 'jiashan-2023', asOf: ASOF }, { ownKeys: () => { throw new Error('trap'); } });
    expect(issuesOf(() => opportunities(plain, trapped as never)).map((issue) => issue.path)).toEqual(['options']);
    const { proxy, revoke } = Proxy.revocable({ ...plain }, {});
    revoke();
    expect(issuesOf(() => opportunities(proxy as never, { policy: 'jiashan-2023', asOf: ASOF })).map((issue) => issue.code)).toEqual(['invalid_type']);
    const compareGetter = Object.defineProperty({ asOf: ASOF }, 'opportunities', { enumerable: true, get: () => { throw new Error('boom'); } });
    expect(issuesOf(() => compare(plain, compareGetter as never))).toEqual([unreadable('options.opportunities')]);
  });

  it("refuses unknown keys, naming the allowed ones, in the options and in the project's facts", () => {
    expect(issuesOf(() => opportunities(plain, { policy: 'jiashan-2023', asOf: ASOF, opportunitie: true } as never)).map((issue) => [issue.code, issue.path]))
      .toEqual([['unknown_field', 'options.opportunitie']]);
    expect(issuesOf(() => compare(plain, { asOf: ASOF, oportunities: true } as never)).map((issue) => [issue.code, issue.path, /opportunities/.test(issue.message)]))
      .toEqual([['unknown_field', 'options.oportunities', true]]);
    const pack = definePolicy(TERM_SHEET);
    const project = { ...plain, facts: { 'test-district/signed': true, 'test-district/new-hire': 3 } };
    expect(issuesOf(() => opportunities(project, { policy: pack, asOf: ASOF })).map((issue) => [issue.code, issue.path]))
      .toEqual([['unknown_field', 'facts.test-district/new-hire']]);
  });

  it('keeps the limits: a fact past its declared bounds is an input error; no change proposed passes one', () => {
    const pack = definePolicy(TERM_SHEET);
    const inForce = '2026-06-30';
    const past = { ...plain, facts: { 'test-district/signed': true, 'test-district/new-hires': LIMITS.maxFactCount + 1 } };
    expect(issuesOf(() => opportunities(past, { policy: pack, asOf: inForce })).map((issue) => [issue.code, issue.path]))
      .toEqual([['out_of_range', 'facts.test-district/new-hires']]);
    // new-hires is declared at most 100,000: every change proposed stays within it (the hiring bonus is at its ceiling at 100).
    const found = opportunities({ ...plain, facts: { 'test-district/signed': true, 'test-district/new-hires': 5 } }, { policy: pack, asOf: inForce });
    const hires = found.opportunities.flatMap((entry) => entry.changes).filter((change) => change.fact === 'test-district/new-hires');
    expect(hires.map((change) => change.to)).toEqual([100]);
  });
});
