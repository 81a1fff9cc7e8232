/**
 * Runs an expensive task (the customers job) after requests settle, never two at once: requests
 * while one is waiting join it, requests while one is running make exactly one more run
 * afterwards (the data changed under the run). A page read every few seconds thus costs one
 * run per quiet moment, and at most one per `maxWaitMs` while requests never stop.
 */
export interface CoalescedRun {
  /** Ask for a run after `delayMs` without further requests. */
  request(): void;
  /** Resolves once nothing is waiting or running (at once when idle). */
  idle(): Promise<void>;
}

export interface CoalescedRunOptions {
  delayMs: number;
  maxWaitMs: number;
  onError?: (error: unknown) => void;
  /** For tests; the global clock otherwise. */
  now?: () => number;
}

export function coalescedRun(task: () => Promise<unknown>, options: CoalescedRunOptions): CoalescedRun {
  const now = options.now ?? Date.now;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstRequestAt: number | undefined;
  let running = false;
  let again = false;
  let waiters: (() => void)[] = [];

  const settleIfIdle = () => {
    if (timer !== undefined || running || again) return;
    const done = waiters;
    waiters = [];
    for (const resolve of done) resolve();
  };

  const start = async () => {
    timer = undefined;
    firstRequestAt = undefined;
    running = true;
    try {
      await task();
    } catch (error) {
      options.onError?.(error);
    } finally {
      running = false;
      if (again) {
        again = false;
        schedule();
      }
      settleIfIdle();
    }
  };

  function schedule(): void {
    const at = now();
    firstRequestAt ??= at;
    if (timer !== undefined) clearTimeout(timer);
    const wait = Math.max(0, Math.min(options.delayMs, firstRequestAt + options.maxWaitMs - at));
    timer = setTimeout(() => void start(), wait);
  }

  return {
    request() {
      if (running) again = true;
      else schedule();
    },
    idle() {
      return new Promise<void>((resolve) => {
        waiters.push(resolve);
        settleIfIdle();
      });
    },
  };
}
