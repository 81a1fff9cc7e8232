import { describe, expect, it } from 'vitest';
import { sortByUrgency, type ThreadSla } from '@/lib/sla';

const H = 3_600_000;
const item = (id: string, sla: Partial<ThreadSla> & Pick<ThreadSla, 'state'>) => ({
  id,
  sla: { precision: 'instant', kind: 'reply', ...sla } as ThreadSla,
});

describe('sortByUrgency', () => {
  it('puts overdue first by how late, then the least time left, settled last', () => {
    const items = [
      item('answered', { state: 'answered' }),
      item('due-20h', { state: 'due', dueAt: 20 * H, msLeft: 20 * H }),
      item('late-1h', { state: 'overdue', dueAt: -1 * H, msLeft: -1 * H }),
      item('nrn', { state: 'no-response-needed' }),
      item('risk-3h', { state: 'at-risk', dueAt: 3 * H, msLeft: 3 * H }),
      item('late-5h', { state: 'overdue', dueAt: -5 * H, msLeft: -5 * H }),
      item('risk-day', { state: 'at-risk', dueAt: 15 * H, precision: 'day', dueDate: '2026-07-07' }),
      item('risk-1h', { state: 'at-risk', dueAt: 1 * H, msLeft: 1 * H }),
      item('due-14h', { state: 'due', dueAt: 14 * H, msLeft: 14 * H }),
    ];
    expect(sortByUrgency(items).map((i) => i.id)).toEqual([
      'late-5h',
      'late-1h',
      'risk-1h',
      'risk-3h',
      'risk-day',
      'due-14h',
      'due-20h',
      'nrn',
      'answered',
    ]);
  });

  it('keeps the given order for equals and does not touch its input', () => {
    const items = [
      item('a', { state: 'answered' }),
      item('b', { state: 'answered' }),
      item('c', { state: 'answered' }),
    ];
    const copy = [...items];
    expect(sortByUrgency(items).map((i) => i.id)).toEqual(['a', 'b', 'c']);
    expect(items).toEqual(copy);
  });
});
