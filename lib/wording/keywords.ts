/**
 * Anchors: the literal words a pattern's match starts with ("refund|gift|voucher…" for
 * "\b(?:refund|gift|voucher…) … review"). One literal scan of a message per language finds
 * every anchor at once (V8 finds plain words many times faster than it runs patterns with
 * gaps and classes); each pattern branch then runs, sticky, only where one of its anchors
 * starts. Most branches have nothing to find in most messages.
 *
 * A branch that starts with a common word ("if", "un", "bitte") would be tried everywhere, so
 * it is re-anchored on a rarer word further in, the common part moving into a lookbehind (the
 * finding still starts where the phrase does; see check.ts). Anchors are derived from the
 * pattern source, so rules stay plain data; a pattern with no usable literal at all is
 * scanned over the whole text: correct, only slower.
 */

import { isFunctionWord } from './language';

/** Index just past the group or class that opens at `i` (source[i] is '(' or '['). */
function closing(source: string, i: number): number {
  let depth = 0;
  let inClass = false;
  for (let k = i; k < source.length; k++) {
    const ch = source.charAt(k);
    if (ch === '\\') {
      k++;
      continue;
    }
    if (inClass) {
      if (ch === ']') {
        inClass = false;
        if (depth === 0) return k + 1;
      }
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') {
      depth--;
      if (depth === 0) return k + 1;
    }
  }
  return -1;
}

/** The top-level alternatives of a pattern ("a|(?:b|c)|d" → a, (?:b|c), d). */
function topLevelBranches(source: string): string[] {
  const branches: string[] = [];
  let start = 0;
  for (let k = 0; k < source.length; k++) {
    const ch = source.charAt(k);
    if (ch === '\\') k++;
    else if (ch === '(' || ch === '[') {
      const end = closing(source, k);
      if (end < 0) return [source];
      k = end - 1;
    } else if (ch === '|') {
      branches.push(source.slice(start, k));
      start = k + 1;
    }
  }
  branches.push(source.slice(start));
  return branches;
}

const QUANTIFIER = /(?:[?*+]|\{\d+(?:,\d*)?\})\??/y;
/** The quantifier right at `at` in `source`, or ''. */
function quantifierAt(source: string, at: number): string {
  QUANTIFIER.lastIndex = at;
  return QUANTIFIER.exec(source)?.[0] ?? '';
}
/** Characters that stand for themselves unescaped. */
const LITERAL = /[^\\^$.|?*+()[\]{}]/;
/** Escapes that stand for one literal character. */
const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t' };
/** A small class of plain characters ("[★☆]", "[$€£]") stands for its characters. */
const SMALL_CLASS = /^\[([^\]\\^-]{1,8})\]$/;

/**
 * Words too common to be worth an anchor of their own: function words and the stock words of
 * customer service. A pattern that starts with one is re-anchored on a later word (see
 * anchorPattern).
 */
const STOCK_WORDS = new Set(
  (
    'please order amazon can could would have not need send one new use your you our thank thanks ' +
    'bitte danke bestellung merci commande gracias pedido grazie ordine buon bonjour hola ' +
    '我们 我 您 您的 你的 可以 请 给 给您 一 号 亲 注文 ご注文 お客様 こちら'
  ).split(' '),
);
/** How much a word narrows the search: 1 for common words, else its length (CJK counts 2). */
function strength(word: string): number {
  if (isFunctionWord(word) || STOCK_WORDS.has(word)) return 1;
  return anchorLength(word);
}
const setStrength = (words: ReadonlySet<string>): number => Math.min(...[...words].map(strength));
/** A set this strong is kept where it is. */
const STRONG = 4;
/** A start is moved only onto a set at least this strong. */
const MOVE_TO = 3;

/**
 * Below this length a word is no anchor: single letters or digits would make the literal scan
 * stop everywhere. Letters and digits count 1; ASCII punctuation and CJK characters 2; other
 * symbols ("★") 4, being rare in messages.
 */
const MIN_LENGTH = 2;
function anchorLength(word: string): number {
  let n = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) n += 1;
    else if (c < 0x80 || (c >= 0x3040 && c <= 0x30ff) || (c >= 0x4e00 && c <= 0x9fff)) n += 2;
    else n += 4;
  }
  return n;
}

/** Anchors of whole (sub)branches, by source: the same alternations recur across rules. */
const anchorCache = new Map<string, Set<string> | undefined>();

/** The literal words one of which a match of `branch` (from `from`) starts with, or undefined. */
function branchAnchors(branch: string, from = 0): Set<string> | undefined {
  if (from === 0) {
    if (anchorCache.has(branch)) return anchorCache.get(branch);
    const found = firstAnchors(branch, 0);
    anchorCache.set(branch, found);
    return found;
  }
  return firstAnchors(branch, from);
}

function firstAnchors(branch: string, from: number): Set<string> | undefined {
  let i = from;
  // Zero-width assertions consume nothing: the match starts after them.
  for (;;) {
    if (branch.startsWith('\\b', i) || branch.startsWith('\\B', i)) i += 2;
    else if (branch.charAt(i) === '^') i += 1;
    else if (/^\(\?<?[!=]/.test(branch.slice(i, i + 4))) {
      const end = closing(branch, i);
      if (end < 0) return undefined;
      i = end;
    } else break;
  }
  const ch = branch.charAt(i);
  if (ch === '(' || ch === '[') {
    const end = closing(branch, i);
    if (end < 0) return undefined;
    const quantifier = quantifierAt(branch, end);
    if (/^(?:[?*]|\{0\b)/.test(quantifier)) return undefined;
    const body = branch.slice(i, end);
    if (ch === '[') {
      const chars = SMALL_CLASS.exec(body)?.[1];
      return chars ? new Set([...chars]) : undefined;
    }
    const union = new Set<string>();
    for (const inner of topLevelBranches(body.slice(body.startsWith('(?:') ? 3 : 1, -1))) {
      const set = branchAnchors(inner);
      if (!set) return undefined;
      for (const w of set) union.add(w);
    }
    return union;
  }
  // A run of literal characters, up to the first one that is quantified or not literal.
  let run = '';
  while (i < branch.length) {
    let literal: string | undefined;
    let width = 1;
    const c = branch.charAt(i);
    if (c === '\\') {
      const next = branch.charAt(i + 1);
      const hex = next === 'x' ? /^[0-9a-f]{2}/i.exec(branch.slice(i + 2, i + 4))?.[0] : undefined;
      literal = hex
        ? String.fromCharCode(Number.parseInt(hex, 16))
        : (ESCAPES[next] ?? (/[^\p{L}\p{N}]/u.test(next) ? next : undefined));
      width = hex ? 4 : 2;
    } else if (LITERAL.test(c)) literal = c;
    if (literal === undefined) break;
    const quantifier = quantifierAt(branch, i + width);
    if (quantifier !== '') {
      // "s?" or "s*" may be absent; "s+" is there at least once.
      if (/^[+{]/.test(quantifier) && !/^\{0\b/.test(quantifier)) run += literal;
      break;
    }
    run += literal;
    i += width;
  }
  return run ? new Set([run]) : undefined;
}

const usable = (set: Set<string> | undefined): set is Set<string> =>
  !!set && set.size > 0 && [...set].every((w) => anchorLength(w) >= MIN_LENGTH);

interface Atom {
  source: string;
  zeroWidth: boolean;
  optional: boolean;
}

/** The top-level atoms of a branch, each with its quantifier; undefined when it cannot tell. */
function atomsOf(branch: string): Atom[] | undefined {
  const atoms: Atom[] = [];
  for (let i = 0; i < branch.length; ) {
    const ch = branch.charAt(i);
    let end: number;
    let zeroWidth = false;
    if (ch === '(' || ch === '[') {
      end = closing(branch, i);
      if (end < 0) return undefined;
      zeroWidth = ch === '(' && /^\(\?<?[!=]/.test(branch.slice(i, i + 4));
    } else if (ch === '\\') {
      const next = branch.charAt(i + 1);
      zeroWidth = next === 'b' || next === 'B';
      end =
        (next === 'p' || next === 'P' || next === 'u') && branch.charAt(i + 2) === '{'
          ? branch.indexOf('}', i) + 1
          : next === 'x'
            ? i + 4
            : i + 2;
    } else if (ch === '^' || ch === '$') {
      zeroWidth = true;
      end = i + 1;
    } else end = i + 1;
    if (end <= i) return undefined;
    const quantifier = zeroWidth ? '' : quantifierAt(branch, end);
    atoms.push({
      source: branch.slice(i, end + quantifier.length),
      zeroWidth,
      optional: /^(?:[?*]|\{0\b)/.test(quantifier),
    });
    i = end + quantifier.length;
  }
  return atoms;
}

/** One alternative of a pattern, ready for anchored scanning. */
export interface AnchoredBranch {
  /**
   * The regex source to run where one of `anchors` starts. When re-anchoring moved the start,
   * the moved part sits in a lookbehind with one capturing group around it: its length says
   * where the phrase as written starts ("un avis positif", not "avis positif").
   */
  source: string;
  anchors: Set<string>;
  /** Whether the source has that capturing lookbehind. */
  moved?: boolean;
}

/**
 * One branch, re-anchored: when it starts with a weak word ("\bun (?:avis|note) positif"),
 * the leading atoms up to its strongest required literal move into a lookbehind
 * ("(?<=\bun\s+)(?:avis|note) positif"). The branch matches exactly where it did; only the
 * place where the scan tries it moves to the strong word. A leading group of alternatives
 * ("(?:ci contatti|contattaci) …") is split first, each alternative anchored on its own.
 * Undefined when the branch has no usable anchor at all.
 */
function anchorBranch(branch: string, depth = 0): AnchoredBranch[] | undefined {
  const first = branchAnchors(branch);
  const firstStrength = usable(first) ? setStrength(first) : 0;
  if (usable(first) && firstStrength >= STRONG) return [{ source: branch, anchors: first }];
  const atoms = atomsOf(branch);
  if (!atoms) return usable(first) ? [{ source: branch, anchors: first }] : undefined;

  const leadAt = atoms.findIndex((a) => !a.zeroWidth);
  const lead = atoms[leadAt];
  if (
    depth === 0 &&
    lead &&
    /^\((?:\?:)?[^?]/.test(lead.source) &&
    lead.source.endsWith(')') &&
    !lead.optional
  ) {
    const alternatives = topLevelBranches(lead.source.slice(lead.source.startsWith('(?:') ? 3 : 1, -1));
    if (alternatives.length > 1) {
      const before = atoms
        .slice(0, leadAt)
        .map((a) => a.source)
        .join('');
      const rest = branch.slice(before.length + lead.source.length);
      // Alternatives that start with a strong word stay together; only the weak ones are
      // split off and re-anchored, each on its own.
      const strong: string[] = [];
      const parts: (AnchoredBranch[] | undefined)[] = [];
      for (const alt of alternatives) {
        // The alternative's own first word (a prefix of the real one, if the run goes on).
        const anchors = branchAnchors(alt);
        if (usable(anchors) && setStrength(anchors) >= STRONG) strong.push(alt);
        else parts.push(anchorBranch(before + alt + rest, depth + 1));
      }
      if (strong.length > 0) {
        const together = `${before}(?:${strong.join('|')})${rest}`;
        const anchors = branchAnchors(together);
        parts.push(usable(anchors) ? [{ source: together, anchors }] : undefined);
      }
      if (parts.every((x) => x !== undefined)) {
        const flat = parts.flatMap((x) => x ?? []);
        const strength = Math.min(...flat.map((x) => setStrength(x.anchors)));
        if (strength > firstStrength) return flat;
      }
    }
  }

  let best: { at: number; anchors: Set<string>; strength: number } | undefined;
  let offset = 0;
  for (let k = 0; k < atoms.length; k++) {
    const atom = atoms[k];
    if (!atom) break;
    const previous = atoms[k - 1];
    // A candidate does not start in the middle of a Latin word ("zon" of "amazon").
    const midWord = /^[a-z0-9]$/.test(atom.source) && !!previous && /^[a-z0-9]$/.test(previous.source);
    // Escapes (\\s, \\w, \\d) and negated classes never start an anchor.
    const canAnchor = !atom.source.startsWith('\\') && !atom.source.startsWith('[^') && atom.source !== '.';
    if (k > 0 && !atom.zeroWidth && !atom.optional && !midWord && canAnchor) {
      const anchors = branchAnchors(branch, offset);
      if (usable(anchors)) {
        const strength = setStrength(anchors);
        if (!best || strength > best.strength) best = { at: offset, anchors, strength };
      }
    }
    offset += atom.source.length;
  }
  // A start moved onto punctuation or a single CJK character would be tried everywhere.
  if (!best || best.strength <= firstStrength || best.strength < MOVE_TO)
    return usable(first) ? [{ source: branch, anchors: first }] : undefined;
  // Zero-width assertions right before the new start ("\b") stay with it.
  let split = best.at;
  for (let k = atoms.length - 1, end = branch.length; k >= 0; k--) {
    const atom = atoms[k];
    if (!atom) break;
    end -= atom.source.length;
    if (end >= best.at) continue;
    if (end + atom.source.length === split && atom.zeroWidth && !atom.source.startsWith('(')) split = end;
    else break;
  }
  return [
    { source: `(?<=(${branch.slice(0, split)}))${branch.slice(split)}`, anchors: best.anchors, moved: true },
  ];
}

/**
 * A pattern ready for scanning: the branches with anchors (each with the words its matches
 * start with) and the sources of those without, which are scanned over the whole text.
 */
export function anchorPattern(source: string): { anchored: AnchoredBranch[]; whole: string[] } {
  const anchored: AnchoredBranch[] = [];
  const whole: string[] = [];
  for (const branch of topLevelBranches(source)) {
    const found = anchorBranch(branch);
    if (found) anchored.push(...found);
    else whole.push(branch);
  }
  return { anchored, whole };
}
