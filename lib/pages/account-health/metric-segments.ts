/**
 * Finds metrics by their names rather than by class names nobody outside Amazon has seen:
 * the words that follow a metric's name, up to the next metric's name, within the smallest
 * part of the page that holds this metric and no other, are that metric's figures.
 */

import { composedParent, holds } from '../content/deep';
import type { LabelSets } from '../dom';
import { pieceElement, type TextPiece, textPieces } from './composed-text';
import { TARGET_WORDS } from './labels';

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const normaliseLabel = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();

interface LabelMatch<K extends string> {
  key: K;
  /** What followed the name and a colon in the same piece of text ("Time Window: 60 days"). */
  rest: string;
}

type Matcher<K extends string> = (text: string) => LabelMatch<K> | undefined;

const matchers = new WeakMap<object, Matcher<string>>();

function matcherFor<K extends string>(sets: LabelSets<K>): Matcher<K> {
  const cached = matchers.get(sets) as Matcher<K> | undefined;
  if (cached) return cached;
  const keyOf = new Map<string, K>();
  for (const key of Object.keys(sets) as K[])
    for (const label of sets[key]) keyOf.set(normaliseLabel(label), key);
  // Longest first, so that "Negative Feedback-Bewertungen" wins over "Negative Feedback".
  const alternatives = [...keyOf.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pattern = new RegExp(`^(${alternatives.join('|')})(?:\\s*[:：]\\s*(.*))?$`, 'i');
  const matcher: Matcher<K> = (text) => {
    const m = pattern.exec(text);
    const key = m ? keyOf.get(normaliseLabel(m[1] ?? '')) : undefined;
    return m && key !== undefined ? { key, rest: (m[2] ?? '').trim() } : undefined;
  };
  matchers.set(sets, matcher);
  return matcher;
}

const TARGET = new RegExp(`^(?:${TARGET_WORDS.map(escapeRegExp).join('|')})(?:\\s*[:：]|\\s|$)`, 'i');

/** Text as rendered: a metric named only by a Katal `label` still counts as words before a goal. */
const renderedText = (el: Element): string =>
  textPieces(el)
    .map((piece) => piece.text)
    .join(' ');

/** "Target: under 1%" printed as "<b>Target</b>: under 1%" or in one piece. */
function isTargetLine(piece: TextPiece): boolean {
  const element = pieceElement(piece);
  const parent = element ? composedParent(element) : null;
  return (
    TARGET.test(piece.text) || [element, parent].some((el) => el !== null && TARGET.test(renderedText(el)))
  );
}

const HEADING = /^h[1-6]$/;

/** A heading after a metric's name starts another part of the page (a card, a section). */
function headingOf(piece: TextPiece, within: Element): Element | null {
  for (let el = pieceElement(piece); el && el !== within; el = composedParent(el)) {
    if (HEADING.test(el.localName) || el.getAttribute('role') === 'heading') return el;
  }
  return null;
}

interface Hit<K extends string> extends LabelMatch<K> {
  index: number;
  element: Element;
}

/** The largest ancestor of a metric's name that holds no other metric's name. */
function rowOf(element: Element, others: readonly Element[], root: Element): Element {
  let row = element;
  for (let parent = composedParent(row); parent; parent = composedParent(parent)) {
    if (others.some((other) => holds(parent, other))) break;
    row = parent;
    if (parent === root) break;
  }
  return row;
}

/**
 * For every metric named under `root`, the texts that follow each place its name appears
 * (goal lines left out), in reading order. A metric named twice (a summary card and a table)
 * gets two segments; the caller decides which one carries figures.
 */
export function metricSegments<K extends string>(
  root: Element,
  sets: LabelSets<K>,
): Partial<Record<K, string[][]>> {
  const match = matcherFor(sets);
  const pieces = textPieces(root);
  const hits: Hit<K>[] = [];
  for (const [index, piece] of pieces.entries()) {
    const found = match(piece.text);
    const element = found ? pieceElement(piece) : null;
    if (found && element) hits.push({ ...found, index, element });
  }
  const hitAt = new Set(hits.map((hit) => hit.index));
  const segments: Partial<Record<K, string[][]>> = {};
  for (const hit of hits) {
    const others = hits
      .filter((other) => other !== hit && !holds(hit.element, other.element))
      .map((other) => other.element);
    const row = rowOf(hit.element, others, root);
    const segment = hit.rest ? [hit.rest] : [];
    for (let i = hit.index + 1; i < pieces.length && !hitAt.has(i); i++) {
      const piece = pieces[i];
      if (!piece || !holds(row, piece.node)) break;
      const heading = headingOf(piece, row);
      if (heading && !holds(heading, hit.element)) break;
      if (!isTargetLine(piece)) segment.push(piece.text);
    }
    const found = segments[hit.key];
    if (found) found.push(segment);
    else segments[hit.key] = [segment];
  }
  return segments;
}
