import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  definePolicy, evaluate, policyJsonSchema, projectJsonSchema, safeEvaluate, type PolicyDefinitionInput, type ProjectInput,
} from '../../src/index.js';
import { LIMITS } from '../../src/schema/limits.js';
import { MESSAGES } from '../../src/schema/messages.js';
import { validateProject } from '../../src/schema/validate-project.js';
import { validateProjectWithZod } from '../../src/schema/validate-project-with-zod.js';
import { issuesOf } from '../helpers.js';
import { PROPERTY_TIMEOUT } from '../timeouts.js';

/**
 * Every text limit the library states in characters counts code points, as
 * the published JSON Schemas' `maxLength` does (and as their messages say): a
 * surrogate pair (an emoji, a CJK character outside the BMP) is one
 * character, a lone surrogate one on its own.
 */
const MAX = LIMITS.maxTextLength;
const options = { policy: 'qingshan-lake-2018', asOf: '2019-01-01' } as const;
/** Exactly 500 characters of every width: 200 emoji (400 units), 150 CJK, 149 letters and one character outside the BMP (701 units). */
const AT_LIMIT = `${'😀'.repeat(200)}${'青'.repeat(150)}${'x'.repeat(149)}𠀀`;

/** A project whose text fields are all `text`: the name, the id, a talent's name and the founder (that talent). */
const withTexts = (text: string): ProjectInput => ({
  name: text, id: text, investment: { actual: '100000000' },
  talents: [{ name: text, qualified: true }], talentStartup: { founder: text },
});

describe('the texts of a project: at most 500 characters, counted in code points', () => {
  it('accepts 500 emoji (1,000 UTF-16 units) in every text field, and 500 characters of mixed widths; refuses 501', () => {
    expect(AT_LIMIT.length).toBe(701);
    for (const text of ['😀'.repeat(MAX), AT_LIMIT, '\ud800'.repeat(MAX), `x${'\udc00'.repeat(MAX - 1)}`]) {
      const assessment = evaluate(withTexts(text), options);
      expect(assessment.project.name).toBe(text);
    }
    // One character more, in each text field: refused at its own path, with the message that names the limit.
    for (const text of ['😀'.repeat(MAX + 1), `${AT_LIMIT}x`, `${AT_LIMIT}😀`, `${'😀'.repeat(MAX)}\ud800`]) {
      const message = MESSAGES.text(text);
      expect(message).toContain(`at most ${MAX} characters`);
      expect(issuesOf(() => evaluate(withTexts(text), options))).toEqual([
        { code: 'out_of_range', path: 'name', message },
        { code: 'out_of_range', path: 'id', message },
        { code: 'out_of_range', path: 'talents.0.name', message },
        { code: 'out_of_range', path: 'talentStartup.founder', message },
      ]);
    }
  });

  it('is counted alike by the hand validation and the zod reference', () => {
    for (const text of ['😀'.repeat(MAX), '😀'.repeat(MAX + 1), AT_LIMIT, `${AT_LIMIT}\udfff`]) {
      expect(validateProject(withTexts(text))).toStrictEqual(validateProjectWithZod(withTexts(text)));
    }
  });
});

describe('the published JSON Schema of a project and evaluate agree on a text\'s length', () => {
  const ajv = new Ajv2020.default({ allErrors: true, strict: false, validateFormats: false });
  const valid = ajv.compile(projectJsonSchema());
  /** One code point of every kind; a lone high half followed by a lone low one makes a pair, one character, as the count below sees. */
  const character = fc.constantFrom('x', '青', '😀', '𠀀', '\ud800', '\udc00');

  it('for texts of about 490 to 520 characters of every width, the schema accepts exactly what evaluate accepts', () => {
    let accepted = 0;
    // A length drawn first (fast-check's lists lean to their shortest), past 500 pieces: about one pair in 36 joins two lone halves into one character.
    const pieces = fc.integer({ min: 500, max: 530 }).chain((length) => fc.array(character, { minLength: length, maxLength: length }));
    fc.assert(fc.property(pieces, (drawn) => {
      const text = `y${drawn.join('')}`;
      // The count the schema and the library both mean, taken here the plain way on a small text.
      const characters = Array.from(text).length;
      const project = { name: text, asOf: options.asOf, investment: { actual: '1' } };
      const verdict = safeEvaluate(project, { policy: options.policy }).success;
      expect(valid(project)).toBe(verdict);
      expect(verdict).toBe(characters <= MAX);
      if (verdict) accepted += 1;
    }), { numRuns: 300 });
    // Both sides of the limit were tried.
    expect(accepted).toBeGreaterThan(0);
    expect(accepted).toBeLessThan(300);
  }, PROPERTY_TIMEOUT);
});

describe('the texts of a policy definition: counted in code points, as its published JSON Schema counts them', () => {
  const citation = { document: 'offer-letter.pdf', quote: 'We subsidise tape-out costs up to 5 million yuan.' };
  /** A one-rule definition with `label`, the citation's `document` and an interpretation's option value set to texts of a given length. */
  const definition = (label: string, document: string, option: string): PolicyDefinitionInput => ({
    id: 'text-limits',
    name: 'Text limits',
    jurisdiction: { level: 'district', name: 'River District' },
    source: { document, published: '2026-03-01' },
    interpretations: [{ id: 'reading', label: 'Reading', default: option, options: [{ value: option, rationale: 'The only reading.' }] }],
    rules: [{
      id: 'tape-out', label, instrument: 'grant', citation: { ...citation, document },
      parameters: { ceiling: { value: 5_000_000, unit: 'CNY' } }, amount: { block: 'flat-ceiling', ceiling: { param: 'ceiling' } },
    }],
  });
  const ajv = new Ajv2020.default({ allErrors: true, strict: false, validateFormats: false });
  const valid = ajv.compile(policyJsonSchema());

  it('accepts a label of 4,000 emoji, a document of 500 and an option of 100, and refuses each one character longer', () => {
    const [label, document, option] = [4_000, 500, 100];
    const within = definition('😀'.repeat(label), '😀'.repeat(document), '😀'.repeat(option));
    expect(valid(within)).toBe(true);
    expect(definePolicy(within).id).toBe('text-limits');
    const past: Array<[PolicyDefinitionInput, string]> = [
      [definition('😀'.repeat(label + 1), '😀'.repeat(document), '😀'.repeat(option)), 'rules.0.label'],
      [definition('😀'.repeat(label), `${'😀'.repeat(document)}\ud800`, '😀'.repeat(option)), 'source.document'],
      [definition('😀'.repeat(label), '😀'.repeat(document), `x${'😀'.repeat(option)}`), 'interpretations.0.default'],
    ];
    for (const [input, path] of past) {
      expect(valid(input)).toBe(false);
      expect(issuesOf(() => definePolicy(input)).map((issue) => issue.path)).toContain(path);
    }
  });
});
