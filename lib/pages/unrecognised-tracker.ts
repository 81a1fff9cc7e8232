/**
 * Decides when a page is really not recognised: an app that mounts late reads as 'unknown'
 * for a moment, so the mark appears only when an unknown reading has stood for a while
 * without a better one, and goes away as soon as the page reads.
 */
import type { PageReading, UnknownReading } from '../messages/reading';

export interface TrackerOptions {
  delayMs?: number;
  onConfirmed: (
    reading: UnknownReading & { expected: NonNullable<UnknownReading['expected']> },
    url: string,
  ) => void;
  onCleared: () => void;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

export function createUnrecognisedTracker(options: TrackerOptions) {
  const {
    delayMs = 2500,
    onConfirmed,
    onCleared,
    setTimer = (fn, ms) => setTimeout(fn, ms),
    clearTimer = (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
  } = options;
  let pending: unknown;
  let shown = false;

  return {
    note(reading: PageReading, url: string): void {
      if (pending !== undefined) clearTimer(pending);
      pending = undefined;
      if (reading.kind === 'unknown' && reading.expected) {
        const expected = reading.expected;
        pending = setTimer(() => {
          pending = undefined;
          shown = true;
          onConfirmed({ ...reading, expected }, url);
        }, delayMs);
      } else if (shown) {
        shown = false;
        onCleared();
      }
    },
    stop(): void {
      if (pending !== undefined) clearTimer(pending);
    },
  };
}
