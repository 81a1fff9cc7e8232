/**
 * The message being written in the active tab, asked from its page once the popup opens (the
 * popup lives seconds; the seller reopens it to see the text's latest state). No tab, no
 * compose guard there, or an answer that does not fit: nothing is shown.
 */
import { useEffect, useState } from 'react';
import { type DraftSnapshot, parseDraftSnapshot } from '@/lib/wording/snapshot';

async function askActiveTab(): Promise<DraftSnapshot | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return undefined;
  const reply: unknown = await browser.tabs
    .sendMessage(tab.id, { type: 'wording-snapshot' })
    .catch(() => undefined);
  return parseDraftSnapshot(reply);
}

export function useActiveDraft(): DraftSnapshot | undefined {
  const [draft, setDraft] = useState<DraftSnapshot>();
  useEffect(() => {
    let mounted = true;
    askActiveTab()
      .then((value) => mounted && setDraft(value))
      .catch(() => undefined);
    return () => {
      mounted = false;
    };
  }, []);
  return draft;
}
