import { useState } from 'react';
import type { PruneResult } from '@/lib/store/prune';
import { t } from '../i18n';

export interface StoragePanelProps {
  usageBytes: number | undefined;
  language: string;
  onPrune: (months: number) => Promise<PruneResult>;
}

const MONTHS = [6, 12, 24] as const;

export function StoragePanel({ usageBytes, language, onPrune }: StoragePanelProps) {
  const [months, setMonths] = useState<number>(12);
  const [done, setDone] = useState<PruneResult | undefined>();
  const used =
    usageBytes === undefined
      ? undefined
      : new Intl.NumberFormat(language, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(
          usageBytes / 1_000_000,
        );
  return (
    <section aria-labelledby="sl-storage-heading">
      <h2 id="sl-storage-heading">{t('storageHeading')}</h2>
      <p data-testid="storage-used">{used ? t('storageUsed', used) : t('storageUnknown')}</p>
      <label>
        {t('pruneLabel')}{' '}
        <select value={months} onChange={(e) => setMonths(Number(e.target.value))}>
          {MONTHS.map((m) => (
            <option key={m} value={m}>
              {t('pruneMonths', m)}
            </option>
          ))}
        </select>
      </label>{' '}
      <button type="button" onClick={async () => setDone(await onPrune(months))}>
        {t('pruneButton')}
      </button>
      {done ? (
        <p role="status" className="sl-ok">
          {t('pruneDone', done.orders, done.threads, done.health)}
        </p>
      ) : null}
    </section>
  );
}
