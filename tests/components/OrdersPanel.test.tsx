import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { OrdersPanel } from '@/components/OrdersPanel';
import { mergeOrder } from '@/lib/store/merge-order';
import type { StoredOrder } from '@/lib/store/schema';
import { setUiLanguage } from '../support/i18n';
import { anOrder } from '../support/orders';

const T = Date.UTC(2026, 10, 21);
const stored = (overrides: Parameters<typeof anOrder>[0] = {}): StoredOrder =>
  mergeOrder(undefined, anOrder(overrides), T).record;

describe('OrdersPanel', () => {
  it('says it is loading while the database is read', () => {
    render(<OrdersPanel orders={undefined} total={undefined} language="en-US" />);
    expect(screen.getByText('Loading orders…').closest('[aria-busy]')).toHaveAttribute('aria-busy', 'true');
  });

  it('tells a new seller which page to open', () => {
    render(<OrdersPanel orders={[]} total={0} language="en-US" />);
    expect(screen.getByRole('heading', { name: 'No orders yet' })).toBeInTheDocument();
    expect(screen.getByText(/Open Manage Orders in Seller Central/)).toBeInTheDocument();
  });

  it('lists orders with id, buyer, marketplace, status, total and purchase time in the page zone', () => {
    const orders = [
      stored({ orderId: '111-0000002-0000002', buyerName: 'Jane Doe', status: 'shipped' }),
      stored({
        orderId: '303-0000001-0000001',
        marketplace: 'DE',
        purchasedAt: '2026-11-21T16:05:00+01:00',
        buyerName: undefined,
        total: { amountMinor: 123456, currency: 'EUR' },
        items: [{ quantity: 2 }],
      }),
    ];
    render(<OrdersPanel orders={orders} total={2} language="en-US" />);
    expect(screen.getByTestId('orders-count')).toHaveAttribute('data-count', '2');
    expect(screen.getByTestId('orders-count')).toHaveTextContent('2 orders stored');
    const rows = within(screen.getByRole('list', { name: 'Stored orders, latest first' })).getAllByRole(
      'listitem',
    );
    expect(rows.map((r) => r.getAttribute('data-order-id'))).toEqual([
      '111-0000002-0000002',
      '303-0000001-0000001',
    ]);
    expect(within(rows[0] as HTMLElement).getByText('Shipped')).toHaveAttribute('data-status', 'shipped');
    expect(within(rows[0] as HTMLElement).getByText('$24.99')).toBeInTheDocument();
    expect(within(rows[0] as HTMLElement).getByText('Nov 21, 2026, 4:05 PM')).toBeInTheDocument();
    expect(within(rows[1] as HTMLElement).getByText('Buyer not shown')).toBeInTheDocument();
    expect(within(rows[1] as HTMLElement).getByText('€1,234.56')).toBeInTheDocument();
    expect(within(rows[1] as HTMLElement).getByText('2 items')).toBeInTheDocument();
    expect(within(rows[1] as HTMLElement).getByLabelText('Marketplace DE')).toHaveTextContent('DE');
  });

  it('says when the list shows only the latest orders', () => {
    render(<OrdersPanel orders={[stored()]} total={320} language="en-US" />);
    expect(screen.getByText('Latest 1 of 320')).toBeInTheDocument();
  });

  it('renders a hostile buyer name as text, never as HTML', () => {
    const { container } = render(
      <OrdersPanel
        orders={[stored({ buyerName: '<img src=x onerror=alert(1)>' })]}
        total={1}
        language="en-US"
      />,
    );
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
  });

  it('speaks Chinese when the browser does', () => {
    setUiLanguage('zh_CN');
    render(<OrdersPanel orders={[stored({ status: 'unshipped' })]} total={1} language="zh-CN" />);
    expect(screen.getByTestId('orders-count')).toHaveTextContent('已保存 1 个订单');
    expect(screen.getByText('未发货')).toBeInTheDocument();
  });
});
