import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { HealthGlance } from '@/components/HealthGlance';
import { latestByMarketplace } from '@/lib/health';

const NOW = Date.parse('2026-11-23T12:00:00Z');
const H = 3_600_000;
const base = { now: NOW, language: 'en-US', fallbackMarketplace: 'DE' };

describe('HealthGlance', () => {
  it('says which page to open when nothing was read yet', () => {
    render(<HealthGlance health={[]} {...base} />);
    expect(screen.getByRole('heading', { name: 'No account health read yet' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open Account Health' })).toHaveAttribute(
      'href',
      'https://sellercentral.amazon.de/performance/dashboard',
    );
  });

  it('shows each figure against its target, with its state in words, and how fresh it is', () => {
    const health = latestByMarketplace([
      {
        marketplace: 'IN',
        source: 'account-health',
        at: NOW - 5 * H,
        figures: { odrPercent: 0.3, accountHealthRating: 372 },
      },
      {
        marketplace: 'IN',
        source: 'account-health',
        at: NOW - 3 * H,
        figures: {
          odrPercent: 0.12,
          negativeFeedbackPercent: 0.1,
          atozPercent: 0.02,
          chargebackPercent: 0,
          accountHealthRating: 372,
          lateShipmentPercent: 4.5,
          preFulfillmentCancelPercent: 1,
          validTrackingPercent: 95,
        },
      },
    ]);
    render(<HealthGlance health={health} {...base} />);
    const article = screen.getByRole('article', { name: 'Marketplace IN' });
    const state = (metric: string) =>
      article.querySelector(`[data-metric="${metric}"]`)?.getAttribute('data-state');
    expect(state('odrPercent')).toBe('good');
    expect(state('accountHealthRating')).toBe('good');
    expect(state('lateShipmentPercent')).toBe('at-risk');
    expect(state('preFulfillmentCancelPercent')).toBe('good');
    expect(state('validTrackingPercent')).toBe('at-risk');
    const odr = article.querySelector('[data-metric="odrPercent"]') as HTMLElement;
    expect(within(odr).getByText('0.12%')).toBeInTheDocument();
    expect(within(odr).getByText('Good')).toBeInTheDocument();
    expect(within(odr).getByText('Target < 1%')).toBeInTheDocument();
    expect(
      within(odr).getByText('Negative feedback 0.1% · A-to-z claims 0.02% · Chargebacks 0%'),
    ).toBeInTheDocument();
    expect(
      within(odr).getByRole('img', { name: 'Order Defect Rate over time: 0.3, 0.12' }),
    ).toBeInTheDocument();
    expect(screen.getByTestId('health-freshness')).toHaveTextContent('Read 3 hours ago from Account Health');
  });

  it.each([
    [{ odrPercent: 1.5 }, 'odrPercent', 'at-risk', 'At risk'],
    [{ odrPercent: 2.5 }, 'odrPercent', 'critical', 'Critical'],
    [{ accountHealthRating: 150 }, 'accountHealthRating', 'at-risk', 'At risk'],
    [{ accountHealthRating: 90 }, 'accountHealthRating', 'critical', 'Critical'],
    [{ negativeFeedbackPercent: 1 }, 'negativeFeedbackPercent', 'fair', 'Fair'],
  ])('shows %j as %s', (figures, metric, state, words) => {
    render(
      <HealthGlance
        health={latestByMarketplace([{ marketplace: 'US', source: 'account-health', at: NOW, figures }])}
        {...base}
      />,
    );
    const row = document.querySelector(`[data-metric="${metric}"]`) as HTMLElement;
    expect(row.getAttribute('data-state')).toBe(state);
    expect(within(row).getByText(words)).toBeInTheDocument();
  });

  it("shows the seller's own 24-hour reply share from the local history", () => {
    const localReplies = {
      buyerMessages: 25,
      answeredWithin: 23,
      shareWithin: 0.92,
      late: 2,
      unanswered: 0,
      pending: 0,
      medianResponseMs: 3 * H,
      averageResponseMs: 4 * H,
    };
    render(<HealthGlance health={[]} localReplies={localReplies} {...base} />);
    expect(screen.getByTestId('local-replies')).toHaveTextContent(
      '92% of 25 buyer messages answered within 24 h',
    );
  });

  it("puts the seller's own reply share beside Amazon's when a page showed Amazon's", () => {
    const localReplies = {
      buyerMessages: 40,
      answeredWithin: 36,
      shareWithin: 0.9,
      late: 4,
      unanswered: 0,
      pending: 0,
      medianResponseMs: 5 * H,
      averageResponseMs: 6 * H,
    };
    const health = latestByMarketplace([
      {
        marketplace: 'IN',
        source: 'customer-service-performance',
        at: NOW - H,
        figures: { replyWithin24hPercent: 96 },
      },
    ]);
    render(<HealthGlance health={health} localReplies={localReplies} {...base} />);
    const amazon = document.querySelector('[data-metric="replyWithin24hPercent"]') as HTMLElement;
    expect(within(amazon).getByText('96%')).toBeInTheDocument();
    expect(within(amazon).getByTestId('local-replies')).toHaveTextContent('90% of 40 buyer messages');
    expect(screen.getAllByTestId('local-replies')).toHaveLength(1);
  });
});
