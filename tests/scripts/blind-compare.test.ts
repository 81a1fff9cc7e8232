import { describe, expect, it } from 'vitest';
import { addScores, compareReading, fieldShare } from '../../scripts/blind/compare';

const order = (orderId: string, extra: Record<string, unknown> = {}) => ({
  orderId,
  status: 'unshipped',
  items: [{ quantity: 1, subtotal: { amountMinor: 1299, currency: 'USD' } }],
  ...extra,
});
const list = (...orders: unknown[]) => ({
  kind: 'orders-list',
  marketplace: 'US',
  language: 'en-US',
  orders,
});

describe('compareReading', () => {
  it('counts every leaf of the expected reading, matching orders by id whatever their order', () => {
    const score = compareReading(
      list(order('111-0000000-0000001'), order('111-0000000-0000002')),
      list(order('111-0000000-0000002'), order('111-0000000-0000001')),
    );
    expect(score).toMatchObject({ expected: 3 + 2 * 5, right: 13, spurious: 0 });
    expect(fieldShare(score)).toBe(1);
  });

  it('names a wrong value, a missed field and an invented one by their path', () => {
    const expected = list(order('111-0000000-0000001', { buyerName: 'Ann' }));
    const actual = list(order('111-0000000-0000001', { status: 'shipped', shipBy: '2026-12-01' }));
    const score = compareReading(expected, actual);
    expect(score).toMatchObject({ expected: 9, right: 7, spurious: 1 });
    expect(score.wrong).toEqual([
      '.orders[orderId=111-0000000-0000001].status: expected "unshipped", read "shipped"',
      '.orders[orderId=111-0000000-0000001].buyerName: expected "Ann", read undefined',
      'invented .orders[orderId=111-0000000-0000001].shipBy',
    ]);
    expect(fieldShare(score)).toBeCloseTo(7 / 10);
  });

  it('counts an order that is not on the page as invented, field by field', () => {
    const score = compareReading(list(), list(order('111-0000000-0000009')));
    expect(score).toMatchObject({ expected: 3, right: 3, spurious: 5 });
  });

  it('reads nothing right on a page of another kind, and counts what was read of an unknown page as invented', () => {
    const unknown = { kind: 'unknown', expected: 'orders-list', reason: 'no table' };
    expect(compareReading(list(order('111-0000000-0000001')), unknown)).toMatchObject({
      expected: 8,
      right: 0,
    });
    expect(compareReading(unknown, list(order('111-0000000-0000001')))).toMatchObject({
      expected: 3,
      right: 0,
      spurious: 5,
    });
  });

  it('takes any reason for an unknown page, but not a missing one', () => {
    const unknown = { kind: 'unknown', expected: 'orders-list', reason: 'no table' };
    expect(compareReading(unknown, { ...unknown, reason: 'something else' }).right).toBe(3);
    expect(compareReading(unknown, { kind: 'unknown', expected: 'orders-list' }).right).toBe(2);
  });

  it('matches messages by position and threads by id, then order id', () => {
    const thread = (messages: string[]) => ({
      kind: 'message-thread',
      thread: { responseNeeded: true, messages: messages.map((text) => ({ author: 'buyer', text })) },
    });
    expect(compareReading(thread(['a', 'b']), thread(['b', 'a']))).toMatchObject({ expected: 6, right: 4 });
    const inbox = (threads: unknown[]) => ({ kind: 'messages-inbox', threads });
    const score = compareReading(
      inbox([
        { orderId: '111-0000000-0000001', responseNeeded: true },
        { threadId: 't2', responseNeeded: false },
      ]),
      inbox([
        { threadId: 't2', responseNeeded: false },
        { orderId: '111-0000000-0000001', responseNeeded: true },
      ]),
    );
    expect(score).toMatchObject({ expected: 5, right: 5, spurious: 0 });
  });

  it('adds scores', () => {
    const a = { expected: 10, right: 8, spurious: 1, wrong: ['x'] };
    expect(addScores([a, a])).toEqual({ expected: 20, right: 16, spurious: 2, wrong: [] });
  });
});
