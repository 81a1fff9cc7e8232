/**
 * Email addresses, written plainly or dressed up to slip past Amazon's filter:
 * "name@shop.com", "name [at] shop [dot] com", "name(at)shop(dot)com", "name at gmail.com",
 * "name艾特qq点com". Anchored on the "at" so that plain text costs one regex pass.
 */
export interface Span {
  start: number;
  end: number;
}

/**
 * "@", a bracketed at, a spoken " at " or the Chinese 艾特. Found by their literal core ("@",
 * "at", "艾特") and checked around it: V8 finds literals fast, and "at" inside "that" is
 * dismissed with two character tests.
 */
const AT_CORE = /@|at|arobase|arroba|chiocciola|艾特/g;
const BRACKET_OPEN = /[[({<]\s*$/;
const BRACKET_CLOSE = /^\s*[\])}>]/;

/** The at-token around a literal core at `i`, as [start, end), or undefined. */
function atToken(text: string, i: number, core: string): [number, number] | undefined {
  const end = i + core.length;
  const before = text.slice(Math.max(0, i - 3), i);
  const after = text.slice(end, end + 3);
  const open = BRACKET_OPEN.exec(before);
  const close = BRACKET_CLOSE.exec(after);
  if (open && close) return [i - open[0].length, end + close[0].length];
  if (core === '@' || core === '艾特') return [i, end];
  // Spoken: " at " between spaces.
  if (/\s/.test(text.charAt(i - 1)) && /\s/.test(text.charAt(end))) return [i - 1, end + 1];
  return undefined;
}
/** A dot between domain labels, plain or dressed up. */
const DOT =
  /^(?:\.|\s\.\s|\s*[[({<]\s*(?:dot|punkt|point|punto|\.)\s*[\])}>]\s*|\s+(?:dot|punkt|point|punto)\s+|点|點)/;
const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,62})/;
const LOCAL_CHAR = /[a-z0-9._%+-]/;

/** Where a spoken " at " is an address anyway: the big mail services. */
const MAIL_PROVIDERS = new Set([
  'gmail',
  'googlemail',
  'yahoo',
  'hotmail',
  'outlook',
  'live',
  'msn',
  'icloud',
  'me',
  'aol',
  'gmx',
  'web',
  't-online',
  'proton',
  'protonmail',
  'yandex',
  'mail',
  'qq',
  '163',
  '126',
  'foxmail',
  'sina',
  'orange',
  'free',
  'laposte',
  'libero',
  'virgilio',
  'tiscali',
  'alice',
  'docomo',
  'ezweb',
  'softbank',
]);

export function findEmails(text: string): Span[] {
  const spans: Span[] = [];
  AT_CORE.lastIndex = 0;
  for (let core = AT_CORE.exec(text); core; core = AT_CORE.exec(text)) {
    const found = atToken(text, core.index, core[0]);
    if (!found) continue;
    const m = { index: found[0], 0: text.slice(found[0], found[1]) };
    const token = m[0];
    const spoken = /^(?:at|arobase|arroba|chiocciola)$/.test(token.trim());
    const plain = token === '@';
    // Local part: back from the at, across at most one space ("name @ shop.com").
    let left = m.index;
    // "name @ shop.com": spaces around a plain @ count only on both sides ("tag us @shop" is a handle).
    const spacedAt = plain && text.charCodeAt(left - 1) === 0x20 && text.charCodeAt(left + 1) === 0x20;
    if (!spoken && !plain) {
      if (text.charCodeAt(left - 1) === 0x20) left--;
    } else if (spacedAt) left--;
    let localStart = left;
    while (localStart > 0 && LOCAL_CHAR.test(text.charAt(localStart - 1))) localStart--;
    if (localStart === left || /^[._%+-]/.test(text.charAt(localStart))) {
      AT_CORE.lastIndex = core.index + 1;
      continue;
    }
    // Domain: labels joined by dots; the last one a top-level domain.
    let pos = m.index + token.length;
    if ((!spoken && !plain && text.charCodeAt(pos) === 0x20) || spacedAt) pos++;
    const labels: string[] = [];
    let obfuscatedDot = false;
    for (;;) {
      const label = LABEL.exec(text.slice(pos, pos + 64));
      if (!label) break;
      labels.push(label[0]);
      pos += label[0].length;
      const dot = DOT.exec(text.slice(pos, pos + 12));
      if (!dot || !/^[a-z0-9]/.test(text.charAt(pos + dot[0].length))) break;
      if (dot[0].trim() !== '.') obfuscatedDot = true;
      pos += dot[0].length;
    }
    const tld = labels[labels.length - 1] ?? '';
    const ok =
      labels.length >= 2 &&
      /^[a-z]{2,}$/.test(tld) &&
      (plain || !spoken || obfuscatedDot || MAIL_PROVIDERS.has(labels[0] ?? ''));
    if (ok) {
      spans.push({ start: localStart, end: pos });
      AT_CORE.lastIndex = Math.max(pos, core.index + 1);
    } else AT_CORE.lastIndex = core.index + 1;
  }
  return spans;
}
