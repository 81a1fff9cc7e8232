import type { PageReading } from '@/lib/messages/reading';

/** An inbox reading of one buyer waiting for a reply since `hoursAgo` (from the real clock). */
export function aWaitingInbox(threadId: string, hoursAgo = 1): PageReading {
  return {
    kind: 'messages-inbox',
    marketplace: 'US',
    language: 'en-US',
    threads: [
      {
        threadId,
        buyerName: 'Ava',
        responseNeeded: true,
        lastMessageAt: new Date(Date.now() - hoursAgo * 3_600_000).toISOString(),
      },
    ],
  };
}
