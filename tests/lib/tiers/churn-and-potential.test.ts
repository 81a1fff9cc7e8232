import { describe, expect, it } from 'vitest';
import { type CustomerFacts, type TierResult, tiersFor, withTierDefaults } from '@/lib/tiers';
import { aCustomer, ago, NOW, order, SETTINGS } from './builders';

const tier = (facts: Partial<CustomerFacts>, id: TierResult['tier'], settings = SETTINGS) =>
  tiersFor(aCustomer(facts), settings, NOW).tiers.find((t) => t.tier === id)?.reason;

describe('churn risk: no order and no message for more than 60 days', () => {
  const churn = (daysSinceContact: number, lastContact: 'order' | 'message') => ({
    code: 'churn-risk',
    values: { daysSinceContact, afterDays: 60, lastContact },
  });

  it.each<[string, Partial<CustomerFacts>, ReturnType<typeof churn> | undefined]>([
    ['last order exactly 60 days ago: not yet', { orders: [order(ago(60))] }, undefined],
    ['60 days and 1 ms', { orders: [order(ago(60, 1))] }, churn(60, 'order')],
    ['61 days', { orders: [order(ago(61))] }, churn(61, 'order')],
    [
      'a message 60 days ago keeps an older buyer',
      { orders: [order(ago(100))], lastMessageAt: ago(60) },
      undefined,
    ],
    [
      'a message 61 days ago does not',
      { orders: [order(ago(100))], lastMessageAt: ago(61) },
      churn(61, 'message'),
    ],
    [
      'an older message: the order is the last contact',
      { orders: [order(ago(70))], lastMessageAt: ago(90) },
      churn(70, 'order'),
    ],
    [
      'a recent cancelled order is contact too',
      { orders: [order(ago(100)), order(ago(10), 5_000, 'cancelled')] },
      undefined,
    ],
    [
      'only cancelled orders: never a buyer, so never churned',
      { orders: [order(ago(100), 5_000, 'cancelled')] },
      undefined,
    ],
    ['no orders at all', { lastMessageAt: ago(100) }, undefined],
  ])('%s', (_name, facts, expected) => {
    expect(tier(facts, 'churn-risk')).toEqual(expected);
  });

  it('follows the seller’s own number of days', () => {
    const after30 = withTierDefaults({ churnRisk: { afterDays: 30 } });
    expect(tier({ orders: [order(ago(31))] }, 'churn-risk', after30)).toMatchObject({
      values: { afterDays: 30 },
    });
    expect(tier({ orders: [order(ago(30))] }, 'churn-risk', after30)).toBeUndefined();
  });
});

describe('potential: bought once, not yet again', () => {
  it.each<[string, Partial<CustomerFacts>, { orders: number; daysSinceOrder: number } | undefined]>([
    ['one order', { orders: [order(ago(12, 3_600_000))] }, { orders: 1, daysSinceOrder: 12 }],
    [
      'one order and one cancelled',
      { orders: [order(ago(12)), order(ago(3), 5_000, 'cancelled')] },
      { orders: 1, daysSinceOrder: 12 },
    ],
    [
      'one returned order is still a purchase',
      { orders: [order(ago(40), 5_000, 'returned')] },
      { orders: 1, daysSinceOrder: 40 },
    ],
    ['two orders', { orders: [order(ago(12)), order(ago(200))] }, undefined],
    ['no orders', {}, undefined],
    ['only a cancelled order', { orders: [order(ago(3), 5_000, 'cancelled')] }, undefined],
  ])('%s', (_name, facts, values) => {
    expect(tier(facts, 'potential')).toEqual(values && { code: 'potential', values });
  });

  it('can be widened to "up to 2 orders"', () => {
    const upTo2 = withTierDefaults({ potential: { maxOrders: 2 } });
    expect(tier({ orders: [order(ago(12)), order(ago(200))] }, 'potential', upTo2)).toEqual({
      code: 'potential',
      values: { orders: 2, daysSinceOrder: 12 },
    });
  });

  it('lives beside churn risk: a one-time buyer of long ago is both', () => {
    const outcome = tiersFor(aCustomer({ orders: [order(ago(200))] }), SETTINGS, NOW);
    expect(outcome.tiers.map((t) => t.tier)).toEqual(['potential', 'churn-risk']);
  });
});
