import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { TierSettingsSection } from '@/components/options/TierSettingsSection';
import { changesFromDefaults, parseAmount, parseRate } from '@/components/options/tier-form';
import { openDb, type SellerLensDb } from '@/lib/store/schema';
import { readSettings, tierSettings, writeSettings } from '@/lib/store/settings';
import { DEFAULT_TIER_SETTINGS, type TierSettingsInput, withTierDefaults } from '@/lib/tiers';
import { setUiLanguage } from '../support/i18n';

const input = (id: string) => document.getElementById(id) as HTMLInputElement;

async function retype(id: string, text: string) {
  await userEvent.clear(input(id));
  if (text) await userEvent.type(input(id), text);
}

describe('TierSettingsSection', () => {
  it('shows the defaults of DOMAIN.md §3', () => {
    render(<TierSettingsSection value={DEFAULT_TIER_SETTINGS} onSave={vi.fn()} />);
    expect(screen.getByRole('combobox', { name: 'Compare money in' })).toHaveValue('USD');
    expect(
      [
        'hv-min-orders',
        'hv-window-days',
        'min-lifetime',
        'hv-max-return-rate',
        'top-share',
        'churn-after-days',
      ].map((id) => input(id).value),
    ).toEqual(['2', '90', '150.00', '5', '20', '60']);
    expect(
      ['complaint-min-atoz', 'complaint-min-negative', 'complaint-min-issues', 'min-history-days'].map(
        (id) => input(id).value,
      ),
    ).toEqual(['1', '1', '2', '14']);
    // Every rate starts unknown, and none for the comparison currency itself.
    expect(input('rate-EUR').value).toBe('');
    expect(input('rate-USD')).toBeNull();
    expect(screen.getByRole('textbox', { name: '1 EUR in USD' })).toBe(input('rate-EUR'));
  });

  it('flags a bad value on its field, saves nothing, and moves focus to it', async () => {
    const onSave = vi.fn(async () => {});
    render(<TierSettingsSection value={DEFAULT_TIER_SETTINGS} onSave={onSave} />);
    await retype('churn-after-days', '0');
    await retype('rate-EUR', '-1');
    expect(input('churn-after-days')).toHaveAttribute('aria-invalid', 'true');
    expect(input('churn-after-days')).toHaveAttribute('aria-describedby', 'churn-after-days-error');
    expect(document.getElementById('churn-after-days-error')).toHaveAttribute('data-error', 'errWholeNumber');
    expect(document.getElementById('rate-EUR-error')).toHaveAttribute('data-error', 'errRate');
    await userEvent.click(screen.getByRole('button', { name: 'Save tier rules' }));
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByRole('alert')).toHaveAttribute('data-count', '2');
    expect(input('rate-EUR')).toHaveFocus();
  });

  it('saves only what differs from the defaults, and the store reads it back', async () => {
    const db: SellerLensDb = openDb('tier-settings-section');
    const onSave = vi.fn(async (tiers: TierSettingsInput) => {
      await writeSettings(db, { tiers });
    });
    render(<TierSettingsSection value={DEFAULT_TIER_SETTINGS} onSave={onSave} />);
    await retype('hv-min-orders', '3');
    await retype('min-lifetime', '200,50');
    await retype('rate-EUR', '1,08');
    await retype('rate-JPY', '0.0067');
    await userEvent.click(screen.getByRole('button', { name: 'Save tier rules' }));
    expect(onSave).toHaveBeenCalledWith({
      rates: { EUR: 1.08, JPY: 0.0067 },
      highValue: { minOrders: 3, minLifetime: { amountMinor: 20_050, currency: 'USD' } },
    });
    expect(await screen.findByRole('status')).toHaveAttribute('data-state', 'saved');
    const saved = tierSettings(await readSettings(db));
    expect(saved.highValue).toEqual({
      ...DEFAULT_TIER_SETTINGS.highValue,
      minOrders: 3,
      minLifetime: { amountMinor: 20_050, currency: 'USD' },
    });
    expect(saved.rates).toEqual({ EUR: 1.08, JPY: 0.0067 });
    await db.delete();
  });

  it('clears the rates when the comparison currency changes, and says so', async () => {
    const onSave = vi.fn(async () => {});
    const value = withTierDefaults({ rates: { EUR: 1.08 } });
    render(<TierSettingsSection value={value} onSave={onSave} />);
    expect(input('rate-EUR').value).toBe('1.08');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Compare money in' }), 'CNY');
    expect(screen.getByTestId('rates-cleared')).toHaveAttribute('role', 'status');
    expect(input('rate-EUR').value).toBe('');
    expect(screen.getByRole('textbox', { name: '1 USD in CNY' })).toBe(input('rate-USD'));
    // The high-value threshold stays in USD: its rate is flagged as needed.
    expect(input('rate-USD').closest('[data-used]')).toHaveAttribute('data-missing', 'true');
    await retype('rate-USD', '7.1');
    await userEvent.click(screen.getByRole('button', { name: 'Save tier rules' }));
    expect(onSave).toHaveBeenCalledWith({ currency: 'CNY', rates: { USD: 7.1 } });
  });

  it('puts the rates the stored buyers need first, and marks the missing ones', async () => {
    render(
      <TierSettingsSection
        value={withTierDefaults({ rates: { GBP: 1.27 } })}
        onSave={vi.fn()}
        marketplaces={['DE', 'FR', 'UK', 'US']}
      />,
    );
    const rows = [...document.querySelectorAll('.sl-rates [data-used]')].map((row) => [
      row.querySelector('input')?.id,
      row.getAttribute('data-missing'),
    ]);
    // EUR (DE, FR) and GBP (UK) lead the table; USD is the comparison currency itself.
    expect(rows).toEqual([
      ['rate-EUR', 'true'],
      ['rate-GBP', 'false'],
    ]);
    expect(document.querySelector('.sl-rates input')?.id).toBe('rate-EUR');
    expect(input('rate-EUR')).toHaveAttribute('aria-describedby', 'rate-EUR-note');
    expect(document.getElementById('rate-EUR-note')).toHaveTextContent('DE, FR');
    await retype('rate-EUR', '1.08');
    expect(document.querySelector('[data-used] #rate-EUR')?.closest('[data-used]')).toHaveAttribute(
      'data-missing',
      'false',
    );
  });

  it('says when the store could not save, and that nothing changed', async () => {
    const onSave = vi.fn(async () => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    render(<TierSettingsSection value={DEFAULT_TIER_SETTINGS} onSave={onSave} />);
    await userEvent.click(screen.getByRole('button', { name: 'Save tier rules' }));
    expect(await screen.findByRole('alert')).toHaveAttribute('data-state', 'failed');
    expect(screen.getByRole('alert')).toHaveTextContent('QuotaExceededError');
  });

  it('goes back to the defaults', async () => {
    const onSave = vi.fn(async () => {});
    render(
      <TierSettingsSection
        value={withTierDefaults({ churnRisk: { afterDays: 45 }, minHistoryDays: 30 })}
        onSave={onSave}
      />,
    );
    expect(input('churn-after-days').value).toBe('45');
    await userEvent.click(screen.getByRole('button', { name: 'Back to the defaults' }));
    expect(input('churn-after-days').value).toBe('60');
    await userEvent.click(screen.getByRole('button', { name: 'Save tier rules' }));
    expect(onSave).toHaveBeenCalledWith({});
  });

  it('speaks Chinese', () => {
    setUiLanguage('zh_CN');
    render(<TierSettingsSection value={DEFAULT_TIER_SETTINGS} onSave={vi.fn()} />);
    expect(screen.getByRole('heading', { name: '客户分层' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: '1 EUR 折合 USD' })).toBe(input('rate-EUR'));
  });
});

describe('tier form parsing', () => {
  it.each([
    ['150', 'USD', 15_000],
    ['150.5', 'USD', 15_050],
    ['0.01', 'USD', 1],
    ['7600', 'JPY', 7_600],
  ])('reads the amount %j %s as %i minor units', (text, currency, minor) => {
    expect(parseAmount(text, currency)).toBe(minor);
  });

  it.each([['150.123'], ['-5'], ['abc'], ['']])('refuses the amount %j', (text) => {
    expect(parseAmount(text, 'USD')).toEqual({ key: 'errAmount', args: [] });
  });

  it('refuses a fraction of a yen, and reads rates with either decimal mark', () => {
    expect(parseAmount('150.5', 'JPY')).toEqual({ key: 'errAmount', args: [] });
    expect([parseRate(''), parseRate('1,08'), parseRate('.5')]).toEqual([undefined, 1.08, 0.5]);
    expect([parseRate('0'), parseRate('NaN'), parseRate('1e9')].map((r) => typeof r)).toEqual([
      'object',
      'object',
      'object',
    ]);
  });

  it('keeps nothing when everything is the default', () => {
    expect(changesFromDefaults(DEFAULT_TIER_SETTINGS)).toEqual({});
  });
});
