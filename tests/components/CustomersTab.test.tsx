/**
 * The Customers tab over a real (fake-indexeddb) store: tier counts, lists, search, the card,
 * the review-request list and the repurchase chart, as the popup reads them.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RepurchaseChart } from '@/components/customers/RepurchaseChart';
import { CustomersTab } from '@/entrypoints/popup/CustomersTab';
import { useView } from '@/entrypoints/popup/view-store';
import { mergeOrder } from '@/lib/store/merge-order';
import { openDb, type SellerLensDb, type StoredOrder } from '@/lib/store/schema';
import type { RepurchaseStats, TierId } from '@/lib/tiers';
import { aStoredCustomer } from '../support/customers';
import { setUiLanguage } from '../support/i18n';
import { anOrder } from '../support/orders';

const DAY = 86_400_000;
const NOW = Date.now();

let db: SellerLensDb;
let n = 0;
beforeEach(async () => {
  useView.setState(useView.getInitialState());
  db = openDb(`customers-tab-test-${n++}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

function delivered(orderId: string, customerKey: string, daysAgo: number, marketplace: 'US' | 'UK' = 'US') {
  const at = NOW - (daysAgo + 2) * DAY;
  const { record } = mergeOrder(
    undefined,
    anOrder({ orderId, marketplace, purchasedAt: new Date(at).toISOString(), status: 'delivered' }),
    at,
  );
  return { ...record, customerKey, deliveredAt: NOW - daysAgo * DAY } satisfies StoredOrder;
}

const listed = (name: RegExp | string) =>
  within(screen.getByRole('list', { name }))
    .getAllByRole('listitem')
    .map((li) => li.dataset.customerKey);

describe('Customers tab: tiers', () => {
  beforeEach(async () => {
    const tiersOf = (i: number): TierId[] =>
      i < 60 ? ['potential'] : i < 63 ? ['high-value', 'top-20'] : i < 65 ? ['complaint-risk'] : [];
    await db.customers.bulkPut(
      Array.from({ length: 66 }, (_, i) =>
        aStoredCustomer({
          key: `k${String(i).padStart(2, '0')}`,
          displayName: i === 61 ? undefined : `Buyer ${i}`,
          lastActivityAt: NOW - i * DAY,
          tierIds: tiersOf(i),
        }),
      ),
    );
    await db.orders.put(delivered('111-5555555-0000001', 'k62', 8));
  });

  it('counts each tier and lists the chosen one, latest activity first, capped at 50', async () => {
    render(<CustomersTab db={db} language="en-US" />);
    const fieldset = await screen.findByRole('group', { name: 'Customers by tier' });
    const counts = within(fieldset)
      .getAllByRole('button')
      .map((b) => [b.dataset.tier, b.dataset.count, b.getAttribute('aria-pressed')]);
    expect(counts).toEqual([
      ['high-value', '3', 'true'],
      ['top-20', '3', 'false'],
      ['potential', '60', 'false'],
      ['churn-risk', '0', 'false'],
      ['complaint-risk', '2', 'false'],
    ]);
    await waitFor(() => expect(listed('High-value, latest activity first')).toEqual(['k60', 'k61', 'k62']));
    // The erased name is labelled neutrally in the list too.
    expect(screen.getAllByText('Name not kept')).toHaveLength(1);

    await userEvent.click(within(fieldset).getByRole('button', { name: /Potential/ }));
    await waitFor(() => expect(screen.getByTestId('tier-showing')).toHaveAttribute('data-total', '60'));
    expect(screen.getByTestId('tier-showing')).toHaveAttribute('data-shown', '50');
    const potential = listed('Potential, latest activity first');
    expect(potential).toHaveLength(50);
    expect(potential.slice(0, 2)).toEqual(['k00', 'k01']);

    await userEvent.click(within(fieldset).getByRole('button', { name: /Churn risk/ }));
    expect(await screen.findByTestId('tier-empty')).toBeInTheDocument();
  });

  it('searches by name and by order id, then opens and closes a card', async () => {
    render(<CustomersTab db={db} language="en-US" />);
    const search = await screen.findByRole('searchbox', { name: 'Search by buyer name or order id' });
    await userEvent.type(search, 'buyer 6');
    await waitFor(() =>
      expect(listed('Matches for “buyer 6”')).toEqual(['k06', 'k60', 'k62', 'k63', 'k64', 'k65']),
    );
    await userEvent.clear(search);
    await userEvent.type(search, '111-5555555');
    await waitFor(() => expect(listed('Matches for “111-5555555”')).toEqual(['k62']));

    await userEvent.click(screen.getByRole('button', { name: /Buyer 62/ }));
    const card = await screen.findByRole('article', { name: 'Buyer 62' });
    expect(card).toHaveAttribute('data-customer-key', 'k62');
    await waitFor(() =>
      expect(
        within(card)
          .getAllByRole('listitem')
          .map((li) => li.dataset.orderId),
      ).toContain('111-5555555-0000001'),
    );
    await userEvent.click(within(card).getByRole('button', { name: 'Back to the list' }));
    // The search is kept: back where the seller was.
    await waitFor(() => expect(listed('Matches for “111-5555555”')).toEqual(['k62']));

    const again = screen.getByRole('searchbox', { name: 'Search by buyer name or order id' });
    expect(again).toHaveValue('111-5555555');
    await userEvent.clear(again);
    await userEvent.type(again, 'nobody');
    expect(await screen.findByTestId('search-none')).toHaveAttribute('role', 'status');
  });

  it('reads the names once for a search, and follows the store while it is open', async () => {
    const toArray = vi.spyOn(db.customers, 'toArray');
    render(<CustomersTab db={db} language="en-US" />);
    const search = await screen.findByRole('searchbox', { name: 'Search by buyer name or order id' });
    await userEvent.type(search, 'buyer 6');
    await waitFor(() =>
      expect(listed('Matches for “buyer 6”')).toEqual(['k06', 'k60', 'k62', 'k63', 'k64', 'k65']),
    );
    // Seven keys, one read of every customer: each key after the first is matched in memory.
    expect(toArray).toHaveBeenCalledTimes(1);

    // Retention erases a name while the results are shown: it leaves them at once.
    await db.customers.update('k62', { displayName: undefined });
    await waitFor(() => expect(listed('Matches for “buyer 6”')).toEqual(['k06', 'k60', 'k63', 'k64', 'k65']));
  });

  it('follows the store: a customer entering a tier is counted without reopening', async () => {
    render(<CustomersTab db={db} language="en-US" />);
    const churn = await screen.findByRole('button', { name: /Churn risk/ });
    expect(churn).toHaveAttribute('data-count', '0');
    await db.customers.put(aStoredCustomer({ key: 'new', tierIds: ['churn-risk'] }));
    await waitFor(() => expect(churn).toHaveAttribute('data-count', '1'));
  });
});

describe('Customers tab: review requests', () => {
  it('lists orders 5 to 30 days after delivery, soonest to close first, without complaint-risk buyers', async () => {
    await db.customers.bulkPut([
      aStoredCustomer({ key: 'ok' }),
      aStoredCustomer({ key: 'bad', tierIds: ['complaint-risk'] }),
    ]);
    await db.orders.bulkPut([
      delivered('111-0000001-0000001', 'ok', 3),
      delivered('111-0000002-0000002', 'ok', 6),
      delivered('202-0000003-0000003', 'ok', 28, 'UK'),
      delivered('111-0000004-0000004', 'bad', 12),
      delivered('111-0000005-0000005', 'ok', 31),
    ]);
    useView.setState({ tab: 'customers' });
    render(<CustomersTab db={db} language="en-US" />);
    await userEvent.click(screen.getByRole('tab', { name: 'Review requests' }));
    const list = await screen.findByRole('list', {
      name: 'Orders open for a review request, soonest to close first',
    });
    const rows = within(list).getAllByRole('listitem');
    expect(rows.map((r) => [r.dataset.orderId, r.dataset.daysLeft])).toEqual([
      ['202-0000003-0000003', '1'],
      ['111-0000002-0000002', '23'],
    ]);
    expect(within(rows[0] as HTMLElement).getByRole('link')).toHaveAttribute(
      'href',
      'https://sellercentral.amazon.co.uk/orders-v3/order/202-0000003-0000003',
    );
    expect(screen.getByTestId('reviews-count')).toHaveAttribute('data-count', '2');
    expect(screen.getByTestId('reviews-left-out')).toHaveAttribute('data-count', '1');
  });

  it('says so when no order is in the window, in Chinese too', async () => {
    setUiLanguage('zh_CN');
    useView.setState({ customersView: 'reviews' });
    render(<CustomersTab db={db} language="zh-CN" />);
    expect(await screen.findByRole('heading', { name: '今天没有可请求评价的订单' })).toBeInTheDocument();
  });

  it('moves between the views with the arrow keys', async () => {
    render(<CustomersTab db={db} language="en-US" />);
    screen.getByRole('tab', { name: 'Tiers' }).focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Review requests' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tab', { name: 'Review requests' })).toHaveFocus();
    await userEvent.keyboard('{ArrowRight}');
    expect(useView.getState().customersView).toBe('repurchase');
  });
});

describe('Customers tab: repurchase', () => {
  it('charts each marketplace from the stored orders', async () => {
    // US: a and b first ordered 100 days ago; a again 20 days later. UK: c, 40 days ago, once.
    const at = (d: number) => NOW - d * DAY;
    const order = (id: string, key: string, d: number, marketplace: 'US' | 'UK' = 'US') => ({
      ...delivered(id, key, d, marketplace),
      purchasedAtMs: at(d),
    });
    await db.orders.bulkPut([
      order('111-0000001-0000001', 'a', 100),
      order('111-0000002-0000002', 'a', 80),
      order('111-0000003-0000003', 'b', 100),
      order('202-0000004-0000004', 'c', 40, 'UK'),
    ]);
    useView.setState({ customersView: 'repurchase' });
    render(<CustomersTab db={db} language="en-US" />);
    const us = await screen.findByRole('figure', { name: /Repurchase in US/ });
    const bars = within(us)
      .getAllByRole('listitem')
      .map((li) => [li.dataset.days, li.dataset.eligible, li.dataset.repeated, li.dataset.percent]);
    expect(bars).toEqual([
      ['30', '2', '1', '50'],
      ['60', '2', '1', '50'],
      ['90', '2', '1', '50'],
    ]);
    expect(within(us).getByTestId('repurchase-medians')).toHaveAttribute('data-between', '20');
    const uk = screen.getByRole('figure', { name: /Repurchase in UK/ });
    const ukBars = within(uk).getAllByRole('listitem');
    expect(ukBars.map((li) => [li.dataset.days, li.dataset.eligible, li.dataset.percent])).toEqual([
      ['30', '1', '0'],
      ['60', '0', undefined],
      ['90', '0', undefined],
    ]);
    expect(within(uk).getByTestId('repurchase-buyers')).toHaveAttribute('data-count', '1');
  });

  it('shows how far the reading got, then empty', () => {
    const { rerender } = render(<RepurchaseChart stats={undefined} language="en-US" />);
    expect(document.querySelector('[aria-busy="true"]')).not.toBeNull();
    rerender(<RepurchaseChart stats={undefined} progress={{ read: 5000, total: 12_000 }} language="en-US" />);
    const bar = screen.getByRole('progressbar');
    expect([bar.getAttribute('value'), bar.getAttribute('max')]).toEqual(['5000', '12000']);
    rerender(<RepurchaseChart stats={[] as RepurchaseStats[]} language="en-US" />);
    expect(screen.getByRole('heading', { name: 'No buyer yet' })).toBeInTheDocument();
  });
});
