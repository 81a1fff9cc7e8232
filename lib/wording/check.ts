/**
 * The checker: normalise once, pick the languages, run every applicable scanner, then turn
 * raw matches into findings on the original text. Pure and synchronous.
 */
import { type AnchorIndex, type CompiledRules, compileRules, type PatternGroup } from './compile';
import { detectLanguages, languageOf } from './language';
import { normalise } from './normalise';
import { RULES } from './rules';
import { type TextEdit, textEdit } from './text-edit';
import type { Category, Language, OffsetMap, Purpose, Rule, WordingContext, WordingFinding } from './types';
import { CATEGORIES, LANGUAGES, SEVERITY_RANK } from './types';
import { wholeMessageSpan } from './whole-message';

/**
 * The rules, compiled on first use and language by language (compile.ts): a content script
 * that imports the guard pays nothing until a message is checked.
 */
let compiledRules: CompiledRules | undefined;
function rules(): CompiledRules {
  compiledRules ??= compileRules(RULES);
  return compiledRules;
}

/**
 * Compile the rules for these languages (all when omitted) and the language-independent ones
 * now, regexes included, so that no keystroke pays for it later. V8 compiles a regex on its
 * first use; for one language that is tens of milliseconds on a slow machine, so call this
 * in requestIdleCallback once a compose box appears, with the marketplace's language and 'en'.
 */
export function prepareWording(languages?: readonly string[]): void {
  const compiled = rules();
  const wanted = (languages ? languages.map(languageOf) : LANGUAGES).filter(
    (l): l is Language => l !== undefined,
  );
  for (const language of ['any' as const, ...wanted]) {
    const part = compiled.part(language);
    for (const group of part.groups) group.regex.exec('');
    for (const branches of part.words.values()) for (const branch of branches) branch.regex.exec('');
  }
  // One index per language, and one for all of them (a message mixing them, often with English).
  for (const language of wanted) compiled.indexFor(new Set([language])).regex.exec('');
  if (wanted.length > 1) compiled.indexFor(new Set(wanted)).regex.exec('');
  // The detectors' regexes, and the code paths of a whole check.
  checkWordingWith('Write to a@b.example or call 0901234567; see example.com/x 😊', {
    language: wanted[0] ?? 'en',
  });
}

const CATEGORY_ORDER = new Map<Category, number>(CATEGORIES.map((c, i) => [c, i]));

/** One rule's match, in original-text offsets, before same-category merging. */
export interface RawFinding {
  rule: Rule;
  start: number;
  end: number;
  /** The language whose patterns matched ('any' for language-independent rules). */
  language: Language | 'any';
}

interface NormSpan {
  rule: Rule;
  start: number;
  end: number;
  language: Language | 'any';
}

function applies(
  filters: { onlyFor?: readonly Purpose[]; notFor?: readonly Purpose[] },
  purpose: Purpose | undefined,
): boolean {
  if (filters.onlyFor && !(purpose && filters.onlyFor.includes(purpose))) return false;
  if (filters.notFor && purpose && filters.notFor.includes(purpose)) return false;
  return true;
}

const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

interface Scan {
  norm: string;
  languages: ReadonlySet<Language>;
  purpose: Purpose | undefined;
  spans: NormSpan[];
}

function push(scan: Scan, rule: Rule, start: number, end: number, language: Language | 'any'): void {
  if (end > start) scan.spans.push({ rule, start, end, language });
}

/** A whole-text scan of one group. */
function scanGroup(group: PatternGroup, scan: Scan): void {
  const { norm } = scan;
  const re = group.regex;
  re.lastIndex = 0;
  for (let m = re.exec(norm); m; m = re.exec(norm)) {
    const start = m.index;
    // Go on from the next character, not the end: a stronger rule of the same category
    // may start inside this match.
    let next = start + 1;
    if (isLowSurrogate(norm.charCodeAt(next))) next++;
    re.lastIndex = next;
    let g = 1;
    while (g < m.length && m[g] === undefined) g++;
    const firstRule = group.rules[g - 1];
    if (firstRule) push(scan, firstRule, start, start + m[0].length, group.language);
    // The combined regex reports the first rule that matches here; later rules may too.
    for (let k = g; k < group.rules.length; k++) {
      const rule = group.rules[k];
      const sticky = group.sticky[k];
      if (!rule || !sticky) continue;
      sticky.lastIndex = start;
      const other = sticky.exec(norm);
      if (other) push(scan, rule, start, start + other[0].length, group.language);
    }
  }
}

/** Characters of text either side of an anchor that its branches see. */
const NEAR = 240;
/** A match this close to the edge of what was seen is tried again on the whole text. */
const EDGE = 40;

/**
 * A branch's sticky match at `at`, run on the text around the anchor rather than on the whole
 * message. V8 compiles a regex to machine code at once when the subject is long (about 1,000
 * characters and more), and a full collection drops that code: on a long message, each check
 * after a pause in typing paid for compiling every branch it tried again, several times the
 * cost of the scan itself. On a short window V8 interprets the regex instead. Phrases are
 * short: a match that comes near an edge of the window (where a lookaround or `\b` could see
 * otherwise) is run again on the whole text, so the result is the whole-text result.
 */
export function execNear(
  regex: RegExp,
  norm: string,
  at: number,
  moved: boolean,
  /** Set when the match came near an edge and was taken from the whole text. */
  edge?: { reached: boolean },
  near: NearWindow | undefined = nearWindow(norm, at),
): RegExpExecArray | null {
  if (!near) {
    regex.lastIndex = at;
    return regex.exec(norm);
  }
  const { from, to } = near;
  regex.lastIndex = at - from;
  const found = regex.exec(near.text);
  if (!found) return null;
  const end = at + found[0].length;
  // A capturing lookbehind (a moved start) reaches back from the anchor.
  const reach = moved ? at - (found[1]?.length ?? 0) : at;
  if ((to < norm.length && end > to - EDGE) || (from > 0 && reach < from + EDGE)) {
    if (edge) edge.reached = true;
    regex.lastIndex = at;
    return regex.exec(norm);
  }
  return found;
}

interface NearWindow {
  from: number;
  to: number;
  text: string;
}

/** The text an anchor's branches see; undefined when the message is short enough to be it. */
function nearWindow(norm: string, at: number): NearWindow | undefined {
  if (norm.length <= 2 * NEAR) return undefined;
  const from = Math.max(0, at - NEAR);
  const to = Math.min(norm.length, at + NEAR);
  return { from, to, text: norm.slice(from, to) };
}

/** One anchor's matches, relative to the anchor. */
interface AnchorSpan {
  rule: Rule;
  from: number;
  to: number;
  language: Language | 'any';
}

/**
 * The matches around each anchor at the last check of a long text, by the anchor's place.
 * What a branch finds on a window is a function of the window's text and where the anchor
 * and the text's ends sit in it. Between two checks the seller changed one stretch of the
 * message (text-edit.ts): an anchor whose window lies wholly before that stretch, or wholly
 * after it, sees exactly the window it saw last time (moved by the edit's length), so its
 * matches are taken as they were, without running a regex or reading the window again.
 * Writing at one place in a long message re-runs only the anchors within reach of it. A
 * match taken from the whole text (near a window's edge) is never kept.
 */
interface AnchorMemo {
  norm: string;
  spans: Map<number, AnchorSpan[]>;
}
/** Per index, per purpose: the popup and the page may check for different purposes in turn. */
const anchorMemo = new WeakMap<AnchorIndex, Map<Purpose | undefined, AnchorMemo>>();

/** Where an anchor now at `at` sat at the last check, if its window is unchanged since. */
function placeBefore(at: number, edit: TextEdit | undefined): number | undefined {
  if (!edit) return at;
  if (at + NEAR < edit.start) return at;
  if (at - NEAR > edit.newEnd) return at - (edit.newEnd - edit.oldEnd);
  return undefined;
}

/** The branches anchored on the words of one index, each tried where its word starts. */
function scanIndex(index: AnchorIndex, scan: Scan, useMemo: boolean): void {
  const { norm } = scan;
  const re = index.regex;
  const long = norm.length > 2 * NEAR;
  let memos = useMemo ? anchorMemo.get(index) : undefined;
  if (useMemo && !memos) {
    memos = new Map();
    anchorMemo.set(index, memos);
  }
  const prev = long ? memos?.get(scan.purpose) : undefined;
  const edit = prev ? textEdit(prev.norm, norm) : undefined;
  const kept = new Map<number, AnchorSpan[]>();
  re.lastIndex = 0;
  for (let m = re.exec(norm); m; m = re.exec(norm)) {
    const at = m.index;
    re.lastIndex = at + 1;
    const branches = index.branchesOf.get(m[0]);
    if (!branches) continue;
    const before = prev && placeBefore(at, edit);
    let spans = before === undefined ? undefined : prev?.spans.get(before);
    let keep = spans !== undefined;
    if (!spans) {
      spans = [];
      const near = nearWindow(norm, at);
      const edge = { reached: false };
      for (const branch of branches) {
        // The index holds only the message's languages: the purpose is all left to check.
        if ((branch.onlyFor || branch.notFor) && !applies(branch, scan.purpose)) continue;
        const found = execNear(branch.regex, norm, at, branch.moved, edge, near);
        if (!found) continue;
        // A moved start: the lookbehind captured the words before the anchor.
        const back = branch.moved ? (found[1]?.length ?? 0) : 0;
        spans.push({ rule: branch.rule, from: -back, to: found[0].length, language: branch.language });
      }
      keep = near !== undefined && !edge.reached;
    }
    if (long && keep) kept.set(at, spans);
    for (const span of spans) push(scan, span.rule, at + span.from, at + span.to, span.language);
  }
  memos?.set(scan.purpose, { norm, spans: kept });
}

/** Anchored branches: one literal scan finds their anchor words, for all languages at once. */
function scanAnchored(scan: Scan, useMemo: boolean): void {
  scanIndex(rules().indexFor(scan.languages), scan, useMemo);
}

export interface CollectOptions {
  /**
   * Scan every pattern as written over the whole text instead of the anchored scan: the
   * reference the fast path must agree with (tests), never needed in use.
   */
  wholeScan?: boolean;
  /** false: run every anchor's branches, as if no window had been seen before (tests). */
  anchorMemo?: boolean;
}

/** Every rule's matches, before merging: what the rule examples are tested against. */
export function collectFindings(
  text: string,
  context?: WordingContext,
  options?: CollectOptions,
): RawFinding[] {
  if (!text) return [];
  const { text: norm, map } = normalise(text);
  const languages = detectLanguages(norm, context);
  const purpose = context?.purpose;
  const scan: Scan = { norm, languages, purpose, spans: [] };

  const compiled = rules();
  for (const language of ['any' as const, ...languages]) {
    const part = compiled.part(language);
    for (const group of options?.wholeScan ? part.referenceGroups : part.groups) {
      if (applies(group, purpose)) scanGroup(group, scan);
    }
  }
  if (!options?.wholeScan) scanAnchored(scan, options?.anchorMemo ?? true);

  for (const rule of compiled.detectors) {
    if (!applies(rule, purpose) || !rule.detect) continue;
    for (const span of rule.detect(norm, text, map)) {
      scan.spans.push({ rule, start: span.start, end: span.end, language: 'any' });
    }
  }

  for (const whole of compiled.whole) {
    if (!applies(whole.rule, purpose)) continue;
    const span = wholeMessageSpan(norm, whole, languages);
    if (span) scan.spans.push({ rule: whole.rule, ...span, language: 'any' });
  }

  return toOriginal(text, yieldAndCount(scan.spans), map);
}

/** `minMatches` (count distinct, non-overlapping matches) and `yieldsTo`. */
function yieldAndCount(spans: NormSpan[]): NormSpan[] {
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const counted = new Map<string, { count: number; lastEnd: number }>();
  const kept: NormSpan[] = [];
  for (const span of spans) {
    const { rule } = span;
    if (rule.minMatches && rule.minMatches > 1) {
      const seen = counted.get(rule.id) ?? { count: 0, lastEnd: -1 };
      if (span.start < seen.lastEnd) continue;
      seen.count++;
      seen.lastEnd = span.end;
      counted.set(rule.id, seen);
      if (seen.count !== rule.minMatches) continue;
    }
    kept.push(span);
  }
  return kept.filter((span) => {
    const yieldsTo = span.rule.yieldsTo;
    if (!yieldsTo) return true;
    return !kept.some(
      (other) =>
        other !== span &&
        yieldsTo.includes(other.rule.id) &&
        other.start <= span.start &&
        span.end <= other.end,
    );
  });
}

function toOriginal(text: string, spans: NormSpan[], map: OffsetMap): RawFinding[] {
  return spans.map((s) => {
    let start = map.toOriginalStart(s.start);
    let end = map.toOriginalEnd(s.end);
    // Never start or end on whitespace, unless whitespace is the finding (line breaks).
    if (text.slice(start, end).trim() !== '') {
      while (start < end && /\s/.test(text.charAt(start))) start++;
      while (end > start && /\s/.test(text.charAt(end - 1))) end--;
    }
    return { rule: s.rule, start, end, language: s.language };
  });
}

function toFinding(raw: RawFinding): WordingFinding {
  const finding: WordingFinding = {
    ruleId: raw.rule.id,
    category: raw.rule.category,
    severity: raw.rule.severity,
    start: raw.start,
    end: raw.end,
    message: raw.rule.message,
  };
  const { suggestion } = raw.rule;
  if (suggestion) finding.suggestion = { ...suggestion };
  return finding;
}

/**
 * Overlapping findings of one category become one finding over both spans, carrying the
 * strongest rule. A replacement written for the smaller span no longer fits the union,
 * so only a plain "remove it" suggestion survives a merge.
 */
function mergeSameCategory(findings: WordingFinding[], text: string): WordingFinding[] {
  findings.sort((a, b) => a.start - b.start || b.end - a.end);
  const open = new Map<Category, WordingFinding>();
  /** The span of the rule whose suggestion a merged finding carries. */
  const owner = new Map<WordingFinding, { start: number; end: number }>();
  const out: WordingFinding[] = [];
  for (const f of findings) {
    const merged = open.get(f.category);
    // Overlapping, or only a space apart: "leave a 5-star" + "review" is one phrase.
    if (merged && (f.start < merged.end || /^\s{0,2}$/.test(text.slice(merged.end, f.start)))) {
      if (SEVERITY_RANK[f.severity] > SEVERITY_RANK[merged.severity]) {
        merged.ruleId = f.ruleId;
        merged.severity = f.severity;
        merged.message = f.message;
        merged.suggestion = f.suggestion;
        owner.set(merged, { start: f.start, end: f.end });
      }
      merged.end = Math.max(merged.end, f.end);
      continue;
    }
    const copy = { ...f };
    open.set(f.category, copy);
    owner.set(copy, { start: f.start, end: f.end });
    out.push(copy);
  }
  for (const f of out) {
    const span = owner.get(f);
    const moved = span && (span.start !== f.start || span.end !== f.end);
    if (moved && f.suggestion && f.suggestion.replacement !== '') delete f.suggestion;
  }
  return out;
}

/** A caution inside a stronger finding adds nothing but noise. */
function dropCoveredInfo(findings: WordingFinding[]): WordingFinding[] {
  return findings.filter(
    (f) =>
      f.severity !== 'info' ||
      !findings.some((o) => o.severity !== 'info' && o.start <= f.start && f.end <= o.end),
  );
}

/** checkWording with the test-only options of collectFindings. */
export function checkWordingWith(
  text: string,
  context?: WordingContext,
  options?: CollectOptions,
): WordingFinding[] {
  const findings = dropCoveredInfo(
    mergeSameCategory(collectFindings(text, context, options).map(toFinding), text),
  );
  return findings.sort(
    (a, b) =>
      a.start - b.start ||
      a.end - b.end ||
      (CATEGORY_ORDER.get(a.category) ?? 0) - (CATEGORY_ORDER.get(b.category) ?? 0),
  );
}

/**
 * Every finding in a message to a buyer: rule, category, severity, UTF-16 offsets into `text`
 * and a bilingual explanation, sorted by start. Overlapping findings of one category are one.
 */
export function checkWording(text: string, context?: WordingContext): WordingFinding[] {
  return checkWordingWith(text, context);
}
