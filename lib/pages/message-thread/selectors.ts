/**
 * Every selector the open-thread reader relies on (`/messaging/inbox?fi=caseId&ss=<id>`: the
 * inbox with the thread pane and the order pane filled), as ordered fallbacks. Evidence
 * (SELLER-CENTRAL.md "Buyer messages"): the thread pane and order pane exist (IN screenshot),
 * `.thread-message-max-width-container-right` holds the seller's own messages (older
 * markup), the button "Mark these messages as No Response Needed", dates such as
 * "5 Jul 2026 9:30 pm". Everything else is INVENTED to be plausible; each selector is
 * matched by a replica in tests/fixtures/message-thread: IN (older classes), DE (test ids,
 * ARIA articles with an author attribute, Katal alert).
 */
export const MESSAGE_THREAD = {
  /** The middle pane. Invented: test id (DE); class (IN). */
  pane: ['[data-test-id="thread-pane"]', '.thread-pane'],
  /** Placeholders while the thread loads (the grey bars of the IN screenshot). Invented. */
  loading: ['.skeleton', '[aria-busy="true"]'],
  /** One per message, in the pane. Invented: test id (changed layout); ARIA article (DE); class (IN). */
  messages: ['[data-test-id="thread-message"]', '[role="article"]', '.thread-message'],
  /**
   * Who wrote a message: the message or an ancestor matches. Evidence: the `-right`
   * container is the seller's; the `-left` one (the buyer's) is inferred from it. Invented:
   * `data-author` (DE), `.thread-system-message` for Amazon's notices (IN).
   */
  author: {
    amazon: ['[data-author="amazon"]', '.thread-system-message'],
    seller: ['[data-author="seller"]', '.thread-message-max-width-container-right'],
    buyer: ['[data-author="buyer"]', '.thread-message-max-width-container-left'],
  },
  /** "5 Jul 2026 9:30 pm". Invented: test id (changed layout); <time> (DE); class (IN). */
  sentAt: ['[data-test-id="message-date"]', 'time', '.thread-message-date'],
  /** Invented: test id (DE, changed layout); class (IN). */
  body: ['[data-test-id="message-body"]', '.thread-message-body'],
  /** The pane's header: buyer, subject, flag, actions. Invented: test id (DE); class (IN). */
  header: ['[data-test-id="thread-header"]', '.thread-header'],
  buyerName: ['[data-test-id="thread-buyer-name"]', '.buyer-name'],
  subject: ['[data-test-id="thread-subject"]', '.thread-subject'],
  /** The right-hand "Order" pane (IN screenshot). Invented: test id (DE); class (IN). */
  orderPane: ['[data-test-id="order-pane"]', '.order-pane'],
  /** The order id in it: a link to the order page (DE), or a labelled id (IN). Invented. */
  orderId: ['a[href*="/orders-v3/order/"]', '.order-id'],
  /** Buttons in the pane; the one that marks the thread is found by its words (evidence). */
  buttons: ['kat-button', 'button', '[role="button"]'],
  /**
   * Notices in the thread and order panes: the "marked as No Response Needed" state and an
   * A-to-z claim. Invented: Katal alert (DE); status line (IN).
   */
  notices: ['kat-alert', '[role="status"]'],
  /** The row of the open thread in the list, for what the pane does not show. Invented. */
  selectedRow: ['[aria-selected="true"]', '[aria-current="true"]'],
} as const;
