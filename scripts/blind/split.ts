/**
 * Assigns new blind items to a half, mechanically and once: within each page kind (for
 * messages, within each language and label), items sorted by a hash of their id alternate
 * between `dev` and `heldout`. An item that already has a half keeps it, whatever is added
 * later: held out stays held out.
 */
import type { Half } from './replicas';

/** FNV-1a, 32 bits: stable across runs and machines. */
export function hashId(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/**
 * `group` names the stratum an item belongs to; existing halves are kept as they are. Within
 * a group the half with fewer items takes the next one; a tie goes to the half with fewer
 * items overall, so that many small groups still split evenly.
 */
export function assignHalves(
  items: readonly { id: string; group: string }[],
  existing: Readonly<Record<string, Half>>,
): Record<string, Half> {
  const out: Record<string, Half> = { ...existing };
  const total = { dev: 0, heldout: 0 };
  const inGroup = new Map<string, { dev: number; heldout: number }>();
  const countOf = (group: string) => {
    const c = inGroup.get(group) ?? { dev: 0, heldout: 0 };
    inGroup.set(group, c);
    return c;
  };
  for (const { id, group } of items) {
    const half = existing[id];
    if (!half) continue;
    total[half]++;
    countOf(group)[half]++;
  }
  const fresh = items
    .filter((i) => !existing[i.id])
    .sort(
      (a, b) => a.group.localeCompare(b.group) || hashId(a.id) - hashId(b.id) || a.id.localeCompare(b.id),
    );
  for (const { id, group } of fresh) {
    const c = countOf(group);
    const half: Half =
      c.dev !== c.heldout
        ? c.dev < c.heldout
          ? 'dev'
          : 'heldout'
        : total.dev <= total.heldout
          ? 'dev'
          : 'heldout';
    out[id] = half;
    c[half]++;
    total[half]++;
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}
