/**
 * What an element shows, Katal components included: a `kat-badge` or `kat-button` draws its
 * `label` attribute inside its shadow root, and a `kat-alert` its `header` and `description`,
 * so their light DOM text is often empty.
 */
import { textOf } from '../dom';

const DRAWN_ATTRIBUTES = ['label', 'header', 'description'] as const;

export function shownText(el: Element | null | undefined): string {
  if (!el) return '';
  const drawn = DRAWN_ATTRIBUTES.map((name) => el.getAttribute(name)?.replace(/\s+/g, ' ').trim() ?? '')
    .filter(Boolean)
    .join(' ');
  const light = textOf(el);
  if (drawn && light) return `${drawn} ${light}`;
  return drawn || light || textOf(el.shadowRoot);
}
