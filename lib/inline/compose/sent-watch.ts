/**
 * Knows when a message went out, to count its text (never to store it): a click on Send
 * arms it with the text; it fires when the page then shows its "message sent" alert (the
 * contact page, evidence) or empties the box (a thread's reply, where nothing better is
 * known). A send that never completes expires unnoticed; a cancelled review dialog counts
 * nothing.
 */
import { queryAllDeep } from '@/lib/pages/compose/compose-box';
import { COMPOSE } from '@/lib/pages/compose/selectors';

const EXPIRES_MS = 10 * 60_000;

function alertShown(doc: Document): boolean {
  return queryAllDeep(doc, COMPOSE.sentAlert).some(
    (el) => !el.closest('[hidden]') && (el as HTMLElement).getClientRects().length > 0,
  );
}

export interface SentWatch {
  /** A click anywhere: arms when it went to the Send button. */
  clicked(path: readonly EventTarget[], sendButton: HTMLElement | undefined, text: string): void;
  /** After the page changed: reports a completed send once. */
  check(currentText: string): void;
}

export function sentWatch(doc: Document, onSent: (text: string) => void, now = () => Date.now()): SentWatch {
  let armed: { text: string; at: number; alertBefore: boolean } | undefined;
  return {
    clicked(path, sendButton, text) {
      if (!sendButton || !path.includes(sendButton) || !text.trim()) return;
      armed ??= { text, at: now(), alertBefore: alertShown(doc) };
    },
    check(currentText) {
      if (!armed) return;
      if (now() - armed.at > EXPIRES_MS) {
        armed = undefined;
        return;
      }
      const sent = (!armed.alertBefore && alertShown(doc)) || currentText.trim() === '';
      if (!sent) return;
      const { text } = armed;
      armed = undefined;
      onSent(text);
    },
  };
}
