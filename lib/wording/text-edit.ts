/**
 * Where a keystroke (or a paste, a cut, an undo) changed a message, and where the findings on
 * the old text land on the new one: mapped through the edit as an editor maps its
 * decorations, so an underline follows its words while the seller types before it, instead
 * of vanishing until the next check. Pure.
 */

/** [start, oldEnd) of the old text became [start, newEnd) of the new one. */
export interface TextEdit {
  start: number;
  oldEnd: number;
  newEnd: number;
}

/**
 * The one changed stretch between two texts; undefined when they are equal. `caret` (where
 * the caret is after the edit) settles what the texts alone cannot: typing "e" before
 * "email" could as well be an "e" inserted after the first one, which would cut the word.
 */
export function textEdit(before: string, after: string, caret?: number): TextEdit | undefined {
  if (before === after) return undefined;
  const delta = after.length - before.length;
  let limit = Math.min(before.length, after.length);
  if (caret !== undefined && caret >= 0) limit = Math.min(limit, Math.max(0, caret - Math.max(0, delta)));
  let start = 0;
  while (start < limit && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  const room = Math.min(before.length, after.length) - start;
  let same = 0;
  while (
    same < room &&
    before.charCodeAt(before.length - 1 - same) === after.charCodeAt(after.length - 1 - same)
  )
    same++;
  return { start, oldEnd: before.length - same, newEnd: after.length - same };
}

/**
 * The marks that survive the edit, at their new places: those wholly before it stay, those
 * wholly after it move by its length, and those it cut into are dropped (their words are not
 * the ones checked). Marks that only touch it keep their words, and the check after the
 * pause says whether they still apply. `moved`: some mark is after the edit, so its words
 * moved on screen even when its offsets did not (an "i" typed over an "m" before it).
 */
export function followEdit<T extends { start: number; end: number }>(
  marks: readonly T[],
  edit: TextEdit,
): { kept: T[]; moved: boolean; dropped: boolean } {
  const delta = edit.newEnd - edit.oldEnd;
  const kept: T[] = [];
  let moved = false;
  let dropped = false;
  for (const mark of marks) {
    if (mark.end <= edit.start) kept.push(mark);
    else if (mark.start >= edit.oldEnd) {
      moved = true;
      kept.push(delta === 0 ? mark : { ...mark, start: mark.start + delta, end: mark.end + delta });
    } else dropped = true;
  }
  return { kept, moved, dropped };
}
