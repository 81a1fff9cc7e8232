/**
 * How findings are put in front of a seller, whatever draws them (the in-page panel, the
 * popup): most serious first, then in reading order; counted by severity; worded in the UI
 * language. Pure.
 */
import { type Bilingual, SEVERITY_RANK, type Severity, type WordingFinding } from './types';

export const SEVERITIES: readonly Severity[] = ['block', 'warn', 'info'];
/** The more serious first; for a stable sort, equal severities keep their order. */
export const bySeverity = (a: { severity: Severity }, b: { severity: Severity }): number =>
  SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity];

/** Severity first (a block above every warning), then position in the text. */
export function orderFindings<T extends WordingFinding>(findings: readonly T[]): T[] {
  return [...findings].sort((a, b) => bySeverity(a, b) || a.start - b.start || a.end - b.end);
}

export function countBySeverity(findings: readonly WordingFinding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { block: 0, warn: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}

/** The worst severity present, for the colour of a summary. */
export function worstSeverity(findings: readonly WordingFinding[]): Severity | undefined {
  return SEVERITIES.find((s) => findings.some((f) => f.severity === s));
}

/** Chinese UI languages read the zh_CN text; every other one the English. */
export function inUiLanguage(text: Bilingual, uiLanguage: string): string {
  return /^zh\b/i.test(uiLanguage) ? text.zh_CN : text.en;
}

/**
 * Non-overlapping stretches of the text with the most serious severity covering each, for
 * underlines: findings of different categories may overlap, a stretch is drawn once.
 */
export interface UnderlineSegment {
  start: number;
  end: number;
  severity: Severity;
  /** The rule of the most serious finding covering it (the first by position on a tie). */
  ruleId: string;
}

export function underlineSegments(findings: readonly WordingFinding[]): UnderlineSegment[] {
  // Sweep the cut points once, with the findings open at each: O(n log n) in findings, where
  // filtering all findings at every cut was quadratic (a long draft has dozens).
  const ordered = orderFindings(findings);
  const rank = new Map(ordered.map((f, i) => [f, i]));
  const cuts = [...new Set(findings.flatMap((f) => [f.start, f.end]))].sort((a, b) => a - b);
  const byStart = [...findings].sort((a, b) => a.start - b.start);
  const open: WordingFinding[] = [];
  const segments: UnderlineSegment[] = [];
  let next = 0;
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i] as number;
    const end = cuts[i + 1] as number;
    while (next < byStart.length && (byStart[next] as WordingFinding).start <= start)
      open.push(byStart[next++] as WordingFinding);
    let top: WordingFinding | undefined;
    for (let k = open.length - 1; k >= 0; k--) {
      const f = open[k] as WordingFinding;
      if (f.end <= start) open.splice(k, 1);
      else if (f.end >= end && (!top || (rank.get(f) as number) < (rank.get(top) as number))) top = f;
    }
    if (!top) continue;
    const last = segments.at(-1);
    if (last && last.end === start && last.ruleId === top.ruleId && last.severity === top.severity) {
      last.end = end;
    } else {
      segments.push({ start, end, severity: top.severity, ruleId: top.ruleId });
    }
  }
  return segments;
}
