import { describe, expect, it } from 'vitest';
import { applyEdit, suggestionEdit } from '@/lib/wording/apply';
import {
  countBySeverity,
  inUiLanguage,
  orderFindings,
  underlineSegments,
  worstSeverity,
} from '@/lib/wording/present';
import type { Severity, WordingFinding } from '@/lib/wording/types';

const finding = (ruleId: string, severity: Severity, start: number, end: number): WordingFinding => ({
  ruleId,
  category: 'marketing',
  severity,
  start,
  end,
  message: { en: ruleId, zh_CN: ruleId },
});

describe('presenting findings', () => {
  it('orders by severity, then position', () => {
    const ordered = orderFindings([
      finding('c', 'info', 0, 2),
      finding('b', 'warn', 5, 8),
      finding('a', 'block', 9, 12),
      finding('d', 'warn', 1, 3),
    ]);
    expect(ordered.map((f) => f.ruleId)).toEqual(['a', 'd', 'b', 'c']);
  });

  it('counts by severity and names the worst', () => {
    const all = [finding('a', 'warn', 0, 1), finding('b', 'warn', 2, 3), finding('c', 'info', 4, 5)];
    expect(countBySeverity(all)).toEqual({ block: 0, warn: 2, info: 1 });
    expect(worstSeverity(all)).toBe('warn');
    expect(worstSeverity([])).toBeUndefined();
  });

  it('words findings in Chinese for Chinese UIs only', () => {
    const text = { en: 'English', zh_CN: '中文' };
    expect(inUiLanguage(text, 'zh-CN')).toBe('中文');
    expect(inUiLanguage(text, 'zh-TW')).toBe('中文');
    expect(inUiLanguage(text, 'en-US')).toBe('English');
    expect(inUiLanguage(text, 'de')).toBe('English');
  });

  it('underlines overlapping findings once, with the most serious on top', () => {
    // warn 0–10 overlaps block 4–8: 0–4 warn, 4–8 block, 8–10 warn.
    const segments = underlineSegments([finding('w', 'warn', 0, 10), finding('b', 'block', 4, 8)]);
    expect(segments).toEqual([
      { start: 0, end: 4, severity: 'warn', ruleId: 'w' },
      { start: 4, end: 8, severity: 'block', ruleId: 'b' },
      { start: 8, end: 10, severity: 'warn', ruleId: 'w' },
    ]);
  });

  it('keeps gaps between findings unmarked and joins nothing across them', () => {
    const segments = underlineSegments([finding('a', 'info', 0, 3), finding('a', 'info', 5, 7)]);
    expect(segments).toEqual([
      { start: 0, end: 3, severity: 'info', ruleId: 'a' },
      { start: 5, end: 7, severity: 'info', ruleId: 'a' },
    ]);
    expect(underlineSegments([])).toEqual([]);
  });
});

describe('applying a suggestion', () => {
  const remove = { start: 11, end: 19, suggestion: { replacement: '', en: '', zh_CN: '' } };
  const text = 'Call me at 555 0100 today';

  it('removes the words and one space beside them', () => {
    const edit = suggestionEdit(text, remove, '555 0100');
    expect(edit).toEqual({ start: 11, end: 20, replacement: '' });
    expect(applyEdit(text, edit as NonNullable<typeof edit>)).toEqual({
      text: 'Call me at today',
      caret: 11,
    });
  });

  it('removes the space before words that end a sentence', () => {
    const t = 'Write to me at a@b.example.';
    const edit = suggestionEdit(t, { ...remove, start: 15, end: 26 }, 'a@b.example');
    expect(applyEdit(t, edit as NonNullable<typeof edit>).text).toBe('Write to me at.');
  });

  it('replaces with the suggested words', () => {
    const t = 'See <b>this</b>';
    const edit = suggestionEdit(
      t,
      { start: 4, end: 7, suggestion: { replacement: '', en: '', zh_CN: '' } },
      '<b>',
    );
    expect(edit).toEqual({ start: 4, end: 7, replacement: '' });
    const swap = suggestionEdit(
      'Buy NOW',
      { start: 4, end: 7, suggestion: { replacement: 'now', en: '', zh_CN: '' } },
      'NOW',
    );
    expect(applyEdit('Buy NOW', swap as NonNullable<typeof swap>)).toEqual({ text: 'Buy now', caret: 7 });
  });

  it('never edits text that changed since it was checked', () => {
    expect(suggestionEdit('Call me at 555 0199 today', remove, '555 0100')).toBeUndefined();
    expect(suggestionEdit('Call', remove, '555 0100')).toBeUndefined();
    expect(suggestionEdit(text, { start: 11, end: 19 }, '555 0100')).toBeUndefined();
  });
});

describe('underline segments, against a direct reading', () => {
  // The direct way: at each stretch between cut points, the most serious finding covering it.
  function direct(findings: WordingFinding[]) {
    const cuts = [...new Set(findings.flatMap((f) => [f.start, f.end]))].sort((a, b) => a - b);
    const out: { start: number; end: number; severity: Severity; ruleId: string }[] = [];
    for (let i = 0; i + 1 < cuts.length; i++) {
      const [start, end] = [cuts[i] as number, cuts[i + 1] as number];
      const top = orderFindings(findings.filter((f) => f.start <= start && f.end >= end))[0];
      if (!top) continue;
      const last = out.at(-1);
      if (last && last.end === start && last.ruleId === top.ruleId && last.severity === top.severity)
        last.end = end;
      else out.push({ start, end, severity: top.severity, ruleId: top.ruleId });
    }
    return out;
  }

  it('agrees on 500 random sets of overlapping findings', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const severities: Severity[] = ['block', 'warn', 'info'];
    for (let run = 0; run < 500; run++) {
      const findings = Array.from({ length: Math.floor(random() * 12) }, (_, i) => {
        const start = Math.floor(random() * 60);
        return finding(
          `r${i % 4}`,
          severities[Math.floor(random() * 3)] as Severity,
          start,
          start + 1 + Math.floor(random() * 20),
        );
      });
      expect(underlineSegments(findings)).toEqual(direct(findings));
    }
  });
});
