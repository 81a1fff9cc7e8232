import { describe, expect, it } from 'vitest';
import { computeAllTiers, doNotSolicitKeys, type ReviewWindowOrder, reviewRequestWindow } from '@/lib/tiers';
import { aCustomer, ago, DAY, NOW, order, SETTINGS } from './builders';

const delivered = (
  orderId: string,
  deliveredAt: number | undefined,
  extra: Partial<ReviewWindowOrder> = {},
) => ({
  orderId,
  marketplace: 'US',
  customerKey: `buyer-${orderId}`,
  deliveredAt,
  ...extra,
});

const ids = (orders: ReviewWindowOrder[], excluded = new Set<string>()) =>
  reviewRequestWindow(orders, NOW, excluded).map((o) => o.orderId);

describe('reviewRequestWindow: 5 to 30 days after delivery', () => {
  it.each<[string, number | undefined, Partial<ReviewWindowOrder>, boolean]>([
    ['delivered exactly 5 days ago: just opened', ago(5), {}, true],
    ['delivered 1 ms short of 5 days ago: not yet', ago(5) + 1, {}, false],
    ['delivered 17 days ago', ago(17), {}, true],
    ['delivered exactly 30 days ago: last moment', ago(30), {}, true],
    ['delivered 30 days and 1 ms ago: closed', ago(30, 1), {}, false],
    ['delivered yesterday', ago(1), {}, false],
    ['never delivered', undefined, {}, false],
    ['already requested', ago(10), { requestedAt: ago(2) }, false],
  ])('%s', (_name, deliveredAt, extra, included) => {
    expect(ids([delivered('A', deliveredAt, extra)])).toEqual(included ? ['A'] : []);
  });

  it('leaves out excluded (complaint-risk) customers', () => {
    const orders = [delivered('A', ago(10)), delivered('B', ago(10), { customerKey: 'serial-complainer' })];
    expect(ids(orders, new Set(['serial-complainer']))).toEqual(['A']);
  });

  it('puts the soonest to close first, with when it opens and closes', () => {
    const orders = [
      delivered('young', ago(6)),
      delivered('old', ago(29, 3_600_000)),
      delivered('mid', ago(15)),
    ];
    expect(reviewRequestWindow(orders, NOW, new Set())).toEqual([
      {
        orderId: 'old',
        marketplace: 'US',
        customerKey: 'buyer-old',
        deliveredAt: ago(29, 3_600_000),
        opensAt: ago(24, 3_600_000),
        closesAt: NOW + DAY - 3_600_000,
        daysLeft: 0,
      },
      expect.objectContaining({ orderId: 'mid', closesAt: NOW + 15 * DAY, daysLeft: 15 }),
      expect.objectContaining({ orderId: 'young', closesAt: NOW + 24 * DAY, daysLeft: 24 }),
    ]);
  });

  it('breaks ties by order id, so the list does not jump', () => {
    expect(ids([delivered('B', ago(10)), delivered('A', ago(10))])).toEqual(['A', 'B']);
  });
});

describe('doNotSolicitKeys', () => {
  it('feeds the complaint-risk buyers of a run into the review window’s exclusions', () => {
    const customers = [
      aCustomer({ key: 'calm', orders: [order(ago(20))] }),
      aCustomer({ key: 'angry', orders: [order(ago(20))], atozClaims: 1 }),
      aCustomer({ key: 'angry', marketplace: 'DE', orders: [order(ago(20), [5_000, 'EUR'])] }),
    ];
    const excluded = doNotSolicitKeys(computeAllTiers(customers, SETTINGS, NOW).results);
    expect(excluded).toEqual(new Set(['angry']));
    const orders = [
      delivered('A', ago(10), { customerKey: 'calm' }),
      delivered('B', ago(10), { customerKey: 'angry' }),
    ];
    expect(ids(orders, excluded)).toEqual(['A']);
  });
});
