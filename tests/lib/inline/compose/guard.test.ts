import { afterEach, describe, expect, it, vi } from 'vitest';
import { FindingsPanel } from '@/lib/inline/compose/findings-panel';
import { WordingGuard } from '@/lib/inline/compose/guard';
import { MirrorUnderlines } from '@/lib/inline/compose/mirror-underlines';
import { overlayFor } from '@/lib/inline/compose/overlay';
import { checkWording } from '@/lib/wording';
import { orderFindings, underlineSegments } from '@/lib/wording/present';
import type { Severity } from '@/lib/wording/types';
import { currentMessage } from '../../../support/i18n';
import { seededRandom } from '../../../support/seeded-random';

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

describe('the wording guard while an IME composition is open (Japanese, Chinese)', () => {
  /** What an IME does: compositionstart, input events marked composing, compositionend. */
  const compose = (textarea: HTMLTextAreaElement) => ({
    start: () => textarea.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true })),
    update: (value: string) => {
      textarea.value = value;
      textarea.dispatchEvent(new InputEvent('input', { bubbles: true, isComposing: true }));
    },
    end: () => textarea.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true })),
  });

  it('checks nothing and moves no underline until the composition ends, then checks once', () => {
    vi.useFakeTimers();
    const { textarea, check, guard, rules } = setup('メール shop@example.com まで');
    expect(rules()).toContain('email-address');
    const before = guard.snapshot().findings.map((f) => [f.start, f.end]);
    const ime = compose(textarea);
    ime.start();
    ime.update('き メール shop@example.com まで');
    ime.update('きょう メール shop@example.com まで');
    ime.update('今日 メール shop@example.com まで');
    vi.advanceTimersByTime(2_000);
    expect(check).toHaveBeenCalledTimes(1);
    expect(guard.snapshot().findings.map((f) => [f.start, f.end])).toEqual(before);
    ime.end();
    expect(check).toHaveBeenCalledTimes(2);
    expect(check).toHaveBeenLastCalledWith('今日 メール shop@example.com まで');
    expect(guard.snapshot().findings.find((f) => f.ruleId === 'email-address')?.start).toBe(
      '今日 メール '.length,
    );
    vi.advanceTimersByTime(2_000);
    expect(check).toHaveBeenCalledTimes(2);
    guard.destroy();
  });

  it('cancels a check that was waiting for a pause when a composition starts', () => {
    vi.useFakeTimers();
    const { textarea, check, type, guard } = setup('Hello');
    type('Hello, 好评');
    const ime = compose(textarea);
    ime.start();
    ime.update('Hello, 好评返');
    vi.advanceTimersByTime(1_000);
    expect(check).toHaveBeenCalledTimes(1);
    ime.update('Hello, 好评返现');
    ime.end();
    expect(check).toHaveBeenCalledTimes(2);
    guard.destroy();
  });

  it("makes no edit while composing; the panel's Apply works once the composition ends", () => {
    vi.useFakeTimers();
    const { textarea, guard } = setup('Write to me at shop@example.com');
    const key = String(guard.snapshot().findings.findIndex((f) => f.suggestion));
    expect(Number(key)).toBeGreaterThanOrEqual(0);
    const ime = compose(textarea);
    ime.start();
    ime.update('Write to me at shop@example.com に');
    expect(guard.apply(key)).toBe(false);
    expect(textarea.value).toBe('Write to me at shop@example.com に');
    ime.update('Write to me at shop@example.com にて');
    ime.end();
    const after = String(guard.snapshot().findings.findIndex((f) => f.suggestion));
    expect(guard.apply(after)).toBe(true);
    expect(textarea.value).not.toContain('shop@example.com');
    guard.destroy();
  });
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
    // Words typed before the finding move it: its underline follows at the keystroke, and the
    // check after the pause finds it there and draws nothing.
    const follow = vi.spyOn(MirrorUnderlines.prototype, 'follow');
    type('Please write to me at shop@example.com, thanks');
    const mark = () =>
      overlayFor(document)
        .root.querySelector('span[data-rule-id="email-address"]')
        ?.getAttribute('data-start');
    expect(guard.snapshot().findings.map((f) => [f.ruleId, f.start])).toEqual([['email-address', 22]]);
    expect(mark()).toBe('22');
    expect(follow).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(300);
    expect(guard.snapshot().findings.map((f) => [f.ruleId, f.start])).toEqual([['email-address', 22]]);
    expect([panel.mock.calls.length, mirror.mock.calls.length, place.mock.calls.length]).toEqual([0, 0, 0]);
    expect(mark()).toBe('22');
    // A change the check sees differently (the address edited) is drawn again.
    type('Please write to me at shop@example.org, thanks');
    vi.advanceTimersByTime(300);
    expect(mirror).toHaveBeenCalledTimes(1);
    expect(guard.snapshot().findings.map((f) => [f.ruleId, f.excerpt])).toEqual([
      ['email-address', 'shop@example.org'],
    ]);
  });

  it('moves the findings with their words at the keystroke, and drops the one whose words changed', () => {
    vi.useFakeTimers();
    const { type, guard } = setup('Call 0151 2345678 or write to shop@example.com');
    const shown = () => guard.snapshot().findings.map((f) => [f.ruleId, f.start, f.excerpt]);
    const first = shown();
    expect(first.map(([rule]) => rule)).toEqual(expect.arrayContaining(['email-address', 'phone-number']));
    // Typing at the end moves nothing.
    type('Call 0151 2345678 or write to shop@example.com.');
    expect(shown()).toEqual(first);
    // Typing at the start moves both, over the same words.
    type('Please call 0151 2345678 or write to shop@example.com.');
    expect(shown()).toEqual(first.map(([rule, start, excerpt]) => [rule, Number(start) + 7, excerpt]));
    // Typing inside the address drops it at once; the number stays.
    type('Please call 0151 2345678 or write to shopp@example.com.');
    expect(shown().map(([rule]) => rule)).toEqual(['phone-number']);
    vi.advanceTimersByTime(300);
    expect(shown().map(([rule, , excerpt]) => [rule, excerpt])).toEqual(
      expect.arrayContaining([
        ['email-address', 'shopp@example.com'],
        ['phone-number', '0151 2345678'],
      ]),
    );
    guard.destroy();
  });

  it('keeps every underline over its words through 400 seeded edits, and ends as a fresh draw would', () => {
    vi.useFakeTimers();
    const { textarea, guard } = setup(
      'Hello, call 0151 2345678 or write to shop@example.com. Please leave a 5-star review at shop.example!',
    );
    const random = seededRandom(20261124);
    const pastes = [
      ' ',
      'e',
      'please ',
      'shop@example.com ',
      'call 0151 2345678 ',
      'www.example.org ',
      'Danke! ',
    ];
    const mirrorMarks = () =>
      Array.from(overlayFor(document).root.querySelectorAll('.mirror span')).map((span) => [
        (span as HTMLElement).dataset.ruleId,
        Number((span as HTMLElement).dataset.start),
        Number((span as HTMLElement).dataset.end),
        span.textContent,
      ]);
    const expectedMarks = (
      findings: readonly { ruleId: string; start: number; end: number; severity: Severity }[],
    ) =>
      underlineSegments(
        findings.map((f) => ({ ...f, category: 'marketing', message: { en: '', zh_CN: '' } })),
      ).map((seg) => [seg.ruleId, seg.start, seg.end, textarea.value.slice(seg.start, seg.end)]);
    for (let step = 0; step < 400; step++) {
      const value = textarea.value;
      const at = Math.floor(random() * (value.length + 1));
      const cut = random() < 0.3 ? Math.min(value.length, at + 1 + Math.floor(random() * 3)) : at;
      const typed =
        cut > at && random() < 0.5 ? '' : (pastes[Math.floor(random() * pastes.length)] as string);
      textarea.value = value.slice(0, at) + typed + value.slice(cut);
      textarea.setSelectionRange(at + typed.length, at + typed.length);
      textarea.dispatchEvent(new InputEvent('input', { bubbles: true }));
      const shown = guard.snapshot().findings;
      for (const f of shown) expect(textarea.value.slice(f.start, f.end)).toBe(f.excerpt);
      expect(mirrorMarks()).toEqual(expectedMarks(shown));
      // The mirror's words up to its last underline are the box's: the lines wrap the same.
      const lastEnd = Math.max(0, ...mirrorMarks().map((m) => m[2] as number));
      const mirrored = overlayFor(document).root.querySelector('.mirror')?.textContent ?? '';
      expect(mirrored.slice(0, lastEnd)).toBe(textarea.value.slice(0, lastEnd));
      if (step % 5 === 4) {
        vi.advanceTimersByTime(300);
        const fresh = orderFindings(checkWording(textarea.value, { purpose: 'reply', language: 'en' }));
        expect(guard.snapshot().findings.map((f) => [f.ruleId, f.start, f.end])).toEqual(
          fresh.map((f) => [f.ruleId, f.start, f.end]),
        );
        expect(mirrorMarks()).toEqual(expectedMarks(fresh));
      }
    }
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
