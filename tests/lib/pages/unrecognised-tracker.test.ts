import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageReading } from '@/lib/messages/reading';
import { createUnrecognisedTracker } from '@/lib/pages/unrecognised-tracker';

const unknown: PageReading = {
  kind: 'unknown',
  expected: 'orders-list',
  marketplace: 'US',
  reason: 'no orders table',
};
const read: PageReading = { kind: 'orders-list', marketplace: 'US', language: 'en-US', orders: [] };
const URL = 'https://sellercentral.amazon.com/orders-v3';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('createUnrecognisedTracker', () => {
  it('confirms an unknown reading only after it has stood for the delay', () => {
    const onConfirmed = vi.fn();
    const tracker = createUnrecognisedTracker({ delayMs: 1000, onConfirmed, onCleared: vi.fn() });
    tracker.note(unknown, URL);
    vi.advanceTimersByTime(999);
    expect(onConfirmed).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onConfirmed).toHaveBeenCalledWith(unknown, URL);
  });

  it('never marks a page whose app mounts late', () => {
    const onConfirmed = vi.fn();
    const tracker = createUnrecognisedTracker({ delayMs: 1000, onConfirmed, onCleared: vi.fn() });
    tracker.note(unknown, URL);
    vi.advanceTimersByTime(500);
    tracker.note(read, URL);
    vi.advanceTimersByTime(5000);
    expect(onConfirmed).not.toHaveBeenCalled();
  });

  it('clears the mark when the page reads again', () => {
    const onCleared = vi.fn();
    const tracker = createUnrecognisedTracker({ delayMs: 10, onConfirmed: vi.fn(), onCleared });
    tracker.note(unknown, URL);
    vi.advanceTimersByTime(10);
    tracker.note(read, URL);
    expect(onCleared).toHaveBeenCalledTimes(1);
  });

  it('ignores pages that promised nothing', () => {
    const onConfirmed = vi.fn();
    const tracker = createUnrecognisedTracker({ delayMs: 10, onConfirmed, onCleared: vi.fn() });
    tracker.note({ kind: 'unknown', reason: 'SellerLens does not read unknown pages' }, URL);
    vi.advanceTimersByTime(100);
    expect(onConfirmed).not.toHaveBeenCalled();
  });
});
