/**
 * Who wrote a message, by what the page shows of it, in order of trust: the evidenced
 * container of the seller's own messages (`.thread-message-max-width-container-right`, older
 * markup) and its left-hand twin; the message's author label ("You", "Amazon", the buyer's
 * name); then the words its markup uses for its side (data-sender="merchant",
 * class="outgoing", "left"/"right"). The labels are Amazon's usual wording, as alternatives.
 */
import type { ThreadMessage } from '../../messages/reading';

export type Author = ThreadMessage['author'];

const EVIDENCED: readonly [Author, string][] = [
  ['seller', '.thread-message-max-width-container-right'],
  ['buyer', '.thread-message-max-width-container-left'],
];

const SELLER_LABEL =
  /^(?:you|me|seller|your (?:reply|message)|sie|ich|verkäufer|vous|moi|vendeur|tu|io|venditore|usted|yo|vendedor|あなた|出品者|自分|您|你|我|卖家|賣家)(?:\s*[(（].*[)）])?$|[(（](?:あなた|you|您)[)）]/i;
const AMAZON_LABEL =
  /^(?:amazon(?:\.[a-z.]+)?|messaging assistant|amazon (?:notification|notice|messaging|customer service)|amazon-benachrichtigung|notification amazon|amazonからのお知らせ|amazon 通知|亚马逊|亞馬遜)$/i;
const BUYER_LABEL =
  /^(?:buyer|customer|käufer|kunde|kundin|acheteur|acheteuse|client|cliente|acquirente|comprador|compradora|購入者|お客様|买家|買家|顾客|客户)$/i;

const SIDE_WORDS: readonly [Author, RegExp][] = [
  ['amazon', /\b(?:amazon|system|notice|notification|assistant|automated)\b/i],
  ['seller', /\b(?:seller|merchant|vendor|outgoing|outbound|sent|mine|self|own|right|you)\b/i],
  ['buyer', /\b(?:buyer|customer|incoming|inbound|received|left|them|other)\b/i],
];

/** The author a label names; `buyerName` is the thread's buyer, whose name labels their messages. */
export function authorOfLabel(label: string, buyerName: string | undefined): Author | undefined {
  const text = label.replace(/[:：·|]+$/, '').trim();
  if (!text || text.length > 40) return undefined;
  if (AMAZON_LABEL.test(text)) return 'amazon';
  if (SELLER_LABEL.test(text)) return 'seller';
  if (BUYER_LABEL.test(text)) return 'buyer';
  if (buyerName && text.toLowerCase() === buyerName.toLowerCase()) return 'buyer';
  return undefined;
}

const SIDE_ATTRIBUTES = [
  'data-author',
  'data-sender',
  'data-role',
  'data-party',
  'data-from',
  'data-direction',
  'class',
  'aria-label',
];

/** The author by the words the block's markup uses for its side, the block first. */
export function authorOfMarkup(block: Element, stop: Element | ShadowRoot | null): Author | undefined {
  for (const [author, selector] of EVIDENCED) if (block.closest(selector)) return author;
  for (let el: Element | null = block; el && el !== stop; el = el.parentElement) {
    for (const name of SIDE_ATTRIBUTES) {
      const value = el.getAttribute(name)?.replace(/[-_]/g, ' ');
      if (!value) continue;
      for (const [author, words] of SIDE_WORDS) if (words.test(value)) return author;
    }
    if (el !== block) break;
  }
  return undefined;
}
