import { describe, expect, it } from 'vitest';
import { type PageReading, pageReading } from '@/lib/messages/reading';
import {
  countOf,
  figureOf,
  ofOrders,
  percentOf,
  trailingCount,
  wholeNumberOf,
  windowDaysOf,
} from '@/lib/pages/account-health/figures-text';
import { readAccountHealth } from '@/lib/pages/account-health/read-account-health';
import { pageContext } from '@/lib/pages/context';
import { readCustomerServicePerformance } from '@/lib/pages/customer-service-performance/read-customer-service-performance';
import { fixtureJson, loadFixture } from '../../support/fixtures';

type Reader = typeof readAccountHealth | typeof readCustomerServicePerformance;

/** Until readPage is wired to these readers, read the way readPage will. */
function read(reader: Reader, doc: Document, url: string): PageReading {
  const ctx = pageContext(doc, new URL(url));
  if (!ctx) throw new Error(`not a Seller Central URL: ${url}`);
  return reader(doc, ctx);
}

/**
 * What the replicas' inline Katal stand-ins do once scripts run (happy-dom runs none): each
 * kat-* element gets an open shadow root that draws its `label` and shows its light children
 * through a <slot>. The readers must read the same page before and after.
 */
function renderKatal(doc: Document): Document {
  for (const host of Array.from(doc.querySelectorAll('*'))) {
    if (!host.localName.startsWith('kat-') || host.shadowRoot) continue;
    const shadow = host.attachShadow({ mode: 'open' });
    const label = host.getAttribute('label');
    if (label) {
      const text = doc.createElement('span');
      text.textContent = label;
      shadow.append(text);
    }
    shadow.append(doc.createElement('slot'));
  }
  return doc;
}

interface Case {
  fixture: string;
  url: string;
}

function describeReplicas(folder: string, reader: Reader, kind: PageReading['kind'], cases: Case[]): void {
  describe.each(cases)(`${folder}/$fixture`, ({ fixture, url }) => {
    const expected = fixtureJson<{ health: Record<string, number> }>(`${folder}/${fixture}.expected.json`);
    const reading = read(reader, loadFixture(`${folder}/${fixture}.html`), url);

    it('reads figures that pass the schema', () => {
      expect(reading.kind).toBe(kind);
      expect(pageReading.safeParse(reading).success).toBe(true);
    });

    it('reads every figure as the page shows it', () => {
      if (reading.kind !== kind || !('health' in reading)) throw new Error(JSON.stringify(reading));
      const health: Record<string, number | undefined> = reading.health;
      const keys = new Set([...Object.keys(expected.health), ...Object.keys(health)]);
      for (const key of keys) expect({ [key]: health[key] }).toEqual({ [key]: expected.health[key] });
      expect(reading).toEqual(expected);
    });

    it('reads the same once the Katal components have drawn their shadow roots', () => {
      const rendered = renderKatal(loadFixture(`${folder}/${fixture}.html`));
      expect(rendered.querySelector('kat-link, kat-button, kat-dropdown')?.shadowRoot).toBeTruthy();
      expect(read(reader, rendered, url)).toEqual(expected);
    });
  });
}

describeReplicas('account-health', readAccountHealth, 'account-health', [
  { fixture: 'in-en', url: 'https://sellercentral.amazon.in/performance/dashboard?ref=xx' },
  { fixture: 'us-en', url: 'https://sellercentral.amazon.com/performance/dashboard' },
  { fixture: 'jp-ja', url: 'https://sellercentral.amazon.co.jp/performance/dashboard' },
  { fixture: 'uk-en', url: 'https://sellercentral.amazon.co.uk/performance/dashboard' },
  { fixture: 'fr-fr', url: 'https://sellercentral.amazon.fr/performance/dashboard' },
  { fixture: 'it-it', url: 'https://sellercentral.amazon.it/performance/dashboard' },
  { fixture: 'es-es', url: 'https://sellercentral.amazon.es/performance/dashboard' },
  { fixture: 'us-zh', url: 'https://sellercentral.amazon.com/performance/dashboard' },
]);

describeReplicas(
  'customer-service-performance',
  readCustomerServicePerformance,
  'customer-service-performance',
  [
    { fixture: 'in-en', url: 'https://sellercentral.amazon.in/performance/detail/customer-service' },
    { fixture: 'de-de', url: 'https://sellercentral.amazon.de/performance/detail/customer-service?t=1' },
    { fixture: 'us-en', url: 'https://sellercentral.amazon.com/performance/detail/customer-service' },
    { fixture: 'jp-ja', url: 'https://sellercentral.amazon.co.jp/performance/detail/customer-service' },
  ],
);

describe('changed layouts read as their expected readings say: unknown, or only what they show', () => {
  it.each([
    {
      fixture: 'account-health/us-en-redesigned',
      reader: readAccountHealth,
      url: 'https://sellercentral.amazon.com/performance/dashboard',
      expected: 'account-health',
    },
    {
      fixture: 'customer-service-performance/us-en-renamed-ids',
      reader: readCustomerServicePerformance,
      url: 'https://sellercentral.amazon.com/performance/detail/customer-service',
      expected: 'customer-service-performance',
    },
  ])('$fixture', ({ fixture, reader, url, expected }) => {
    const reading = read(reader, loadFixture(`${fixture}.html`), url);
    const want = fixtureJson<{ kind: string }>(`${fixture}.expected.json`);
    expect(reading).toEqual(want);
    expect(reading.kind === 'unknown' ? reading.expected : reading.kind).toBe(expected);
    expect(pageReading.safeParse(reading).success).toBe(true);
  });

  it('says unknown while the dashboard shows the metric without a figure (still loading)', () => {
    const doc = loadFixture('account-health/us-en.html');
    for (const value of Array.from(doc.querySelectorAll('.cs-card .ahd-value'))) value.remove();
    expect(read(readAccountHealth, doc, 'https://sellercentral.amazon.com/performance/dashboard')).toEqual({
      kind: 'unknown',
      expected: 'account-health',
      marketplace: 'US',
      reason: 'the Order Defect Rate shows no figure',
    });
  });

  it('says unknown, naming the text, when the big figure is not a rate', () => {
    const doc = loadFixture('customer-service-performance/us-en.html');
    const figure = doc.querySelector('#odr-giant-metric-percentage > span');
    if (figure) figure.textContent = 'Loading…';
    const url = 'https://sellercentral.amazon.com/performance/detail/customer-service';
    expect(read(readCustomerServicePerformance, doc, url)).toMatchObject({
      kind: 'unknown',
      expected: 'customer-service-performance',
      reason: 'Order Defect Rate not recognised: "Loading…"',
    });
  });
});

describe('the account health glance', () => {
  it("takes the worse channel's Order Defect Rate, with that channel's counts and parts", () => {
    const doc = loadFixture('account-health/us-en.html');
    const [, amazon] = Array.from(doc.querySelectorAll('.cs-card .ahd-metric-box .ahd-big'));
    if (amazon) amazon.textContent = '0.95%';
    const reading = read(readAccountHealth, doc, 'https://sellercentral.amazon.com/performance/dashboard');
    expect(reading).toMatchObject({
      kind: 'account-health',
      health: {
        odrPercent: 0.95,
        odrDefects: 2,
        odrOrders: 1102,
        negativeFeedbackPercent: 0.18,
        atozPercent: 0,
      },
    });
  });

  it('leaves out what the page shows as N/A instead of reading it as zero', () => {
    const reading = read(
      readAccountHealth,
      loadFixture('account-health/in-en.html'),
      'https://sellercentral.amazon.in/performance/dashboard',
    );
    if (reading.kind !== 'account-health') throw new Error(JSON.stringify(reading));
    expect(reading.health).not.toHaveProperty('lateShipmentPercent');
    expect(reading.health).not.toHaveProperty('validTrackingPercent');
  });

  it('never takes a goal ("Target: under 1%") for a figure', () => {
    const doc = loadFixture('account-health/jp-ja.html');
    for (const value of Array.from(doc.querySelectorAll('.shipping-card .ahd-value'))) value.remove();
    const reading = read(readAccountHealth, doc, 'https://sellercentral.amazon.co.jp/performance/dashboard');
    if (reading.kind !== 'account-health') throw new Error(JSON.stringify(reading));
    expect(reading.health).not.toHaveProperty('lateShipmentPercent');
    expect(reading.health).not.toHaveProperty('validTrackingPercent');
  });
});

describe('figures as the performance pages print them', () => {
  it.each([
    ['0.12%', 0.12],
    ['0,12 %', 0.12],
    ['0,12\u00a0%', 0.12],
    ['0,41\u202f%', 0.41],
    ['0.12％', 0.12],
    ['０.１２％', 0.12],
    ['0%', 0],
    ['99.2%', 99.2],
  ])('reads the rate %s', (text, value) => {
    expect(percentOf(text)).toBe(value);
    expect(figureOf(text)).toBe(value);
  });

  it.each(['under 1%', '1%未満', '140%', '0.12', 'Target: 1%'])('does not take %s for a rate', (text) => {
    expect(percentOf(text)).toBeUndefined();
  });

  it.each(['N/A', 'n/a', 'k. A.', '—', '該当なし', 'n.d.', 'N/D', '不适用'])(
    'reads %s as no figure',
    (text) => {
      expect(figureOf(text)).toBe('n/a');
    },
  );

  it.each([
    ['4,027', 4027],
    ['4.027', 4027],
    ['4 027', 4027],
    ['2\u202f731', 2731],
    ['731', 731],
  ])('reads the count %s', (text, value) => {
    expect(countOf(text)).toBe(value);
  });

  it('reads counts at the end of a line, in any UI language', () => {
    expect(trailingCount('Orders with a defect: 5')).toBe(5);
    expect(trailingCount('Total orders: 4,027')).toBe(4027);
    expect(trailingCount('Bestellungen insgesamt: 1.284')).toBe(1284);
  });

  it('reads "N of M orders" in English, German and Japanese', () => {
    expect(ofOrders('5 of 4,027 orders')).toEqual({ defects: 5, orders: 4027 });
    expect(ofOrders('3 von 1.284 Bestellungen')).toEqual({ defects: 3, orders: 1284 });
    expect(ofOrders('706件中6件の注文')).toEqual({ defects: 6, orders: 706 });
  });

  it('reads "N of M orders" in French, Italian, Spanish and Chinese', () => {
    expect(ofOrders('9 sur 2\u202f731 commandes')).toEqual({ defects: 9, orders: 2731 });
    expect(ofOrders('12 su 1.068 ordini')).toEqual({ defects: 12, orders: 1068 });
    expect(ofOrders('1 de 1156 pedidos')).toEqual({ defects: 1, orders: 1156 });
    expect(ofOrders('1,102 个订单中有 2 个')).toEqual({ defects: 2, orders: 1102 });
  });

  it('reads windows and ratings', () => {
    expect(windowDaysOf('Time Window: 60 days')).toBe(60);
    expect(windowDaysOf('Zeitfenster: 60 Tage')).toBe(60);
    expect(windowDaysOf('60日間')).toBe(60);
    expect(windowDaysOf('60 jours')).toBe(60);
    expect(windowDaysOf('60 giorni')).toBe(60);
    expect(windowDaysOf('60 días')).toBe(60);
    expect(windowDaysOf('60 天')).toBe(60);
    expect(windowDaysOf('16-May-2026 - 14-Jul-2026')).toBeUndefined();
    expect(wholeNumberOf('372')).toBe(372);
    expect(wholeNumberOf('372 points')).toBeUndefined();
  });
});
