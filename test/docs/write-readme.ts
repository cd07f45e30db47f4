// Writes the generated sections (rules, facts) into README.md between their markers.
import { readFileSync, writeFileSync } from 'node:fs';
import { BEGIN, END, FACTS_BEGIN, FACTS_END, factsSection, rulesSection } from './rules-table.js';

const path = new URL('../../README.md', import.meta.url);
let readme = readFileSync(path, 'utf8');
for (const [begin, end, content] of [[BEGIN, END, rulesSection()], [FACTS_BEGIN, FACTS_END, factsSection()]] as const) {
  const start = readme.indexOf(begin);
  const stop = readme.indexOf(end);
  if (start < 0 || stop < start) throw new Error(`README.md lacks the markers ${begin}`);
  readme = `${readme.slice(0, start + begin.length)}\n\n${content}\n\n${readme.slice(stop)}`;
}
writeFileSync(path, readme);
console.log('README.md: generated sections written');
