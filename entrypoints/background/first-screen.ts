/**
 * Keeps the popup's first screen in session storage (lib/store/first-screen.ts), rewritten
 * whenever the waiting threads or the settings change, from whichever context changed them
 * (a reading here, an import on the options page): Dexie's live queries follow writes across
 * the extension's pages. Written again at each service worker start.
 */
import { liveQuery } from 'dexie';
import { FIRST_SCREEN_KEY, readFirstScreen } from '@/lib/store/first-screen';
import type { SellerLensDb } from '@/lib/store/schema';
import { readSettings, replyPolicy } from '@/lib/store/settings';

export function keepFirstScreen(db: SellerLensDb): { unsubscribe(): void } {
  const warn = (error: unknown) => console.warn('SellerLens: the popup first screen was not kept', error);
  return liveQuery(async () => readFirstScreen(db, replyPolicy(await readSettings(db)))).subscribe({
    next: (screen) => void browser.storage.session.set({ [FIRST_SCREEN_KEY]: screen }).catch(warn),
    error: warn,
  });
}
