/** Days as a marketplace sees them: a stored instant shown as a date in that marketplace's zone. */
import { marketplaceByCode } from '@/lib/locale/marketplaces';

const formats = new Map<string, Intl.DateTimeFormat>();

export function formatDay(at: number, language: string, marketplace: string): string {
  const timeZone = marketplaceByCode(marketplace)?.timeZone ?? 'UTC';
  const key = `${language}|${timeZone}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone });
    formats.set(key, f);
  }
  return f.format(new Date(at));
}
