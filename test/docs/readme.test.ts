import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FUZZ_INPUTS, FUZZ_PLAN, LONG_SCALE } from '../fuzz/plan.js';
import { FIXTURE_CASES } from '../fixtures/cases.js';
import { BEGIN, END, FACTS_BEGIN, FACTS_END, factsSection, rulesSection } from './rules-table.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe('README', () => {
  it('holds the rules section generated from the packs (run `npm run docs` after changing a pack)', () => {
    const section = readme.slice(readme.indexOf(BEGIN) + BEGIN.length, readme.indexOf(END)).trim();
    expect(section).toBe(rulesSection());
  });

  it('holds the table of facts generated from the engine', () => {
    const section = readme.slice(readme.indexOf(FACTS_BEGIN) + FACTS_BEGIN.length, readme.indexOf(FACTS_END)).trim();
    expect(section).toBe(factsSection());
  });

  it('states the figures of the fuzz suite and the fixtures as the tests set them', () => {
    const guarantees = readme.slice(readme.indexOf('## Guarantees'), readme.indexOf('\n## ', readme.indexOf('## Guarantees') + 1));
    const figure = (value: number) => value.toLocaleString('en');
    expect(guarantees).toContain(`${Object.keys(FUZZ_PLAN).length} properties`);
    expect(guarantees).toContain(`${figure(FUZZ_INPUTS)} inputs`);
    expect(guarantees).toContain(`${figure(FUZZ_INPUTS * LONG_SCALE)} inputs`);
    expect(guarantees).toContain(`${FIXTURE_CASES.length} stored`);
  });

  it('starts with the two-command Quick start', () => {
    const quickStart = readme.slice(readme.indexOf('## Quick start'), readme.indexOf('\n## ', readme.indexOf('## Quick start') + 1));
    expect(quickStart).toContain('npm install && npm run demo');
    expect(quickStart).toContain('npm test');
  });
});
