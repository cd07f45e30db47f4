import { describe, expect, it } from 'vitest';
import { IncentiveInputError } from '../../src/index.js';
import { MESSAGES } from '../../src/schema/messages.js';
import { inputErrorOf } from '../helpers.js';

describe('IncentiveInputError', () => {
  it('repeats the line of an issue after its path, and nothing for an issue without one', () => {
    const error = new IncentiveInputError([
      { code: 'out_of_range', path: ['rules', '0', 'amount', 'rate'], message: 'A rate cannot be negative.', line: 12 },
      { code: 'required', path: ['name'], message: 'A name is required.' },
    ]);
    expect(error.message).toBe('Invalid input (2 problems):\n- rules[0].amount.rate (line 12): A rate cannot be negative.\n- name: A name is required.');
    expect(error.issues[0]!.line).toBe(12);
    expect('line' in error.issues[1]!).toBe(false);
  });

  it.each([0, -1, 1.5, '3', Number.NaN])('refuses an issue whose line is %s', (line) => {
    const error = inputErrorOf(() => new IncentiveInputError([{ code: 'required', path: [], message: 'x', line } as never]));
    expect(error.issues).toEqual([{ code: 'invalid_type', path: ['issues'], message: MESSAGES.issueList }]);
  });
});
