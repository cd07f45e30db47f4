import { describe, expect, it } from 'vitest';
import { compare, definePolicy, evaluate, exportPolicy, IncentiveInputError } from '../../src/index.js';
import { ruleHint } from '../../src/schema/messages.js';

/**
 * The library's own messages for an unknown policy, rule, parameter,
 * interpretation or reading end with the closest name when one is close, so
 * that the API and the command line give the same hint.
 */
const project = { name: 'Hypothetical line', asOf: '2018-09-01', investment: { actual: '100000000' } };

function messagesOf(call: () => unknown): string[] {
  try {
    call();
  } catch (error) {
    if (error instanceof IncentiveInputError) return error.issues.map((issue) => issue.message);
    throw error;
  }
  throw new Error('no input error');
}

describe('did-you-mean in the messages of the library', () => {
  it.each([
    ['a policy id', () => evaluate(project, { policy: 'qingshan-lake-2108' as never }), 'Did you mean "qingshan-lake-2018"?'],
    ['a policy id in compare', () => compare(project, { policies: ['jiashan2023' as never] }), 'Did you mean "jiashan-2023"?'],
    ['a policy id to export', () => exportPolicy('nanhu-2202'), 'Did you mean "nanhu-2022"?'],
    ['an interpretation id', () => evaluate(project, { policy: 'qingshan-lake-2018', interpretations: { majorProjet: 'ceiling-only' } as never }),
      'Did you mean "majorProject"?'],
    ['a reading', () => evaluate(project, { policy: 'qingshan-lake-2018', interpretations: { majorProject: 'ceiling-onyl' as never } }),
      'Expected one of "ratio-applies", "ceiling-only"; got "ceiling-onyl". Did you mean "ceiling-only"?'],
    ['a rule id', () => evaluate(project, { policy: 'qingshan-lake-2018', overrides: { 'qingshan-lake-2018/talent-rnet': { months: 48 } } }),
      'Did you mean "qingshan-lake-2018/talent-rent"?'],
    ['a rule id without its pack', () => evaluate(project, { policy: 'qingshan-lake-2018', overrides: { 'talent-rent': { months: 48 } } }),
      'Did you mean "qingshan-lake-2018/talent-rent"?'],
    ['a parameter', () => evaluate(project, { policy: 'qingshan-lake-2018', overrides: { 'qingshan-lake-2018/talent-rent': { month: 48 } } }),
      'Unknown parameter "month" for this rule; its parameters are: monthlyCeiling, months. Did you mean "months"?'],
  ])('for %s', (_, call, hint) => {
    expect(messagesOf(call).join('\n')).toContain(hint);
  });

  it('for a rule of a group in a definition', () => {
    const definition = exportPolicy('qingshan-lake-2018');
    const group = definition.groups.find((candidate) => candidate.rules.includes('qingshan-lake-2018/talent-rent'))!;
    group.rules = group.rules.map((id) => (id === 'qingshan-lake-2018/talent-rent' ? 'qingshan-lake-2018/talent-rnet' : id));
    expect(messagesOf(() => definePolicy(definition as never)).join('\n')).toContain('Did you mean "qingshan-lake-2018/talent-rent"?');
  });

  it('says nothing more when no name is close, or two are as close', () => {
    expect(messagesOf(() => evaluate(project, { policy: 'atlantis' as never }))).toEqual([
      'Unknown policy "atlantis"; the policies are: qingshan-lake-2018, shanxi-2021, nanhu-2022, jiashan-2023, lishui-2024.',
    ]);
    expect(ruleHint('rent', ['a/rent-x', 'b/rent-y'])).toBe('');
    expect(ruleHint('talent-rnet', ['qingshan-lake-2018/talent-rent'])).toBe(' Did you mean "qingshan-lake-2018/talent-rent"?');
    expect(ruleHint('x/talent-rnet', ['qingshan-lake-2018/talent-rent'])).toBe('');
  });
});
