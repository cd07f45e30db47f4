import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, formatAmount, IncentiveInputError, parseAmount } from '../../src/index.js';
import { Decimal } from '../../src/money/decimal.js';
import { PROPERTY_TIMEOUT } from '../timeouts.js';
import { MESSAGES } from '../../src/schema/messages.js';
import { callerDecimal, issuesOf } from '../helpers.js';

describe('parseAmount', () => {
  it.each([
    ['3亿', '300000000'],
    ['3,000万元', '30000000'],
    ['30 million RMB', '30000000'],
    ['1.1 billion yuan', '1100000000'],
    ['¥30,000,000.00', '30000000'],
    ['RMB 450 million', '450000000'],
    ['CNY 1,500.50', '1500.5'],
    ['1.5万', '15000'],
    ['3亿5000万元', '350000000'],
    ['2万亿', '2000000000000'],
    ['600,000 yuan', '600000'],
    ['１２３万', '1230000'],
    [' 1 ', '1'],
    ['12,345,678.9', '12345678.9'],
  ])('reads %s exactly', (text, expected) => {
    expect(parseAmount(text).toFixed()).toBe(expected);
  });

  it.each(['3,00', '1,2345', 'millionaire', '1e400', '0x10', '3万亿元元', '3 million 5', 'thirty', '', '30 yuan RMB'])(
    'refuses %j, naming the text',
    (text) => {
      expect(() => parseAmount(text)).toThrow(IncentiveInputError);
      try {
        parseAmount(text);
      } catch (error) {
        const message = (error as IncentiveInputError).issues[0]!.message;
        expect(message).toMatch(text === '' ? /empty/ : new RegExp(JSON.stringify(text).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
      }
    },
  );

  it('refuses a negative amount, and one above 10^15', () => {
    expect(() => parseAmount('-5万')).toThrow(/cannot be negative/);
    expect(() => parseAmount('2万万亿')).toThrow(IncentiveInputError);
    expect(() => parseAmount('20万亿亿')).toThrow(IncentiveInputError);
  });

  it('lets a project give its amounts as written', () => {
    // 2.6亿 − 4,500万 = 215,000,000 eligible; 30% = 64,500,000 > 30,000,000.
    const assessment = evaluate({ name: 'x', investment: { actual: '2.6亿', infrastructure: '4,500万元' } }, { policy: 'qingshan-lake-2018', asOf: '2019-01-01' });
    expect(assessment.items[0]?.amount?.toFixed(2)).toBe('30000000.00');
  });
});

describe('formatAmount', () => {
  it.each([
    ['30000000', {}, '¥30,000,000.00'],
    ['30000000', { locale: 'zh' }, '3,000万元'],
    ['300000000', { locale: 'zh' }, '3亿元'],
    ['123456789.12', { locale: 'zh' }, '123,456,789.12元'],
    ['15000', { locale: 'zh' }, '1.5万元'],
    ['30000000', { unit: 'million' }, '¥30 million'],
    ['1100000000', { unit: 'billion' }, '¥1.1 billion'],
    ['30000000', { locale: 'zh', unit: '亿' }, '0.3亿元'],
    ['1234567', { unit: 'million', digits: 2 }, 'about ¥1.23 million'],
    ['1234567', { locale: 'zh', unit: '万', digits: 1 }, '约123.5万元'],
    ['1230000', { unit: 'million', digits: 2 }, '¥1.23 million'],
  ] as const)('writes %s with %j as %s', (amount, options, expected) => {
    expect(formatAmount(amount, options)).toBe(expected);
  });

  it('never rounds without saying so', () => {
    fc.assert(fc.property(fc.bigInt({ min: 0n, max: 10n ** 17n }), fc.integer({ min: 0, max: 4 }), (cents, digits) => {
      const amount = new Decimal(cents.toString()).dividedBy(100);
      const text = formatAmount(amount, { unit: 'million', digits });
      const exact = amount.dividedBy(1_000_000).decimalPlaces() <= digits;
      expect(text.startsWith('about ')).toBe(!exact);
    }), { numRuns: 100 });
  }, PROPERTY_TIMEOUT);

  it('round-trips through parseAmount in both languages and every unit', () => {
    const units = ['auto', 'yuan', 'thousand', 'million', 'billion', '万', '亿'] as const;
    fc.assert(fc.property(fc.bigInt({ min: 0n, max: 10n ** 17n }), fc.constantFrom('en' as const, 'zh' as const), fc.constantFrom(...units), (cents, locale, unit) => {
      const amount = new Decimal(cents.toString()).dividedBy(100);
      expect(parseAmount(formatAmount(amount, { locale, unit })).equals(amount)).toBe(true);
    }), { numRuns: 500 });
  }, PROPERTY_TIMEOUT);

  it('reads amounts as written through to the exact value', () => {
    fc.assert(fc.property(fc.bigInt({ min: 0n, max: 10n ** 17n }), (cents) => {
      const amount = new Decimal(cents.toString()).dividedBy(100);
      expect(parseAmount(amount.toFixed(2)).equals(amount)).toBe(true);
    }), { numRuns: 100 });
  }, PROPERTY_TIMEOUT);
});

describe('parseAmount: a number after a Chinese unit, read as people mean it', () => {
  it.each([
    // One digit after the last unit is the next place down.
    ['3万5', '35000'], // 3 × 10,000 + 5 × 1,000
    ['3亿5', '350000000'], // 3 × 100,000,000 + 5 × 10,000,000
    ['3千5', '3500'], // 3 × 1,000 + 5 × 100
    ['3万亿5', '3500000000000'], // 3 × 10^12 + 5 × 10^11
    ['3万5元', '35000'],
    // A full group of the unit's digits is a count of yuan.
    ['3万5000', '35000'], // 30,000 + 5,000
    ['3万0500', '30500'], // 30,000 + 500
    ['3万5000.50', '35000.5'],
    ['3亿5000万0200', '350000200'], // 300,000,000 + 50,000,000 + 200
    // Compound units, the longest first, in decreasing order.
    ['3千万', '30000000'], // 3 × 10^7
    ['2十万', '200000'],
    ['4百万', '4000000'],
    ['5百亿', '50000000000'],
    ['6千亿', '600000000000'],
    ['3千万5百万', '35000000'], // 30,000,000 + 5,000,000
    ['3亿5千万', '350000000'], // 300,000,000 + 50,000,000
  ])('reads %s as %s', (text, expected) => {
    expect(parseAmount(text).toFixed()).toBe(expected);
  });

  it.each([
    ['3万500', '30,500', '3.05万'],
    ['3万05', '30,005', '3.0005万'],
    ['3万10000', '40,000', '4万'],
    ['3万5.5', '30,005.5', '3.00055万'],
    ['3亿5,000,000', '305,000,000', '3.05亿'],
    ['3亿5000万200', '350,000,200', '35000.02万'],
  ])('refuses %s as ambiguous, showing how to write %s', (text, meant, inUnit) => {
    try {
      parseAmount(text);
    } catch (error) {
      expect((error as IncentiveInputError).issues).toEqual([{
        code: 'invalid_format',
        path: [],
        message: expect.stringMatching(new RegExp(`^Cannot tell what "${text}" means: .* If you mean ${meant}, write "${inUnit.replace('.', '\\.')}" or "${meant}"\\.$`)),
      }]);
      return;
    }
    throw new Error(`${text} was read`);
  });

  it('still requires decreasing units', () => {
    expect(() => parseAmount('3万3千万')).toThrow(IncentiveInputError);
    expect(() => parseAmount('3千万3亿')).toThrow(IncentiveInputError);
  });

  it('reads a project amount by the same rule', () => {
    // 3万5 = 35,000 of investment; 30% of it = 10,500.
    const assessment = evaluate({ name: 'x', investment: { actual: '3万5' } }, { policy: 'qingshan-lake-2018', asOf: '2019-01-01' });
    expect(assessment.items[0]?.amount?.toFixed(2)).toBe('10500.00');
  });
});

describe('formatAmount on hostile input', () => {
  it.each([
    // Each took the old code minutes, all its memory, or read as something it is not.
    ['-1e1000000000'], ['-1e1000000'], ['-0x10'], ['-abc'], ['--5'], ['-'], ['− '],
  ])('refuses %j at once, as the project fields refuse its unsigned part', (text) => {
    expect(issuesOf(() => formatAmount(text))).toEqual([{ code: expect.stringMatching(/invalid_format|out_of_range/), path: 'amount', message: expect.any(String) }]);
  });

  it('refuses what a project field refuses, with the same message, sign or no sign', () => {
    expect(issuesOf(() => formatAmount('-1e400'))[0]!.message).toBe(MESSAGES.amountText('-1e400'));
    expect(issuesOf(() => formatAmount('1e400'))[0]!.message).toBe(MESSAGES.amountText('1e400'));
    expect(issuesOf(() => formatAmount(-1e30))[0]!.message).toBe(MESSAGES.amountTooLarge(-1e30));
    expect(issuesOf(() => formatAmount('-1000000000000000.01'))[0]!.message).toBe(MESSAGES.amountTooLarge('-1000000000000000.01'));
    expect(issuesOf(() => formatAmount(`-0.${'1'.repeat(21)}`))[0]!.code).toBe('out_of_range');
    expect(issuesOf(() => formatAmount(Number.NaN))[0]!.message).toBe(MESSAGES.amountNotFinite(Number.NaN));
  });

  it('writes a negative amount, a difference, in every form a project amount takes', async () => {
    const CallerDecimal = await callerDecimal();
    expect(formatAmount('-5万')).toBe('¥-50,000.00');
    expect(formatAmount('−1,234.5', { locale: 'zh' })).toBe('-1,234.50元');
    expect(formatAmount(-12.5)).toBe('¥-12.50');
    expect(formatAmount(new CallerDecimal('-123.45'))).toBe('¥-123.45');
    expect(formatAmount('-0')).toBe('¥0.00');
  });

  it('reads a decimal.js instance once, and refuses one whose text is not a decimal', async () => {
    const CallerDecimal = await callerDecimal();
    expect(issuesOf(() => formatAmount(new CallerDecimal('-1e+1000000000')))[0]!.code).toBe('out_of_range');
    expect(issuesOf(() => formatAmount(new CallerDecimal(Number.NaN)))[0]!.code).toBe('invalid_type');
    let reads = 0;
    const counted = new CallerDecimal('42');
    Object.defineProperty(counted, 'toString', { value: () => { reads += 1; return '42'; } });
    expect(formatAmount(counted)).toBe('¥42.00');
    expect(reads).toBe(1);
  });

  it.each([
    ['an inherited unit', { unit: 'toString' }, 'unknown_option options.unit'],
    ['digits that are not a number', { digits: Number.NaN }, 'out_of_range options.digits'],
    ['a fraction of a digit', { digits: 2.5 }, 'out_of_range options.digits'],
    ['too many digits', { digits: 21 }, 'out_of_range options.digits'],
    ['digits as text', { digits: '2' }, 'invalid_type options.digits'],
    ['an unknown locale', { locale: 'fr' }, 'unknown_option options.locale'],
    ['an unknown option', { decimals: 2 }, 'unknown_field options.decimals'],
    ['null', null, 'invalid_type options'],
    ['a list', [], 'invalid_type options'],
  ])('refuses options with %s', (_, options, expected) => {
    expect(issuesOf(() => formatAmount('1', options as never)).map((issue) => `${issue.code} ${issue.path}`)).toEqual([expected]);
  });

  it('reports the amount and the options together', () => {
    expect(issuesOf(() => formatAmount('-abc', { unit: 'toString', digits: -1 } as never)).map((issue) => issue.path)).toEqual(['amount', 'options.unit', 'options.digits']);
  });
});
