import { describe, expect, it } from 'vitest';
import { formatDay, formatDayIn, formatMoney, formatNumber } from '@/lib/locale/format';

describe('display formatting', () => {
  it('shows a stored instant as the day its marketplace saw', () => {
    // 2026-11-23 06:30 UTC: still the 22nd in Los Angeles, already the 23rd in Tokyo.
    const at = Date.UTC(2026, 10, 23, 6, 30);
    expect(formatDay(at, 'en-US', 'US')).toBe('Nov 22, 2026');
    expect(formatDay(at, 'en-US', 'JP')).toBe('Nov 23, 2026');
    expect(formatDay(at, 'en-US', 'nowhere')).toBe('Nov 23, 2026');
  });

  it('shows money in its own currency, from minor units', () => {
    expect(formatMoney({ amountMinor: 12_345, currency: 'USD' }, 'en-US')).toBe('$123.45');
    expect(formatMoney({ amountMinor: 1_200, currency: 'JPY' }, 'en-US')).toBe('¥1,200');
  });

  it('shows an instant as the day in a named zone', () => {
    const at = Date.UTC(2026, 10, 23, 6, 30);
    expect(formatDayIn(at, 'en-US', 'America/Los_Angeles')).toBe('Nov 22, 2026');
    expect(formatDayIn(at, 'fr-FR', 'Europe/Paris')).toBe('23 nov. 2026');
  });

  it('shows numbers grouped and rounded as the language writes them', () => {
    expect(formatNumber(12_345.67, 'en-US')).toBe('12,346');
    expect(formatNumber(4.56, 'de-DE', 1)).toBe('4,6');
    expect(formatNumber(1_234.5, 'fr-FR', 1)).toBe('1\u202f234,5');
  });
});
