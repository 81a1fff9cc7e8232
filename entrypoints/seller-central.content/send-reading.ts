import type { ExtensionMessage } from '@/lib/messages/protocol';
import type { PageReading } from '@/lib/messages/reading';

/** What the background stores; compose pages feed the wording guard, not the history. */
export const STORED_KINDS = new Set<PageReading['kind']>([
  'orders-list',
  'order-detail',
  'messages-inbox',
  'message-thread',
  'account-health',
  'customer-service-performance',
]);

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
