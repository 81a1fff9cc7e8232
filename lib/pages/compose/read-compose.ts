/**
 * Reads the "Contact buyer" page (`/messaging/contact?orderID=…&marketplaceID=…`): which order
 * the seller is writing about. The page is recognised by its message box in any of the three
 * forms findComposeBox supports, or by the contact form's text area before `kat-textarea`
 * has drawn its shadow root (the reading does not need the box itself).
 */
import type { ComposeReading, UnknownReading } from '../../messages/reading';
import type { PageContext } from '../context';
import { queryFirst, textOf } from '../dom';
import { orderIdInText } from '../messages-inbox/read-messages-inbox';
import { findComposeBox, queryAllDeep } from './compose-box';
import { COMPOSE as S } from './selectors';

/** Parts of a message box that may be in the page before the box can take text. */
const UNDRAWN_BOX = [...S.replyAreas, S.katTextarea];

function orderIdFromUrl(url: string | URL): string | undefined {
  try {
    const id = (new URL(url).searchParams.get('orderID') ?? '').trim();
    return id && orderIdInText(id) === id ? id : undefined;
  } catch {
    return undefined;
  }
}

/** `url` gives the order id (the content script's document knows its own URL). */
export function readCompose(
  doc: Document,
  ctx: PageContext,
  url: string | URL = doc.URL,
): ComposeReading | UnknownReading {
  const recognised =
    UNDRAWN_BOX.some((selector) => queryAllDeep(doc, selector).length > 0) ||
    findComposeBox(doc) !== undefined;
  if (!recognised) {
    return {
      kind: 'unknown',
      expected: 'compose',
      marketplace: ctx.marketplace.code,
      reason: `no message box (${[...UNDRAWN_BOX, S.textarea, S.contentEditable].join(', ')})`,
    };
  }
  const reading: ComposeReading = {
    kind: 'compose',
    marketplace: ctx.marketplace.code,
    language: ctx.language,
  };
  const shown = queryFirst(doc, S.orderId);
  const orderId =
    orderIdFromUrl(url) ?? orderIdInText(`${textOf(shown)} ${shown?.getAttribute('href') ?? ''}`);
  if (orderId) reading.orderId = orderId;
  return reading;
}
