/**
 * The tier rules' speed on a store of 10,000 seeded customers: `computeAllTiers` for the whole
 * customer list (budget 200 ms) and `tiersFor` for one customer (budget 5 ms, the badge beside a
 * single order). Figures, not tests. Run:
 *   npx tsx -e "import('./scripts/bench/tiers.ts').then(m=>console.log(m.benchTiers()))"
 */
import { availableParallelism, loadavg } from 'node:os';
import {
  type CustomerFacts,
  type CustomerOrder,
  computeAllTiers,
  type OrderStatus,
  TIERS,
  tiersFor,
  withTierDefaults,
} from '../../lib/tiers';
import { seededRandom } from '../../tests/support/seeded-random';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 21, 12);

const MARKETPLACES: [string, string, number][] = [
  ['US', 'USD', 1],
  ['UK', 'GBP', 1],
  ['DE', 'EUR', 1],
  ['FR', 'EUR', 1],
  ['JP', 'JPY', 0.01],
];
const STATUSES: OrderStatus[] = [
  'delivered',
  'delivered',
  'delivered',
  'delivered',
  'shipped',
  'cancelled',
  'returned',
];

/** A store with the usual long tail: most buyers order once, a few order dozens of times. */
export function seededCustomers(
  count: number,
  seed = 20261121,
  ordersOf?: (i: number) => number,
): CustomerFacts[] {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const customers: CustomerFacts[] = [];
  let orderSeq = 0;
  for (let i = 0; i < count; i++) {
    const [marketplace, currency, minorPerCent] = pick(MARKETPLACES);
    const n = ordersOf?.(i) ?? 1 + Math.floor(-Math.log(1 - random()) * 2.5);
    const firstSeenAt = NOW - Math.floor(random() * 720 * DAY);
    const orders: CustomerOrder[] = [];
    for (let j = 0; j < n; j++) {
      orderSeq++;
      const purchasedAt = firstSeenAt + Math.floor(random() * (NOW - firstSeenAt));
      const dollars = Math.exp(2.5 + random() * 3); // ~$12 to ~$250
      const status = pick(STATUSES);
      orders.push({
        orderId: `111-${String(i).padStart(7, '0')}-${String(orderSeq).padStart(7, '0')}`,
        purchasedAt,
        total: { amountMinor: Math.round((dollars * 100) / minorPerCent), currency },
        status,
        ...(status === 'delivered' ? { deliveredAt: purchasedAt + 4 * DAY } : {}),
      });
    }
    customers.push({
      key: `k${i.toString(36)}`,
      marketplace,
      firstSeenAt,
      orders,
      returns: random() < 0.05 ? 1 : 0,
      refunds: random() < 0.04 ? 1 : 0,
      atozClaims: random() < 0.01 ? 1 : 0,
      negativeFeedback: random() < 0.02 ? 1 : 0,
      complaints: random() < 0.03 ? 1 + Math.floor(random() * 2) : 0,
      ...(random() < 0.4 ? { lastMessageAt: NOW - Math.floor(random() * 200 * DAY) } : {}),
    });
  }
  return customers;
}

const SETTINGS = withTierDefaults({ rates: { EUR: 1.08, GBP: 1.27, JPY: 0.0067 } });

function timed(run: () => void, times: number): number[] {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const t0 = performance.now();
    run();
    samples.push(performance.now() - t0);
  }
  return samples.sort((a, b) => a - b);
}

const at = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
const ms = (n: number) => `${n.toFixed(2)} ms`;

export function benchTiers(): {
  rows: { what: string; value: string; budget?: string; withinBudget?: boolean }[];
} {
  const customers = seededCustomers(10_000);
  const orders = customers.reduce((sum, c) => sum + c.orders.length, 0);

  // The popup's case: code never run before, customers just read from the database.
  const cpu0 = process.cpuUsage();
  const first = timed(() => computeAllTiers(customers, SETTINGS, NOW), 1)[0] ?? Number.NaN;
  const cpu = process.cpuUsage(cpu0);
  const warm = timed(() => computeAllTiers(customers, SETTINGS, NOW), 9);
  const { thresholds, results } = computeAllTiers(customers, SETTINGS, NOW);

  const random = seededRandom(7);
  const lookups = timed(() => {
    const c = customers[Math.floor(random() * customers.length)] as CustomerFacts;
    tiersFor(c, SETTINGS, NOW, { top20Threshold: thresholds.get(c.marketplace) });
  }, 2_000);

  const [whale] = seededCustomers(1, 99, () => 2_000);
  const heavy = whale ? timed(() => tiersFor(whale, SETTINGS, NOW, { top20Threshold: 1 }), 50) : [];

  const perTier = new Map<string, number>();
  for (const r of results) for (const t of r.tiers) perTier.set(t.tier, (perTier.get(t.tier) ?? 0) + 1);

  return {
    rows: [
      {
        what: 'machine: cores, load average (1 min)',
        value: `${availableParallelism()}, ${loadavg()[0]?.toFixed(2)}`,
      },
      { what: 'customers / orders generated', value: `${customers.length} / ${orders}` },
      {
        what: 'customers per tier',
        value: TIERS.map((tier) => `${tier} ${perTier.get(tier) ?? 0}`).join(', '),
      },
      {
        what: 'computeAllTiers, 10,000 customers, first call (cold code, fresh data): wall (CPU)',
        value: `${ms(first)} (${ms((cpu.user + cpu.system) / 1000)})`,
        budget: '≤ 200 ms',
        withinBudget: first <= 200,
      },
      {
        what: 'computeAllTiers, 10,000 customers, warm: median, max of 9',
        value: `${ms(at(warm, 0.5))}, ${ms(at(warm, 1))}`,
        budget: '≤ 200 ms',
        withinBudget: at(warm, 1) <= 200,
      },
      {
        what: 'tiersFor, one customer: median, p99, max of 2,000 lookups (budget on p99)',
        value: `${ms(at(lookups, 0.5))}, ${ms(at(lookups, 0.99))}, ${ms(at(lookups, 1))}`,
        budget: '≤ 5 ms',
        withinBudget: at(lookups, 0.99) <= 5,
      },
      {
        what: 'tiersFor, a customer with 2,000 orders: median, max of 50',
        value: `${ms(at(heavy, 0.5))}, ${ms(at(heavy, 1))}`,
        budget: '≤ 5 ms',
        withinBudget: at(heavy, 0.5) <= 5,
      },
    ],
  };
}
