import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { USAGE } from '../../src/cli/usage.js';
import { runMain } from './run-main.js';

/** `--format html`: the page `chip-incentives/html` writes, from the command line. */
const root = fileURLToPath(new URL('../../', import.meta.url));
const cmpLine = `${root}examples/cmp-line.json`;
const rfLine = `${root}examples/rf-line.json`;

describe('the command line writes HTML reports', { timeout: 60_000 }, () => {
  it('evaluate --format html writes one page: the summary, the timeline chart and its table, the highlighted source', () => {
    const run = runMain(['evaluate', cmpLine, '-p', 'qingshan-lake-2018', '--format', 'html']);
    expect([run.status, run.err]).toEqual([0, '']);
    expect(run.out.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(run.out).toContain('<svg class="chart"');
    expect(run.out).toContain('<table class="timeline-data wide">');
    // The whole source, each cited sentence highlighted (the first, page chrome, is not cited).
    expect(run.out).toMatch(/<mark id="s0-\d+">/);
    expect(run.out).not.toContain('<mark id="s0-0">');
    // The summary's computed cash: 30,000,000 + 600,000 + 72,000.
    expect(run.out).toContain('30,672,000.00');
    expect(run.out).not.toContain('<script');
  });

  it('compare --format html --locale zh writes the locations side by side in Chinese', () => {
    const run = runMain(['compare', rfLine, '--format', 'html', '--locale', 'zh']);
    expect([run.status, run.err]).toEqual([0, '']);
    expect(run.out).toContain('<html lang="zh-CN">');
    expect(run.out).toContain('<table class="comparison-data wide">');
    expect(run.out.match(/<h3 id="location-\d+">/g)).toHaveLength(5);
  });

  it('lists html among the formats of evaluate and compare, and only there', () => {
    expect(USAGE.evaluate).toContain('text (default), markdown, csv, json or html');
    expect(USAGE.compare).toContain('text (default), markdown, csv, json or html');
    const run = runMain(['policies', '--format', 'html']);
    expect(run.status).toBe(2);
    expect(run.err).toContain('--format must be one of text, markdown, json');
  });
});
