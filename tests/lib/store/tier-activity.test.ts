import { describe, expect, it } from 'vitest';
import { addTierActivity } from '@/lib/store/migrations/v4-tier-activity';
import type { StoredCustomer } from '@/lib/store/schema';
import {
  tierActivityEntry,
  tierActivityOf,
  tierActivityRange,
  withTierActivity,
} from '@/lib/store/tier-activity';

const base: StoredCustomer = {
  key: 'k',
  marketplace: 'US',
  firstSeenAt: 1,
  lastActivityAt: 1_795_000_000_000,
};

describe('tier-activity entries', () => {
  it('join each tier with the last activity, padded so that strings sort as the times do', () => {
    expect(tierActivityOf({ tiers: ['potential', 'churn-risk'], lastActivityAt: 1_795_000_000_000 })).toEqual(
      ['potential|001795000000000', 'churn-risk|001795000000000'],
    );
    const times = [5, 40, 1_000, 1_795_000_000_000, 9_999_999_999_999];
    const entries = times.map((t) => tierActivityEntry('potential', t));
    expect([...entries].sort()).toEqual(entries);
  });

  it("fall inside their own tier's range and no other's", () => {
    const entry = tierActivityEntry('top-20', 42);
    const [from, to] = tierActivityRange('top-20');
    expect(entry > from && entry < to).toBe(true);
    const [hvFrom, hvTo] = tierActivityRange('high-value');
    expect(entry > hvFrom && entry < hvTo).toBe(false);
  });

  it('follow the tiers: none without tiers, replaced when they change', () => {
    expect(withTierActivity(base)).toEqual(base);
    const tiered = withTierActivity({ ...base, tiers: ['high-value'] });
    expect(tiered.tierActivity).toEqual(['high-value|001795000000000']);
    expect(withTierActivity({ ...tiered, tiers: [] })).not.toHaveProperty('tierActivity');
    expect(withTierActivity({ ...tiered, lastActivityAt: 7 }).tierActivity).toEqual([
      'high-value|000000000000007',
    ]);
  });
});

describe('migration to version 4: addTierActivity', () => {
  it.each<[string, StoredCustomer, StoredCustomer]>([
    ['a customer without tiers is unchanged', base, base],
    [
      'a customer with no tier yet (empty list) gets no entries',
      { ...base, tiers: [] },
      { ...base, tiers: [] },
    ],
    [
      'a customer with tiers gets one entry per tier, everything else kept',
      { ...base, displayName: 'Ava', tiers: ['potential', 'complaint-risk'], tiersAt: 3 },
      {
        ...base,
        displayName: 'Ava',
        tiers: ['potential', 'complaint-risk'],
        tiersAt: 3,
        tierActivity: ['potential|001795000000000', 'complaint-risk|001795000000000'],
      },
    ],
  ])('%s', (_name, before, after) => {
    expect(addTierActivity(before)).toEqual(after);
  });
});
