/**
 * The pseudonymous customer key: SHA-256 of the buyer identity the pages show, per seller
 * account and marketplace, so that a buyer's orders and threads join without keeping who
 * they are once retention has erased the name.
 *
 * Heuristic (documented, and tested): the shown name is normalised (Unicode NFKC, lower
 * case, whitespace collapsed, trimmed), so "  jane   DOE " and "Jane Doe" are one buyer.
 * Placeholders ("buyer", "Amazon customer", empty…) say nothing about who bought, so each
 * such order is its own customer, keyed by its order id, and strangers never merge. Two
 * different buyers with exactly the same name in one marketplace do merge: the pages show
 * nothing that tells them apart.
 */
const PLACEHOLDERS = new Set([
  '',
  '-',
  '—',
  'buyer',
  'customer',
  'amazon customer',
  'amazon-kunde',
  'käufer',
  'kunde',
  'acheteur',
  'client',
  'client amazon',
  'acquirente',
  'cliente',
  'cliente amazon',
  'comprador',
  '購入者',
  'お客様',
  'amazonのお客様',
  '买家',
  '顾客',
  '亚马逊买家',
]);

/** A name as keys and searches compare it: width, case and spacing do not matter. */
export const foldName = (name: string): string =>
  name.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

export function normaliseBuyerName(name: string | undefined): string | undefined {
  if (name === undefined) return undefined;
  const normal = foldName(name);
  return PLACEHOLDERS.has(normal) ? undefined : normal;
}

export interface BuyerIdentity {
  marketplace: string;
  buyerName?: string;
  /** Keys a buyer whose name is a placeholder or missing: one order, one customer. */
  orderId?: string;
  /** The seller account, when a page names it (a browser may serve several). */
  account?: string;
}

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** A page lists the same buyers again and again: hash each identity once per session. */
const memo = new Map<string, Promise<string>>();
const MEMO_LIMIT = 20_000;

/** undefined when neither a real name nor an order id identifies the buyer. */
export function customerKey(identity: BuyerIdentity): Promise<string | undefined> {
  const name = normaliseBuyerName(identity.buyerName);
  const who = name ? `name:${name}` : identity.orderId ? `order:${identity.orderId}` : undefined;
  if (!who) return Promise.resolve(undefined);
  const input = `sellerlens-customer-v1|${identity.account ?? ''}|${identity.marketplace}|${who}`;
  let key = memo.get(input);
  if (!key) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    key = sha256Hex(input);
    memo.set(input, key);
  }
  return key;
}
