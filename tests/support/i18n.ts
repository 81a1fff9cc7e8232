/**
 * The extension's i18n, for tests: Chrome's rules for messages.json (named placeholders whose
 * content is "$1"…) applied to the real catalogues, so that components render real strings.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface CatalogueEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
export type Catalogue = Record<string, CatalogueEntry>;

export function loadCatalogue(locale: 'en' | 'zh_CN'): Catalogue {
  return JSON.parse(readFileSync(join(__dirname, '../../public/_locales', locale, 'messages.json'), 'utf8'));
}

export function renderMessage(catalogue: Catalogue, key: string, substitutions: string[] = []): string {
  const entry = catalogue[key];
  if (!entry) return '';
  const fill = (s: string) => s.replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
  return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_, name: string) => {
    const placeholder = entry.placeholders?.[name.toLowerCase()];
    return placeholder ? fill(placeholder.content) : '';
  });
}

const catalogues = { en: loadCatalogue('en'), zh_CN: loadCatalogue('zh_CN') };
let uiLocale: keyof typeof catalogues = 'en';

/** Tests pick the UI language; every test starts in English. */
export function setUiLanguage(locale: keyof typeof catalogues): void {
  uiLocale = locale;
}

export function currentMessage(key: string, substitutions: string[]): string {
  return renderMessage(catalogues[uiLocale], key, substitutions);
}

export const currentUiLanguage = (): string => (uiLocale === 'en' ? 'en-US' : 'zh-CN');
