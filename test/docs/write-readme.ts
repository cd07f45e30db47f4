// Writes the generated rules section into README.md between its markers.
import { readFileSync, writeFileSync } from 'node:fs';
import { BEGIN, END, rulesSection } from './rules-table.js';

const path = new URL('../../README.md', import.meta.url);
const readme = readFileSync(path, 'utf8');
const start = readme.indexOf(BEGIN);
const end = readme.indexOf(END);
if (start < 0 || end < start) throw new Error('README.md lacks the rules markers');
writeFileSync(path, `${readme.slice(0, start + BEGIN.length)}\n\n${rulesSection()}\n\n${readme.slice(end)}`);
console.log('README.md: rules section written');
