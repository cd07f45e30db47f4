import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
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

  it('starts with the two-command Quick start', () => {
    const quickStart = readme.slice(readme.indexOf('## Quick start'), readme.indexOf('\n## ', readme.indexOf('## Quick start') + 1));
    expect(quickStart).toContain('npm install && npm run demo');
    expect(quickStart).toContain('npm test');
  });
});
