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

export const storedCustomerSchema = z.strictObject({
  key,
  marketplace: z.string().min(2).max(3),
  displayName: z.string().min(1).max(200).optional(),
  firstSeenAt: ms,
  lastOrderAt: ms.optional(),
  lastMessageAt: ms.optional(),
  lastActivityAt: ms,
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
