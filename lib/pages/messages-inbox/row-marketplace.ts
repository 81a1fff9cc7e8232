/**
 * The marketplace of an inbox row (EU inboxes mix DE, FR, IT, ES… orders): its flag (an
 * image's alt text, a class or file name, a marketplace id), else a store name it prints
 * ("Amazon.fr"), else the page's. Null when a flag is shown that cannot be told: better no
 * marketplace than a wrong one.
 */
import { type Marketplace, marketplaceForSalesChannel } from '../../locale/marketplaces';
import { deepElements } from '../content/deep';
import { fromName, marketplaceOfFlag } from './marketplace-flag';

const STORE_NAME = /^(?:www\.)?amazon\.[a-z.]{2,6}$/i;

function of(row: Element, texts: readonly string[], page: Marketplace): Marketplace | null {
  const elements = [row, ...deepElements(row)];
  const withId = elements.find((el) => el.hasAttribute('data-marketplace-id'));
  if (withId) return marketplaceOfFlag(withId) ?? null;
  for (const text of texts) {
    const store = /(?:^|\s)((?:www\.)?amazon\.[a-z.]{2,6})(?:\s|$)/i.exec(text)?.[1];
    const found = store ? marketplaceForSalesChannel(store) : undefined;
    if (found) return found;
  }
  const flags = elements.filter(
    (el) =>
      el.localName === 'img' ||
      el.getAttribute('role') === 'img' ||
      /flag/i.test(el.getAttribute('class') ?? ''),
  );
  for (const flag of flags) {
    const found = marketplaceOfFlag(flag);
    if (found) return found;
  }
  return flags.some((f) => /flag/i.test(`${f.getAttribute('class') ?? ''} ${f.getAttribute('src') ?? ''}`))
    ? null
    : page;
}

/** A text that only names a store or a country: never a buyer's name. */
const isMarketplaceName = (text: string): boolean =>
  STORE_NAME.test(text.trim()) || fromName(text) !== undefined;

export const rowMarketplace = { of, isMarketplaceName };
