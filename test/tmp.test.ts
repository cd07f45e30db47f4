import { it } from 'vitest';
import { definePolicy, evaluate, renderReport } from '../src/index.js';
import { COMMITMENT_PACK, COMMITMENT_PROJECT } from './api/commitment-pack.js';
it('x', () => {
  const a = evaluate(COMMITMENT_PROJECT, { policy: definePolicy(COMMITMENT_PACK), asOf: '2029-01-31' });
  for (const format of ['text', 'markdown', 'csv'] as const) for (const locale of ['en', 'zh'] as const) console.log(renderReport(a, { format, locale }));
});
