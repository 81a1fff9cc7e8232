import { describe, expect, it } from 'vitest';
import {
  type MessagesInboxReading,
  type MessageThreadReading,
  type PageReading,
  pageReading,
} from '@/lib/messages/reading';
import { findComposeBox, findSendButton } from '@/lib/pages/compose/compose-box';
import { readCompose } from '@/lib/pages/compose/read-compose';
import { COMPOSE } from '@/lib/pages/compose/selectors';
import { type PageContext, pageContext } from '@/lib/pages/context';
import { readMessageThread } from '@/lib/pages/message-thread/read-message-thread';
import { readMessagesInbox } from '@/lib/pages/messages-inbox/read-messages-inbox';
import { readDateInSentence, readShownTime } from '@/lib/pages/messages-inbox/shown-time';
import { fixtureJson, loadFixture } from '../../support/fixtures';

// ───────────────────────────── how the replicas are read ─────────────────────────────

/** Each replica's header comment names its "now"; relative dates are read against it. */
const NOW = {
  IN: Date.parse('2026-07-14T10:00:00+05:30'),
  US: Date.parse('2026-11-24T14:00:00-08:00'),
  DE: Date.parse('2026-11-24T15:00:00+01:00'),
  JP: Date.parse('2026-11-25T09:00:00+09:00'),
} as const;
type Market = keyof typeof NOW;

function ctxOf(doc: Document, url: string): PageContext {
  const ctx = pageContext(doc, new URL(url));
  if (!ctx) throw new Error(`not a Seller Central URL: ${url}`);
  return ctx;
}

/**
 * What the replicas' folder script does (happy-dom runs no scripts): mount a folder's list
 * from its <template> in place of the spinner, and mark that folder as the open one.
 */
function mountFolder(doc: Document, folder: string): Document {
  const template = doc.getElementById(`sl-demo-threads-${folder}`) as HTMLTemplateElement | null;
  const slot = doc.getElementById('sl-demo-list-slot');
  if (!template || !slot) throw new Error(`cannot mount folder ${folder}`);
  slot.replaceChildren(doc.importNode(template.content, true));
  for (const link of Array.from(doc.querySelectorAll('[data-sl-demo-folder]'))) {
    const on = link.getAttribute('data-sl-demo-folder') === folder;
    if (link.hasAttribute('aria-selected')) link.setAttribute('aria-selected', String(on));
    else if (on) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  return doc;
}

/**
 * What the Katal stand-ins do once scripts run: every kat-* element gets an open shadow root
 * that draws its label, and kat-textarea a real <textarea> in it. Readers must read the same.
 */
function renderKatal(root: ParentNode): void {
  for (const host of Array.from(root.querySelectorAll('*'))) {
    if (!host.localName.startsWith('kat-') || host.shadowRoot) continue;
    const doc = host.ownerDocument;
    const shadow = host.attachShadow({ mode: 'open' });
    const label = host.getAttribute('label') ?? host.getAttribute('header');
    if (label) {
      const text = doc.createElement('span');
      text.textContent = label;
      shadow.append(text);
    }
    if (host.localName === 'kat-textarea') {
      const textarea = doc.createElement('textarea');
      textarea.setAttribute('aria-label', host.getAttribute('aria-label') ?? '');
      shadow.append(textarea);
    }
    shadow.append(doc.createElement('slot'));
  }
}

// ───────────────────────────── times as the app prints them ─────────────────────────────

describe('readShownTime', () => {
  const at = (host: string, lang: string): PageContext => {
    const doc = new DOMParser().parseFromString(`<html lang="${lang}"></html>`, 'text/html');
    return ctxOf(doc, `https://${host}/messaging/inbox`);
  };
  const IN = at('sellercentral.amazon.in', 'en-IN');
  const US = at('sellercentral.amazon.com', 'en-US');
  const DE = at('sellercentral.amazon.de', 'de-DE');
  const JP = at('sellercentral.amazon.co.jp', 'ja-JP');

  it.each([
    ['6 Jul 2026', IN, NOW.IN, '2026-07-06', true],
    ['5 Jul 2026 9:30 pm', IN, NOW.IN, '2026-07-05T21:30:00+05:30', false],
    ['10:32 AM', US, NOW.US, '2026-11-24T10:32:00-08:00', false],
    ['Yesterday', US, NOW.US, '2026-11-23', true],
    ['Yesterday 10:32 AM', US, NOW.US, '2026-11-23T10:32:00-08:00', false],
    ['Yesterday at 10:32 PM', US, NOW.US, '2026-11-23T22:32:00-08:00', false],
    ['2 hours ago', US, NOW.US, '2026-11-24T12:00:00-08:00', false],
    ['Nov 21, 2026', US, NOW.US, '2026-11-21', true],
    ['Nov 21', US, NOW.US, '2026-11-21', true],
    ['Dec 30', US, NOW.US, '2025-12-30', true],
    ['Nov 21, 9:05 PM', US, NOW.US, '2026-11-21T21:05:00-08:00', false],
    ['11/21', US, NOW.US, '2026-11-21', true],
    ['Gestern, 10:32', DE, NOW.DE, '2026-11-23T10:32:00+01:00', false],
    ['vor 2 Stunden', DE, NOW.DE, '2026-11-24T13:00:00+01:00', false],
    ['22.11.2026, 09:14', DE, NOW.DE, '2026-11-22T09:14:00+01:00', false],
    ['21. Nov.', DE, NOW.DE, '2026-11-21', true],
    ['21.11.', DE, NOW.DE, '2026-11-21', true],
    ['10:32 Uhr', DE, NOW.DE, '2026-11-24T10:32:00+01:00', false],
    ['2026/11/20', JP, NOW.JP, '2026-11-20', true],
    ['昨日', JP, NOW.JP, '2026-11-24', true],
    ['昨日 8:15', JP, NOW.JP, '2026-11-24T08:15:00+09:00', false],
    ['午後9:30', JP, NOW.JP, '2026-11-25T21:30:00+09:00', false],
    ['11月21日', JP, NOW.JP, '2026-11-21', true],
    ['2026年11月20日 14:05', JP, NOW.JP, '2026-11-20T14:05:00+09:00', false],
  ] as const)('"%s" reads as %s', (text, ctx, now, iso, dayOnly) => {
    expect(readShownTime(text, ctx, now)).toEqual({ at: iso, dayOnly });
  });

  it.each(['', 'someday', 'Resolved', '2 hours', 'Respond within 12 hours', '31 Feb'])(
    '"%s" is no time',
    (text) => {
      expect(readShownTime(text, US, NOW.US)).toBeUndefined();
    },
  );

  it('reads a date in a sentence, and a time only when it follows that date', () => {
    expect(
      readDateInSentence('A-to-z claim filed on 7 Jul 2026 at 9:15 pm. Respond within 48 hours.', IN),
    ).toEqual({
      at: '2026-07-07T21:15:00+05:30',
      dayOnly: false,
    });
    expect(
      readDateInSentence(
        'Claim filed on 7 Jul 2026. Amazon will decide; answers after 12:00 pm are late.',
        IN,
      ),
    ).toEqual({ at: '2026-07-07', dayOnly: true });
  });
});

// ───────────────────────────── the inbox ─────────────────────────────

interface InboxPage {
  fixture: string;
  market: Market;
  url: string;
  /** The list arrives by script after load (IN, US). */
  late: boolean;
}

const INBOX_PAGES: InboxPage[] = [
  { fixture: 'in-en', market: 'IN', url: 'https://sellercentral.amazon.in/messaging/inbox-v3', late: true },
  { fixture: 'us-en', market: 'US', url: 'https://sellercentral.amazon.com/messaging/inbox', late: true },
  { fixture: 'de-de', market: 'DE', url: 'https://sellercentral.amazon.de/messaging/inbox', late: false },
  { fixture: 'jp-ja', market: 'JP', url: 'https://sellercentral.amazon.co.jp/messaging/inbox', late: false },
];

function loadInbox(page: InboxPage, folder = 'all'): Document {
  const doc = loadFixture(`messages-inbox/${page.fixture}.html`);
  return page.late ? mountFolder(doc, folder) : doc;
}

function readInbox(doc: Document, page: Pick<InboxPage, 'url' | 'market'>): PageReading {
  return readMessagesInbox(doc, ctxOf(doc, page.url), page.url, NOW[page.market]).reading;
}

const US_INBOX = INBOX_PAGES[1] as InboxPage;

describe('readMessagesInbox on the inbox replicas', () => {
  describe.each(INBOX_PAGES)('$fixture', (page) => {
    const expected = fixtureJson<MessagesInboxReading>(`messages-inbox/${page.fixture}.expected.json`);
    const reading = readInbox(loadInbox(page), page);

    it('reads an inbox that passes the schema', () => {
      expect(reading.kind).toBe('messages-inbox');
      expect(pageReading.safeParse(reading).success).toBe(true);
    });

    it('reads every thread, field by field, as the page shows it', () => {
      if (reading.kind !== 'messages-inbox') throw new Error(JSON.stringify(reading));
      expect(reading.threads.map((t) => t.threadId)).toEqual(expected.threads.map((t) => t.threadId));
      for (const [index, thread] of reading.threads.entries()) {
        const want = expected.threads[index] ?? {};
        const keys = new Set([...Object.keys(want), ...Object.keys(thread)]);
        for (const key of keys) {
          expect({ thread: index + 1, [key]: thread[key as keyof typeof thread] }).toEqual({
            thread: index + 1,
            [key]: want[key as keyof typeof want],
          });
        }
      }
      expect(reading).toEqual(expected);
    });

    it('reads the same once the Katal components have drawn their shadow roots', () => {
      const doc = loadInbox(page);
      renderKatal(doc);
      expect(doc.querySelector('kat-input')?.shadowRoot).toBeTruthy();
      expect(readInbox(doc, page)).toEqual(expected);
    });
  });

  it.each(INBOX_PAGES.filter((page) => page.late))(
    '$fixture reads as unknown while the app has not mounted its list, and as the inbox once it has',
    (page) => {
      const doc = loadFixture(`messages-inbox/${page.fixture}.html`);
      const before = readInbox(doc, page);
      expect(before).toEqual({
        kind: 'unknown',
        expected: 'messages-inbox',
        marketplace: page.market,
        reason: 'the inbox has not loaded its threads yet: its list shows it is loading',
      });
      expect(pageReading.safeParse(before).success).toBe(true);
      mountFolder(doc, 'all');
      expect(readInbox(doc, page)).toEqual(fixtureJson(`messages-inbox/${page.fixture}.expected.json`));
    },
  );

  it.each(INBOX_PAGES.filter((page) => page.late))(
    '$fixture reads the Response Needed folder the app swaps in without a reload',
    (page) => {
      const doc = loadInbox(page);
      mountFolder(doc, 'responseNeeded');
      const reading = readInbox(doc, page);
      expect(reading).toEqual(fixtureJson(`messages-inbox/${page.fixture}-response-needed.expected.json`));
      expect(pageReading.safeParse(reading).success).toBe(true);
    },
  );

  it('reads an empty list drawn beside a visible spinner as not loaded yet, and as empty once it hides', () => {
    const doc = loadInbox(US_INBOX, 'responseNeeded');
    const list = doc.querySelector('[role="listbox"]');
    list?.replaceChildren();
    const spinner = doc.createElement('div');
    spinner.setAttribute('aria-busy', 'true');
    list?.after(spinner);
    expect(readInbox(doc, US_INBOX)).toMatchObject({
      kind: 'unknown',
      reason: 'the inbox has not loaded its threads yet: its list shows it is loading',
    });
    spinner.hidden = true;
    expect(readInbox(doc, US_INBOX)).toMatchObject({ kind: 'messages-inbox', threads: [] });
  });

  it('takes responseNeeded from the open folder when rows show no status chip', () => {
    const doc = loadInbox(US_INBOX, 'responseNeeded');
    expect(doc.querySelector('[role="option"] .status-chip')).toBeNull();
    const reading = readInbox(doc, US_INBOX);
    if (reading.kind !== 'messages-inbox') throw new Error(JSON.stringify(reading));
    expect(reading.threads.map((t) => t.responseNeeded)).toEqual([true, true]);
  });

  it('reads the metric card, and leaves it out where the page shows none', () => {
    expect(readInbox(loadInbox(US_INBOX), US_INBOX)).toMatchObject({ responseNeededCount: 2 });
    const jp = INBOX_PAGES[3] as InboxPage;
    expect(readInbox(loadInbox(jp), jp)).not.toHaveProperty('responseNeededCount');
  });

  it('takes an order id from the subject only when the page shows it whole', () => {
    const page = INBOX_PAGES[0] as InboxPage;
    const reading = readInbox(loadInbox(page), page);
    if (reading.kind !== 'messages-inbox') throw new Error(JSON.stringify(reading));
    const bhargav = reading.threads.find((t) => t.buyerName === 'Bhargav');
    expect(bhargav?.subject).toContain('(Order: 405-7552201-85…');
    expect(bhargav).not.toHaveProperty('orderId');
    expect(reading.threads.find((t) => t.buyerName === 'Anil')?.orderId).toBe('408-1190273-5561234');
  });

  it('reads the marketplace of each flag on a unified EU inbox', () => {
    const page = INBOX_PAGES[2] as InboxPage;
    const reading = readInbox(loadInbox(page), page);
    if (reading.kind !== 'messages-inbox') throw new Error(JSON.stringify(reading));
    expect(reading.marketplace).toBe('DE');
    expect(reading.threads.map((t) => t.marketplace)).toEqual(['FR', 'IT', 'ES', 'DE', 'FR']);
  });

  it('leaves the marketplace out when a flag is shown that it cannot tell', () => {
    const page = INBOX_PAGES[2] as InboxPage;
    const doc = loadInbox(page);
    const flag = doc.querySelector('[data-marketplace-id]');
    flag?.setAttribute('data-marketplace-id', 'A0UNKNOWN00000');
    const reading = readInbox(doc, page);
    if (reading.kind !== 'messages-inbox') throw new Error(JSON.stringify(reading));
    expect(reading.threads[0]).not.toHaveProperty('marketplace');
    expect(reading.threads[1]?.marketplace).toBe('IT');
  });

  it('keeps a hostile buyer name as text, never as markup', () => {
    const doc = loadInbox(US_INBOX);
    const reading = readInbox(doc, US_INBOX);
    if (reading.kind !== 'messages-inbox') throw new Error(JSON.stringify(reading));
    expect(reading.threads[1]?.buyerName).toBe('<img src=x onerror=alert(1)>');
    expect(doc.querySelector('[role="listbox"] img:not(.marketplace-flag)')).toBeNull();
  });
});

describe('readMessagesInbox on changed layouts', () => {
  it('us-en-redesigned (cards with new class names) reads only what its cards show', () => {
    const reading = readInbox(loadFixture('messages-inbox/us-en-redesigned.html'), US_INBOX);
    expect(reading).toEqual(fixtureJson('messages-inbox/us-en-redesigned.expected.json'));
    expect(pageReading.safeParse(reading).success).toBe(true);
  });

  /** The US inbox without the thread at `index`: what the others read as. */
  const without = (index: number) => {
    const all = fixtureJson('messages-inbox/us-en.expected.json') as { threads: unknown[] };
    return all.threads.filter((_, i) => i !== index);
  };

  it('leaves out and counts a row whose status chip says words it does not know, naming them', () => {
    const doc = loadInbox(US_INBOX);
    const chip = doc.querySelectorAll('.status-chip')[2];
    if (chip) chip.textContent = 'Teleported';
    expect(readInbox(doc, US_INBOX)).toMatchObject({
      kind: 'messages-inbox',
      threads: without(2),
      skipped: { count: 1, reasons: ['status not recognised: "Teleported"'] },
    });
  });

  it('never guesses: a row without a chip, in a list that labels every row, is left out', () => {
    const doc = loadInbox(US_INBOX);
    doc.querySelectorAll('.status-chip')[0]?.remove();
    expect(readInbox(doc, US_INBOX)).toMatchObject({
      kind: 'messages-inbox',
      threads: without(0),
      skipped: { count: 1, reasons: ['no status shown, and the open folder does not say'] },
    });
  });

  it('leaves out a row with an unreadable date, and reads the others', () => {
    const page = INBOX_PAGES[3] as InboxPage;
    const doc = loadInbox(page);
    const date = doc.querySelectorAll('.thread-list-item-date')[2];
    if (date) date.textContent = 'someday';
    const reading = readInbox(doc, page);
    const all = fixtureJson(`messages-inbox/${page.fixture}.expected.json`) as { threads: unknown[] };
    expect(reading).toMatchObject({ kind: 'messages-inbox', skipped: { count: 1, reasons: ['no date'] } });
    if (reading.kind !== 'messages-inbox') throw new Error(reading.kind);
    expect(reading.threads).toEqual(all.threads.filter((_, i) => i !== 2));
  });

  it('says unknown on a page where nothing looks like an inbox', () => {
    const doc = new DOMParser().parseFromString(
      '<html lang="en-US"><body><p>Hello</p></body></html>',
      'text/html',
    );
    expect(readInbox(doc, US_INBOX)).toMatchObject({
      kind: 'unknown',
      reason: 'no thread list: nothing on the page repeats a buyer or a subject with a time',
    });
  });
});

// ───────────────────────────── an open thread ─────────────────────────────

const THREAD_PAGES = [
  {
    fixture: 'in-en',
    market: 'IN' as Market,
    url: 'https://sellercentral.amazon.in/messaging/inbox?fi=caseId&ss=7c1e2a4b-5d6f-4a8b-9c0d-1e2f3a4b5c6d&cc=7c1e2a4b-5d6f-4a8b-9c0d-1e2f3a4b5c6d',
  },
  {
    fixture: 'de-de',
    market: 'DE' as Market,
    url: 'https://sellercentral.amazon.de/messaging/inbox?fi=caseId&ss=5b2f7e90-3c41-4d8a-9f62-7a1e0c3d4b58&cc=5b2f7e90-3c41-4d8a-9f62-7a1e0c3d4b58',
  },
  {
    fixture: 'us-en',
    market: 'US' as Market,
    url: 'https://sellercentral.amazon.com/messaging/inbox?fi=caseId&ss=c1a2b3c4-d5e6-4f70-8a9b-0c1d2e3f4a5b&cc=c1a2b3c4-d5e6-4f70-8a9b-0c1d2e3f4a5b',
  },
  {
    fixture: 'jp-ja',
    market: 'JP' as Market,
    url: 'https://sellercentral.amazon.co.jp/messaging/inbox?fi=caseId&ss=2b3c4d5e-6f70-4819-a2b3-c4d5e6f7a8b9&cc=2b3c4d5e-6f70-4819-a2b3-c4d5e6f7a8b9',
  },
];
const [IN_THREAD, DE_THREAD] = THREAD_PAGES as [(typeof THREAD_PAGES)[0], (typeof THREAD_PAGES)[0]];

function readThread(doc: Document, page: { url: string; market: Market }, url = page.url): PageReading {
  return readMessageThread(doc, ctxOf(doc, page.url), url, NOW[page.market]).reading;
}

describe('readMessageThread on the thread replicas', () => {
  describe.each(THREAD_PAGES)('$fixture', (page) => {
    const expected = fixtureJson<MessageThreadReading>(`message-thread/${page.fixture}.expected.json`);
    const reading = readThread(loadFixture(`message-thread/${page.fixture}.html`), page);

    it('reads a thread that passes the schema', () => {
      expect(reading.kind).toBe('message-thread');
      expect(pageReading.safeParse(reading).success).toBe(true);
    });

    it('reads every field and every message as the page shows it', () => {
      if (reading.kind !== 'message-thread') throw new Error(JSON.stringify(reading));
      const { messages, ...thread } = reading.thread;
      const { messages: wantMessages, ...want } = expected.thread;
      const keys = new Set([...Object.keys(want), ...Object.keys(thread)]);
      for (const key of keys) {
        expect({ [key]: thread[key as keyof typeof thread] }).toEqual({
          [key]: want[key as keyof typeof want],
        });
      }
      expect(messages.length).toBe(wantMessages.length);
      for (const [index, message] of messages.entries()) {
        expect({ message: index + 1, ...message }).toEqual({ message: index + 1, ...wantMessages[index] });
      }
      expect(reading).toEqual(expected);
    });

    it('reads the same once the Katal components have drawn their shadow roots', () => {
      const doc = loadFixture(`message-thread/${page.fixture}.html`);
      renderKatal(doc);
      expect(readThread(doc, page)).toEqual(expected);
    });
  });

  it('tells authors apart: the buyer, the seller (right-hand container) and Amazon notices', () => {
    const reading = readThread(loadFixture('message-thread/in-en.html'), IN_THREAD);
    if (reading.kind !== 'message-thread') throw new Error(JSON.stringify(reading));
    expect(reading.thread.messages.map((m) => m.author)).toEqual(['buyer', 'seller', 'amazon', 'buyer']);
    expect(reading.thread.messages[0]?.sentAt).toBe('2026-07-05T21:30:00+05:30');
  });

  it('keeps line breaks and paragraphs, and markup-like text as text', () => {
    const de = readThread(loadFixture('message-thread/de-de.html'), DE_THREAD);
    if (de.kind !== 'message-thread') throw new Error(JSON.stringify(de));
    expect(de.thread.messages[0]?.text).toBe(
      'Bonjour,\n\nma poêle est arrivée avec une poignée fissurée.\nQue proposez-vous ?',
    );
    expect(de.thread.messages[3]?.text).toBe("Je n'ai toujours rien reçu. <b>Merci</b>");
  });

  it('says a response is needed once the seller has not marked the messages and the buyer spoke last', () => {
    const reading = readThread(loadFixture('message-thread/de-de.html'), DE_THREAD);
    expect(reading).toMatchObject({
      thread: { responseNeeded: true, noResponseNeeded: false, atozClaimAt: '2026-11-23T08:02:00+01:00' },
    });
  });

  it('reads the marked state once the seller has marked the messages as No Response Needed', () => {
    const doc = loadFixture('message-thread/de-de.html');
    const button = doc.querySelector('kat-button.no-response-needed');
    const status = doc.createElement('div');
    status.setAttribute('role', 'status');
    status.textContent = 'Sie haben diese Nachrichten als „Keine Antwort erforderlich“ markiert.';
    button?.replaceWith(status);
    expect(readThread(doc, DE_THREAD)).toMatchObject({
      thread: { responseNeeded: false, noResponseNeeded: true },
    });
  });

  it('takes the case id from the open row when the URL does not name it', () => {
    const reading = readThread(
      loadFixture('message-thread/in-en.html'),
      IN_THREAD,
      'https://sellercentral.amazon.in/messaging/inbox',
    );
    expect(reading).toMatchObject({ thread: { threadId: '7c1e2a4b-5d6f-4a8b-9c0d-1e2f3a4b5c6d' } });
  });

  it('reads an A-to-z claim known only to the day as a day', () => {
    const doc = loadFixture('message-thread/de-de.html');
    doc
      .querySelector('kat-alert')
      ?.setAttribute('description', 'Der Käufer hat am 23.11.2026 einen A-bis-z-Garantieantrag gestellt.');
    expect(readThread(doc, DE_THREAD)).toMatchObject({ thread: { atozClaimAt: '2026-11-23' } });
  });
});

describe('readMessageThread on changed layouts', () => {
  it('in-en-redesigned (authors told by alignment alone) reads as unknown, saying what it expected and why', () => {
    const reading = readThread(loadFixture('message-thread/in-en-redesigned.html'), IN_THREAD);
    expect(reading).toEqual(fixtureJson('message-thread/in-en-redesigned.expected.json'));
    expect(reading).toMatchObject({ kind: 'unknown', expected: 'message-thread' });
    expect(pageReading.safeParse(reading).success).toBe(true);
  });

  it('says unknown while the thread pane shows its placeholders (the inbox screenshot)', () => {
    const doc = mountFolder(loadFixture('messages-inbox/in-en.html'), 'all');
    expect(readThread(doc, IN_THREAD)).toEqual({
      kind: 'unknown',
      expected: 'message-thread',
      marketplace: 'IN',
      reason: 'the thread has not loaded yet: its pane shows it is loading',
    });
  });

  it('never half-reads: a message with an unreadable date makes the thread unknown', () => {
    const doc = loadFixture('message-thread/in-en.html');
    const date = doc.querySelectorAll('.thread-message-date')[1];
    if (date) date.textContent = 'soon';
    expect(readThread(doc, IN_THREAD)).toMatchObject({
      kind: 'unknown',
      reason: 'message 2: date not recognised',
    });
  });
});

// ───────────────────────────── the contact page and reply boxes ─────────────────────────────

const COMPOSE_URL =
  'https://sellercentral.amazon.com/messaging/contact?orderID=114-3829104-7761032&marketplaceID=ATVPDKIKX0DER';

function readContact(doc: Document, url = COMPOSE_URL): PageReading {
  return readCompose(doc, ctxOf(doc, url), url);
}

describe('readCompose', () => {
  it('reads the order of the contact page, before and after kat-textarea has drawn itself', () => {
    const expected = fixtureJson('compose/us-en.expected.json');
    const doc = loadFixture('compose/us-en.html');
    const reading = readContact(doc);
    expect(reading).toEqual(expected);
    expect(pageReading.safeParse(reading).success).toBe(true);
    renderKatal(doc);
    expect(readContact(doc)).toEqual(expected);
  });

  it.each([
    [
      'de-de',
      'https://sellercentral.amazon.de/messaging/contact?orderID=402-7739215-6628304&marketplaceID=A1PA6795UKMFR9',
    ],
    [
      'jp-ja',
      'https://sellercentral.amazon.co.jp/messaging/contact?orderID=503-4418207-3309152&marketplaceID=A1VC38T7YXB528',
    ],
    [
      'in-en',
      'https://sellercentral.amazon.in/messaging/contact?orderID=171-5520934-8817320&marketplaceID=A21TJRUUN4KGV',
    ],
  ])('reads the %s contact page, before and after kat-textarea has drawn itself', (name, url) => {
    const expected = fixtureJson(`compose/${name}.expected.json`);
    const doc = loadFixture(`compose/${name}.html`);
    const reading = readContact(doc, url);
    expect(reading).toEqual(expected);
    expect(pageReading.safeParse(reading).success).toBe(true);
    renderKatal(doc);
    expect(readContact(doc, url)).toEqual(expected);
  });

  it('takes the order id from the page when the URL does not carry it', () => {
    const reading = readContact(
      loadFixture('compose/us-en.html'),
      'https://sellercentral.amazon.com/messaging/contact?marketplaceID=ATVPDKIKX0DER',
    );
    expect(reading).toMatchObject({ kind: 'compose', orderId: '114-3829104-7761032' });
  });

  it('ignores an orderID parameter that is not an order id', () => {
    const doc = loadFixture('compose/us-en.html');
    doc.querySelector('[data-test-id="contact-order-id"]')?.remove();
    doc.querySelector('.breadcrumb a')?.remove();
    const reading = readContact(doc, 'https://sellercentral.amazon.com/messaging/contact?orderID=<script>');
    expect(reading).toEqual({ kind: 'compose', marketplace: 'US', language: 'en-US' });
  });

  it('us-en-redesigned reads as unknown, saying what it expected and why', () => {
    const reading = readContact(loadFixture('compose/us-en-redesigned.html'));
    expect(reading).toEqual(fixtureJson('compose/us-en-redesigned.expected.json'));
    expect(pageReading.safeParse(reading).success).toBe(true);
  });
});

describe('findComposeBox and findSendButton', () => {
  it("finds the kat-textarea's real textarea inside its open shadow root", () => {
    const doc = loadFixture('compose/us-en.html');
    expect(findComposeBox(doc)).toBeUndefined();
    const host = doc.querySelector('.contact-buyer-text-area kat-textarea');
    if (!host) throw new Error('replica changed');
    const shadow = host.attachShadow({ mode: 'open' });
    const textarea = doc.createElement('textarea');
    shadow.append(doc.createElement('label'), textarea);
    const box = findComposeBox(doc);
    expect(box?.kind).toBe('kat-textarea');
    expect(box?.element).toBe(textarea);
    expect(box?.host).toBe(host);
    expect(findSendButton(doc)?.matches('kat-button.ayb-contact-form-send-button')).toBe(true);
  });

  it("finds a thread's plain textarea, and the primary button of its reply area (not a popover's)", () => {
    const doc = loadFixture('message-thread/in-en.html');
    const box = findComposeBox(doc);
    expect(box?.kind).toBe('textarea');
    expect(box?.element.localName).toBe('textarea');
    expect(box?.element.closest('.thread-reply-area')).toBeTruthy();
    const send = findSendButton(doc);
    expect(send?.getAttribute('label')).toBe('Send');
    expect(send?.closest('.thread-reply-area')).toBeTruthy();
  });

  it("finds a thread's contenteditable box and its send button", () => {
    const doc = loadFixture('message-thread/de-de.html');
    const box = findComposeBox(doc);
    expect(box?.kind).toBe('contenteditable');
    expect(box?.element.getAttribute('role')).toBe('textbox');
    expect(findSendButton(doc)?.textContent).toBe('Senden');
  });

  it('finds a box that sits inside another component’s open shadow root', () => {
    const doc = new DOMParser().parseFromString(
      '<html><body><div id="app"></div></body></html>',
      'text/html',
    );
    const app = doc.getElementById('app');
    if (!app) throw new Error('no app');
    const shadow = app.attachShadow({ mode: 'open' });
    const area = doc.createElement('div');
    area.className = 'thread-reply-area';
    const editable = doc.createElement('div');
    editable.setAttribute('contenteditable', 'true');
    area.append(editable);
    shadow.append(area);
    expect(findComposeBox(doc)).toEqual({ kind: 'contenteditable', element: editable, host: editable });
    expect(findComposeBox(shadow)?.element).toBe(editable);
  });

  it('never takes a read-only, disabled or hidden box', () => {
    const doc = new DOMParser().parseFromString(
      '<html><body><textarea readonly></textarea><textarea disabled></textarea><div hidden><textarea></textarea></div><div aria-hidden="true"><div contenteditable="true"></div></div></body></html>',
      'text/html',
    );
    expect(findComposeBox(doc)).toBeUndefined();
    expect(findSendButton(doc)).toBeUndefined();
  });
});

// ───────────────────────────── every selector is matched by a replica ─────────────────────────────

describe('selectors', () => {
  let parsed: Document[] | undefined;
  /** Parsed once: these tests only look. */
  const replicas = (): Document[] => {
    parsed ??= [
      ...INBOX_PAGES.map((page) => loadInbox(page)),
      loadFixture('messages-inbox/in-en.html'),
      mountFolder(loadFixture('messages-inbox/us-en.html'), 'responseNeeded'),
      loadFixture('message-thread/in-en.html'),
      loadFixture('message-thread/de-de.html'),
      loadFixture('message-thread/in-en-redesigned.html'),
      loadFixture('compose/us-en.html'),
    ];
    return parsed;
  };
  const selectorsOf = (value: unknown): string[] =>
    typeof value === 'string'
      ? [value]
      : Array.isArray(value)
        ? value.flatMap(selectorsOf)
        : value && typeof value === 'object'
          ? Object.values(value).flatMap(selectorsOf)
          : [];
  // The inbox and the thread are read by content, not by selectors: the compose box's remain.
  const all = new Set(selectorsOf(COMPOSE));

  it.each([...all])('%s matches in at least one replica', (selector) => {
    expect(replicas().some((doc) => doc.querySelector(selector) !== null)).toBe(true);
  });
});
