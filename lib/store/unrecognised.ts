/** Recently unrecognised pages, for the popup's diagnostics: the same page once, the latest few. */
import type { SellerLensDb, UnrecognisedPage } from './schema';

export const UNRECOGNISED_KEPT = 20;

export async function noteUnrecognised(db: SellerLensDb, page: Omit<UnrecognisedPage, 'id'>): Promise<void> {
  await db.transaction('rw', db.unrecognised, async () => {
    // The same page failing the same way is one entry, dated by its latest sighting.
    const same = await db.unrecognised
      .filter((p) => p.host === page.host && p.path === page.path && p.reason === page.reason)
      .primaryKeys();
    await db.unrecognised.bulkDelete(same);
    await db.unrecognised.add(page);
    const excess = (await db.unrecognised.count()) - UNRECOGNISED_KEPT;
    if (excess > 0) await db.unrecognised.orderBy('at').limit(excess).delete();
  });
}

export function recentUnrecognised(db: SellerLensDb, limit: number): Promise<UnrecognisedPage[]> {
  return db.unrecognised.orderBy('at').reverse().limit(limit).toArray();
}
