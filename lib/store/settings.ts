/**
 * The seller's settings, stored as one validated record: a damaged or older value never
 * breaks the extension, it falls back to the defaults field by field.
 */
import { z } from 'zod';
import { AMAZON_POLICY, SHOPEE_POLICY, type SlaPolicy } from '../sla/policy';
import type { IngestOptions } from './ingest';
import { DEFAULT_RETENTION_DAYS, RETENTION_CHOICES } from './retention';
import type { SellerLensDb } from './schema';

const SETTINGS_KEY = 'settings';

export const settingsSchema = z.object({
  retentionDays: z
    .number()
    .int()
    .refine((d) => (RETENTION_CHOICES as readonly number[]).includes(d))
    .catch(DEFAULT_RETENTION_DAYS),
  replyPolicy: z.enum(['amazon', 'shopee']).catch('amazon'),
  atRiskHours: z.number().min(1).max(48).optional().catch(undefined),
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

export function ingestOptions(settings: Settings): IngestOptions {
  return { policy: replyPolicy(settings), keepPersonal: settings.retentionDays !== 0 };
}
