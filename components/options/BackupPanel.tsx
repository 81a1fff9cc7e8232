import { useState } from 'react';
import type { ParseResult } from '@/lib/store/backup';
import { t } from '../i18n';

export type ImportOutcome = { parsed: ParseResult; written?: { ok: true } | { ok: false; detail: string } };

export interface BackupPanelProps {
  onExport: (scope: 'all' | 'non-personal') => Promise<{ orders: number; threads: number }>;
  onImport: (text: string, mode: 'merge' | 'replace') => Promise<ImportOutcome>;
}

/** The sentence a seller reads after an import, for every way it can go. */
export function importMessage({ parsed, written }: ImportOutcome): { ok: boolean; text: string } {
  if (!parsed.ok) {
    switch (parsed.error) {
      case 'not-json':
        return { ok: false, text: t('importErrorNotJson') };
      case 'truncated':
        return { ok: false, text: t('importErrorTruncated') };
      case 'not-a-backup':
        return { ok: false, text: t('importErrorNotBackup') };
      case 'newer-format':
        return { ok: false, text: t('importErrorNewer') };
      case 'invalid':
        return {
          ok: false,
          text: t('importErrorInvalid', parsed.path, parsed.detail.replace(/^[^:]*:\s*/, '')),
        };
    }
  }
  if (written && !written.ok) return { ok: false, text: t('importErrorWrite', written.detail) };
  return { ok: true, text: t('importDone', parsed.counts.orders ?? 0, parsed.counts.threads ?? 0) };
}

export function BackupPanel({ onExport, onImport }: BackupPanelProps) {
  const [mode, setMode] = useState<'merge' | 'replace'>('merge');
  const [status, setStatus] = useState<{ ok: boolean; text: string } | undefined>();
  const exportAs = async (scope: 'all' | 'non-personal') => {
    const { orders, threads } = await onExport(scope);
    setStatus({ ok: true, text: t('exportDone', orders, threads) });
  };
  return (
    <section aria-labelledby="sl-backup-heading">
      <h2 id="sl-backup-heading">{t('backupHeading')}</h2>
      <p>{t('backupIntro')}</p>
      <p className="sl-buttons">
        <button type="button" onClick={() => void exportAs('all')}>
          {t('exportAll')}
        </button>
        <button type="button" onClick={() => void exportAs('non-personal')}>
          {t('exportNonPersonal')}
        </button>
      </p>
      <fieldset>
        <legend>{t('importLabel')}</legend>
        <label>
          <input
            type="radio"
            name="sl-import-mode"
            checked={mode === 'merge'}
            onChange={() => setMode('merge')}
          />{' '}
          {t('importMerge')}
        </label>
        <label>
          <input
            type="radio"
            name="sl-import-mode"
            checked={mode === 'replace'}
            onChange={() => setMode('replace')}
          />{' '}
          {t('importReplace')}
        </label>
        <input
          type="file"
          accept="application/json,.json"
          aria-label={t('importLabel')}
          onChange={async (e) => {
            const file = e.target.files?.[0];
            if (!file) return;
            setStatus(importMessage(await onImport(await file.text(), mode)));
            e.target.value = '';
          }}
        />
      </fieldset>
      {status ? (
        <p
          role={status.ok ? 'status' : 'alert'}
          className={status.ok ? 'sl-ok' : 'sl-error'}
          data-testid="backup-status"
        >
          {status.text}
        </p>
      ) : null}
    </section>
  );
}
