import { useState } from 'react';
import { formatDiagnostic } from '@/lib/pages/diagnostic';
import type { UnrecognisedPage } from '@/lib/store/schema';
import { t } from './i18n';

export interface UnrecognisedPanelProps {
  pages: UnrecognisedPage[];
  version: string;
  copy: (text: string) => Promise<void>;
}

/** Pages whose layout SellerLens did not recognise, each with a diagnostic to copy. */
export function UnrecognisedPanel({ pages, version, copy }: UnrecognisedPanelProps) {
  const [copied, setCopied] = useState<number | undefined>();
  if (pages.length === 0) return null;
  return (
    <section className="sl-panel sl-unrecognised" aria-labelledby="sl-unrecognised-heading">
      <h2 id="sl-unrecognised-heading">{t('unrecognisedHeading')}</h2>
      <ul>
        {pages.map((page) => (
          <li key={page.id} data-expected={page.expected}>
            <code>
              {page.host}
              {page.path}
            </code>
            <span className="sl-muted">{t('unrecognisedExpected', page.expected)}</span>
            <button
              type="button"
              onClick={async () => {
                const text = formatDiagnostic(page, version, new Date(page.at).toISOString());
                await copy(text);
                setCopied(page.id);
              }}
            >
              {copied === page.id ? t('unrecognisedCopied') : t('unrecognisedCopy')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
