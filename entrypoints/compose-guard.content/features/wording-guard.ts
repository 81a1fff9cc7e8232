/**
 * The wording guard wherever a seller writes to a buyer (the contact page, a thread's reply
 * box): finds the box when the messaging app mounts it (late, and again after each in-app
 * navigation), attaches one guard per box, and counts sends of each text by its hash. The
 * popup asks for the active tab's findings through a message.
 */
import { t, uiLanguage } from '@/components/i18n';
import { WordingGuard } from '@/lib/inline/compose/guard';
import { isOverlay, overlayFor } from '@/lib/inline/compose/overlay';
import { pageChanged } from '@/lib/inline/compose/page-changed';
import { sentWatch } from '@/lib/inline/compose/sent-watch';
import type { BuyerNamesReply } from '@/lib/messages/protocol';
import { boxText } from '@/lib/pages/compose/box-text';
import { findComposeBox, findSendButton } from '@/lib/pages/compose/compose-box';
import { pageContext } from '@/lib/pages/context';
import { detectPageKind } from '@/lib/pages/detect';
import { threadIdFromUrl } from '@/lib/pages/message-thread/thread-id';
import { checkWording, prepareWording } from '@/lib/wording/check';
import { repeatHash } from '@/lib/wording/repeat';
import type { Purpose } from '@/lib/wording/types';
import type { Feature } from '../../seller-central.content/run-features';

const PAUSE_MS = 300;

/** The language most sellers write to buyers in, per marketplace (besides English). */
const MARKETPLACE_LANGUAGE: Partial<Record<string, string>> = {
  DE: 'de',
  AT: 'de',
  FR: 'fr',
  BE: 'fr',
  IT: 'it',
  ES: 'es',
  MX: 'es',
  JP: 'ja',
};
const SCAN_MS = 150;

/**
 * The buyer's name on a thread page, so that "Hi Anna" and "Hi Ben" count as one template.
 * Read once per page address, not at every pause in typing: a thread's buyer does not change
 * while it is open.
 */
let names: { url: string; names: string[] } | undefined;
/** The buyer's names, as the readers stored them for this thread or order (asked once per page). */
async function buyerNames(): Promise<string[]> {
  if (names?.url === location.href) return names.names;
  const url = new URL(location.href);
  const threadId = detectPageKind(url.href) === 'message-thread' ? threadIdFromUrl(url) : undefined;
  const orderId = url.searchParams.get('orderID') ?? undefined;
  const query = {
    type: 'buyer-names',
    ...(threadId ? { threadId } : {}),
    ...(orderId && /^\d{3}-\d{7}-\d{7}$/.test(orderId) ? { orderId } : {}),
  };
  if (!('threadId' in query) && !('orderId' in query)) return [];
  const reply = (await browser.runtime.sendMessage(query).catch(() => undefined)) as
    | BuyerNamesReply
    | undefined;
  const found = reply?.ok && Array.isArray(reply.names) ? reply.names : [];
  // An empty answer may be a thread not stored yet: only names found are kept.
  if (found.length > 0) names = { url: location.href, names: found };
  return found;
}

async function sendsToday(text: string): Promise<number> {
  const hash = await repeatHash(text, { buyerNames: await buyerNames() });
  const reply = (await browser.runtime.sendMessage({ type: 'send-count', hash }).catch(() => undefined)) as
    | { ok: true; count: number }
    | undefined;
  return reply?.ok && typeof reply.count === 'number' ? reply.count : 0;
}

async function recordSent(text: string): Promise<void> {
  const hash = await repeatHash(text, { buyerNames: await buyerNames() });
  await browser.runtime.sendMessage({ type: 'sent', hash, at: Date.now() }).catch(() => undefined);
}

export const wordingGuardFeature: Feature<undefined> = {
  id: 'wording-guard',
  start(ctx) {
    let guard: WordingGuard | undefined;
    // Found on each scan of the page (searching every shadow root), not on each keystroke.
    let sendButton: HTMLElement | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const watch = sentWatch(document, (text) => void recordSent(text));

    const context = () => {
      const url = new URL(location.href);
      const page = pageContext(document, url);
      const purpose: Purpose = detectPageKind(url.href) === 'compose' ? 'proactive' : 'reply';
      return { purpose, ...(page ? { marketplace: page.marketplace.code } : {}) };
    };

    const scan = () => {
      timer = undefined;
      const box = findComposeBox(document);
      sendButton = box ? findSendButton(document) : undefined;
      if (guard && (!box || box.element !== guard.box.element || !guard.box.element.isConnected)) {
        guard.destroy();
        guard = undefined;
      }
      if (box && !guard) {
        prepare();
        const wording = context();
        guard = new WordingGuard(box, overlayFor(document).root, {
          check: (text) => checkWording(text, wording),
          sendsToday,
          sendButton: () => (sendButton?.isConnected ? sendButton : undefined),
          t,
          uiLanguage: uiLanguage(),
          pauseMs: PAUSE_MS,
        });
      }
      if (guard) {
        watch.check(boxText(guard.box));
        guard.relayout();
      }
    };
    const schedule = () => {
      if (timer === undefined) timer = setTimeout(scan, SCAN_MS);
    };

    // Compile the rules while the seller reads, not on the first keystroke: once a box is
    // there (many messaging pages never show one), in idle time, for the languages the seller
    // most likely writes in here. Others compile on their first use.
    let prepared = false;
    const prepare = () => {
      if (prepared) return;
      prepared = true;
      const page = pageContext(document, new URL(location.href));
      const marketplace = page?.marketplace.code;
      const languages = new Set(['en', (page?.language ?? 'en').slice(0, 2).toLowerCase()]);
      const local = marketplace ? MARKETPLACE_LANGUAGE[marketplace] : undefined;
      if (local) languages.add(local);
      const idle = () => prepareWording([...languages]);
      if ('requestIdleCallback' in window) requestIdleCallback(idle, { timeout: 2000 });
      else setTimeout(idle, 500);
    };

    const observer = new MutationObserver((records) => {
      if (pageChanged(records, isOverlay)) schedule();
    });
    observer.observe(document.documentElement, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['hidden'],
    });
    ctx.addEventListener(window, 'wxt:locationchange', schedule);
    ctx.addEventListener(
      document,
      'click',
      (event) => {
        if (guard) watch.clicked(event.composedPath(), sendButton, boxText(guard.box));
      },
      { capture: true, passive: true },
    );
    const onMessage = (message: unknown) => {
      if ((message as { type?: unknown })?.type !== 'wording-snapshot') return undefined;
      return Promise.resolve(
        guard ? { ok: true, ...guard.snapshot() } : { ok: true, length: 0, findings: [] },
      );
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => {
      observer.disconnect();
      browser.runtime.onMessage.removeListener(onMessage);
      guard?.destroy();
      overlayFor(document).remove();
    });
    scan();
  },
};
