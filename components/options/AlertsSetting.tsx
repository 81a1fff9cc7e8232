import { t } from '../i18n';

export interface AlertsSettingProps {
  state: 'on' | 'off' | 'denied' | undefined;
  onEnable: () => void;
  onDisable: () => void;
}

/** Notifications are an optional permission: asked for only when the seller turns alerts on.
 * Shown inside the options page's "Replying to buyers" section, hence its third-level heading. */
export function AlertsSetting({ state, onEnable, onDisable }: AlertsSettingProps) {
  return (
    <section aria-labelledby="sl-alerts-heading">
      <h3 id="sl-alerts-heading">{t('alertsHeading')}</h3>
      <p>{t('alertsIntro')}</p>
      {state === 'on' ? (
        <p>
          <span role="status">{t('alertsOn')}</span>{' '}
          <button type="button" onClick={onDisable}>
            {t('alertsDisable')}
          </button>
        </p>
      ) : (
        <p>
          <button type="button" onClick={onEnable}>
            {t('alertsEnable')}
          </button>
          {state === 'denied' ? <span role="alert"> {t('alertsDenied')}</span> : null}
        </p>
      )}
    </section>
  );
}
