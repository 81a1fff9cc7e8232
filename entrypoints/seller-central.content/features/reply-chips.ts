/**
 * A countdown chip beside each inbox row that needs a reply, and a deadline line under an
 * open thread's reply box. Follows the list as it scrolls, filters and navigates (a
 * MutationObserver, debounced, ignoring its own chips) and ticks every minute from the
 * deadlines it already has, without asking the background again.
 */
import { marketplaceByCode } from '@/lib/locale/marketplaces';
import type { DeadlineInfo, DeadlinesReply, ExtensionMessage } from '@/lib/messages/protocol';
import { findComposeBox } from '@/lib/pages/compose/compose-box';
import { pageContext } from '@/lib/pages/context';
import { detectPageKind } from '@/lib/pages/detect';
import { threadIdFromUrl } from '@/lib/pages/message-thread/read-message-thread';
import { type InboxRow, inboxRows } from '@/lib/pages/messages-inbox/rows';
import { countdownLabel, deadlineState } from '@/lib/sla';
import type { Feature } from '../run-features';
import { onStored } from '../send-reading';
import { isChip, removeChipsExcept, upsertChip } from '../ui/countdown-chip';

const STATE_LABEL = { due: 'state_due', 'at-risk': 'state_atRisk', overdue: 'state_overdue' } as const;

type Target = Omit<InboxRow, 'row'> & { line?: boolean };

interface Shown {
  rows: Target[];
  reply: DeadlinesReply;
}

/** Where chips go on this page: the inbox rows, or the open thread's reply box. */
function targetsOn(url: URL, page: NonNullable<ReturnType<typeof pageContext>>): Target[] {
  const kind = detectPageKind(url.href);
  if (kind === 'messages-inbox') return inboxRows(document, page);
  if (kind !== 'message-thread') return [];
  const threadId = threadIdFromUrl(url);
  const box = findComposeBox(document);
  if (!threadId || !box) return [];
  return [{ anchor: box.host, threadId, marketplace: page.marketplace.code, line: true }];
}

function deadlineOf(row: Target, reply: DeadlinesReply): DeadlineInfo | undefined {
  return (
    (row.threadId ? reply.byThread[row.threadId] : undefined) ??
    (row.orderId ? reply.byOrder[row.orderId] : undefined)
  );
}

function render({ rows, reply }: Shown): void {
  const now = Date.now();
  const language = browser.i18n.getUILanguage();
  const kept = new Set<string>();
  for (const row of rows) {
    const deadline = deadlineOf(row, reply);
    const key = row.threadId ?? row.orderId;
    if (!deadline || !key) continue;
    kept.add(key);
    const state = deadlineState(deadline, now, reply.atRiskHours);
    const timeZone = marketplaceByCode(row.marketplace)?.timeZone ?? 'UTC';
    upsertChip(row.anchor, key, {
      state,
      stateLabel: browser.i18n.getMessage(STATE_LABEL[state]),
      text: countdownLabel(deadline, now, { language, timeZone }, (k, ...subs) =>
        browser.i18n.getMessage(k, subs.map(String)),
      ),
    });
  }
  removeChipsExcept(document, kept);
}

export const replyChipsFeature: Feature = {
  id: 'reply-chips',
  start(ctx) {
    let shown: Shown | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let generation = 0;

    const refresh = async () => {
      const mine = ++generation;
      const url = new URL(location.href);
      const page = pageContext(document, url);
      const rows = page ? targetsOn(url, page) : [];
      if (rows.length === 0) {
        removeChipsExcept(document, new Set());
        shown = undefined;
        return;
      }
      const query: ExtensionMessage = {
        type: 'deadlines',
        threadIds: rows.flatMap((r) => (r.threadId ? [r.threadId] : [])),
        orderIds: rows.flatMap((r) => (r.orderId ? [r.orderId] : [])),
      };
      if (query.threadIds.length + query.orderIds.length === 0) return;
      const reply = (await browser.runtime.sendMessage(query).catch(() => undefined)) as
        | DeadlinesReply
        | undefined;
      // A newer refresh started while this one waited: its rows are the ones on screen.
      if (mine !== generation || !reply?.ok || !('byThread' in reply)) return;
      shown = { rows, reply };
      render(shown);
    };
    const schedule = () => {
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => void refresh(), 250);
    };

    const observer = new MutationObserver((records) => {
      const onlyChips = records.every((r) => [...r.addedNodes, ...r.removedNodes].every(isChip));
      if (!onlyChips) schedule();
    });
    observer.observe(document.documentElement, { childList: true, subtree: true });
    ctx.addEventListener(window, 'wxt:locationchange', schedule);
    const unsubscribe = onStored(schedule);
    ctx.setInterval(() => shown && render(shown), 60_000);
    ctx.onInvalidated(() => {
      observer.disconnect();
      unsubscribe();
      removeChipsExcept(document, new Set());
    });
    schedule();
  },
};
