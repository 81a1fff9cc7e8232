import { describe, expect, it } from 'vitest';
import { alertId, alertsDue, threadIdOfAlert } from '@/lib/sla';

const H = 3_600_000;
const NOW = Date.parse('2026-11-23T12:00:00Z');

describe('alertsDue', () => {
  it('alerts once when a thread becomes at risk and once when it becomes overdue', () => {
    const thread = { threadId: 'case-1', dueAt: NOW + 10 * H };
    const sent = new Set<string>();
    const first = alertsDue([thread], NOW, 12, sent);
    expect(first).toEqual([
      { id: alertId('case-1', 'at-risk', thread.dueAt), threadId: 'case-1', state: 'at-risk' },
    ]);
    for (const a of first) sent.add(a.id);
    expect(alertsDue([thread], NOW + H, 12, sent)).toEqual([]);
    expect(alertsDue([thread], NOW + 11 * H, 12, sent).map((a) => a.state)).toEqual(['overdue']);
  });

  it('does not alert for threads with time to spare', () => {
    expect(alertsDue([{ threadId: 'x', dueAt: NOW + 20 * H }], NOW, 12, new Set())).toEqual([]);
  });

  it('alerts again for a new clock on the same thread', () => {
    const sent = new Set([alertId('case-1', 'at-risk', NOW + H)]);
    expect(alertsDue([{ threadId: 'case-1', dueAt: NOW + 5 * H }], NOW, 12, sent)).toHaveLength(1);
  });

  it('finds the thread of an alert, whatever its id holds', () => {
    expect(threadIdOfAlert(alertId('order:DE:303-1111111-2222222', 'overdue', 5))).toBe(
      'order:DE:303-1111111-2222222',
    );
    expect(threadIdOfAlert('nonsense')).toBeUndefined();
  });
});
