import { evaluate, IncentiveInputError } from '../../src/index.js';

/**
 * Run in a process of its own with a small heap (see
 * long-text-as-list.test.ts): a long text where a list is due, at the field
 * named on the command line, evaluated; prints the codes of the issues.
 */
const field = process.argv[2] ?? 'activities';
const text = 'x'.repeat(40_000_000);
const project: Record<string, unknown> = { name: 'P', investment: { actual: '1' }, talents: [{ name: 'A' }] };
if (field === 'loans') project['talentStartup'] = { founder: 'A', loans: text };
else project[field] = text;
try {
  evaluate(project as never, { policy: 'qingshan-lake-2018', asOf: '2020-01-01' });
  process.stdout.write('accepted');
} catch (error) {
  process.stdout.write(error instanceof IncentiveInputError ? error.issues.map((issue) => issue.code).join(',') : 'other');
}
