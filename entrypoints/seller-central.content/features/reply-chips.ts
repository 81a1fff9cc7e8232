/**
 * A countdown chip beside each inbox row that needs a reply, and a deadline line under an
 * open thread's reply box, drawn from the page session's places. Ticks every minute from the
 * deadlines it already has, without asking the background again; asks again when the rows
 * name other threads or this tab's reading was stored. A late answer never overwrites a
 * newer one.
 */
import { removeChipsExcept, upsertChip } from '@/lib/inline/countdown-chip';
import type { PageSnapshot } from '@/lib/inline/page-session';
import { marketplaceByCode } from '@/lib/locale/marketplaces';
import type { DeadlineInfo, DeadlinesReply, ExtensionMessage } from '@/lib/messages/protocol';
import { findComposeBox } from '@/lib/pages/compose/compose-box';
import { threadIdFromUrl } from '@/lib/pages/message-thread/thread-id';
import { countdownLabel, deadlineState } from '@/lib/sla';
import type { Feature } from '../run-features';
import { onStored } from '../send-reading';

const STATE_LABEL = { due: 'state_due', 'at-risk': 'state_atRisk', overdue: 'state_overdue' } as const;

interface Target {
  anchor: Element;
  threadId?: string;
  orderId?: string;
  marketplace: string;
  line?: boolean;
}

interface Shown {
  rows: Target[];
  reply: DeadlinesReply;
  ids: string;
}

/** Where chips go on this page: the inbox rows, and the open thread's reply box. */
function targetsOf(snapshot: PageSnapshot | undefined): Target[] {
  if (!snapshot) return [];
  const rows: Target[] = snapshot.places
    .filter((p) => p.source === 'thread' && (p.threadId || p.orderId) && snapshot.kind === 'messages-inbox')
    .map((p) => ({
      anchor: p.name ?? p.row,
      marketplace: p.marketplace,
      ...(p.threadId ? { threadId: p.threadId } : {}),
      ...(p.orderId ? { orderId: p.orderId } : {}),
    }));
  if (snapshot.kind === 'message-thread') {
    const threadId = threadIdFromUrl(snapshot.url);
    const box = findComposeBox(document);
    const marketplace = snapshot.reading.marketplace ?? 'US';
    if (threadId && box) rows.push({ anchor: box.host, threadId, marketplace, line: true });
  }
  return rows;
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
    if (!deadline || !key || !row.anchor.isConnected) continue;
    kept.add(key);
    const state = deadlineState(deadline, now, reply.atRiskHours);
    const timeZone = marketplaceByCode(row.marketplace)?.timeZone ?? 'UTC';
    upsertChip(
      row.anchor,
      key,
      {
        state,
        stateLabel: browser.i18n.getMessage(STATE_LABEL[state]),
        text: countdownLabel(deadline, now, { language, timeZone }, (k, ...subs) =>
          browser.i18n.getMessage(k, subs.map(String)),
        ),
      },
      row.line,
    );
  }
  removeChipsExcept(document, kept);
}

export const replyChipsFeature: Feature = {
  id: 'reply-chips',
  start(ctx, session) {
    let shown: Shown | undefined;
    let generation = 0;

    const refresh = async (fresh: boolean) => {
      const mine = ++generation;
      const rows = targetsOf(session.latest());
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
      const ids = JSON.stringify(query);
      if (!fresh && shown?.ids === ids) {
        // The same threads: draw at the rows as they are now (the app may have redrawn them).
        shown = { ...shown, rows };
        render(shown);
        return;
      }
      const reply = (await browser.runtime.sendMessage(query).catch(() => undefined)) as
        | DeadlinesReply
        | undefined;
      // A newer refresh started while this one waited: its rows are the ones on screen.
      if (mine !== generation || !reply?.ok || !('byThread' in reply)) return;
      shown = { rows, reply, ids };
      render(shown);
    };

    const unsubscribe = session.subscribe(() => void refresh(false));
    const unstored = onStored(() => void refresh(true));
    ctx.setInterval(() => shown && render(shown), 60_000);
    ctx.onInvalidated(() => {
      unsubscribe();
      unstored();
      removeChipsExcept(document, new Set());
    });
  },
};
