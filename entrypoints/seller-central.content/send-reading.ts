import type { ExtensionMessage } from '@/lib/messages/protocol';
import type { PageReading } from '@/lib/messages/reading';

/** What the background stores today; other kinds are read but have nowhere to go yet. */
export const STORED_KINDS = new Set<PageReading['kind']>(['orders-list', 'order-detail']);

export async function sendMessage(message: ExtensionMessage): Promise<void> {
  try {
    const reply = await browser.runtime.sendMessage(message);
    if (reply && typeof reply === 'object' && 'ok' in reply && reply.ok === false) {
      console.warn('SellerLens: the background refused a message', reply);
    }
  } catch (error) {
    // The extension was updated or reloaded under this tab: the next page load reconnects.
    console.debug('SellerLens: background unavailable', error);
  }
}

export function sendReading(reading: PageReading): Promise<void> {
  return sendMessage({ type: 'reading', reading, observedAt: Date.now() });
}
