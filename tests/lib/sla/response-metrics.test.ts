import { describe, expect, it } from 'vitest';
import {
  AMAZON_POLICY,
  type MessageFacts,
  type MetricsWindow,
  type ResponseMetrics,
  responseMetrics,
  SHOPEE_POLICY,
  type ThreadFacts,
} from '@/lib/sla';

const H = 3_600_000;
const D = 24 * H;
const now = Date.parse('2026-07-15T12:00:00Z');
const ago = (ms: number): string => new Date(now - ms).toISOString();
const buyer = (sentAt: string): MessageFacts => ({ author: 'buyer', sentAt });
const seller = (sentAt: string, auto?: boolean): MessageFacts => ({ author: 'seller', sentAt, auto });
let n = 0;
const thread = (messages: MessageFacts[], extra: Partial<ThreadFacts> = {}): ThreadFacts => ({
  threadId: `t${++n}`,
  marketplace: 'US',
  messages,
  ...extra,
});

// Response times per thread in the comments; the window each one falls into in brackets.
const threads: ThreadFacts[] = [
  thread([buyer(ago(48 * H)), seller(ago(47 * H))]), // 1 h, within [7 30 90]
  thread([buyer(ago(120 * H)), seller(ago(90 * H))]), // 30 h, late [7 30 90]
  thread([buyer(ago(144 * H))]), // no response, past 24 h [7 30 90]
  thread([buyer(ago(2 * H))]), // still within 24 h: pending [7 30 90]
  thread([buyer(ago(72 * H))], { noResponseNeededAt: ago(70 * H) }), // excluded
  thread([buyer(ago(20 * D)), seller(ago(20 * D - 3 * H))]), // 3 h, within [30 90]
  thread([
    buyer(ago(60 * D)),
    seller(ago(60 * D - 2 * H)), // 2 h, within [90]
    buyer(ago(50 * D)),
    seller(ago(50 * D - 25 * H)), // 25 h, late [90]
  ]),
  thread([buyer(ago(100 * D))]), // outside every window
  thread([buyer(ago(96 * H)), seller(ago(95.8 * H), true), seller(ago(91 * H))]), // auto-reply skipped: 5 h [7 30 90]
  thread([buyer(ago(30 * H)), buyer(ago(29 * H)), seller(ago(26 * H))]), // one clock, 4 h [7 30 90]
  thread([buyer(ago(100 * H)), seller(ago(76 * H))]), // exactly 24 h: within [7 30 90]
  thread([buyer('2026-07-12'), seller('2026-07-13')]), // day-precise: within, not timed [7 30 90]
];

describe('responseMetrics', () => {
  it.each<[MetricsWindow, ResponseMetrics]>([
    [
      7,
      {
        buyerMessages: 8,
        answeredWithin: 5,
        shareWithin: 5 / 7,
        late: 1,
        unanswered: 1,
        pending: 1,
        medianResponseMs: 5 * H, // 1 4 5 24 30
        averageResponseMs: (64 / 5) * H,
      },
    ],
    [
      30,
      {
        buyerMessages: 9,
        answeredWithin: 6,
        shareWithin: 0.75,
        late: 1,
        unanswered: 1,
        pending: 1,
        medianResponseMs: 4.5 * H, // 1 3 4 5 24 30
        averageResponseMs: (67 / 6) * H,
      },
    ],
    [
      90,
      {
        buyerMessages: 11,
        answeredWithin: 7,
        shareWithin: 0.7,
        late: 2,
        unanswered: 1,
        pending: 1,
        medianResponseMs: 4.5 * H, // 1 2 3 4 5 24 25 30
        averageResponseMs: (94 / 8) * H,
      },
    ],
  ])('over %i days', (windowDays, expected) => {
    const m = responseMetrics(threads, AMAZON_POLICY, now, windowDays);
    expect(m).toEqual({
      ...expected,
      shareWithin: expect.closeTo(expected.shareWithin ?? 0, 12),
      averageResponseMs: expect.closeTo(expected.averageResponseMs ?? 0, 6),
    });
    expect(m.buyerMessages).toBe(m.answeredWithin + m.late + m.unanswered + m.pending);
  });

  it.each<[string, number, number]>([
    ['exactly 7 days ago is in', 7 * D, 1],
    ['1 ms earlier is out', 7 * D + 1, 0],
  ])('window edge: %s', (_name, age, count) => {
    const m = responseMetrics([thread([buyer(ago(age)), seller(ago(age - H))])], AMAZON_POLICY, now, 7);
    expect(m.buyerMessages).toBe(count);
  });

  it('counts a clock only once it is decided', () => {
    const open = [thread([buyer(ago(24 * H))])];
    expect(responseMetrics(open, AMAZON_POLICY, now, 7)).toMatchObject({
      pending: 1,
      unanswered: 0,
      shareWithin: null,
    });
    const past = [thread([buyer(ago(24 * H + 1))])];
    expect(responseMetrics(past, AMAZON_POLICY, now, 7)).toMatchObject({
      pending: 0,
      unanswered: 1,
      shareWithin: 0,
    });
  });

  it('holds a day-precise reply late only when it certainly is', () => {
    const m = responseMetrics(
      [
        thread([buyer('2026-07-10'), seller('2026-07-11')]),
        thread([buyer('2026-07-10'), seller('2026-07-12')]),
      ],
      AMAZON_POLICY,
      now,
      7,
    );
    expect(m).toMatchObject({ answeredWithin: 1, late: 1, medianResponseMs: null, averageResponseMs: null });
  });

  it('uses the policy limit (Shopee 12 h)', () => {
    const m = responseMetrics(threads, SHOPEE_POLICY, now, 7);
    // 24 h and 30 h are late; 1, 4, 5 within; the day-precise one may have taken up to 48 h
    // but no less than 0, so it is not certainly late.
    expect(m).toMatchObject({ answeredWithin: 4, late: 2, unanswered: 1, pending: 1, buyerMessages: 8 });
  });

  it('has no share and no median without responses', () => {
    expect(responseMetrics([], AMAZON_POLICY, now, 30)).toEqual<ResponseMetrics>({
      buyerMessages: 0,
      answeredWithin: 0,
      shareWithin: null,
      late: 0,
      unanswered: 0,
      pending: 0,
      medianResponseMs: null,
      averageResponseMs: null,
    });
  });
});
