/**
 * Every selector the messaging inbox reader (`/messaging/inbox`, `/messaging/inbox-v3`) relies
 * on, as ordered fallbacks. The LAYOUT is known from the IN screenshot (metric cards, folders,
 * rows with flag, buyer name, date, subject and status chip); the MARKUP of the React app is
 * NOT public. Only `#threads-list-search-bar kat-input` and `.case-status-label` ("Resolved
 * on …") come from evidence (older markup, SELLER-CENTRAL.md "Buyer messages"); every other
 * selector is INVENTED to be plausible: test ids in the orders app's style, ARIA roles, Katal
 * elements, class names. Each is matched by a replica in tests/fixtures/messages-inbox:
 * IN (inbox-v3 test ids), US (ARIA listbox), DE (test ids with Katal chips and marketplace
 * ids), JP (older class names).
 */
export const MESSAGES_INBOX = {
  /** Older markup (evidence) and every replica: the app has drawn its frame. */
  searchBar: ['#threads-list-search-bar kat-input', '#threads-list-search-bar'],
  /** The thread list. Invented: test id (IN, DE); ARIA listbox (US); older class (JP). */
  list: ['[data-test-id="thread-list"]', '[role="listbox"]', '.threads-list'],
  /** One thread per row, inside the list. Same variants as `list`. */
  rows: ['[data-test-id="thread-list-item"]', '[role="option"]', '.thread-list-item'],
  /** The app shows these while it fetches the list. Invented: Katal spinner (IN); aria-busy (US). */
  loading: ['kat-spinner', '[aria-busy="true"]'],
  /** In a row. Invented: test id (IN, DE); class (US); older class (JP). */
  buyerName: ['[data-test-id="thread-buyer-name"]', '.buyer-name', '.thread-list-item-buyer'],
  /** "6 Jul 2026", "Yesterday", "10:32 AM". Invented: test id (IN); <time> (US, DE); class (JP). */
  date: ['[data-test-id="thread-date"]', 'time', '.thread-list-item-date'],
  /** "Product details enquiry from Amazon customer Bhargav (Order: 405-7552201-85…". */
  subject: ['[data-test-id="thread-subject"]', '.subject', '.thread-list-item-subject'],
  /**
   * The status chip ("Resolved", "Response needed"). Invented: test id (IN); Katal badge (DE);
   * class (US). Evidence: `.case-status-label` "Resolved on …" (older markup, JP).
   */
  status: ['[data-test-id="thread-status"]', 'kat-badge', '.status-chip', '.case-status-label'],
  /** The marketplace flag. Invented: marketplace id (DE); image with alt text (US); class (IN). */
  flag: ['[data-marketplace-id]', '.marketplace-flag', '.flag'],
  /** The link that opens the thread: its `ss` is the case id (URL shape from evidence). */
  threadLink: ['a[href*="fi=caseId"]'],
  /** The case id as an attribute of the row (IN, JP). Invented. */
  threadIdAttribute: 'data-case-id',
  /** "Cases requiring attention … Response needed N". Invented: test id (IN); class (US); kat-card (DE). */
  metricCards: ['[data-test-id^="metric-card"]', '.metric-card', 'kat-card'],
  /** The folder list. Invented: test id (IN, DE); labelled nav (US); older class (JP). */
  folders: ['[data-test-id="inbox-folders"]', 'nav[aria-label]', '.inbox-folders'],
  /** The open folder, inside `folders`. Invented: aria-current (IN, DE); tabs (US); class (JP). */
  selectedFolder: ['[aria-current="page"]', '[aria-selected="true"]', '.selected'],
} as const;
