import type { HealthFigures } from './figures';

export type HealthSource = 'account-health' | 'customer-service-performance';

export interface HealthSnapshot {
  marketplace: string;
  source: HealthSource;
  at: number;
  figures: HealthFigures;
}

export interface MarketplaceHealth {
  marketplace: string;
  /** The newest figure of each kind, whichever page showed it last. */
  figures: HealthFigures;
  /** The freshest reading and the page it came from. */
  at: number;
  source: HealthSource;
  /** Every snapshot of this marketplace, oldest first, for trend lines. */
  series: HealthSnapshot[];
}

/**
 * The glance per marketplace: the two performance pages show overlapping figures (the ODR
 * appears on both), so each figure is taken from the newest snapshot that has it.
 */
export function latestByMarketplace(snapshots: readonly HealthSnapshot[]): MarketplaceHealth[] {
  const groups = new Map<string, HealthSnapshot[]>();
  for (const s of snapshots) groups.set(s.marketplace, [...(groups.get(s.marketplace) ?? []), s]);
  return [...groups.entries()]
    .map(([marketplace, list]) => {
      const series = [...list].sort((a, b) => a.at - b.at);
      const figures: HealthFigures = {};
      for (const s of series)
        Object.assign(
          figures,
          Object.fromEntries(Object.entries(s.figures).filter(([, v]) => v !== undefined)),
        );
      const newest = series[series.length - 1] as HealthSnapshot;
      return { marketplace, figures, at: newest.at, source: newest.source, series };
    })
    .sort((a, b) => b.at - a.at);
}
