import type { ReadingMessage } from '@/lib/messages/protocol';
import type { PageReading } from '@/lib/messages/reading';

/** What the background stores today; other kinds are read but have nowhere to go yet. */
export const STORED_KINDS = new Set<PageReading['kind']>(['orders-list', 'order-detail']);

export async function sendReading(reading: PageReading): Promise<void> {
  const message: ReadingMessage = { type: 'reading', reading, observedAt: Date.now() };
  try {
    const reply = await browser.runtime.sendMessage(message);
    if (reply && typeof reply === 'object' && 'ok' in reply && reply.ok === false) {
      console.warn('SellerLens: the reading was not stored', reply);
    }
  } catch (error) {
    // The extension was updated or reloaded under this tab: the next page load reconnects.
    console.debug('SellerLens: background unavailable', error);
  }
}
