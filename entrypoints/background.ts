import { receiveMessage } from '@/lib/store/receive';
import { openDb } from '@/lib/store/schema';

export default defineBackground(() => {
  const db = openDb();
  browser.runtime.onMessage.addListener((message, sender) => {
    // Only our own content scripts and pages may write; a page cannot reach this listener,
    // but another extension's message must not either.
    if (sender.id !== browser.runtime.id) return undefined;
    return receiveMessage(db, message);
  });
});
