/**
 * The flag beside a thread names the marketplace of its order: an EU inbox on the DE host
 * mixes FR, IT and ES threads. How the flag is drawn is NOT known (the IN screenshot only
 * shows that there is one), so it is read from whatever carries it: a marketplace id, a
 * country code in a class or image name, or the country's name in its accessible text.
 */
import { type Marketplace, marketplaceByCode, marketplaceById } from '../../locale/marketplaces';

/** Country names as alt texts or labels may give them (en, de, fr, it, es, ja). */
const COUNTRY_NAMES: Record<string, readonly string[]> = {
  US: [
    'united states',
    'usa',
    'vereinigte staaten',
    'états-unis',
    'stati uniti',
    'estados unidos',
    'アメリカ',
  ],
  CA: ['canada', 'kanada', 'canadá', 'カナダ'],
  MX: ['mexico', 'mexiko', 'mexique', 'messico', 'méxico', 'メキシコ'],
  BR: ['brazil', 'brasilien', 'brésil', 'brasile', 'brasil', 'ブラジル'],
  UK: [
    'united kingdom',
    'great britain',
    'vereinigtes königreich',
    'royaume-uni',
    'regno unito',
    'reino unido',
    'イギリス',
  ],
  DE: ['germany', 'deutschland', 'allemagne', 'germania', 'alemania', 'ドイツ'],
  FR: ['france', 'frankreich', 'francia', 'フランス'],
  IT: ['italy', 'italien', 'italie', 'italia', 'イタリア'],
  ES: ['spain', 'spanien', 'espagne', 'spagna', 'españa', 'スペイン'],
  NL: ['netherlands', 'niederlande', 'pays-bas', 'paesi bassi', 'países bajos', 'オランダ'],
  SE: ['sweden', 'schweden', 'suède', 'svezia', 'suecia', 'スウェーデン'],
  PL: ['poland', 'polen', 'pologne', 'polonia', 'ポーランド'],
  BE: ['belgium', 'belgien', 'belgique', 'belgio', 'bélgica', 'ベルギー'],
  TR: ['turkey', 'türkiye', 'türkei', 'turquie', 'turchia', 'turquía', 'トルコ'],
  AE: ['united arab emirates', 'vereinigte arabische emirate', 'émirats arabes unis', 'アラブ首長国連邦'],
  SA: ['saudi arabia', 'saudi-arabien', 'arabie saoudite', 'サウジアラビア'],
  EG: ['egypt', 'ägypten', 'égypte', 'egitto', 'egipto', 'エジプト'],
  IN: ['india', 'indien', 'inde', 'インド'],
  AU: ['australia', 'australien', 'australie', 'オーストラリア'],
  SG: ['singapore', 'singapur', 'singapour', 'シンガポール'],
  JP: ['japan', 'japon', 'giappone', 'japón', '日本'],
};

const BY_NAME = new Map(
  Object.entries(COUNTRY_NAMES).flatMap(([code, names]) => names.map((name) => [name, code] as const)),
);

/** ISO country codes where they differ from the marketplace codes. */
const byCountryCode = (code: string): Marketplace | undefined =>
  marketplaceByCode(code.toUpperCase() === 'GB' ? 'UK' : code.toUpperCase());

/** "flag-fr", "flag_fr", "flag--fr", ".../flags/fr.svg", "fr-flag.png". */
const CODE_IN_NAME = /(?:^|[\s/_-])flags?(?:--|[-_/])([a-z]{2})(?=$|[\s._-])|(?:^|\/)([a-z]{2})[-_]flag\b/i;

/** A country as the page names it ("France", "Frankreich", "フランス", "fr"). */
export function fromName(value: string | null): Marketplace | undefined {
  if (!value) return undefined;
  const text = value.replace(/\s+/g, ' ').trim();
  if (/^[a-z]{2}$/i.test(text)) return byCountryCode(text);
  const code = BY_NAME.get(text.toLowerCase());
  return code ? marketplaceByCode(code) : undefined;
}

/** The marketplace a flag element stands for, or undefined when it cannot be told. */
export function marketplaceOfFlag(flag: Element): Marketplace | undefined {
  const id = flag.getAttribute('data-marketplace-id');
  if (id) return marketplaceById(id);
  for (const name of [flag.getAttribute('class'), flag.getAttribute('src')]) {
    const match = name ? CODE_IN_NAME.exec(name) : null;
    const code = match?.[1] ?? match?.[2];
    const found = code ? byCountryCode(code) : undefined;
    if (found) return found;
  }
  for (const attribute of ['alt', 'aria-label', 'title', 'data-country', 'country']) {
    const found = fromName(flag.getAttribute(attribute));
    if (found) return found;
  }
  return undefined;
}
