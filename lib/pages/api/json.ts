/**
 * Tiny accessors for untrusted JSON (the page's own API responses, copied from the main
 * world). The content script cannot afford zod's size, so every field is checked by hand
 * here and the background validates the resulting reading with zod again.
 */
export type Json = Record<string, unknown>;

export const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

export const str = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() ? v.trim() : undefined;

export function num(v: unknown): number | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v.trim())) return Number(v);
  return undefined;
}

export const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

export const obj = (v: unknown): Json => (isObject(v) ? v : {});

/**
 * "24.99" or 24.99 → 2499 without floating point: amounts are split as decimal text.
 * Zero-decimal currencies (JPY) keep whole units.
 */
export function amountToMinor(v: unknown, digits: number): number | undefined {
  const text =
    typeof v === 'number' && Number.isFinite(v) ? v.toFixed(digits) : typeof v === 'string' ? v.trim() : '';
  const m = /^(-)?(\d+)(?:\.(\d+))?$/.exec(text);
  if (!m) return undefined;
  const fraction = (m[3] ?? '').padEnd(digits, '0').slice(0, digits);
  const minor = Number(m[2]) * 10 ** digits + (digits > 0 ? Number(fraction) : 0);
  return m[1] ? -minor : minor;
}
