import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { t, uiLanguage } from '@/components/i18n';
import { AlertsSetting } from '@/components/options/AlertsSetting';
import { BackupPanel, type ImportOutcome } from '@/components/options/BackupPanel';
import { PolicySetting } from '@/components/options/PolicySetting';
import { RetentionSetting } from '@/components/options/RetentionSetting';
import { StoragePanel } from '@/components/options/StoragePanel';
import { TierSettingsSection } from '@/components/options/TierSettingsSection';
import { exportBackup, importBackup, parseBackup, serialiseBackup } from '@/lib/store/backup';
import { customerMarketplaces } from '@/lib/store/customer-queries';
import { removeOlderThan } from '@/lib/store/prune';
import { setReplyPolicy } from '@/lib/store/reply-deadlines';
import { openDb } from '@/lib/store/schema';
import { readSettings, tierSettings, writeSettings } from '@/lib/store/settings';

const db = openDb();
const NOTIFICATIONS = { permissions: ['notifications' as const] };

function download(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function App() {
  const language = uiLanguage();
  const settings = useLiveQuery(() => readSettings(db), []);
  const marketplaces = useLiveQuery(() => customerMarketplaces(db), []);
  const [usage, setUsage] = useState<number | undefined>();
  const [alerts, setAlerts] = useState<'on' | 'off' | 'denied' | undefined>();
  const refreshUsage = () => void navigator.storage?.estimate?.().then((e) => setUsage(e.usage));
  useEffect(() => {
    refreshUsage();
    void browser.permissions.contains(NOTIFICATIONS).then((granted) => setAlerts(granted ? 'on' : 'off'));
  }, []);

  const onExport = async (scope: 'all' | 'non-personal') => {
    const file = await exportBackup(db, scope, Date.now());
    const day = new Date().toISOString().slice(0, 10);
    download(serialiseBackup(file), `sellerlens-backup-${scope === 'all' ? '' : 'non-personal-'}${day}.json`);
    return { orders: file.tables.orders.length, threads: file.tables.threads.length };
  };
  const onImport = async (text: string, mode: 'merge' | 'replace'): Promise<ImportOutcome> => {
    const parsed = parseBackup(text);
    if (!parsed.ok) return { parsed };
    try {
      await importBackup(db, parsed.file, mode);
      refreshUsage();
      return { parsed, written: { ok: true } };
    } catch (error) {
      return { parsed, written: { ok: false, detail: error instanceof Error ? error.name : String(error) } };
    }
  };

  return (
    <main className="sl-options">
      <h1>{t('optionsTitle')}</h1>
      {settings ? (
        <>
          <RetentionSetting
            value={settings.retentionDays}
            onChange={(retentionDays) => void writeSettings(db, { retentionDays })}
          />
          <section aria-labelledby="sl-replies-heading">
            <h2 id="sl-replies-heading">{t('repliesHeading')}</h2>
            <PolicySetting
              value={settings.replyPolicy}
              // The running clocks move with it, and the toolbar badge follows at once (badge.ts).
              onChange={(replyPolicy) => void setReplyPolicy(db, replyPolicy, Date.now())}
            />
            <AlertsSetting
              state={alerts}
              onEnable={() =>
                void browser.permissions.request(NOTIFICATIONS).then((ok) => setAlerts(ok ? 'on' : 'denied'))
              }
              onDisable={() => void browser.permissions.remove(NOTIFICATIONS).then(() => setAlerts('off'))}
            />
          </section>
          <TierSettingsSection
            value={tierSettings(settings)}
            marketplaces={marketplaces ?? []}
            onSave={async (tiers) => {
              await writeSettings(db, { tiers });
            }}
          />
        </>
      ) : null}
      <BackupPanel onExport={onExport} onImport={onImport} />
      <StoragePanel
        usageBytes={usage}
        language={language}
        onPrune={async (months) => {
          const cutoff = new Date();
          cutoff.setMonth(cutoff.getMonth() - months);
          const result = await removeOlderThan(db, cutoff.getTime());
          refreshUsage();
          return result;
        }}
      />
    </main>
  );
}
