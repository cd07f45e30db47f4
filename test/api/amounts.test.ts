import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, formatAmount, IncentiveInputError, parseAmount } from '../../src/index.js';
import { Decimal } from '../../src/money/decimal.js';
import { PROPERTY_TIMEOUT } from '../timeouts.js';

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
