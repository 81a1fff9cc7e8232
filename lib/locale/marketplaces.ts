/**
 * The marketplaces Seller Central serves (DOMAIN.md §6). One table so that hosts, ids,
 * currencies and zones never disagree between the manifest, the readers and the popup.
 */
export type MarketplaceCode =
  | 'US'
  | 'CA'
  | 'MX'
  | 'BR'
  | 'UK'
  | 'DE'
  | 'FR'
  | 'IT'
  | 'ES'
  | 'NL'
  | 'SE'
  | 'PL'
  | 'BE'
  | 'TR'
  | 'AE'
  | 'SA'
  | 'EG'
  | 'IN'
  | 'AU'
  | 'SG'
  | 'JP';

export interface Marketplace {
  code: MarketplaceCode;
  /** Amazon's marketplace id, as in `#partner-switcher[data-marketplace_selection]`. */
  id?: string;
  currency: string;
  /** The zone a page means when it names none. */
  timeZone: string;
  /** The buyer-facing site, as the "Sales channel" column shows it. */
  salesChannel: string;
  /** The Seller Central host that serves this marketplace's pages. */
  host: string;
}

const M = (
  code: MarketplaceCode,
  id: string | undefined,
  currency: string,
  timeZone: string,
  salesChannel: string,
  host: string,
): Marketplace => ({ code, id, currency, timeZone, salesChannel, host });

export const MARKETPLACES: readonly Marketplace[] = [
  M('US', 'ATVPDKIKX0DER', 'USD', 'America/Los_Angeles', 'Amazon.com', 'sellercentral.amazon.com'),
  M('CA', 'A2EUQ1WTGCTBG2', 'CAD', 'America/Los_Angeles', 'Amazon.ca', 'sellercentral.amazon.ca'),
  M('MX', 'A1AM78C64UM0Y8', 'MXN', 'America/Mexico_City', 'Amazon.com.mx', 'sellercentral.amazon.com.mx'),
  M('BR', 'A2Q3Y263D00KWC', 'BRL', 'America/Sao_Paulo', 'Amazon.com.br', 'sellercentral.amazon.com.br'),
  M('UK', 'A1F83G8C2ARO7P', 'GBP', 'Europe/London', 'Amazon.co.uk', 'sellercentral.amazon.co.uk'),
  M('DE', 'A1PA6795UKMFR9', 'EUR', 'Europe/Berlin', 'Amazon.de', 'sellercentral.amazon.de'),
  M('FR', 'A13V1IB3VIYZZH', 'EUR', 'Europe/Paris', 'Amazon.fr', 'sellercentral.amazon.fr'),
  M('IT', 'APJ6JRA9NG5V4', 'EUR', 'Europe/Rome', 'Amazon.it', 'sellercentral.amazon.it'),
  M('ES', 'A1RKKUPIHCS9HS', 'EUR', 'Europe/Madrid', 'Amazon.es', 'sellercentral.amazon.es'),
  M('NL', 'A1805IZSGTT6HS', 'EUR', 'Europe/Amsterdam', 'Amazon.nl', 'sellercentral.amazon.nl'),
  M('SE', 'A2NODRKZP88ZB9', 'SEK', 'Europe/Stockholm', 'Amazon.se', 'sellercentral.amazon.se'),
  M('PL', 'A1C3SOZRARQ6R3', 'PLN', 'Europe/Warsaw', 'Amazon.pl', 'sellercentral.amazon.pl'),
  M('BE', undefined, 'EUR', 'Europe/Brussels', 'Amazon.com.be', 'sellercentral.amazon.com.be'),
  M('TR', undefined, 'TRY', 'Europe/Istanbul', 'Amazon.com.tr', 'sellercentral.amazon.com.tr'),
  M('AE', 'A2VIGQ35RCS4UG', 'AED', 'Asia/Dubai', 'Amazon.ae', 'sellercentral.amazon.ae'),
  M('SA', 'A17E79C6D8DWNP', 'SAR', 'Asia/Riyadh', 'Amazon.sa', 'sellercentral.amazon.sa'),
  M('EG', undefined, 'EGP', 'Africa/Cairo', 'Amazon.eg', 'sellercentral.amazon.eg'),
  M('IN', 'A21TJRUUN4KGV', 'INR', 'Asia/Kolkata', 'Amazon.in', 'sellercentral.amazon.in'),
  M('AU', 'A39IBJ37TRP1C6', 'AUD', 'Australia/Sydney', 'Amazon.com.au', 'sellercentral.amazon.com.au'),
  M('SG', 'A19VAU5U5O7RUS', 'SGD', 'Asia/Singapore', 'Amazon.sg', 'sellercentral.amazon.sg'),
  M('JP', 'A1VC38T7YXB528', 'JPY', 'Asia/Tokyo', 'Amazon.co.jp', 'sellercentral.amazon.co.jp'),
];

/** Unified-account hosts: the marketplace a page shows is named on the page, else this one. */
const REGIONAL_HOSTS: Record<string, MarketplaceCode> = {
  'sellercentral-europe.amazon.com': 'DE',
  'sellercentral-japan.amazon.com': 'JP',
};

/** Every Seller Central host SellerLens may read (the manifest's host permissions). */
export const SELLER_CENTRAL_HOSTS: readonly string[] = [
  ...MARKETPLACES.map((m) => m.host),
  ...Object.keys(REGIONAL_HOSTS),
];

const byCode = new Map(MARKETPLACES.map((m) => [m.code, m]));
const byId = new Map(MARKETPLACES.filter((m) => m.id).map((m) => [m.id as string, m]));
const byHost = new Map(MARKETPLACES.map((m) => [m.host, m]));
const byChannel = new Map(MARKETPLACES.map((m) => [m.salesChannel.toLowerCase(), m]));

export const marketplaceByCode = (code: string): Marketplace | undefined =>
  byCode.get(code as MarketplaceCode);

export const marketplaceById = (id: string): Marketplace | undefined => byId.get(id);

/** The marketplace a host serves when the page names none; undefined for a foreign host. */
export function marketplaceForHost(host: string): Marketplace | undefined {
  const h = host.toLowerCase();
  const regional = REGIONAL_HOSTS[h];
  return regional ? byCode.get(regional) : byHost.get(h);
}

export function isSellerCentralHost(host: string): boolean {
  return marketplaceForHost(host) !== undefined;
}

/** "Amazon.fr" (or "amazon.fr", "www.amazon.fr") → FR. */
export function marketplaceForSalesChannel(channel: string): Marketplace | undefined {
  return byChannel.get(
    channel
      .trim()
      .toLowerCase()
      .replace(/^www\./, ''),
  );
}
