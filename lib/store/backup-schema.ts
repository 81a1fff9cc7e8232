/**
 * The backup file's shape, validated whole before anything is written. Stored records are
 * the readings' shapes plus the store's own fields.
 */
import { z } from 'zod';
import {
  healthFigures,
  isoDate,
  isoInstant,
  orderDetail,
  threadMessage,
  threadSummary,
} from '../messages/reading';
import type { TierReason } from '../tiers/reasons';
import { TIERS, type TierId, type TierOutcome } from '../tiers/types';

export const BACKUP_FORMAT = 'sellerlens-backup';
export const BACKUP_VERSION = 1;

const ms = z.number().int().min(0);
const key = z.string().regex(/^[0-9a-f]{64}$/);

export const storedOrderSchema = orderDetail.extend({
  purchasedAtMs: z.number().int(),
  customerKey: key.optional(),
  deliveredAt: ms.optional(),
  anonymisedAt: ms.optional(),
  firstSeenAt: ms,
  updatedAt: ms,
  statusObservedAt: ms,
});

// A customer's tiers as the customers job wrote them (lib/tiers: reasons as codes and numbers).
const count = z.number().int().min(0);
const minor = z.number().int().min(-1e15).max(1e15);
const currency = z.string().regex(/^[A-Z]{3}$/);
const percent = z.number().min(0).max(1e6);
const complaintValues = z.strictObject({
  atozClaims: count,
  negativeFeedback: count,
  returns: count,
  refunds: count,
  complaints: count,
  issues: count,
});
const reason = <C extends string, V extends z.ZodType>(code: C, values: V) =>
  z.strictObject({ code: z.literal(code), values });
const tierReasonSchema = z.discriminatedUnion('code', [
  reason(
    'high-value',
    z.strictObject({
      orders90d: count,
      windowDays: count,
      lifetimeMinor: minor,
      currency,
      returns: count,
      returnRatePercent: percent,
    }),
  ),
  reason(
    'top-20',
    z.strictObject({ lifetimeMinor: minor, thresholdMinor: minor, currency, sharePercent: percent }),
  ),
  reason('potential', z.strictObject({ orders: count, daysSinceOrder: count })),
  reason(
    'churn-risk',
    z.strictObject({ daysSinceContact: count, afterDays: count, lastContact: z.enum(['order', 'message']) }),
  ),
  reason('complaint-risk-atoz-claim', complaintValues),
  reason('complaint-risk-negative-feedback', complaintValues),
  reason('complaint-risk-repeated-issues', complaintValues),
  reason(
    'value-unknown',
    z.strictObject({
      lifetimeMinor: minor,
      currency,
      missingRates: z.string().max(400),
      unpricedOrders: count,
    }),
  ),
]) satisfies z.ZodType<TierReason>;
const tierId = z.enum(TIERS as readonly TierId[] as [TierId, ...TierId[]]);
const tierResult = z.strictObject({ tier: tierId, reason: tierReasonSchema });
const tierOutcomeSchema = z.strictObject({
  tiers: z.array(tierResult).max(TIERS.length),
  figures: z.strictObject({
    orders: count,
    spendMinor: minor,
    currency,
    returns: count,
    refunds: count,
    lastOrderAt: z.number().int().optional(),
    firstSeenAt: z.number().int(),
    averageDaysBetweenOrders: z.number().min(0).optional(),
    unconverted: z
      .array(
        z.strictObject({
          currency,
          amountMinor: minor,
          orderIds: z.array(z.string().min(1).max(100)).max(100_000),
        }),
      )
      .max(200)
      .optional(),
    unpricedOrders: count.optional(),
  }),
  undecided: z.array(tierResult).max(TIERS.length).optional(),
  tooLittleHistory: z.strictObject({ firstSeenDaysAgo: count }).optional(),
}) satisfies z.ZodType<TierOutcome>;

export const storedCustomerSchema = z.strictObject({
  key,
  marketplace: z.string().min(2).max(3),
  displayName: z.string().min(1).max(200).optional(),
  firstSeenAt: ms,
  lastOrderAt: ms.optional(),
  lastMessageAt: ms.optional(),
  lastActivityAt: ms,
  tiers: z.array(tierId).max(TIERS.length).optional(),
  tierOutcome: tierOutcomeSchema.optional(),
  tiersAt: ms.optional(),
  tierActivity: z.array(z.string().max(60)).max(TIERS.length).optional(),
});

export const storedThreadSchema = threadSummary.extend({
  threadId: z.string().min(1).max(200),
  marketplace: z.string().min(2).max(3),
  customerKey: key.optional(),
  lastMessageAtMs: z.number().int().optional(),
  replyDueAtMs: z.number().int().optional(),
  replyDueEstimated: z.boolean().optional(),
  replyDuePrecision: z.literal('day').optional(),
  noResponseNeededAt: z.string().max(40).optional(),
  atozClaimAt: z.union([isoInstant, isoDate]).optional(),
  firstSeenAt: ms,
  updatedAt: ms,
  anonymisedAt: ms.optional(),
});

export const storedMessageSchema = threadMessage.omit({ text: true }).extend({
  id: z.string().min(1).max(400),
  threadId: z.string().min(1).max(200),
  sentAtMs: z.number().int(),
  text: z.string().max(20_000).optional(),
});

export const storedHealthSchema = z.strictObject({
  id: z.number().int().optional(),
  marketplace: z.string().min(2).max(3),
  source: z.enum(['account-health', 'customer-service-performance']),
  at: ms,
  figures: healthFigures,
});

export const storedSendSchema = z.strictObject({
  id: z.number().int().optional(),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  at: ms,
});
export const storedSettingSchema = z.strictObject({ key: z.string().min(1).max(100), value: z.unknown() });

export const backupSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: isoInstant,
  scope: z.enum(['all', 'non-personal']),
  tables: z.strictObject({
    orders: z.array(storedOrderSchema),
    customers: z.array(storedCustomerSchema),
    threads: z.array(storedThreadSchema),
    messages: z.array(storedMessageSchema),
    health: z.array(storedHealthSchema),
    sends: z.array(storedSendSchema),
    settings: z.array(storedSettingSchema),
  }),
});

export type BackupFile = z.infer<typeof backupSchema>;
