import { afterEach, describe, expect, it, vi } from 'vitest';
import { WordingGuard } from '@/entrypoints/compose-guard.content/guard';
import { FindingsPanel } from '@/entrypoints/compose-guard.content/ui/findings-panel';
import { MirrorUnderlines } from '@/entrypoints/compose-guard.content/ui/mirror-underlines';
import { overlayFor } from '@/entrypoints/compose-guard.content/ui/overlay';
import { checkWording } from '@/lib/wording';
import { currentMessage } from '../support/i18n';

const t = (key: string, ...subs: (string | number)[]) => currentMessage(key, subs.map(String));

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

function setup(initial: string) {
  const textarea = document.createElement('textarea');
  textarea.value = initial;
  document.body.replaceChildren(textarea);
  const counts: ReturnType<typeof deferred<number>>[] = [];
  const check = vi.fn((text: string) => checkWording(text, { purpose: 'reply', language: 'en' }));
  const guard = new WordingGuard(
    { kind: 'textarea', element: textarea, host: textarea },
    overlayFor(document).root,
    {
      check,
      sendsToday: () => {
        const d = deferred<number>();
        counts.push(d);
        return d.promise;
      },
      sendButton: () => undefined,
      t,
      uiLanguage: 'en-US',
      pauseMs: 300,
    },
  );
  const type = (value: string) => {
    textarea.value = value;
    textarea.dispatchEvent(new InputEvent('input', { bubbles: true }));
  };
  const rules = () => guard.snapshot().findings.map((f) => f.ruleId);
  return { textarea, guard, check, counts, type, rules };
}

afterEach(() => {
  vi.useRealTimers();
  overlayFor(document).remove();
});

describe('the wording guard on a box', () => {
  it('checks at once when attached, then only after a pause in typing', () => {
    vi.useFakeTimers();
    const { check, type, rules, guard } = setup('Write to me at shop@example.com');
    expect(rules()).toContain('email-address');
    expect(check).toHaveBeenCalledTimes(1);
    type('Write to me at shop@example.com today');
    type('Write to me at shop@example.com today, or call 0151 2345678');
    expect(check).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(299);
    expect(check).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    expect(check).toHaveBeenCalledTimes(2);
    expect(rules()).toEqual(expect.arrayContaining(['email-address', 'phone-number']));
    guard.destroy();
  });

  it('draws nothing again when writing on past the last finding, and redraws when it moves', () => {
    vi.useFakeTimers();
    const { type, rules, guard } = setup('Write to me at shop@example.com');
    const panel = vi.spyOn(FindingsPanel.prototype, 'render');
    const mirror = vi.spyOn(MirrorUnderlines.prototype, 'render');
    const place = vi.spyOn(FindingsPanel.prototype, 'place');
    type('Write to me at shop@example.com, thanks');
    vi.advanceTimersByTime(300);
    expect(rules()).toEqual(['email-address']);
    expect(guard.snapshot().length).toBe('Write to me at shop@example.com, thanks'.length);
    expect([panel.mock.calls.length, mirror.mock.calls.length, place.mock.calls.length]).toEqual([0, 0, 0]);
    // Words typed before the finding move it: drawn again, at its new place.
    type('Please write to me at shop@example.com, thanks');
    vi.advanceTimersByTime(300);
    expect(guard.snapshot().findings.map((f) => [f.ruleId, f.start])).toEqual([['email-address', 22]]);
    expect(mirror).toHaveBeenCalledTimes(1);
    expect(
      overlayFor(document)
        .root.querySelector('span[data-rule-id="email-address"]')
        ?.getAttribute('data-start'),
    ).toBe('22');
  });

  it('drops a finding at the keystroke that moves its words, keeps the others', () => {
    vi.useFakeTimers();
    const { type, rules, guard } = setup('Call 0151 2345678 or write to shop@example.com');
    expect(rules()).toEqual(expect.arrayContaining(['email-address', 'phone-number']));
    // Typing at the end moves nothing: both stay until the next check.
    type('Call 0151 2345678 or write to shop@example.com.');
    expect(rules()).toEqual(expect.arrayContaining(['email-address', 'phone-number']));
    // Typing at the start moves both: neither is shown for text it was not found in.
    type('Please call 0151 2345678 or write to shop@example.com.');
    expect(rules()).toEqual([]);
    vi.advanceTimersByTime(300);
    expect(rules()).toEqual(expect.arrayContaining(['email-address', 'phone-number']));
    guard.destroy();
  });

  it('throws away a repeat count that arrives after newer typing', async () => {
    vi.useFakeTimers();
    const { counts, type, rules, guard } = setup('Your replacement ships tomorrow.');
    type('Your replacement ships tomorrow!');
    counts[0]?.resolve(45);
    await Promise.resolve();
    await Promise.resolve();
    expect(rules()).not.toContain('repeat-text-volume');
    // The count for the text as it is now is shown.
    vi.advanceTimersByTime(300);
    counts[1]?.resolve(45);
    await Promise.resolve();
    await Promise.resolve();
    expect(rules()).toContain('repeat-text-volume');
    guard.destroy();
  });

  it('applies a suggestion only while its words are where they were found', () => {
    vi.useFakeTimers();
    const { textarea, guard, rules } = setup('Write to shop@example.com today');
    const index = guard.snapshot().findings.findIndex((f) => f.ruleId === 'email-address');
    expect(guard.apply(String(index))).toBe(true);
    expect(textarea.value).toBe('Write to today');
    expect(rules()).not.toContain('email-address');
    guard.destroy();
  });

  it('leaves the page as it found it when destroyed', () => {
    const { guard } = setup('Write to shop@example.com');
    const layer = overlayFor(document).root;
    expect(layer.querySelector('.panel')).not.toBeNull();
    guard.destroy();
    expect(layer.querySelector('.panel, .mirror, .note')).toBeNull();
  });
});

describe('a stale apply', () => {
  it('edits nothing when the words changed since they were checked', () => {
    vi.useFakeTimers();
    const textarea = document.createElement('textarea');
    textarea.value = 'Write to shop@example.com today';
    document.body.replaceChildren(textarea);
    const guard = new WordingGuard(
      { kind: 'textarea', element: textarea, host: textarea },
      overlayFor(document).root,
      {
        check: (text) => checkWording(text, { purpose: 'reply', language: 'en' }),
        sendsToday: async () => 0,
        sendButton: () => undefined,
        t,
        uiLanguage: 'en-US',
        pauseMs: 300,
      },
    );
    const index = guard.snapshot().findings.findIndex((f) => f.ruleId === 'email-address');
    // Changed without an input event (a page script): the guard still has the old finding.
    textarea.value = 'Write to shop@example.org today';
    expect(guard.apply(String(index))).toBe(false);
    expect(textarea.value).toBe('Write to shop@example.org today');
    guard.destroy();
  });
});
