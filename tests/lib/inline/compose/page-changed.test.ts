import { describe, expect, it } from 'vitest';
import { isOverlay, overlayFor } from '@/lib/inline/compose/overlay';
import { pageChanged } from '@/lib/inline/compose/page-changed';

/** The records a real MutationObserver reports for `change`, as the guard observes the page. */
async function recordsOf(change: () => void): Promise<MutationRecord[]> {
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((batch) => records.push(...batch));
  observer.observe(document.documentElement, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['hidden'],
  });
  change();
  await new Promise((resolve) => setTimeout(resolve, 0));
  observer.disconnect();
  return records;
}

describe('pageChanged: the page changed, not only our overlay', () => {
  it('sees an alert the page un-hides (how a send shows)', async () => {
    document.body.innerHTML = '<div class="kat-alert-success-content" hidden>Message sent</div>';
    const alert = document.querySelector('div') as HTMLElement;
    const records = await recordsOf(() => {
      alert.hidden = false;
    });
    expect(records.map((r) => r.type)).toEqual(['attributes']);
    expect(pageChanged(records, isOverlay)).toBe(true);
  });

  it('sees nodes the page adds or removes', async () => {
    document.body.innerHTML = '<p>Hi</p>';
    const records = await recordsOf(() => {
      document.body.append(document.createElement('div'));
      document.querySelector('p')?.remove();
    });
    expect(pageChanged(records, isOverlay)).toBe(true);
  });

  it('ignores our overlay being attached, removed or hidden', async () => {
    document.body.innerHTML = '';
    const attach = await recordsOf(() => overlayFor(document));
    expect(attach.length).toBeGreaterThan(0);
    expect(pageChanged(attach, isOverlay)).toBe(false);
    const host = document.querySelector('sellerlens-guard') as HTMLElement;
    const hide = await recordsOf(() => {
      host.hidden = true;
    });
    expect(hide.length).toBe(1);
    expect(pageChanged(hide, isOverlay)).toBe(false);
    const remove = await recordsOf(() => overlayFor(document).remove());
    expect(pageChanged(remove, isOverlay)).toBe(false);
  });
});
