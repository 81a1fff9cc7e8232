import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CustomerCard } from '@/components/customers/CustomerCard';
import type { CustomerHistory } from '@/lib/store/customer-queries';
import { mergeOrder } from '@/lib/store/merge-order';
import type { StoredCustomer, StoredThread } from '@/lib/store/schema';
import { aStoredCustomer } from '../support/customers';
import { setUiLanguage } from '../support/i18n';
import { anOrder } from '../support/orders';

const T = Date.UTC(2026, 10, 21, 12);

function history(customer: StoredCustomer, extra: Partial<CustomerHistory> = {}): CustomerHistory {
  return { customer, orders: [], threads: [], messages: 0, buyerMessages: 0, claims: [], ...extra };
}

const thread = (threadId: string, extra: Partial<StoredThread> = {}): StoredThread => ({
  threadId,
  marketplace: 'DE',
  customerKey: 'k-1',
  responseNeeded: false,
  firstSeenAt: T,
  updatedAt: T,
  ...extra,
});

const order = (orderId: string, purchasedAt: string, status: 'delivered' | 'returned' = 'delivered') =>
  mergeOrder(
    undefined,
    anOrder({
      orderId,
      marketplace: 'DE',
      purchasedAt,
      status,
      total: { amountMinor: 4_999, currency: 'EUR' },
    }),
    T,
  ).record;

describe('CustomerCard', () => {
  it('marks a complaint-risk buyer "do not solicit" and shows the history behind it', () => {
    const customer = aStoredCustomer({ marketplace: 'DE', tierIds: ['complaint-risk'] });
    const claim = thread('t-claim', { atozClaimAt: '2026-11-02', lastMessageAtMs: T - 1 });
    render(
      <CustomerCard
        history={history(customer, {
          orders: [
            order('302-0000002-0000002', '2026-11-01T10:00:00+01:00', 'returned'),
            order('302-0000001-0000001', '2026-10-01T10:00:00+02:00'),
          ],
          threads: [claim, thread('t-2')],
          messages: 5,
          buyerMessages: 3,
          claims: [claim],
        })}
        language="en-US"
        onBack={vi.fn()}
      />,
    );
    const card = screen.getByRole('article', { name: 'Jane Doe' });
    expect(card).toHaveAttribute('data-tiers', 'complaint-risk');
    expect(screen.getByTestId('do-not-solicit')).toHaveAttribute('role', 'note');
    const reasons = within(card)
      .getAllByRole('listitem')
      .filter((li) => li.hasAttribute('data-reason'));
    expect(reasons.map((r) => [r.dataset.tier, r.dataset.reason])).toEqual([
      ['complaint-risk', 'complaint-risk-atoz-claim'],
    ]);
    const orders = within(screen.getByRole('list', { name: 'Orders, latest first' })).getAllByRole(
      'listitem',
    );
    expect(orders.map((o) => [o.dataset.orderId, o.dataset.status])).toEqual([
      ['302-0000002-0000002', 'returned'],
      ['302-0000001-0000001', 'delivered'],
    ]);
    expect(within(orders[0] as HTMLElement).getByRole('link')).toHaveAttribute(
      'href',
      'https://sellercentral.amazon.de/orders-v3/order/302-0000002-0000002',
    );
    expect(within(orders[0] as HTMLElement).getByText('€49.99')).toBeInTheDocument();
    const messages = screen.getByTestId('history-messages');
    expect([messages.dataset.threads, messages.dataset.messages, messages.dataset.buyerMessages]).toEqual([
      '2',
      '5',
      '3',
    ]);
    const conversations = within(screen.getByRole('list', { name: 'Conversations, latest first' }))
      .getAllByRole('listitem')
      .map((li) => [li.dataset.threadId, li.querySelector('a')?.getAttribute('href')]);
    expect(conversations).toEqual([
      ['t-claim', 'https://sellercentral.amazon.de/messaging/inbox?fi=caseId&ss=t-claim&cc=t-claim'],
      ['t-2', 'https://sellercentral.amazon.de/messaging/inbox?fi=caseId&ss=t-2&cc=t-2'],
    ]);
    expect(screen.getByTestId('history-claims')).toHaveAttribute('data-claims', '1');
    expect(within(screen.getByTestId('history-claims')).getByRole('listitem')).toHaveAttribute(
      'data-thread-id',
      't-claim',
    );
  });

  it('shows figures and worded reasons with their values, and no note for a buyer one may ask', () => {
    const customer = aStoredCustomer({ tierIds: ['high-value', 'top-20'] });
    render(<CustomerCard history={history(customer)} language="en-US" onBack={vi.fn()} />);
    expect(screen.queryByTestId('do-not-solicit')).toBeNull();
    const figure = (id: string) => document.querySelector(`[data-figure="${id}"]`) as HTMLElement;
    expect(figure('orders')).toHaveAttribute('data-value', '3');
    expect(figure('lifetime')).toHaveAttribute('data-value', '41200');
    expect(figure('lifetime')).not.toHaveAttribute('data-state');
    expect(within(figure('lifetime')).getByText('$412.00')).toBeInTheDocument();
    expect(figure('average-gap')).toHaveAttribute('data-value', '21.5');
    const highValue = document.querySelector('[data-reason="high-value"]') as HTMLElement;
    // The reason's values reach the text: 3 orders, the 90-day window, $412.00, 0 % returns.
    expect(highValue.textContent).toMatch(/90\D+3\D.*\$412\.00.*0%/);
    const top = document.querySelector('[data-reason="top-20"]') as HTMLElement;
    expect(top.textContent).toContain('$180.00');
    expect(top.textContent).toContain('20%');
  });

  it('labels an erased name neutrally and never shows the key', () => {
    const customer = aStoredCustomer({ key: 'f00dfeedcafe', displayName: undefined });
    const { container } = render(
      <CustomerCard history={history(customer)} language="en-US" onBack={vi.fn()} />,
    );
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Name not kept');
    expect(container.textContent).not.toContain('f00dfeedcafe');
  });

  it('says when the value is a lower bound, a tier undecided, the history short or the tiers stale', () => {
    const base = aStoredCustomer({ lastActivityAt: T });
    const customer: StoredCustomer = {
      ...base,
      tiersAt: T - 86_400_000,
      tierOutcome: {
        tiers: [],
        figures: {
          ...(base.tierOutcome?.figures as NonNullable<StoredCustomer['tierOutcome']>['figures']),
          unconverted: [{ currency: 'EUR', amountMinor: 9_000, orderIds: ['303-0000001-0000001'] }],
        },
        undecided: [
          {
            tier: 'high-value',
            reason: {
              code: 'value-unknown',
              values: { lifetimeMinor: 41_200, currency: 'USD', missingRates: 'EUR,GBP', unpricedOrders: 1 },
            },
          },
        ],
        tooLittleHistory: { firstSeenDaysAgo: 6 },
      },
    };
    render(<CustomerCard history={history(customer)} language="en-US" onBack={vi.fn()} />);
    expect(document.querySelector('[data-figure="lifetime"]')).toHaveAttribute('data-state', 'lower-bound');
    const undecided = document.querySelector('[data-undecided]') as HTMLElement;
    expect([undecided.dataset.tier, undecided.dataset.reason]).toEqual(['high-value', 'value-unknown']);
    expect(undecided.textContent).toContain('EUR, GBP');
    expect(screen.getByTestId('too-little-history')).toHaveTextContent('6');
    expect(screen.getByTestId('tiers-stale')).toBeInTheDocument();
  });

  it('says when tiers were never computed', () => {
    const customer: StoredCustomer = { key: 'k', marketplace: 'US', firstSeenAt: T, lastActivityAt: T };
    render(<CustomerCard history={history(customer)} language="en-US" onBack={vi.fn()} />);
    expect(screen.getByTestId('tiers-not-computed')).toBeInTheDocument();
    expect(document.querySelector('[data-figure="orders"]')).toHaveAttribute('data-value', '0');
  });

  it('takes focus on its heading and goes back by keyboard', async () => {
    const onBack = vi.fn();
    render(<CustomerCard history={history(aStoredCustomer())} language="en-US" onBack={onBack} />);
    expect(screen.getByRole('heading', { level: 2 })).toHaveFocus();
    await userEvent.tab({ shift: true });
    expect(screen.getByRole('button', { name: 'Back to the list' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(onBack).toHaveBeenCalledOnce();
  });

  it('renders a hostile name as text', () => {
    const customer = aStoredCustomer({ displayName: '<img src=x onerror=alert(1)>' });
    const { container } = render(
      <CustomerCard history={history(customer)} language="en-US" onBack={vi.fn()} />,
    );
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('<img src=x onerror=alert(1)>');
    expect(container.querySelector('img')).toBeNull();
  });

  it('speaks Chinese, the do-not-solicit note and reasons included', () => {
    setUiLanguage('zh_CN');
    const customer = aStoredCustomer({ tierIds: ['complaint-risk'] });
    render(<CustomerCard history={history(customer)} language="zh-CN" onBack={vi.fn()} />);
    expect(screen.getByTestId('do-not-solicit').textContent).toMatch(/^请勿打扰/);
    const reason = document.querySelector('[data-tier="complaint-risk"]') as HTMLElement;
    expect(within(reason).getByText('投诉风险')).toBeInTheDocument();
    // The default complaint-risk seed has one A-to-z claim.
    expect(reason.textContent).toContain('A-to-z 索赔：1');
  });
});
