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

const storedListeners = new Set<() => void>();

/** Overlays that show stored data (chips, badges) refresh when a reading changed the store. */
export function onStored(listener: () => void): () => void {
  storedListeners.add(listener);
  return () => storedListeners.delete(listener);
}

export async function sendMessage(message: ExtensionMessage): Promise<void> {
  try {
    const reply = await browser.runtime.sendMessage(message);
    if (reply && typeof reply === 'object' && 'ok' in reply && reply.ok === false) {
      console.warn('SellerLens: the background refused a message', reply);
    }
    if (reply && typeof reply === 'object' && 'stored' in reply) {
      const { added, updated } = reply.stored as { added: number; updated: number };
      if (added + updated > 0) for (const listener of storedListeners) listener();
    }
  } catch (error) {
    // The extension was updated or reloaded under this tab: the next page load reconnects.
    console.debug('SellerLens: background unavailable', error);
  }
}

export function sendReading(reading: PageReading): Promise<void> {
  return sendMessage({ type: 'reading', reading, observedAt: Date.now() });
}
