/**
 * Links and bare domains ("https://…", "www.…", "example.com/shop", "bit.ly/x",
 * "example dot com"), sorted into what Amazon allows (the buyer's own order pages, Amazon
 * help) and what it does not (everything else: other sites, short links that hide where they
 * go, Amazon product and store pages, Seller Central pages a buyer cannot open).
 */
import type { Span } from './email';

export type LinkKind = 'other-site' | 'short-link' | 'amazon-not-order' | 'seller-central' | 'amazon-order';

export interface Link extends Span {
  kind: LinkKind;
  host: string;
}

/** Common top-level domains; a bare "word.xyz" counts as a domain only with one of these. */
const TLDS =
  'com|net|org|info|biz|io|co|me|us|uk|de|fr|es|it|nl|be|at|ch|se|pl|jp|cn|ru|eu|ca|au|in|br|mx|tv|cc|ly|gl|gd|to|xyz|top|site|online|shop|store|app|link|club|live|vip|icu|hk|tw|kr|sg|nz|ie|dk|no|fi|pt|cz|tr|ae|sa|eg|pro|asia|blog|page|world|today|tech|fun|ink|life|cloud|net\\.cn|com\\.cn';

/**
 * TLDs that are also everyday words: "arrived.It was…" is a missing space, not a domain.
 * A bare domain (no scheme, www or path) ending in one of them counts only when written in
 * lower case.
 */
const WORDLIKE_TLDS = new Set([
  'co',
  'me',
  'us',
  'de',
  'es',
  'it',
  'be',
  'at',
  'se',
  'in',
  'to',
  'no',
  'pt',
  'fun',
  'life',
  'today',
  'world',
  'page',
  'link',
  'live',
  'store',
  'shop',
  'club',
  'site',
  'top',
  'app',
  'blog',
  'cloud',
  'tech',
  'pro',
  'info',
]);

const DOT =
  '(?:\\.|\\s?[[(]\\s?(?:\\.|dot)\\s?[\\])]\\s?|\\s+dot\\s+|(?<=[a-z0-9]{2})\\s?[点點]\\s?(?=[a-z]))';
const LABEL = '[a-z0-9][a-z0-9-]{0,62}';
const PATH = "(?:[/?#][a-z0-9\\-._~:/?#[\\]@!$&'()*+,;=%]*)?";

const EXPLICIT = /\b(?:(?:https?|hxxps?|ftp):\/\/|www\d{0,3}\.)[a-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+/g;
/** Sticky: tried only where a domain can start (left of a dot; see bareStarts). */
const BARE = new RegExp(`(?<![a-z0-9@._%+\\-/])(?:${LABEL}${DOT})+(?:${TLDS})(?![a-z0-9-])${PATH}`, 'y');
const isLabelChar = (c: number): boolean =>
  (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2d; /* a-z 0-9 - */
const isLetter = (c: number): boolean => c >= 0x61 && c <= 0x7a;

/**
 * Where bare domains may start: left of every dot between a label and a letter, and of every
 * spelled-out dot ("dot", "[.]"). Cheaper than trying a domain regex at every word.
 */
function bareStarts(text: string): number[] {
  const starts: number[] = [];
  const labelStart = (from: number): number => {
    let k = from;
    // Across the brackets and spaces of "[dot]", "(.)", " dot ".
    for (let skipped = 0; skipped < 3 && k > 0 && /[\s[(]/.test(text.charAt(k - 1)); skipped++) k--;
    let start = k;
    while (start > 0 && isLabelChar(text.charCodeAt(start - 1))) start--;
    return start < k ? start : -1;
  };
  for (let i = text.indexOf('.'); i >= 0; i = text.indexOf('.', i + 1)) {
    const prev = text.charCodeAt(i - 1);
    const next = text.charCodeAt(i + 1);
    if (
      isLabelChar(prev) ? isLetter(next) || next === 0x20 : prev === 0x5b || prev === 0x28 || prev === 0x20
    ) {
      const start = labelStart(i);
      if (start >= 0) starts.push(start);
    }
  }
  // "brightnook点com": a Chinese dot between Latin labels.
  for (const m of text.matchAll(/[点點]/g)) {
    const i = m.index;
    const after = text.charAt(i + 1) === ' ' ? text.charAt(i + 2) : text.charAt(i + 1);
    const start = labelStart(i);
    if (start >= 0 && /[a-z]/.test(after)) starts.push(start);
  }
  for (let i = text.indexOf('dot'); i >= 0; i = text.indexOf('dot', i + 3)) {
    if (/[\s[(]/.test(text.charAt(i - 1)) && /[\s\])]/.test(text.charAt(i + 3))) {
      const start = labelStart(i);
      if (start >= 0) starts.push(start);
    }
  }
  return starts.sort((a, b) => a - b);
}

const AMAZON_HOST =
  /(?:^|\.)amazon\.(?:com|ca|com\.mx|com\.br|co\.uk|de|fr|it|es|nl|se|pl|com\.be|com\.tr|ae|sa|eg|in|com\.au|sg|co\.jp|cn)$/;
const SELLER_CENTRAL_HOST = /^sellercentral(?:-[a-z]+)?\./;
const SHORTENERS = new Set([
  'amzn.to',
  'amzn.eu',
  'amzn.asia',
  'amzn.com',
  'a.co',
  'bit.ly',
  'bitly.com',
  't.co',
  'tinyurl.com',
  'goo.gl',
  'ow.ly',
  'is.gd',
  'v.gd',
  'buff.ly',
  'rebrand.ly',
  'cutt.ly',
  't.ly',
  's.id',
  'rb.gy',
  'shorturl.at',
  'tiny.cc',
  'dwz.cn',
  'url.cn',
  't.cn',
  'lnkd.in',
  'qrco.de',
  'short.io',
  'bl.ink',
  'clck.ru',
  'wa.me',
  't.me',
]);
/** Amazon pages that help complete the order: the buyer's orders, returns and Amazon help. */
const ORDER_PATH =
  /^\/?(?:$|[?#]|(?:gp\/(?:your-account|css|orc|help|aw\/(?:ya|ol|help))|your-orders|your-account|hz\/(?:contact-us|help)|help|returns|spr\/returns|progress-tracker)(?:[/?#]|$))/;

const TRAILING = /[.,;:!?'")\]]+$/;

function classify(host: string, path: string): LinkKind {
  const bare = host.replace(/^www\d{0,3}\./, '');
  if (SHORTENERS.has(bare)) return 'short-link';
  if (SELLER_CENTRAL_HOST.test(bare)) return 'seller-central';
  if (!AMAZON_HOST.test(bare)) return 'other-site';
  const local = path.replace(/^\/-\/[a-z]{2}(?:_[a-z]{2})?(?=\/)/, '');
  return ORDER_PATH.test(local) ? 'amazon-order' : 'amazon-not-order';
}

/** Host and path of a matched link; dressed-up dots become dots again. */
function split(url: string): { host: string; path: string } {
  const plain = url
    .replace(/^(?:https?|hxxps?|ftp):\/\//, '')
    .replace(/\s?[[(]\s?(?:\.|dot)\s?[\])]\s?|\s+dot\s+/g, '.');
  const cut = plain.search(/[/?#]/);
  return cut < 0 ? { host: plain, path: '' } : { host: plain.slice(0, cut), path: plain.slice(cut) };
}

let cacheText = '';
let cacheOriginal = '';
let cacheLinks: Link[] = [];

/**
 * `original` is only read to tell "arrived.It" (a typo) from "shop.it" (a domain).
 * Several rules ask for the links of one text in turn: the last answer is kept.
 */
export function findLinks(text: string, original: string, toOriginal: (i: number) => number): Link[] {
  if (text === cacheText && original === cacheOriginal) return cacheLinks;
  const links: Link[] = [];
  const taken: Span[] = [];
  EXPLICIT.lastIndex = 0;
  const explicit = text.includes('://') || text.includes('www');
  for (let m = explicit ? EXPLICIT.exec(text) : null; m; m = EXPLICIT.exec(text)) {
    const raw = m[0].replace(TRAILING, '');
    const { host, path } = split(raw);
    const span = { start: m.index, end: m.index + raw.length };
    taken.push(span);
    links.push({ ...span, kind: classify(host, path), host });
  }
  let covered = -1;
  for (const at of bareStarts(text)) {
    if (at < covered) continue;
    BARE.lastIndex = at;
    const m = BARE.exec(text);
    if (!m) continue;
    const raw = m[0].replace(TRAILING, '');
    const start = m.index;
    const end = start + raw.length;
    covered = end;
    if (taken.some((t) => start < t.end && t.start < end)) continue;
    const { host, path } = split(raw);
    const tld = host.slice(host.lastIndexOf('.') + 1);
    if (!path && WORDLIKE_TLDS.has(tld)) {
      const first = original.charAt(toOriginal(end - tld.length));
      if (first !== first.toLowerCase()) continue;
    }
    links.push({ start, end, kind: classify(host, path), host });
  }
  links.sort((a, b) => a.start - b.start);
  cacheText = text;
  cacheOriginal = original;
  cacheLinks = links;
  return links;
}
