import { RETENTION_CHOICES, type RetentionDays } from '@/lib/store/retention';
import { t } from '../i18n';

export function RetentionSetting({
  value,
  onChange,
}: {
  value: number;
  onChange: (days: RetentionDays) => void;
}) {
  return (
    <section aria-labelledby="sl-retention-heading">
      <h2 id="sl-retention-heading">{t('retentionHeading')}</h2>
      <p>{t('retentionIntro')}</p>
      <label>
        {t('retentionLabel')}{' '}
        <select value={value} onChange={(e) => onChange(Number(e.target.value) as RetentionDays)}>
          {RETENTION_CHOICES.map((days) => (
            <option key={days} value={days}>
              {days === 0 ? t('retentionNone') : t('retentionDays', days)}
            </option>
          ))}
        </select>
      </label>
    </section>
  );
}
