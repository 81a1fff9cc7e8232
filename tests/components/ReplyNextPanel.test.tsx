import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ReplyNextPanel } from '@/components/ReplyNextPanel';
import type { StoredThread } from '@/lib/store/schema';
import { setUiLanguage } from '../support/i18n';

const NOW = Date.parse('2026-11-23T12:00:00Z');
const H = 3_600_000;

const aThread = (i: number, dueIn: number, extra: Partial<StoredThread> = {}): StoredThread => ({
  threadId: `case-${i}`,
  marketplace: 'US',
  buyerName: `Buyer ${i}`,
  orderId: '111-0000001-0000001',
  subject: 'Where is my order?',
  responseNeeded: true,
  replyDueAtMs: NOW + dueIn,
  firstSeenAt: NOW - H,
  updatedAt: NOW - H,
  ...extra,
});

const props = { now: NOW, atRiskHours: 12, language: 'en-US' };

describe('ReplyNextPanel', () => {
  it('is busy while loading', () => {
    render(<ReplyNextPanel threads={undefined} {...props} />);
    expect(screen.getByText('…')).toHaveAttribute('aria-busy', 'true');
  });

  it('explains the 24-hour rule when nothing waits', () => {
    render(<ReplyNextPanel threads={[]} {...props} />);
    expect(screen.getByRole('heading', { name: 'Nothing waiting for a reply' })).toBeInTheDocument();
    expect(screen.getByText(/within 24 hours, weekends included/)).toBeInTheDocument();
  });

  it('shows each thread with its state in words, time left and a link to its thread', () => {
    const threads = [
      aThread(1, -(2 * H + 3 * 60_000)),
      aThread(2, 5 * H + 12 * 60_000),
      aThread(3, 20 * H, { replyDueEstimated: true }),
    ];
    render(<ReplyNextPanel threads={threads} {...props} />);
    const rows = within(screen.getByRole('list', { name: /Threads waiting for a reply/ })).getAllByRole(
      'listitem',
    );
    expect(rows.map((r) => r.getAttribute('data-state'))).toEqual(['overdue', 'at-risk', 'due']);
    expect(within(rows[0] as HTMLElement).getByText('Overdue by 2 h 3 min')).toBeInTheDocument();
    expect(within(rows[1] as HTMLElement).getByText('5 h 12 min left')).toBeInTheDocument();
    expect(within(rows[2] as HTMLElement).getByText(/estimated from the inbox/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: "Open Buyer 1's thread in Seller Central" })).toHaveAttribute(
      'href',
      'https://sellercentral.amazon.com/messaging/inbox?fi=caseId&ss=case-1&cc=case-1',
    );
    expect(screen.getByTestId('reply-count')).toHaveAttribute('data-overdue', '1');
    expect(screen.getByTestId('reply-count')).toHaveAttribute('data-at-risk', '1');
  });

  it('never shows a false countdown for a deadline known only to the day', () => {
    render(<ReplyNextPanel threads={[aThread(1, 30 * H, { replyDuePrecision: 'day' })]} {...props} />);
    expect(screen.getByText('Due by Tue, Nov 24')).toBeInTheDocument();
    expect(screen.queryByText(/h \d+ min left/)).toBeNull();
  });

  it('renders hundreds of threads', () => {
    const threads = Array.from({ length: 300 }, (_, i) => aThread(i, i * H - 10 * H));
    render(<ReplyNextPanel threads={threads} {...props} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(300);
    expect(screen.getByTestId('reply-count')).toHaveTextContent('13 at risk · 10 overdue · 300 waiting');
  });

  it('speaks Chinese', () => {
    setUiLanguage('zh_CN');
    render(<ReplyNextPanel threads={[aThread(1, 5 * H)]} {...props} language="zh-CN" />);
    expect(screen.getByText('剩余 5 小时 0 分钟')).toBeInTheDocument();
    expect(screen.getByText('即将超时')).toBeInTheDocument();
  });
});
