/**
 * Rules → scanners, per language, on first use.
 *
 * Most patterns start with a literal word ("refund|gift|voucher…"); they become anchored
 * branches (keywords.ts): one literal scan per message finds where any of them may start, and
 * only those branches run, only there. Patterns without such a word are grouped by category
 * and purpose into one regex per group (one capture group per rule) and scanned over the whole
 * text. The reference groups hold every pattern as written, for tests that check the fast path
 * against a plain whole-text scan.
 *
 * Each language (and the language-independent rules) compiles the first time a message needs
 * it: a seller who writes German and English never pays for Japanese, and a content script
 * that imports the guard pays nothing until a message is checked.
 */
import { anchorPattern } from './keywords';
import {
  type AnyLanguageRule,
  type Category,
  type Language,
  type Purpose,
  type Rule,
  SEVERITY_RANK,
  type WholeMessageRule,
} from './types';

/** Where a scanner applies: its language and the purposes it runs for. */
export interface Filters {
  language: Language | 'any';
  onlyFor?: readonly Purpose[];
  notFor?: readonly Purpose[];
}

export interface PatternGroup extends Filters {
  category: Category;
  regex: RegExp;
  /** rules[i] owns capture group i + 1. */
  rules: Rule[];
  /**
   * rules[i]'s patterns alone, sticky: at a position where one alternative matched, the later
   * rules are tried too (the combined regex reports only the first alternative that matches).
   */
  sticky: RegExp[];
}

/**
 * One alternative of one rule's pattern, tried where one of its anchor words starts. Its
 * regexes are built on first use: most branches never meet their anchor in a message, and
 * building a thousand regexes up front would cost the first check tens of milliseconds.
 */
export class BranchScan implements Filters {
  readonly onlyFor: readonly Purpose[] | undefined;
  readonly notFor: readonly Purpose[] | undefined;
  private sticky: RegExp | undefined;

  constructor(
    readonly rule: Rule,
    readonly language: Language | 'any',
    private readonly source: string,
    /** The source starts with a capturing lookbehind: the phrase starts before the anchor. */
    readonly moved: boolean,
    private readonly flags: string,
  ) {
    this.onlyFor = rule.onlyFor;
    this.notFor = rule.notFor;
  }

  /** Sticky: set lastIndex to the anchor. */
  get regex(): RegExp {
    this.sticky ??= new RegExp(this.source, `${this.flags}y`);
    return this.sticky;
  }
}

/**
 * A literal scan for the anchor words of many branches; a hit on a word marks a place to try
 * the branches anchored on it (and on words it starts with: "review" also says "rev").
 */
export interface AnchorIndex {
  regex: RegExp;
  branchesOf: Map<string, BranchScan[]>;
}

export interface CompiledWhole {
  rule: WholeMessageRule;
  filler: Map<Language, RegExp>;
  frame: Map<Language, RegExp>;
}

/** The compiled rules of one language, or of the language-independent ones ('any'). */
export interface CompiledPart {
  /** Patterns without anchors, scanned over the whole text. */
  groups: PatternGroup[];
  /** Anchored branches by anchor word (see indexFor). */
  words: ReadonlyMap<string, BranchScan[]>;
  /** Every pattern as written, grouped like `groups`: the reference for tests (built lazily). */
  readonly referenceGroups: PatternGroup[];
}

export interface CompiledRules {
  part(language: Language | 'any'): CompiledPart;
  /**
   * One index for these languages and the language-independent rules: one literal scan for
   * all of them (built once per combination of languages, which are few).
   */
  indexFor(languages: ReadonlySet<Language>): AnchorIndex;
  detectors: AnyLanguageRule[];
  whole: CompiledWhole[];
  byId: Map<string, Rule>;
}

/**
 * A space in a pattern (outside a character class) matches any run of whitespace; a space
 * with its own quantifier (" ?") is one whitespace character, quantified.
 */
export function patternSource(pattern: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern.charAt(i);
    if (ch === '\\') {
      out += ch + pattern.charAt(i + 1);
      i++;
    } else if (inClass) {
      if (ch === ']') inClass = false;
      out += ch;
    } else if (ch === '[') {
      inClass = true;
      out += ch;
    } else if (ch === ' ') {
      while (pattern.charAt(i + 1) === ' ') i++;
      // " ?" stays "one optional whitespace"; a bare space is "some whitespace".
      out += /[?*+{]/.test(pattern.charAt(i + 1)) ? '\\s' : '\\s+';
    } else out += ch;
  }
  return out;
}

/** Capturing groups in a regex source: "(" not escaped, not in a class, not "(?". */
function capturingGroups(source: string): number {
  let count = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source.charAt(i);
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(' && source.charAt(i + 1) !== '?') count++;
  }
  return count;
}

function alternation(patterns: readonly string[]): string {
  return patterns.map(patternSource).join('|');
}

const isWhole = (rule: Rule): rule is WholeMessageRule => 'whole' in rule;
const isAny = (rule: Rule): rule is AnyLanguageRule => rule.languages === 'any';
const withoutGlobal = (flags: string): string => flags.replace('g', '');

interface PendingGroup extends Filters {
  category: Category;
  rules: Rule[];
  sources: string[];
  flags: string;
}

class GroupBuilder {
  private readonly pending = new Map<string, PendingGroup>();

  add(rule: Rule, language: Language | 'any', sources: readonly string[], flags: string): void {
    if (sources.length === 0) return;
    const key = [language, rule.category, flags, rule.onlyFor?.join(), rule.notFor?.join()].join('|');
    let group = this.pending.get(key);
    if (!group) {
      group = {
        language,
        category: rule.category,
        rules: [],
        sources: [],
        flags,
        onlyFor: rule.onlyFor,
        notFor: rule.notFor,
      };
      this.pending.set(key, group);
    }
    group.rules.push(rule);
    group.sources.push(sources.join('|'));
  }

  build(): PatternGroup[] {
    return [...this.pending.values()].map((group) => {
      const source = group.sources.map((s) => `(${s})`).join('|');
      if (capturingGroups(source) !== group.rules.length) {
        throw new Error(
          `wording rules ${group.rules.map((r) => r.id).join(', ')}: patterns must not capture (use (?:…))`,
        );
      }
      return {
        language: group.language,
        category: group.category,
        regex: new RegExp(source, group.flags),
        rules: group.rules,
        sticky: group.sources.map((s) => new RegExp(s, `${withoutGlobal(group.flags)}y`)),
        onlyFor: group.onlyFor,
        notFor: group.notFor,
      };
    });
  }
}

const escapeLiteral = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function anchorIndex(words: Map<string, BranchScan[]>): AnchorIndex {
  // Longest first: at one position the longest anchor is reported, and it stands for the
  // shorter anchors it starts with too.
  const list = [...words.keys()].sort((a, b) => b.length - a.length);
  const branchesOf = new Map<string, BranchScan[]>();
  for (const word of list) {
    const found = new Set<BranchScan>();
    for (let end = 1; end <= word.length; end++) {
      for (const branch of words.get(word.slice(0, end)) ?? []) found.add(branch);
    }
    branchesOf.set(word, [...found]);
  }
  return { regex: new RegExp(list.map(escapeLiteral).join('|'), 'g'), branchesOf };
}

/** The pattern rules of one language (or 'any'), compiled. */
function compilePart(ordered: readonly Rule[], language: Language | 'any'): CompiledPart {
  const unanchored = new GroupBuilder();
  const reference = new GroupBuilder();
  const words = new Map<string, BranchScan[]>();
  for (const rule of ordered) {
    if (isWhole(rule)) continue;
    let patterns: readonly string[] | undefined;
    let flags = 'g';
    if (isAny(rule)) {
      if (language !== 'any') continue;
      patterns = rule.patterns;
      flags = `g${rule.flags ?? ''}`;
    } else if (language !== 'any') patterns = rule.languages[language];
    if (!patterns?.length) continue;
    const sources = patterns.map(patternSource);
    reference.add(rule, language, sources, flags);
    const scanWhole: string[] = [];
    for (const source of sources) {
      const { anchored, whole } = anchorPattern(source);
      scanWhole.push(...whole);
      for (const branch of anchored) {
        const scan = new BranchScan(rule, language, branch.source, !!branch.moved, withoutGlobal(flags));
        for (const word of branch.anchors) {
          const list = words.get(word);
          if (list) list.push(scan);
          else words.set(word, [scan]);
        }
      }
    }
    unanchored.add(rule, language, scanWhole, flags);
  }
  let referenceGroups: PatternGroup[] | undefined;
  return {
    groups: unanchored.build(),
    words,
    get referenceGroups() {
      referenceGroups ??= reference.build();
      return referenceGroups;
    },
  };
}

function compileMap(byLanguage: Partial<Record<Language, readonly string[]>>): Map<Language, RegExp> {
  const map = new Map<Language, RegExp>();
  for (const [language, patterns] of Object.entries(byLanguage) as [Language, readonly string[]][]) {
    if (patterns.length > 0) map.set(language, new RegExp(alternation(patterns), 'g'));
  }
  return map;
}

export function compileRules(rules: readonly Rule[]): CompiledRules {
  const byId = new Map<string, Rule>();
  for (const rule of rules) {
    if (byId.has(rule.id)) throw new Error(`wording rule id used twice: ${rule.id}`);
    byId.set(rule.id, rule);
  }
  // Stronger rules first: at one position the first alternative that matches wins.
  const ordered = [...rules].sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]);

  const parts = new Map<Language | 'any', CompiledPart>();
  const part = (language: Language | 'any') => {
    let compiled = parts.get(language);
    if (!compiled) {
      compiled = compilePart(ordered, language);
      parts.set(language, compiled);
    }
    return compiled;
  };
  const merged = new Map<string, AnchorIndex>();

  return {
    part,
    indexFor(languages) {
      const key = [...languages].sort().join('+');
      let index = merged.get(key);
      if (!index) {
        const words = new Map(part('any').words);
        for (const language of languages) {
          for (const [word, branches] of part(language).words) {
            words.set(word, [...(words.get(word) ?? []), ...branches]);
          }
        }
        index = anchorIndex(words);
        merged.set(key, index);
      }
      return index;
    },
    detectors: ordered.filter((r): r is AnyLanguageRule => isAny(r) && !!r.detect),
    whole: ordered.filter(isWhole).map((rule) => ({
      rule,
      filler: compileMap(rule.languages),
      frame: compileMap(rule.whole.frame),
    })),
    byId,
  };
}
