import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { UnrecognisedPanel } from '@/components/UnrecognisedPanel';

const page = {
  id: 7,
  at: Date.UTC(2026, 10, 23, 16),
  host: 'sellercentral.amazon.de',
  path: '/orders-v3',
  expected: 'orders-list' as const,
  reason: 'no orders table (#orders-table)',
  marketplace: 'DE' as const,
};

describe('UnrecognisedPanel', () => {
  it('shows nothing when every page was recognised', () => {
    const { container } = render(<UnrecognisedPanel pages={[]} version="0.1.0" copy={vi.fn()} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('lists each page and copies a diagnostic without personal data', async () => {
    const copy = vi.fn(async () => undefined);
    render(<UnrecognisedPanel pages={[page]} version="0.1.0" copy={copy} />);
    expect(screen.getByRole('heading', { name: "Pages SellerLens didn't recognise" })).toBeInTheDocument();
    expect(screen.getByText('Expected orders-list')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Copy diagnostic' }));
    expect(copy).toHaveBeenCalledWith(
      [
        'SellerLens 0.1.0 did not recognise a page',
        'when: 2026-11-23T16:00:00.000Z',
        'page: https://sellercentral.amazon.de/orders-v3',
        'expected: orders-list (DE)',
        'why: no orders table (#orders-table)',
      ].join('\n'),
    );
    expect(screen.getByRole('button', { name: 'Copied' })).toBeInTheDocument();
  });
});
