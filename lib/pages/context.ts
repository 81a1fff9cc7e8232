/**
 * What every reader needs to know about the page before reading rows: the marketplace the
 * page is about, the UI language the seller chose and the zone its times are printed in.
 */
import { type Marketplace, marketplaceById, marketplaceForHost } from '../locale/marketplaces';

export interface PageContext {
  marketplace: Marketplace;
  language: string;
}

/** `#partner-switcher` names the marketplace on unified (EU, NA) accounts. */
const SWITCHER_SELECTORS = ['#partner-switcher[data-marketplace_selection]', '[data-marketplace_selection]'];

export function pageContext(doc: Document, url: URL): PageContext | undefined {
  const host = marketplaceForHost(url.hostname);
  if (!host) return undefined;
  let marketplace = host;
  for (const selector of SWITCHER_SELECTORS) {
    const id = doc.querySelector(selector)?.getAttribute('data-marketplace_selection');
    const named = id ? marketplaceById(id) : undefined;
    if (named) {
      marketplace = named;
      break;
    }
  }
  const language = doc.documentElement.getAttribute('lang')?.trim() || 'en-US';
  return { marketplace, language };
}
