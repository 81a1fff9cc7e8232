import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { AlertsSetting } from '@/components/options/AlertsSetting';
import { BackupPanel, importMessage } from '@/components/options/BackupPanel';
import { RetentionSetting } from '@/components/options/RetentionSetting';
import { StoragePanel } from '@/components/options/StoragePanel';
import { parseBackup } from '@/lib/store/backup';

describe('importMessage', () => {
  it.each([
    ['hello', 'This file is not a SellerLens backup: it is not JSON. Nothing was changed.'],
    [
      '{"format": "sellerlens-backup", "version": 1, "tables": {',
      'This backup is incomplete: the file was cut off. Nothing was changed.',
    ],
    ['{"orders": []}', 'This JSON file is not a SellerLens backup. Nothing was changed.'],
    [
      '{"format": "sellerlens-backup", "version": 9}',
      'This backup comes from a newer SellerLens. Update SellerLens, then import it again. Nothing was changed.',
    ],
  ])('explains %j', (text, message) => {
    expect(importMessage({ parsed: parseBackup(text) })).toEqual({ ok: false, text: message });
  });

  it('names the first bad field', () => {
    const bad = JSON.stringify({
      format: 'sellerlens-backup',
      version: 1,
      exportedAt: '2026-11-23T12:00:00.000Z',
      scope: 'all',
      tables: {
        orders: [{ orderId: 'x' }],
        customers: [],
        threads: [],
        messages: [],
        health: [],
        sends: [],
        settings: [],
      },
    });
    expect(importMessage({ parsed: parseBackup(bad) }).text).toMatch(
      /^This backup has an error at tables\.orders\.0\./,
    );
  });

  it('reports a failed write and a success', () => {
    const good = parseBackup(
      JSON.stringify({
        format: 'sellerlens-backup',
        version: 1,
        exportedAt: '2026-11-23T12:00:00.000Z',
        scope: 'all',
        tables: { orders: [], customers: [], threads: [], messages: [], health: [], sends: [], settings: [] },
      }),
    );
    expect(importMessage({ parsed: good, written: { ok: false, detail: 'QuotaExceededError' } }).text).toBe(
      'SellerLens could not write the backup (QuotaExceededError). Nothing was changed.',
    );
    expect(importMessage({ parsed: good, written: { ok: true } })).toEqual({
      ok: true,
      text: 'Imported 0 orders and 0 threads',
    });
  });
});

describe('BackupPanel', () => {
  it('exports and imports through its callbacks, in the chosen mode', async () => {
    const onExport = vi.fn(async () => ({ orders: 32, threads: 2 }));
    const onImport = vi.fn(async (text: string) => ({ parsed: parseBackup(text) }));
    render(<BackupPanel onExport={onExport} onImport={onImport} />);
    await userEvent.click(screen.getByRole('button', { name: 'Export without personal data' }));
    expect(onExport).toHaveBeenCalledWith('non-personal');
    expect(await screen.findByText('Exported 32 orders and 2 threads')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('radio', { name: 'Replace my history' }));
    await userEvent.upload(
      screen.getByLabelText('Import a backup', { selector: 'input' }),
      new File(['nope'], 'x.json', { type: 'application/json' }),
    );
    expect(onImport).toHaveBeenCalledWith('nope', 'replace');
    expect(await screen.findByRole('alert')).toHaveTextContent('not JSON');
  });
});

describe('RetentionSetting', () => {
  it('offers 7 to 90 days and keeping nothing personal', async () => {
    const onChange = vi.fn();
    render(<RetentionSetting value={30} onChange={onChange} />);
    const select = screen.getByRole('combobox', { name: 'Erase buyer names and message texts' });
    expect([...(select as HTMLSelectElement).options].map((o) => o.textContent)).toEqual([
      'Keep nothing personal',
      '7 days after delivery',
      '14 days after delivery',
      '30 days after delivery',
      '60 days after delivery',
      '90 days after delivery',
    ]);
    await userEvent.selectOptions(select, '0');
    expect(onChange).toHaveBeenCalledWith(0);
  });
});

describe('StoragePanel and AlertsSetting', () => {
  it('shows the storage used and removes old history', async () => {
    const onPrune = vi.fn(async () => ({ orders: 3, threads: 1, messages: 2, health: 1, customers: 1 }));
    render(<StoragePanel usageBytes={12_345_678} language="en-US" onPrune={onPrune} />);
    expect(screen.getByTestId('storage-used')).toHaveTextContent(
      '12.3 MB used by SellerLens in this browser',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Remove' }));
    expect(onPrune).toHaveBeenCalledWith(12);
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Removed 3 orders, 1 threads and 1 health readings',
    );
  });

  it('asks for the notification permission only when the seller turns alerts on', async () => {
    const onEnable = vi.fn();
    const { rerender } = render(<AlertsSetting state="off" onEnable={onEnable} onDisable={vi.fn()} />);
    await userEvent.click(screen.getByRole('button', { name: 'Turn on reply alerts' }));
    expect(onEnable).toHaveBeenCalledOnce();
    rerender(<AlertsSetting state="denied" onEnable={onEnable} onDisable={vi.fn()} />);
    expect(screen.getByRole('alert')).toHaveTextContent('The browser did not allow notifications.');
  });
});
