import { describe, expect, it } from 'vitest';
import { followEdit, type TextEdit, textEdit } from '@/lib/wording/text-edit';
import { seededRandom } from '../../support/seeded-random';

describe('textEdit: the one changed stretch', () => {
  it.each<[string, string, string, number | undefined, TextEdit | undefined]>([
    ['nothing changed', 'Hello', 'Hello', undefined, undefined],
    ['typed at the end', 'Hello', 'Hello!', undefined, { start: 5, oldEnd: 5, newEnd: 6 }],
    ['typed at the start', 'Hello', 'Oh Hello', undefined, { start: 0, oldEnd: 0, newEnd: 3 }],
    ['typed in the middle', 'Hello you', 'Hello to you', undefined, { start: 6, oldEnd: 6, newEnd: 9 }],
    ['deleted', 'Hello dear you', 'Hello you', undefined, { start: 6, oldEnd: 11, newEnd: 6 }],
    ['replaced', 'call me', 'mail me', undefined, { start: 0, oldEnd: 3, newEnd: 3 }],
    ['emptied', 'Hello', '', undefined, { start: 0, oldEnd: 5, newEnd: 0 }],
    // Without the caret, "e" + "email" reads as an "e" inserted after the first one.
    ['ambiguous, no caret', 'email', 'eemail', undefined, { start: 1, oldEnd: 1, newEnd: 2 }],
    ['ambiguous, caret after the first e', 'email', 'eemail', 1, { start: 0, oldEnd: 0, newEnd: 1 }],
    ['ambiguous deletion, caret at 0', 'eemail', 'email', 0, { start: 0, oldEnd: 1, newEnd: 0 }],
    ['a caret past the text', 'ab', 'abc', 99, { start: 2, oldEnd: 2, newEnd: 3 }],
  ])('%s', (_what, before, after, caret, expected) => {
    expect(textEdit(before, after, caret)).toEqual(expected);
  });

  it('rebuilds the new text from the old one, for 500 seeded edits', () => {
    const random = seededRandom(20261123);
    const letters = 'ab e@.';
    const word = (n: number) =>
      Array.from({ length: n }, () => letters[Math.floor(random() * letters.length)]).join('');
    for (let i = 0; i < 500; i++) {
      const before = word(Math.floor(random() * 30));
      const at = Math.floor(random() * (before.length + 1));
      const cut = Math.min(before.length, at + Math.floor(random() * 4));
      const typed = word(Math.floor(random() * 4));
      const after = before.slice(0, at) + typed + before.slice(cut);
      const edit = textEdit(before, after, at + typed.length);
      if (before === after) {
        expect(edit).toBeUndefined();
        continue;
      }
      const e = edit as TextEdit;
      expect(before.slice(0, e.start) + after.slice(e.start, e.newEnd) + before.slice(e.oldEnd)).toBe(after);
      // The change never starts after the caret that made it.
      expect(e.start).toBeLessThanOrEqual(at + typed.length);
    }
  });
});

describe('followEdit: the marks on the new text', () => {
  const marks = [
    { id: 'before', start: 0, end: 5 },
    { id: 'cut', start: 8, end: 14 },
    { id: 'after', start: 20, end: 25 },
  ];

  it('keeps what is before, moves what is after, drops what the edit cut into', () => {
    const { kept, moved, dropped } = followEdit(marks, { start: 10, oldEnd: 12, newEnd: 15 });
    expect(kept).toEqual([
      { id: 'before', start: 0, end: 5 },
      { id: 'after', start: 23, end: 28 },
    ]);
    expect([moved, dropped]).toEqual([true, true]);
  });

  it('keeps marks that only touch the edit, on their words', () => {
    // Typed right after "before" and right before "after".
    expect(followEdit(marks, { start: 5, oldEnd: 5, newEnd: 7 }).kept.map((m) => [m.id, m.start])).toEqual([
      ['before', 0],
      ['cut', 10],
      ['after', 22],
    ]);
    expect(followEdit(marks, { start: 14, oldEnd: 20, newEnd: 14 }).kept.map((m) => [m.id, m.start])).toEqual(
      [
        ['before', 0],
        ['cut', 8],
        ['after', 14],
      ],
    );
  });

  it('says nothing moved for a change after the marks, and keeps the same objects', () => {
    const result = followEdit(marks, { start: 30, oldEnd: 31, newEnd: 33 });
    expect([result.moved, result.dropped]).toEqual([false, false]);
    expect(result.kept.every((m, i) => m === marks[i])).toBe(true);
  });

  it('says a mark moved when a same-length change before it changed the words it follows', () => {
    const result = followEdit(marks, { start: 16, oldEnd: 17, newEnd: 17 });
    expect([result.moved, result.dropped]).toEqual([true, false]);
    expect(result.kept.map((m) => m.start)).toEqual([0, 8, 20]);
  });

  it('leaves every kept mark over the same words, for 500 seeded edits', () => {
    const random = seededRandom(7);
    const text = 'Write to shop@example.com or call 0151 2345678, thanks for the review!';
    for (let i = 0; i < 500; i++) {
      const at = Math.floor(random() * (text.length + 1));
      const cut = Math.min(text.length, at + Math.floor(random() * 5));
      const after = text.slice(0, at) + 'xy'.slice(0, Math.floor(random() * 3)) + text.slice(cut);
      const spots = Array.from({ length: 6 }, () => {
        const start = Math.floor(random() * text.length);
        return { start, end: Math.min(text.length, start + 1 + Math.floor(random() * 8)) };
      });
      const edit = textEdit(text, after, at + (after.length - text.length + (cut - at)));
      if (!edit) continue;
      const { kept } = followEdit(spots, edit);
      const overlaps = spots.filter((s) => s.start < edit.oldEnd && s.end > edit.start).length;
      expect(kept).toHaveLength(spots.length - overlaps);
      for (const [k, mark] of kept.entries()) {
        const from = spots.filter((s) => !(s.start < edit.oldEnd && s.end > edit.start))[k] as typeof mark;
        expect(after.slice(mark.start, mark.end)).toBe(text.slice(from.start, from.end));
      }
    }
  });
});
