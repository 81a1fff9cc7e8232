import { describe, expect, it } from 'vitest';
import { parseMoney } from '@/lib/locale/money';

describe('parseMoney', () => {
  it.each([
    ['$1,234.56', 'USD', 123456, 'USD'],
    ['$24.99', 'USD', 2499, 'USD'],
    ['$5', 'USD', 500, 'USD'],
    ['1.234,56 €', 'EUR', 123456, 'EUR'],
    ['24,99 €', 'EUR', 2499, 'EUR'],
    ['EUR 24,99', 'USD', 2499, 'EUR'],
    ['￥7,600', 'JPY', 7600, 'JPY'],
    ['¥7,600', 'JPY', 7600, 'JPY'],
    ['7 600 円', 'JPY', 7600, 'JPY'],
    ['£19.00', 'GBP', 1900, 'GBP'],
    ['₹1,23,456.00', 'INR', 12345600, 'INR'],
    ['CA$12.50', 'USD', 1250, 'CAD'],
    ['$12.50', 'CAD', 1250, 'CAD'],
    ['R$ 1.299,90', 'BRL', 129990, 'BRL'],
    ['1 299,90 zł', 'PLN', 129990, 'PLN'],
    ['149,00 kr', 'SEK', 14900, 'SEK'],
    ['-$3.00', 'USD', -300, 'USD'],
    ['($3.00)', 'USD', -300, 'USD'],
    ['$5.00 (incl. VAT)', 'USD', 500, 'USD'],
    ['AED 1,050.25', 'AED', 105025, 'AED'],
  ] as const)('%s → %i %s', (text, fallback, amountMinor, currency) => {
    expect(parseMoney(text, fallback)).toEqual({ amountMinor, currency });
  });

  it('finds no amount beyond what any order holds (a garbled figure)', () => {
    expect(parseMoney(`$${'9'.repeat(14)}.00`, 'USD')).toBeUndefined();
    expect(parseMoney('9'.repeat(400), 'JPY')).toBeUndefined();
  });

  it('finds nothing where there is no amount', () => {
    expect(parseMoney('—', 'USD')).toBeUndefined();
    expect(parseMoney('', 'EUR')).toBeUndefined();
  });
});
