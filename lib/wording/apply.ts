/**
 * Applying a suggestion to the text being written. The seller's text is only changed when
 * asked, and only if the words a finding points at are still where they were checked: a
 * stale finding never edits the wrong words. Pure.
 */
import type { WordingFinding } from './types';

export interface TextEdit {
  start: number;
  end: number;
  replacement: string;
}

/**
 * The edit for `finding`'s suggestion in `text`, or undefined when there is none or the text
 * changed under it (`excerpt` is what [start, end) held when it was checked). Removing words
 * also removes one space next to them, so that "call me at 555 0100 today" does not become
 * "call me at  today".
 */
export function suggestionEdit(
  text: string,
  finding: Pick<WordingFinding, 'start' | 'end' | 'suggestion'>,
  excerpt: string,
): TextEdit | undefined {
  const { start, end, suggestion } = finding;
  if (!suggestion || text.slice(start, end) !== excerpt) return undefined;
  if (suggestion.replacement !== '') return { start, end, replacement: suggestion.replacement };
  const before = text[start - 1];
  const after = text[end];
  if (after === ' ' && (before === undefined || /\s/.test(before))) {
    return { start, end: end + 1, replacement: '' };
  }
  if (before === ' ' && (after === undefined || /[\s.,;:!?)]/.test(after))) {
    return { start: start - 1, end, replacement: '' };
  }
  return { start, end, replacement: '' };
}

/** The text after an edit, and where the caret goes (after the replacement). */
export function applyEdit(text: string, edit: TextEdit): { text: string; caret: number } {
  return {
    text: text.slice(0, edit.start) + edit.replacement + text.slice(edit.end),
    caret: edit.start + edit.replacement.length,
  };
}
