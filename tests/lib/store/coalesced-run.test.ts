import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { coalescedRun } from '@/lib/store/coalesced-run';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** A task that stays running until the test finishes it, counting how many runs started. */
function controlledTask() {
  let runs = 0;
  let running = 0;
  let maxRunning = 0;
  let finish: (() => void) | undefined;
  const task = () => {
    runs++;
    running++;
    maxRunning = Math.max(maxRunning, running);
    return new Promise<void>((resolve) => {
      finish = () => {
        running--;
        resolve();
      };
    });
  };
  return {
    task,
    runs: () => runs,
    maxRunning: () => maxRunning,
    finish: async () => {
      finish?.();
      await vi.advanceTimersByTimeAsync(0);
    },
  };
}

describe('coalescedRun', () => {
  it('runs once after requests settle', async () => {
    const t = controlledTask();
    const job = coalescedRun(t.task, { delayMs: 1000, maxWaitMs: 10_000, now: Date.now });
    job.request();
    await vi.advanceTimersByTimeAsync(500);
    job.request();
    await vi.advanceTimersByTimeAsync(999);
    expect(t.runs()).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(t.runs()).toBe(1);
    await t.finish();
    await vi.advanceTimersByTimeAsync(5000);
    expect(t.runs()).toBe(1);
  });

  it('runs at least every maxWaitMs while requests never stop', async () => {
    const t = controlledTask();
    const job = coalescedRun(t.task, { delayMs: 1000, maxWaitMs: 3000, now: Date.now });
    for (let i = 0; i < 6; i++) {
      job.request();
      await vi.advanceTimersByTimeAsync(600);
    }
    expect(t.runs()).toBe(1);
  });

  it('never runs twice at once, and runs once more for requests made during a run', async () => {
    const t = controlledTask();
    const job = coalescedRun(t.task, { delayMs: 10, maxWaitMs: 100, now: Date.now });
    job.request();
    await vi.advanceTimersByTimeAsync(10);
    job.request();
    job.request();
    await vi.advanceTimersByTimeAsync(50);
    expect(t.runs()).toBe(1);
    await t.finish();
    await vi.advanceTimersByTimeAsync(10);
    expect(t.runs()).toBe(2);
    await t.finish();
    await vi.advanceTimersByTimeAsync(1000);
    expect(t.runs()).toBe(2);
    expect(t.maxRunning()).toBe(1);
  });

  it('tells when it is idle: at once with nothing to do, else after the last run', async () => {
    const t = controlledTask();
    const job = coalescedRun(t.task, { delayMs: 10, maxWaitMs: 100, now: Date.now });
    let idle = false;
    await job.idle();
    job.request();
    void job.idle().then(() => {
      idle = true;
    });
    await vi.advanceTimersByTimeAsync(10);
    expect(idle).toBe(false);
    await t.finish();
    expect(idle).toBe(true);
  });

  it('reports a failed run and keeps working', async () => {
    const errors: unknown[] = [];
    let runs = 0;
    const job = coalescedRun(
      async () => {
        runs++;
        if (runs === 1) throw new Error('disk full');
      },
      { delayMs: 10, maxWaitMs: 100, now: Date.now, onError: (e) => errors.push(e) },
    );
    job.request();
    await vi.advanceTimersByTimeAsync(10);
    job.request();
    await vi.advanceTimersByTimeAsync(10);
    expect(runs).toBe(2);
    expect(errors).toHaveLength(1);
  });
});
