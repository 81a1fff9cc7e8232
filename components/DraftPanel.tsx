import { bySeverity, inUiLanguage } from '@/lib/wording/present';
import type { DraftSnapshot } from '@/lib/wording/snapshot';
import { t } from './i18n';

export interface DraftPanelProps {
  /** Undefined: no message box in the active tab (or nothing written in it). */
  draft: DraftSnapshot | undefined;
  language: string;
}

/** The findings for the message being written in the active tab, most serious first. */
export function DraftPanel({ draft, language }: DraftPanelProps) {
  if (!draft || draft.length === 0) return null;
  // The page sends them in reading order within each severity; keep that.
  const findings = draft.findings.map((f, i) => ({ ...f, key: `${f.ruleId}-${i}` })).sort(bySeverity);
  return (
    <section className="sl-panel sl-draft" aria-labelledby="sl-draft-heading">
      <h2 id="sl-draft-heading">{t('popupDraftHeading')}</h2>
      {findings.length === 0 ? (
        <p className="sl-muted" data-state="clean">
          {t('popupDraftClean')}
        </p>
      ) : (
        <ul>
          {findings.map((f) => (
            <li key={f.key} data-rule-id={f.ruleId} data-severity={f.severity}>
              <span className={`sl-sev sl-sev-${f.severity}`}>{t(`severity_${f.severity}`)}</span>{' '}
              <q className="sl-excerpt">{f.excerpt.length > 60 ? `${f.excerpt.slice(0, 59)}…` : f.excerpt}</q>
              <p>{inUiLanguage(f.message, language)}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
