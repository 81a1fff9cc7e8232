/**
 * Shapes shared by the wording guard: the findings it returns (public, DESIGN.md) and the rule
 * records it is built from (rules are data: see lib/wording/rules/).
 */

/** The message-rule categories of DOMAIN.md §2, ids exactly as there. */
export const CATEGORIES = [
  'off-platform-contact',
  'external-link',
  'marketing',
  'review-manipulation',
  'incentive',
  'review-gating',
  'feedback-removal-pressure',
  'cancel-request',
  'pressure',
  'personal-data-request',
  'styling',
  'trigger-word',
  'proactive-only-thanks',
] as const;
export type Category = (typeof CATEGORIES)[number];

/**
 * `block`: Amazon forbids it outright (the message is not delivered or the account is at risk);
 * `warn`: usually breaks a rule, the seller should look again; `info`: a caution only.
 */
export type Severity = 'block' | 'warn' | 'info';

/** Higher is more serious: merging keeps the higher, lists put it first. */
export const SEVERITY_RANK: Record<Severity, number> = { block: 3, warn: 2, info: 1 };

export type Purpose = 'reply' | 'proactive' | 'review-request';

/** The languages the guard reads. Chinese means Simplified (Traditional mostly matches too). */
export const LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'ja', 'zh'] as const;
export type Language = (typeof LANGUAGES)[number];

export interface Bilingual {
  en: string;
  zh_CN: string;
}

export interface WordingSuggestion extends Bilingual {
  /** Text to put in place of [start, end); '' means remove it. */
  replacement: string;
}

export interface WordingFinding {
  ruleId: string;
  category: Category;
  severity: Severity;
  /** UTF-16 offsets into the text as given (not the normalised text). */
  start: number;
  end: number;
  message: Bilingual;
  suggestion?: WordingSuggestion;
}

export interface WordingContext {
  /** Seller Central marketplace code ('US', 'DE', 'JP', …): a hint for the language. */
  marketplace?: string;
  /** BCP 47 tag or bare code ('de', 'ja-JP', 'zh-CN'); detected from the text when absent. */
  language?: string;
  purpose?: Purpose;
}

/**
 * Pattern sources are regular expressions (no capturing groups: use `(?:…)`) matched against
 * the normalised text: lower-case, accents stripped (é→e, ß→ss), full-width letters and digits
 * folded to ASCII, curly quotes straightened, zero-width characters removed. Write `\b` where
 * a word boundary matters; a space in a pattern matches any run of whitespace.
 */
export type PatternList = readonly string[];

/** A span a detector found in the normalised text. */
export interface DetectedSpan {
  start: number;
  end: number;
}

export interface Examples {
  /** Each must produce a finding with the rule's id (before same-category merging). */
  flag: readonly string[];
  /** None may produce a finding with the rule's id. */
  pass: readonly string[];
}

interface RuleBase {
  id: string;
  category: Category;
  severity: Severity;
  /** Plain words: what is wrong and whose rule it is. */
  message: Bilingual;
  /**
   * How to fix it, with text to put in place of the match ('' = remove). Only rules whose
   * match can be removed or replaced as it stands have one (contact details, links, markup).
   */
  suggestion?: WordingSuggestion;
  examples: Examples;
  /** Run only for these purposes (a message with no purpose runs none of them). */
  onlyFor?: readonly Purpose[];
  /** Skip for these purposes. */
  notFor?: readonly Purpose[];
  /** Report only when the rule matches at least this often; the finding is the nth match. */
  minMatches?: number;
  /** Drop this rule's finding where it lies inside a finding of one of these rules. */
  yieldsTo?: readonly string[];
}

/** A rule whose patterns are written per language. */
export interface LanguageRule extends RuleBase {
  languages: Partial<Record<Language, PatternList>>;
}

/** A rule that holds in every language (addresses, numbers, links, markup). */
export interface AnyLanguageRule extends RuleBase {
  languages: 'any';
  patterns?: PatternList;
  /** Extra regex flags (e.g. 'u' for Unicode property escapes). */
  flags?: string;
  /** Spans that a regex alone cannot find (phone numbers, links). */
  detect?: (text: string, original: string, map: OffsetMap) => readonly DetectedSpan[];
}

/**
 * A rule about the message as a whole (proactive-only-thanks): every sentence is either a
 * frame (greeting, sign-off, name) or a filler; at least one filler.
 */
export interface WholeMessageRule extends RuleBase {
  languages: Partial<Record<Language, PatternList>>;
  whole: { frame: Partial<Record<Language, PatternList>>; maxResidualWords: number };
}

export type Rule = LanguageRule | AnyLanguageRule | WholeMessageRule;

/** Normalised-text index → original-text offsets (UTF-16). */
export interface OffsetMap {
  toOriginalStart(index: number): number;
  toOriginalEnd(index: number): number;
}
