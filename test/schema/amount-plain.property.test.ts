import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/money/decimal.js';
import { readAmount } from '../../src/schema/amount.js';
import { PROPERTY_TIMEOUT } from '../timeouts.js';

/** The fields decimal.js keeps a value in: the same fields, the same value and the same digits. */
const fields = (value: Decimal) => {
  const { s, e, d } = value as unknown as { s: number; e: number; d: number[] };
  return { s, e, d: [...d] };
};

const digits = (min: number, max: number) => fc.stringMatching(new RegExp(`^[0-9]{${min},${max}}$`));

describe('readAmount of a plain decimal text (the cents read digit by digit)', () => {
  it('gives the Decimal that parsing the text gives, field by field, with or without cents and leading zeros', () => {
    const plain = fc.tuple(digits(1, 16), fc.option(digits(1, 3), { nil: undefined }))
      .map(([whole, fraction]) => (fraction === undefined ? whole : `${whole}.${fraction}`));
    fc.assert(fc.property(plain, (text) => {
      const read = readAmount(text);
      if (!read.ok) throw new Error(`refused ${text}: ${read.message}`);
      expect(fields(read.value)).toEqual(fields(new Decimal(text)));
      expect(read.value.toFixed()).toBe(new Decimal(text).toFixed());
    }), { numRuns: 20_000 });
  }, PROPERTY_TIMEOUT);

  it('reads the limits of the fast reading exactly', () => {
    // 13 integer digits and 2 decimals: 10^15 - 1 cents, the largest value read as cents; one digit more takes the text parse.
    for (const text of ['9999999999999.99', '0000000000000.01', '0.00', '0', '0.1', '10000000', '10000000.10', '99999999999999.9', '1000000000000000']) {
      const read = readAmount(text);
      expect(read.ok && fields(read.value)).toEqual(fields(new Decimal(text)));
    }
  });
});
