import { describe, expect, it } from 'vitest';
import {
  AMAZON_POLICY,
  type MessageFacts,
  replyDeadline,
  SHOPEE_POLICY,
  type ThreadFacts,
  type ThreadSla,
} from '@/lib/sla';

const H = 3_600_000;
const at = (iso: string): number => Date.parse(iso);
const buyer = (sentAt: string): MessageFacts => ({ author: 'buyer', sentAt });
const seller = (sentAt: string, auto?: boolean): MessageFacts => ({ author: 'seller', sentAt, auto });
const amazon = (sentAt: string): MessageFacts => ({ author: 'amazon', sentAt });
const thread = (
  messages: MessageFacts[],
  extra: Partial<ThreadFacts> = {},
  marketplace = 'US',
): ThreadFacts => ({ threadId: 't', marketplace, messages, ...extra });

describe('replyDeadline: the 24 h clock is elapsed time', () => {
  it.each<[string, ThreadFacts, string]>([
    // Friday 2026-11-20 18:00 → Saturday 18:00: weekends count like any other day.
    ['weekend', thread([buyer('2026-11-20T18:00:00-08:00')]), '2026-11-21T18:00:00-08:00'],
    // US fall back 2026-11-01 02:00 PDT → 01:00 PST: 24 elapsed hours are 23 on the wall clock.
    ['US fall back', thread([buyer('2026-11-01T01:00:00-07:00')]), '2026-11-02T00:00:00-08:00'],
    // EU fall back 2026-10-25 03:00 CEST → 02:00 CET.
    ['EU fall back', thread([buyer('2026-10-25T02:00:00+02:00')], {}, 'DE'), '2026-10-26T01:00:00+01:00'],
    // US spring forward 2026-03-08 02:00 PST → 03:00 PDT: 25 hours on the wall clock.
    ['US spring forward', thread([buyer('2026-03-08T01:00:00-08:00')]), '2026-03-09T02:00:00-07:00'],
  ])('%s', (_name, facts, due) => {
    const started = at(facts.messages[0]?.sentAt ?? '');
    const sla = replyDeadline(facts, AMAZON_POLICY, started + 2 * H);
    expect(sla).toEqual<ThreadSla>({
      state: 'due',
      dueAt: at(due),
      precision: 'instant',
      msLeft: 22 * H,
      clockStartedAt: started,
      kind: 'reply',
    });
    expect((sla.dueAt ?? 0) - started).toBe(24 * H);
  });
});

describe('replyDeadline: states at the boundaries', () => {
  const facts = thread([buyer('2026-11-20T18:00:00-08:00')]);
  const due = at('2026-11-21T18:00:00-08:00');
  it.each<[string, number, ThreadSla['state'], number]>([
    ['just arrived', due - 24 * H, 'due', 24 * H],
    ['1 ms more than 12 h left', due - 12 * H - 1, 'due', 12 * H + 1],
    ['exactly 12 h left', due - 12 * H, 'at-risk', 12 * H],
    ['1 ms left', due - 1, 'at-risk', 1],
    ['at the deadline', due, 'at-risk', 0],
    ['1 ms past', due + 1, 'overdue', -1],
    ['a day late', due + 24 * H, 'overdue', -24 * H],
  ])('%s', (_name, now, state, msLeft) => {
    const sla = replyDeadline(facts, AMAZON_POLICY, now);
    expect(sla.state).toBe(state);
    expect(sla.msLeft).toBe(msLeft);
    expect(sla.dueAt).toBe(due);
  });
});

describe('replyDeadline: which buyer message the clock runs from', () => {
  const d1 = (time: string) => `2026-07-01T${time}:00-07:00`;
  const d2 = (time: string) => `2026-07-02T${time}:00-07:00`;
  const now = at(d2('12:00'));
  it.each<[string, ThreadFacts, Partial<ThreadSla>]>([
    ['one buyer message', thread([buyer(d2('09:00'))]), { state: 'due', clockStartedAt: at(d2('09:00')) }],
    [
      'several in a row keep the oldest',
      thread([buyer(d1('13:00')), buyer(d1('15:00')), buyer(d2('09:00'))]),
      { state: 'at-risk', clockStartedAt: at(d1('13:00')), msLeft: 1 * H },
    ],
    [
      'a seller reply answers them all',
      thread([buyer(d1('13:00')), buyer(d1('15:00')), seller(d1('16:00'))]),
      { state: 'answered' },
    ],
    [
      'a new buyer message after an answer restarts',
      thread([buyer(d1('10:00')), seller(d1('12:00')), buyer(d2('09:00')), buyer(d2('10:00'))]),
      { state: 'due', clockStartedAt: at(d2('09:00')) },
    ],
    [
      'a new buyer message after "no response needed" restarts',
      thread([buyer(d1('10:00')), buyer(d2('09:00'))], { noResponseNeededAt: d1('11:00') }),
      { state: 'due', clockStartedAt: at(d2('09:00')) },
    ],
    [
      '"no response needed" stops the clock',
      thread([buyer(d1('10:00'))], { noResponseNeededAt: d1('11:00') }),
      { state: 'no-response-needed' },
    ],
    [
      'a seller message before any buyer message needs nothing',
      thread([seller(d1('09:00'))]),
      { state: 'no-response-needed' },
    ],
    [
      'a seller message before the buyer message does not answer it',
      thread([seller(d1('09:00')), buyer(d1('13:00'))]),
      { state: 'at-risk', clockStartedAt: at(d1('13:00')) },
    ],
    [
      'an auto-reply is not a response',
      thread([buyer(d1('13:00')), seller(d1('13:01'), true)]),
      { state: 'at-risk', clockStartedAt: at(d1('13:00')) },
    ],
    [
      'a real reply after the auto-reply is',
      thread([buyer(d1('13:00')), seller(d1('13:01'), true), seller(d1('18:00'))]),
      { state: 'answered' },
    ],
    [
      'an amazon message never answers',
      thread([buyer(d1('13:00')), amazon(d1('14:00'))]),
      { state: 'at-risk', clockStartedAt: at(d1('13:00')) },
    ],
    [
      'an amazon message never asks',
      thread([buyer(d1('10:00')), seller(d1('11:00')), amazon(d2('09:00'))]),
      { state: 'answered' },
    ],
    ['an amazon-only thread needs nothing', thread([amazon(d1('10:00'))]), { state: 'no-response-needed' }],
    ['no messages at all', thread([]), { state: 'no-response-needed', kind: 'reply' }],
    [
      'messages given out of order are put in time order',
      thread([seller(d1('12:00')), buyer(d2('09:00')), buyer(d1('10:00'))]),
      { state: 'due', clockStartedAt: at(d2('09:00')) },
    ],
    [
      'a message with an unreadable time is left out',
      thread([buyer('yesterday'), buyer('2026-07-02T09:00:00'), buyer(d2('10:00'))]),
      { state: 'due', clockStartedAt: at(d2('10:00')) },
    ],
  ])('%s', (_name, facts, expected) => {
    expect(replyDeadline(facts, AMAZON_POLICY, now)).toMatchObject(expected);
  });

  it('settled threads carry no deadline', () => {
    const sla = replyDeadline(thread([buyer(d1('10:00')), seller(d1('11:00'))]), AMAZON_POLICY, now);
    expect(sla).toEqual<ThreadSla>({ state: 'answered', precision: 'instant', kind: 'reply' });
  });
});

describe('replyDeadline: day-precise times never get a countdown', () => {
  // India: a message shown only as "6 Jul 2026" is due by the end of 7 Jul, Asia/Kolkata.
  const facts = thread([buyer('2026-07-06')], {}, 'IN');
  const ist = (local: string) => at(`${local}+05:30`);
  it.each<[string, number, ThreadSla['state']]>([
    ['the morning it arrived', ist('2026-07-06T11:59:59.999'), 'due'],
    // From noon the earliest possible deadline (00:00 + 24 h) is 12 h away.
    ['noon the day it arrived', ist('2026-07-06T12:00:00'), 'at-risk'],
    ['the next day: may already be late', ist('2026-07-07T20:00:00'), 'at-risk'],
    ['the last millisecond of the next day', ist('2026-07-07T23:59:59.999'), 'at-risk'],
    ['the day after: certainly late', ist('2026-07-08T00:00:00'), 'overdue'],
  ])('%s', (_name, now, state) => {
    expect(replyDeadline(facts, AMAZON_POLICY, now)).toEqual<ThreadSla>({
      state,
      dueAt: ist('2026-07-07T23:59:59.999'),
      precision: 'day',
      dueDate: '2026-07-07',
      kind: 'reply',
    });
  });

  it.each<[string, ThreadFacts, typeof AMAZON_POLICY, string, string]>([
    // The latest moment of 31 Oct (PDT) + 24 h lands on 1 Nov at 22:59:59.999 PST.
    [
      'across the US change',
      thread([buyer('2026-10-31')]),
      AMAZON_POLICY,
      '2026-11-01',
      '2026-11-01T22:59:59.999-08:00',
    ],
    [
      'Shopee: 12 h',
      thread([buyer('2026-07-06')], {}, 'SG'),
      SHOPEE_POLICY,
      '2026-07-07',
      '2026-07-07T11:59:59.999+08:00',
    ],
    [
      'unknown marketplace: UTC',
      thread([buyer('2026-07-06')], {}, 'XX'),
      AMAZON_POLICY,
      '2026-07-07',
      '2026-07-07T23:59:59.999Z',
    ],
  ])('%s', (_name, facts2, policy, dueDate, dueAt) => {
    const sla = replyDeadline(facts2, policy, at('2026-07-01T00:00:00Z'));
    expect(sla).toMatchObject({ precision: 'day', dueDate, dueAt: at(dueAt) });
    expect(sla.msLeft).toBeUndefined();
    expect(sla.clockStartedAt).toBeUndefined();
  });

  it('a same-day seller reply (both day-precise) answers in page order', () => {
    const sla = replyDeadline(
      thread([buyer('2026-07-06'), seller('2026-07-06')], {}, 'IN'),
      AMAZON_POLICY,
      0,
    );
    expect(sla).toEqual<ThreadSla>({ state: 'answered', precision: 'day', kind: 'reply' });
  });
});

describe('replyDeadline: A-to-z claims', () => {
  const claimAt = '2026-11-20T10:00:00-08:00';
  const claim = at(claimAt);

  it('runs its own 48 h clock', () => {
    expect(
      replyDeadline(thread([], { atozClaimAt: claimAt }), AMAZON_POLICY, claim + 30 * H),
    ).toEqual<ThreadSla>({
      state: 'due',
      dueAt: claim + 48 * H,
      precision: 'instant',
      msLeft: 18 * H,
      clockStartedAt: claim,
      kind: 'atoz',
    });
  });

  it.each<[string, MessageFacts[], number, ThreadSla['kind'], ThreadSla['state']]>([
    [
      'an answered thread leaves the claim',
      [buyer(claimAt), seller('2026-11-20T11:00:00-08:00')],
      claim + 40 * H,
      'atoz',
      'at-risk',
    ],
    // Reply (claim + 34 h) due at claim + 58 h: 15 h left, due; the claim 5 h left, at risk.
    [
      'the claim is at risk, the reply only due',
      [buyer('2026-11-21T20:00:00-08:00')],
      claim + 43 * H,
      'atoz',
      'at-risk',
    ],
    // Reply due at claim + 44 h (6 h left), claim at claim + 48 h (10 h left): both at risk.
    [
      'both at risk: the reply is due first',
      [buyer('2026-11-21T06:00:00-08:00')],
      claim + 38 * H,
      'reply',
      'at-risk',
    ],
    // Reply due at claim + 54 h (12 h left), claim 6 h left.
    [
      'both at risk: the claim is due first',
      [buyer('2026-11-21T16:00:00-08:00')],
      claim + 42 * H,
      'atoz',
      'at-risk',
    ],
    // An overdue reply beats a claim still at risk.
    ['an overdue reply first', [buyer(claimAt)], claim + 40 * H, 'reply', 'overdue'],
    // Reply due at claim + 38 h (12 h late), claim 2 h late.
    [
      'both overdue: the reply is later',
      [buyer('2026-11-21T00:00:00-08:00')],
      claim + 50 * H,
      'reply',
      'overdue',
    ],
    // Reply due at claim + 54 h (1 h late), claim 7 h late.
    [
      'both overdue: the claim is later',
      [buyer('2026-11-21T16:00:00-08:00')],
      claim + 55 * H,
      'atoz',
      'overdue',
    ],
  ])('%s', (_name, messages, now, kind, state) => {
    expect(replyDeadline(thread(messages, { atozClaimAt: claimAt }), AMAZON_POLICY, now)).toMatchObject({
      kind,
      state,
    });
  });

  it('a day-precise claim is due by the end of the second day', () => {
    expect(replyDeadline(thread([], { atozClaimAt: '2026-11-20' }), AMAZON_POLICY, claim)).toMatchObject({
      kind: 'atoz',
      precision: 'day',
      dueDate: '2026-11-22',
      dueAt: at('2026-11-22T23:59:59.999-08:00'),
      state: 'due',
    });
  });
});

describe('replyDeadline: Shopee answers within 12 h', () => {
  const facts = thread([buyer('2026-07-01T10:00:00+08:00')], {}, 'SG');
  const start = at('2026-07-01T10:00:00+08:00');
  it.each<[string, number, ThreadSla['state'], ThreadSla['state']]>([
    ['5 h in', start + 5 * H, 'due', 'due'],
    ['6 h left', start + 6 * H, 'at-risk', 'due'],
    ['1 ms past 12 h', start + 12 * H + 1, 'overdue', 'at-risk'],
  ])('%s', (_name, now, shopee, amazonState) => {
    expect(replyDeadline(facts, SHOPEE_POLICY, now)).toMatchObject({ state: shopee, dueAt: start + 12 * H });
    expect(replyDeadline(facts, AMAZON_POLICY, now).state).toBe(amazonState);
  });
});
