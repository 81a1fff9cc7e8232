import { describe, expect, it } from 'vitest';
import { pageReading } from '@/lib/messages/reading';
import { readPage } from '@/lib/pages';
import { fixtureJson, loadFixture } from '../../support/fixtures';

const CASES = [
  {
    fixture: 'us-en',
    url: 'https://sellercentral.amazon.com/ap/signin?openid.return_to=https%3A%2F%2Fsellercentral.amazon.com%2Forders-v3',
  },
  { fixture: 'de-de', url: 'https://sellercentral.amazon.de/ap/signin' },
  { fixture: 'jp-ja', url: 'https://sellercentral.amazon.co.jp/ap/signin' },
  // The session ended: the sign-in form under the inbox's own URL.
  { fixture: 'in-en-session-ended', url: 'https://sellercentral.amazon.in/messaging/inbox' },
];

describe('readPage on the sign-in replicas', () => {
  it.each(CASES)('$fixture reads as signed out, with its marketplace', ({ fixture, url }) => {
    const reading = readPage(loadFixture(`signed-out/${fixture}.html`), url);
    expect(reading).toEqual(fixtureJson(`signed-out/${fixture}.expected.json`));
    expect(pageReading.safeParse(reading).success).toBe(true);
  });

  it('reads a sign-in URL as signed out even before the form is drawn', () => {
    const empty = new DOMParser().parseFromString('<html><body></body></html>', 'text/html');
    expect(readPage(empty, 'https://sellercentral.amazon.de/ap/signin')).toEqual({
      kind: 'signed-out',
      marketplace: 'DE',
    });
  });
});
