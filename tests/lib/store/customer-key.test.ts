import { describe, expect, it } from 'vitest';
import { customerKey, normaliseBuyerName } from '@/lib/store/customer-key';

describe('normaliseBuyerName', () => {
  it.each([
    ['Jane Doe', 'jane doe'],
    ['  jane   DOE ', 'jane doe'],
    ['Ｊａｎｅ Ｄｏｅ', 'jane doe'],
    ['山田花子', '山田花子'],
  ])('%j → %j', (name, expected) => {
    expect(normaliseBuyerName(name)).toBe(expected);
  });

  it.each(['buyer', 'Buyer', '', '   ', 'Amazon Customer', 'Käufer', '購入者', '买家', undefined])(
    '%j is a placeholder',
    (name) => {
      expect(normaliseBuyerName(name)).toBeUndefined();
    },
  );
});

describe('customerKey', () => {
  it('is one buyer for names that differ only by case or spacing', async () => {
    const a = await customerKey({ marketplace: 'US', buyerName: 'Jane Doe', orderId: '111-0000001-0000001' });
    const b = await customerKey({
      marketplace: 'US',
      buyerName: '  jane   DOE ',
      orderId: '111-0000002-0000002',
    });
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(b).toBe(a);
  });

  it('keeps marketplaces and seller accounts apart', async () => {
    const us = await customerKey({ marketplace: 'US', buyerName: 'Jane Doe' });
    expect(await customerKey({ marketplace: 'DE', buyerName: 'Jane Doe' })).not.toBe(us);
    expect(await customerKey({ marketplace: 'US', buyerName: 'Jane Doe', account: 'Second Store' })).not.toBe(
      us,
    );
  });

  it('never merges strangers behind a placeholder: each order is its own customer', async () => {
    const a = await customerKey({ marketplace: 'US', buyerName: 'buyer', orderId: '111-0000001-0000001' });
    const b = await customerKey({ marketplace: 'US', buyerName: 'buyer', orderId: '111-0000002-0000002' });
    expect(a).not.toBe(b);
    expect(await customerKey({ marketplace: 'US', buyerName: 'buyer' })).toBeUndefined();
  });

  it('does not contain the name', async () => {
    expect(await customerKey({ marketplace: 'US', buyerName: 'Jane Doe' })).not.toMatch(/jane/i);
  });
});
