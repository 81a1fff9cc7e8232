/**
 * Every selector the compose readers rely on: the "Contact buyer" page
 * (`/messaging/contact?orderID=…&marketplaceID=…`) and the reply area of an open thread.
 * Evidence (SELLER-CENTRAL.md "Buyer messages", from the contact page): `.contact-buyer-text-area
 * kat-textarea` with the real `textarea` in its open shadow root, the send button
 * `kat-button.ayb-contact-form-send-button`, and the box's accessible name "4000 character
 * limit. Only links related to order completion are allowed, no HTML or email addresses."
 * Whether the thread's reply box is a kat-textarea, a textarea or a contenteditable is NOT
 * known: all three are supported. The rest is INVENTED; each selector is matched by a replica
 * in tests/fixtures/compose (US contact page) or tests/fixtures/message-thread (IN: textarea,
 * DE: contenteditable).
 */
export const COMPOSE = {
  /** Where the box is looked for first. Evidence: contact page. Invented: thread reply area (IN, DE). */
  replyAreas: ['.contact-buyer-text-area', '[data-test-id="reply-box"]', '.thread-reply-area'],
  /** Katal's text area (evidence): the real textarea sits in its open shadow root. */
  katTextarea: 'kat-textarea',
  textarea: 'textarea',
  /** Rich-text boxes (DE thread): one selector, the attribute's three editable values. */
  contentEditable: '[contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"]',
  /** The send button anywhere on the page. Evidence: the contact page's. Invented: a test id (DE thread). */
  send: ['kat-button.ayb-contact-form-send-button', '[data-test-id="send-button"]'],
  /**
   * The send button inside the reply area that holds the box (page-wide these would also
   * match a popover's "Get Started"). Invented: primary Katal button (IN thread), submit (DE thread).
   */
  sendInArea: ['kat-button[variant="primary"]', 'button[type="submit"]'],
  /** Shown once a message went out. Evidence: contact page ("Your message has been sent"). */
  sentAlert: '.kat-alert-success-content',
  /** The page shows the order it writes about. Invented: test id (US); link (changed layout). */
  orderId: ['[data-test-id="contact-order-id"]', 'a[href*="/orders-v3/order/"]'],
} as const;

/** The words of a send button, for a page that marks it no other way. Invented but for "Send". */
export const SEND_WORDS = [
  'send',
  'send message',
  'senden',
  'nachricht senden',
  'envoyer',
  'invia',
  'enviar',
  '送信',
  '发送',
] as const;
