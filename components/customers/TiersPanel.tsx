import type { TierCounts } from '@/lib/store/customer-queries';
import type { StoredCustomer } from '@/lib/store/schema';
import { TIERS, type TierId } from '@/lib/tiers';
import { t } from '../i18n';
import { CustomerRow } from './CustomerRow';
import { tierName } from './wording';

export interface TiersPanelProps {
  /** undefined while loading. */
  counts: TierCounts | undefined;
  tier: TierId;
  onTier: (tier: TierId) => void;
  /** The chosen tier's first customers and its size; undefined while loading. */
  list: { customers: StoredCustomer[]; total: number } | undefined;
  query: string;
  onQuery: (query: string) => void;
  /** Matches for a non-empty query; undefined while searching. */
  results: StoredCustomer[] | undefined;
  language: string;
  onOpen: (key: string) => void;
}

/** Counts per tier (each a toggle that lists its customers) and a search over every customer. */
export function TiersPanel(props: TiersPanelProps) {
  const { counts, tier, onTier, list, query, onQuery, results, language, onOpen } = props;
  if (counts === undefined) {
    return (
      <section className="sl-panel" aria-busy="true">
        <p className="sl-muted">{t('customersLoading')}</p>
      </section>
    );
  }
  if (counts.customers === 0) {
    return (
      <section className="sl-panel sl-empty" aria-labelledby="sl-customers-empty">
        <h2 id="sl-customers-empty">{t('customersEmptyTitle')}</h2>
        <p>{t('customersEmptyBody')}</p>
      </section>
    );
  }
  const searching = query.trim() !== '';
  return (
    <section className="sl-panel sl-customers">
      <fieldset className="sl-tier-counts">
        <legend className="sl-visually-hidden">{t('tierCountsLabel')}</legend>
        {TIERS.map((id) => (
          <button
            key={id}
            type="button"
            className={`sl-tier-count sl-tier-${id}`}
            aria-pressed={!searching && id === tier}
            data-tier={id}
            data-count={counts[id]}
            onClick={() => {
              onQuery('');
              onTier(id);
            }}
          >
            <span>{tierName(id)}</span>
            <strong>{counts[id]}</strong>
          </button>
        ))}
      </fieldset>
      <label className="sl-search">
        <span>{t('customersSearchLabel')}</span>
        <input type="search" value={query} onChange={(e) => onQuery(e.target.value)} />
      </label>
      {searching ? (
        <SearchResults query={query.trim()} results={results} language={language} onOpen={onOpen} />
      ) : (
        <TierList tier={tier} list={list} language={language} onOpen={onOpen} />
      )}
    </section>
  );
}

function TierList({
  tier,
  list,
  language,
  onOpen,
}: {
  tier: TierId;
  list: TiersPanelProps['list'];
  language: string;
  onOpen: (key: string) => void;
}) {
  if (list === undefined)
    return (
      <p className="sl-muted" aria-busy="true">
        {t('customersLoading')}
      </p>
    );
  if (list.total === 0)
    return (
      <p className="sl-muted" data-testid="tier-empty">
        {t('customersTierEmpty')}
      </p>
    );
  return (
    <>
      {list.customers.length < list.total ? (
        <p
          className="sl-muted"
          data-testid="tier-showing"
          data-shown={list.customers.length}
          data-total={list.total}
        >
          {t('customersShowing', list.customers.length, list.total)}
        </p>
      ) : null}
      <ul className="sl-customer-list" aria-label={t('customersListLabel', tierName(tier))} data-tier={tier}>
        {list.customers.map((c) => (
          <CustomerRow key={c.key} customer={c} language={language} onOpen={onOpen} />
        ))}
      </ul>
    </>
  );
}

function SearchResults({
  query,
  results,
  language,
  onOpen,
}: {
  query: string;
  results: StoredCustomer[] | undefined;
  language: string;
  onOpen: (key: string) => void;
}) {
  if (results === undefined)
    return (
      <p className="sl-muted" aria-busy="true">
        {t('customersLoading')}
      </p>
    );
  if (results.length === 0)
    return (
      <p className="sl-muted" role="status" data-testid="search-none">
        {t('customersSearchNone', query)}
      </p>
    );
  return (
    <ul className="sl-customer-list" aria-label={t('customersSearchResults', query)}>
      {results.map((c) => (
        <CustomerRow key={c.key} customer={c} language={language} onOpen={onOpen} />
      ))}
    </ul>
  );
}
