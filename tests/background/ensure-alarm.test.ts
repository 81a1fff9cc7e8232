import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ensureAlarm } from '@/entrypoints/background/ensure-alarm';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('alarms across service worker starts', () => {
  it('creates a missing alarm', async () => {
    await ensureAlarm('sellerlens-retention', { periodInMinutes: 60, delayInMinutes: 1 });
    expect((await fakeBrowser.alarms.get('sellerlens-retention'))?.periodInMinutes).toBe(60);
  });

  it('never pushes back one that is already set', async () => {
    await fakeBrowser.alarms.create('sellerlens-retention', { when: 42, periodInMinutes: 60 });
    await ensureAlarm('sellerlens-retention', { periodInMinutes: 60, delayInMinutes: 1 });
    expect((await fakeBrowser.alarms.get('sellerlens-retention'))?.scheduledTime).toBe(42);
  });

  it('replaces one with another period (a new version changed it)', async () => {
    await fakeBrowser.alarms.create('sellerlens-badge', { when: 42, periodInMinutes: 5 });
    await ensureAlarm('sellerlens-badge', { periodInMinutes: 1 });
    expect((await fakeBrowser.alarms.get('sellerlens-badge'))?.periodInMinutes).toBe(1);
  });
});
