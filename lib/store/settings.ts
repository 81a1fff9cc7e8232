/**
 * The seller's settings, stored as one validated record: a damaged or older value never
 * breaks the extension, it falls back to the defaults field by field.
 */
import { z } from 'zod';
import { AMAZON_POLICY, SHOPEE_POLICY, type SlaPolicy } from '../sla/policy';
import { type TierSettings, type TierSettingsInput, withTierDefaults } from '../tiers/settings';
import type { IngestOptions } from './ingest';
import { DEFAULT_RETENTION_DAYS, RETENTION_CHOICES } from './retention';
import type { SellerLensDb } from './schema';

const SETTINGS_KEY = 'settings';

const count = z.number().int().min(0).max(100_000);
const days = z.number().int().min(1).max(3650);
const currency = z.string().regex(/^[A-Z]{3}$/);
// Each value falls back on its own: one damaged threshold never resets the others.
const kept = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

const tierSettingsInputSchema = z.object({
  currency: kept(currency),
  // Major units of `currency` per major unit of the key; an unknown rate stays absent, never 0.
  rates: kept(z.record(currency, z.number().positive())),
  highValue: kept(
    z.object({
      minOrders: kept(count),
      windowDays: kept(days),
      minLifetime: kept(z.object({ amountMinor: z.number().int().min(0), currency })),
      maxReturnRatePercentBelow: kept(z.number().min(0).max(100)),
    }),
  ),
  top20: kept(z.object({ sharePercent: kept(z.number().min(1).max(100)), minCustomers: kept(count) })),
  potential: kept(z.object({ maxOrders: kept(count) })),
  churnRisk: kept(z.object({ afterDays: kept(days) })),
  complaintRisk: kept(
    z.object({ minAtozClaims: kept(count), minNegativeFeedback: kept(count), minIssues: kept(count) }),
  ),
  minHistoryDays: kept(z.number().int().min(0).max(3650)),
});

export const settingsSchema = z.object({
  retentionDays: z
    .number()
    .int()
    .refine((d) => (RETENTION_CHOICES as readonly number[]).includes(d))
    .catch(DEFAULT_RETENTION_DAYS),
  replyPolicy: z.enum(['amazon', 'shopee']).catch('amazon'),
  atRiskHours: z.number().min(1).max(48).optional().catch(undefined),
  /** Only what the seller changed; withTierDefaults fills the rest (new rules get defaults). */
  tiers: tierSettingsInputSchema.catch({}),
});

export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});

export async function readSettings(db: SellerLensDb): Promise<Settings> {
  const stored = await db.settings.get(SETTINGS_KEY);
  const value = stored?.value;
  return settingsSchema.parse(value && typeof value === 'object' ? value : {});
}

export async function writeSettings(db: SellerLensDb, change: Partial<Settings>): Promise<Settings> {
  return db.transaction('rw', db.settings, async () => {
    const next = settingsSchema.parse({ ...(await readSettings(db)), ...change });
    await db.settings.put({ key: SETTINGS_KEY, value: next });
    return next;
  });
}

export function replyPolicy(settings: Settings): SlaPolicy {
  const base = settings.replyPolicy === 'shopee' ? SHOPEE_POLICY : AMAZON_POLICY;
  return settings.atRiskHours ? { ...base, atRiskHours: settings.atRiskHours } : base;
}

/** The tier rules' numbers: the seller's changes over DOMAIN.md §3's defaults. */
export function tierSettings(settings: Settings): TierSettings {
  // Keys zod left as undefined keep their defaults: withTierDefaults skips undefined.
  return withTierDefaults(settings.tiers as TierSettingsInput);
}

export function ingestOptions(settings: Settings): IngestOptions {
  return { policy: replyPolicy(settings), keepPersonal: settings.retentionDays !== 0 };
}
