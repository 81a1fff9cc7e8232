import { formatDay } from '@/lib/locale/format';
import type { StoredCustomer } from '@/lib/store/schema';
import { TIERS } from '@/lib/tiers';
import { t } from '../i18n';
import { MarketplaceBadge } from '../MarketplaceBadge';
import { tierName } from './wording';

/** A customer in a list: a button that opens the card. The key is never shown. */
export function CustomerRow({
  customer,
  language,
  onOpen,
}: {
  customer: StoredCustomer;
  language: string;
  onOpen: (key: string) => void;
}) {
  const tiers = TIERS.filter((tier) => customer.tiers?.includes(tier));
  const orders = customer.tierOutcome?.figures.orders;
  return (
    <li className="sl-customer" data-customer-key={customer.key}>
      <button type="button" className="sl-customer-open" onClick={() => onOpen(customer.key)}>
        <span className="sl-order-main">
          <MarketplaceBadge code={customer.marketplace} />
          <span className="sl-buyer">{customer.displayName ?? t('customerNameUnknown')}</span>
          {tiers.map((tier) => (
            <span key={tier} className={`sl-tier sl-tier-${tier}`} data-tier={tier}>
              {tierName(tier)}
            </span>
          ))}
        </span>
        <span className="sl-order-sub">
          <span>
            {t('customerLastActivity', formatDay(customer.lastActivityAt, language, customer.marketplace))}
          </span>
          {orders !== undefined ? <span>{t('customerOrdersCount', orders)}</span> : null}
        </span>
      </button>
    </li>
  );
}
