import { describe, expect, it, vi } from 'vitest';
import { sentWatch } from '@/lib/inline/compose/sent-watch';

function page(alertHidden = true) {
  document.body.innerHTML = `<button id="send">Send</button><div class="kat-alert-success-content" ${alertHidden ? 'hidden' : ''}>Your message has been sent</div>`;
  const send = document.getElementById('send') as HTMLElement;
  const alert = document.querySelector('.kat-alert-success-content') as HTMLElement;
  // happy-dom lays nothing out: a shown alert has one client rect, a hidden one none.
  alert.getClientRects = () => (alert.hidden ? [] : [new DOMRect(0, 0, 10, 10)]) as unknown as DOMRectList;
  return { send, alert };
}

describe('knowing when a message went out', () => {
  it('counts a send once, when the page shows its "sent" alert', () => {
    const { send, alert } = page();
    const onSent = vi.fn();
    const watch = sentWatch(document, onSent);
    watch.clicked([send, document.body], send, 'Hello');
    watch.check('Hello');
    expect(onSent).not.toHaveBeenCalled();
    alert.hidden = false;
    watch.check('Hello');
    watch.check('Hello');
    expect(onSent).toHaveBeenCalledTimes(1);
    expect(onSent).toHaveBeenCalledWith('Hello');
  });

  it('counts a send when the page empties the box (a thread reply)', () => {
    const { send } = page();
    const onSent = vi.fn();
    const watch = sentWatch(document, onSent);
    watch.clicked([send], send, 'Thanks, on its way');
    watch.check('');
    expect(onSent).toHaveBeenCalledWith('Thanks, on its way');
  });

  it('ignores clicks elsewhere, empty texts, an alert left from before, and expired sends', () => {
    const { send } = page(false);
    const onSent = vi.fn();
    let now = 0;
    const watch = sentWatch(document, onSent, () => now);
    watch.clicked([document.body], send, 'Hello');
    watch.check('');
    watch.clicked([send], send, '   ');
    watch.check('');
    // The alert was already up when Send was clicked: it says nothing about this send.
    watch.clicked([send], send, 'Hello');
    watch.check('Hello');
    expect(onSent).not.toHaveBeenCalled();
    now = 11 * 60_000;
    watch.check('');
    expect(onSent).not.toHaveBeenCalled();
  });
});
