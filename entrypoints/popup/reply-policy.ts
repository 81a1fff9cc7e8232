/**
 * The popup's reply policy, read without zod. lib/store/settings.ts stays the source of truth
 * (its schema validates every read and write elsewhere), but importing it would put zod, about
 * 90 KB, into the script the popup loads before its first row. The popup uses two fields, so
 * it checks those two the way that schema does: a missing or damaged value falls back to its
 * default, field by field.
 */
import { AMAZON_POLICY, SHOPEE_POLICY, type SlaPolicy } from '@/lib/sla/policy';
import type { SellerLensDb } from '@/lib/store/schema';

/** The record lib/store/settings.ts writes. */
const SETTINGS_KEY = 'settings';

/**
 * What `replyPolicy(await readSettings(db))` returns for the same stored value, except that a
 * stored array, which that schema rejects with an error, reads here as the defaults.
 */
export async function readReplyPolicy(db: SellerLensDb): Promise<SlaPolicy> {
  const value = (await db.settings.get(SETTINGS_KEY))?.value;
  const stored: { replyPolicy?: unknown; atRiskHours?: unknown } =
    value && typeof value === 'object' ? value : {};
  const base = stored.replyPolicy === 'shopee' ? SHOPEE_POLICY : AMAZON_POLICY;
  const hours = stored.atRiskHours;
  return typeof hours === 'number' && hours >= 1 && hours <= 48 ? { ...base, atRiskHours: hours } : base;
}
