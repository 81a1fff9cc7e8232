import { describe, expect, it, vi } from 'vitest';
import { readCopiedResponse } from '@/lib/pages/api/copied-response';
import { type CopiedResponse, observeResponses } from '@/lib/pages/api/observe-responses';

const ORIGIN = 'https://sellercentral.amazon.com';

/** A window whose network is a stub: every call is counted, nothing leaves the test. */
function fakeWindow(respond: (url: string) => Response) {
  const calls: string[] = [];
  class FakeXhr {
    static instances: FakeXhr[] = [];
    status = 0;
    responseType = '';
    responseText = '';
    listeners: (() => void)[] = [];
    open(_method: string, _url: string) {
      FakeXhr.instances.push(this);
    }
    addEventListener(_type: string, listener: () => void) {
      this.listeners.push(listener);
    }
    finish(status: number, text: string) {
      this.status = status;
      this.responseText = text;
      for (const l of this.listeners) l();
    }
  }
  const win = {
    location: { href: `${ORIGIN}/orders-v3` },
    fetch: vi.fn(async (input: string | URL | Request) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      calls.push(url);
      return respond(url);
    }),
    XMLHttpRequest: FakeXhr,
  };
  return { win: win as unknown as Window & typeof globalThis, calls, FakeXhr };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('observeResponses', () => {
  it("copies a known endpoint's response and hands the page its own response untouched", async () => {
    const { win, calls } = fakeWindow(() => new Response('{"orders":[]}', { status: 200 }));
    const posted: CopiedResponse[] = [];
    observeResponses(win, (m) => posted.push(m));
    const response = await win.fetch('/orders-api/search?limit=25');
    expect(await response.text()).toBe('{"orders":[]}');
    await flush();
    expect(posted).toEqual([
      { source: 'sellerlens:api', url: `${ORIGIN}/orders-api/search?limit=25`, text: '{"orders":[]}' },
    ]);
    expect(calls).toEqual(['/orders-api/search?limit=25']);
  });

  it('sends no request of its own and copies nothing for other endpoints, errors or other origins', async () => {
    const { win, calls } = fakeWindow(
      (url) => new Response('{}', { status: url.includes('order/') ? 403 : 200 }),
    );
    const posted: CopiedResponse[] = [];
    observeResponses(win, (m) => posted.push(m));
    await win.fetch('/orders-api/export');
    await win.fetch('/orders-api/order/111-0000001-0000001');
    await win.fetch('https://evil.example/orders-api/search');
    await flush();
    expect(posted).toEqual([]);
    expect(calls).toHaveLength(3);
  });

  it('copies XMLHttpRequest responses of known endpoints once they load', () => {
    const { win, FakeXhr } = fakeWindow(() => new Response(''));
    const posted: CopiedResponse[] = [];
    observeResponses(win, (m) => posted.push(m));
    const xhr = new win.XMLHttpRequest();
    xhr.open('GET', '/messaging/api/global/cases?filterList=ACTION_NEEDED');
    (FakeXhr.instances[0] as InstanceType<typeof FakeXhr>).finish(200, '{"cases":[]}');
    expect(posted.map((m) => m.url)).toEqual([
      `${ORIGIN}/messaging/api/global/cases?filterList=ACTION_NEEDED`,
    ]);
  });

  it('can be undone', async () => {
    const { win } = fakeWindow(() => new Response('{}'));
    const original = win.fetch;
    const undo = observeResponses(win, () => undefined);
    expect(win.fetch).not.toBe(original);
    undo();
    expect(win.fetch).toBe(original);
  });
});

describe('readCopiedResponse', () => {
  const hints = { language: 'en-US' };
  it('ignores messages that are not ours', () => {
    expect(readCopiedResponse({ type: 'webpackOk' }, hints)).toEqual({ ok: false, reason: 'not-ours' });
    expect(readCopiedResponse('hello', hints)).toEqual({ ok: false, reason: 'not-ours' });
  });

  it.each([
    ['malformed', { source: 'sellerlens:api', url: 42, text: '{}' }],
    ['not-json', { source: 'sellerlens:api', url: `${ORIGIN}/orders-api/search`, text: '<html>' }],
    [
      'not-read',
      { source: 'sellerlens:api', url: `${ORIGIN}/orders-api/search`, text: '{"reason":"sign_in"}' },
    ],
  ])('counts a forged or broken copy as %s', (reason, data) => {
    expect(readCopiedResponse(data, hints)).toEqual({ ok: false, reason });
  });

  it('reads a genuine copy', () => {
    const outcome = readCopiedResponse(
      { source: 'sellerlens:api', url: `${ORIGIN}/orders-api/search`, text: '{"orders":[]}' },
      hints,
    );
    expect(outcome).toEqual({
      ok: true,
      result: {
        dropped: 0,
        reading: { kind: 'orders-list', marketplace: 'US', language: 'en-US', orders: [] },
      },
    });
  });
});
