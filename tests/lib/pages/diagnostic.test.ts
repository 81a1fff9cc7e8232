import { describe, expect, it } from 'vitest';
import { formatDiagnostic, pageDiagnostic, pathWithoutIds } from '@/lib/pages/diagnostic';

describe('pathWithoutIds', () => {
  it.each([
    ['/orders-v3/order/111-1234567-1234567', '/orders-v3/order/:id'],
    ['/orders-v3/ref=xx_myo_dnav_xx', '/orders-v3'],
    ['/messaging/thread/7c1e2a4b-5d6f-4a8b-9c0d-1e2f3a4b5c6d', '/messaging/thread/:id'],
    ['/orders-v3/mfn/unshipped', '/orders-v3/mfn/unshipped'],
    ['/performance/detail/customer-service', '/performance/detail/customer-service'],
    ['/inventory/B0ABCDEF12', '/inventory/:id'],
  ])('%s → %s', (path, expected) => {
    expect(pathWithoutIds(path)).toBe(expected);
  });
});

describe('pageDiagnostic', () => {
  it('keeps the host, the path without ids, what was expected and why — and nothing personal', () => {
    const diagnostic = pageDiagnostic(
      {
        kind: 'unknown',
        expected: 'order-detail',
        marketplace: 'US',
        reason: 'row 1: order 111-1234567-1234567 of jane@example.com',
      },
      'https://sellercentral.amazon.com/orders-v3/order/111-1234567-1234567?buyer=Jane%20Doe#x',
    );
    expect(diagnostic).toEqual({
      host: 'sellercentral.amazon.com',
      path: '/orders-v3/order/:id',
      expected: 'order-detail',
      marketplace: 'US',
      reason: 'row 1: order :order-id of :email',
    });
    expect(JSON.stringify(diagnostic)).not.toMatch(/Jane|111-1234567/);
  });

  it('has nothing to say about a page that promised no kind', () => {
    expect(
      pageDiagnostic({ kind: 'unknown', reason: 'not a Seller Central page' }, 'https://example.com/'),
    ).toBeUndefined();
  });

  it('formats the text a seller copies', () => {
    const text = formatDiagnostic(
      {
        host: 'sellercentral.amazon.de',
        path: '/orders-v3',
        expected: 'orders-list',
        reason: 'no orders table (#orders-table)',
        marketplace: 'DE',
      },
      '0.1.0',
      '2026-11-23T16:00:00Z',
    );
    expect(text.split('\n')).toEqual([
      'SellerLens 0.1.0 did not recognise a page',
      'when: 2026-11-23T16:00:00Z',
      'page: https://sellercentral.amazon.de/orders-v3',
      'expected: orders-list (DE)',
      'why: no orders table (#orders-table)',
    ]);
  });
});
