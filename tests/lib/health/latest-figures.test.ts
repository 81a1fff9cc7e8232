import { describe, expect, it } from 'vitest';
import { latestByMarketplace } from '@/lib/health';

describe('latestByMarketplace', () => {
  it('takes each figure from the newest page that showed it, per marketplace, freshest first', () => {
    const result = latestByMarketplace([
      {
        marketplace: 'US',
        source: 'account-health',
        at: 1,
        figures: { odrPercent: 0.5, accountHealthRating: 300 },
      },
      {
        marketplace: 'US',
        source: 'customer-service-performance',
        at: 3,
        figures: { odrPercent: 0.4, atozPercent: 0.1 },
      },
      { marketplace: 'IN', source: 'account-health', at: 5, figures: { odrPercent: 0.12 } },
    ]);
    expect(result.map((r) => r.marketplace)).toEqual(['IN', 'US']);
    expect(result[1]).toMatchObject({
      figures: { odrPercent: 0.4, accountHealthRating: 300, atozPercent: 0.1 },
      at: 3,
      source: 'customer-service-performance',
    });
    expect(result[1]?.series.map((s) => s.at)).toEqual([1, 3]);
  });

  it('has nothing to show without readings', () => {
    expect(latestByMarketplace([])).toEqual([]);
  });
});
