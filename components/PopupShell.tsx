import type { ReactNode } from 'react';
import { t } from './i18n';

export function PopupShell({ children }: { children: ReactNode }) {
  return (
    <main className="sl-popup">
      <header className="sl-popup-header">
        <img src="/icon/32.png" alt="" width={24} height={24} />
        <div>
          <h1>{t('popupTitle')}</h1>
          <p className="sl-tagline">{t('popupTagline')}</p>
        </div>
      </header>
      {children}
    </main>
  );
}
