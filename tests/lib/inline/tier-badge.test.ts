import { within } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { upsertChip } from '@/lib/inline/countdown-chip';
import { type BadgeContent, fitBadges, removeBadgesExcept, upsertBadge } from '@/lib/inline/tier-badge';
import { tierBadgeContent } from '@/lib/inline/tier-badge-content';
import type { CustomerTiersInfo } from '@/lib/messages/protocol';
import { currentMessage, setUiLanguage } from '../../support/i18n';

const DAY = 86_400_000;
const NOW = Date.parse('2026-11-21T20:00:00Z');
const KEY = 'a'.repeat(64);
const t = (key: string, subs?: string[]) => currentMessage(key, subs ?? []);

/** Jane: high value and, after an A-to-z claim, on the do-not-solicit list. */
const INFO: CustomerTiersInfo = {
  tiers: ['high-value', 'complaint-risk'],
  at: NOW,
  outcome: {
    tiers: [
      {
        tier: 'high-value',
        reason: {
          code: 'high-value',
          values: {
            orders90d: 3,
            windowDays: 90,
            lifetimeMinor: 24_000,
            currency: 'USD',
            returns: 0,
            returnRatePercent: 0,
          },
        },
      },
      {
        tier: 'complaint-risk',
        reason: {
          code: 'complaint-risk-atoz-claim',
          values: { atozClaims: 1, negativeFeedback: 0, returns: 0, refunds: 0, complaints: 0, issues: 0 },
        },
      },
    ],
    figures: {
      orders: 3,
      spendMinor: 24_000,
      currency: 'USD',
      returns: 0,
      refunds: 0,
      lastOrderAt: NOW - 10 * DAY,
      firstSeenAt: Date.parse('2026-10-01T12:00:00Z'),
      averageDaysBetweenOrders: 10,
    },
  },
};

function row(): { cell: HTMLElement; name: HTMLElement } {
  document.body.innerHTML =
    '<table><tbody><tr><td><a href="#buyer" id="name">Jane Doe</a></td></tr></tbody></table>';
  const name = document.getElementById('name') as HTMLElement;
  return { cell: name.parentElement as HTMLElement, name };
}

const contentOf = (info = INFO, language = 'en-US') =>
  tierBadgeContent(info, t, language, 'America/Los_Angeles') as BadgeContent;

const shadow = (host: HTMLElement) => within(host.shadowRoot as unknown as HTMLElement);

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('the tier badge', () => {
  it('shows one pill per tier, and a button named by the tiers in words', () => {
    const { name } = row();
    const host = upsertBadge(name, KEY, contentOf());
    expect(host.getAttribute('data-sellerlens-badge')).toBe(KEY);
    expect(host.dataset.tiers).toBe('high-value complaint-risk');
    const button = shadow(host).getByRole('button', { name: 'Customer tiers: High value, Do not solicit' });
    expect(Array.from(button.querySelectorAll('[data-tier]'), (p) => p.getAttribute('data-tier'))).toEqual([
      'high-value',
      'complaint-risk',
    ]);
    // Sits right after the name, inside the same cell.
    expect(name.nextElementSibling).toBe(host);
  });

  it('describes the button with a tooltip that shows on focus and hides on Escape', async () => {
    const user = userEvent.setup();
    const { name } = row();
    const host = upsertBadge(name, KEY, contentOf());
    const button = shadow(host).getByRole('button');
    const tip = host.shadowRoot?.getElementById(button.getAttribute('aria-describedby') ?? '') as HTMLElement;
    expect(tip.getAttribute('role')).toBe('tooltip');
    expect(tip.hidden).toBe(true);
    expect(button.getAttribute('aria-expanded')).toBe('false');

    button.focus();
    expect(tip.hidden).toBe(false);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    await user.keyboard('{Escape}');
    expect(tip.hidden).toBe(true);
  });

  it('shows the tooltip while hovered', async () => {
    const user = userEvent.setup();
    const { name } = row();
    const host = upsertBadge(name, KEY, contentOf());
    const tip = host.shadowRoot?.querySelector('[role="tooltip"]') as HTMLElement;
    await user.hover(host);
    expect(tip.hidden).toBe(false);
    await user.unhover(host);
    expect(tip.hidden).toBe(true);
  });

  it('pins the tooltip on click without following the name link', async () => {
    const user = userEvent.setup();
    const { name } = row();
    const host = upsertBadge(name, KEY, contentOf());
    let followed = false;
    name.parentElement?.addEventListener('click', () => {
      followed = true;
    });
    await user.click(shadow(host).getByRole('button'));
    expect(shadow(host).getByRole('tooltip', { hidden: true }).hidden).toBe(false);
    expect(followed).toBe(false);
  });

  it('gives each tier its reason, and the figures by label', () => {
    const { name } = row();
    const host = upsertBadge(name, KEY, contentOf());
    const tip = host.shadowRoot?.querySelector('[role="tooltip"]') as HTMLElement;
    expect(Array.from(tip.querySelectorAll('li'), (li) => li.getAttribute('data-tier'))).toEqual([
      'high-value',
      'complaint-risk',
    ]);
    expect(tip.querySelector('li[data-tier="high-value"]')?.textContent).toContain('$240.00');
    const figures = Object.fromEntries(
      Array.from(tip.querySelectorAll('dt'), (dt) => [dt.textContent, dt.nextElementSibling?.textContent]),
    );
    expect(figures).toEqual({
      Orders: '3',
      Spend: '$240.00',
      Returns: '0',
      'Last order': 'Nov 11, 2026',
      'First seen by SellerLens': 'Oct 1, 2026',
      'Days between orders (average)': '10',
    });
  });

  it('speaks the UI language: zh_CN', () => {
    setUiLanguage('zh_CN');
    const { name } = row();
    const host = upsertBadge(name, KEY, contentOf(INFO, 'zh-CN'));
    expect(shadow(host).getByRole('button').getAttribute('aria-label')).toBe('客户分层：高价值, 勿主动联系');
    const pills = Array.from(host.shadowRoot?.querySelectorAll('.pill .full') ?? [], (p) => p.textContent);
    expect(pills).toEqual(['高价值', '勿主动联系']);
  });

  it('is attached once per name and updated in place', () => {
    const { name, cell } = row();
    const first = upsertBadge(name, KEY, contentOf());
    const potential: CustomerTiersInfo = {
      ...INFO,
      tiers: ['potential'],
      outcome: {
        ...INFO.outcome,
        tiers: [
          { tier: 'potential', reason: { code: 'potential', values: { orders: 1, daysSinceOrder: 3 } } },
        ],
      },
    };
    const second = upsertBadge(name, KEY, contentOf(potential));
    expect(second).toBe(first);
    expect(cell.querySelectorAll('[data-sellerlens-badge]')).toHaveLength(1);
    expect(second.dataset.tiers).toBe('potential');
  });

  it('leaves a countdown chip next to the name, whichever came first', () => {
    const { name, cell } = row();
    const chip = { state: 'due' as const, stateLabel: 'Due', text: '3 h left' };
    upsertChip(name, 'case-1', chip);
    upsertBadge(name, KEY, contentOf());
    upsertChip(name, 'case-1', chip);
    upsertBadge(name, KEY, contentOf());
    expect(
      Array.from(cell.children, (c) => c.id || c.getAttribute('data-sellerlens-chip') || 'badge'),
    ).toEqual(['name', 'case-1', 'badge']);
  });

  it('shows symbols instead of words when it wrapped below the name, and words again once redrawn', () => {
    const { name } = row();
    const host = upsertBadge(name, KEY, contentOf());
    const rect = (top: number, height: number) => ({ top, bottom: top + height, height }) as DOMRect;
    vi.spyOn(name, 'getClientRects').mockReturnValue([rect(0, 20)] as unknown as DOMRectList);
    const below = vi.spyOn(host, 'getBoundingClientRect').mockReturnValue(rect(22, 16));
    fitBadges([host]);
    expect(host.classList.contains('compact')).toBe(true);
    expect(Array.from(host.shadowRoot?.querySelectorAll('.short') ?? [], (s) => s.textContent)).toEqual([
      '★',
      '⊘',
    ]);
    // Measured once per drawing: unchanged content is not measured again.
    below.mockClear();
    fitBadges([host]);
    expect(below).not.toHaveBeenCalled();

    const potential: CustomerTiersInfo = {
      ...INFO,
      tiers: ['potential'],
      outcome: {
        ...INFO.outcome,
        tiers: [
          { tier: 'potential', reason: { code: 'potential', values: { orders: 1, daysSinceOrder: 3 } } },
        ],
      },
    };
    upsertBadge(name, KEY, contentOf(potential));
    expect(host.classList.contains('compact')).toBe(false);
    below.mockReturnValue(rect(2, 16));
    fitBadges([host]);
    expect(host.classList.contains('compact')).toBe(false);
  });

  it('shows page text as text, never as markup', () => {
    const { name } = row();
    const hostile = { ...contentOf(), title: '<img src=x onerror="alert(1)">' };
    const host = upsertBadge(name, KEY, hostile);
    expect(host.shadowRoot?.querySelector('img')).toBeNull();
    expect(host.shadowRoot?.querySelector('h2')?.textContent).toBe('<img src=x onerror="alert(1)">');
  });

  it('builds its number and date formatters once per language and zone, not once per badge', () => {
    const built = { numbers: 0, dates: 0 };
    const real = { NumberFormat: Intl.NumberFormat, DateTimeFormat: Intl.DateTimeFormat };
    class CountedNumbers extends real.NumberFormat {
      constructor(...args: ConstructorParameters<typeof Intl.NumberFormat>) {
        super(...args);
        built.numbers += 1;
      }
    }
    class CountedDates extends real.DateTimeFormat {
      constructor(...args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
        super(...args);
        built.dates += 1;
      }
    }
    const intl = Intl as unknown as Record<'NumberFormat' | 'DateTimeFormat', unknown>;
    intl.NumberFormat = CountedNumbers;
    intl.DateTimeFormat = CountedDates;
    onTestFinished(() => {
      intl.NumberFormat = real.NumberFormat;
      intl.DateTimeFormat = real.DateTimeFormat;
    });
    const contents = Array.from({ length: 50 }, () => tierBadgeContent(INFO, t, 'fr-FR', 'Europe/Paris'));
    expect(contents.every((c) => c?.figures.length)).toBe(true);
    // Two number formats and one date format, plus one currency format per currency.
    expect(built.dates).toBe(1);
    expect(built.numbers).toBeLessThanOrEqual(3);
  });

  it.each([
    [0, 'tierNote_littleHistory|daysAgoZero'],
    [1, 'tierNote_littleHistory|daysAgoOne'],
    [6, 'tierNote_littleHistory|daysAgoOther|6'],
  ])('says a buyer first seen %i days ago has too little history, in whole words', (days, note) => {
    // Keys and figures, not sentences: a translator that writes down what it was asked.
    const keys = (key: string, subs?: string[]) => [key, ...(subs ?? [])].join('|');
    const info = { ...INFO, outcome: { ...INFO.outcome, tooLittleHistory: { firstSeenDaysAgo: days } } };
    expect(tierBadgeContent(info, keys, 'en-US', 'UTC')?.notes).toContain(note);
  });

  it('gives no badge to a buyer with no tier', () => {
    expect(
      tierBadgeContent({ ...INFO, tiers: [], outcome: { ...INFO.outcome, tiers: [] } }, t, 'en-US', 'UTC'),
    ).toBe(undefined);
  });

  it('goes away when its name is no longer shown', () => {
    const { name } = row();
    const host = upsertBadge(name, KEY, contentOf());
    removeBadgesExcept(document, new Set([host]));
    expect(document.querySelectorAll('[data-sellerlens-badge]')).toHaveLength(1);
    removeBadgesExcept(document, new Set());
    expect(document.querySelectorAll('[data-sellerlens-badge]')).toHaveLength(0);
  });
});
