/**
 * Reply alerts (optional permission): raised from the badge's one-minute tick, each at most
 * once; a click opens the thread on its marketplace's Seller Central host.
 */
import { threadUrl } from '@/lib/locale/seller-central-urls';
import { alertsDue, threadIdOfAlert } from '@/lib/sla';
import { threadsAwaitingReply } from '@/lib/store/queries';
import type { SellerLensDb } from '@/lib/store/schema';

const SENT_KEY = 'alerts-sent';
const KEEP = 500;

export async function raiseAlerts(db: SellerLensDb, now: number, atRiskHours: number): Promise<void> {
  if (!browser.notifications || !(await browser.permissions.contains({ permissions: ['notifications'] })))
    return;
  const threads = await threadsAwaitingReply(db, 500);
  const stored = (await db.settings.get(SENT_KEY))?.value;
  const sent = new Set(Array.isArray(stored) ? stored.filter((v): v is string => typeof v === 'string') : []);
  const candidates = threads.map((t) => ({
    threadId: t.threadId,
    dueAt: t.replyDueAtMs ?? now,
    ...(t.replyDuePrecision ? { precision: t.replyDuePrecision } : {}),
  }));
  const due = alertsDue(candidates, now, atRiskHours, sent);
  if (due.length === 0) return;
  for (const alert of due) {
    const thread = threads.find((t) => t.threadId === alert.threadId);
    const buyer = thread?.buyerName ?? browser.i18n.getMessage('buyerUnknown');
    await browser.notifications.create(alert.id, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: browser.i18n.getMessage(alert.state === 'overdue' ? 'notifyOverdueTitle' : 'notifyAtRiskTitle', [
        buyer,
      ]),
      message: browser.i18n.getMessage('notifyBody'),
    });
    sent.add(alert.id);
  }
  await db.settings.put({ key: SENT_KEY, value: [...sent].slice(-KEEP) });
}

export function startAlertClicks(db: SellerLensDb): void {
  // The listener exists only once the seller granted the permission (the API is absent before).
  browser.notifications?.onClicked.addListener(async (id) => {
    const threadId = threadIdOfAlert(id);
    const thread = threadId ? await db.threads.get(threadId) : undefined;
    if (thread) await browser.tabs.create({ url: threadUrl(thread) });
    await browser.notifications.clear(id);
  });
}
