import { t } from './i18n';

export function MarketplaceBadge({ code }: { code: string }) {
  return (
    <abbr
      className="sl-marketplace"
      title={t('marketplaceLabel', code)}
      aria-label={t('marketplaceLabel', code)}
    >
      {code}
    </abbr>
  );
}
