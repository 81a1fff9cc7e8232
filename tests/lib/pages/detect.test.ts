import { describe, expect, it } from 'vitest';
import { cleanPath, detectPageKind, PAGE_PREDICATES } from '@/lib/pages/detect';
import { UNKNOWN_URLS, URLS_BY_KIND } from './urls';

describe('page detection', () => {
  for (const [kind, predicate] of PAGE_PREDICATES) {
    describe(kind, () => {
      it.each(URLS_BY_KIND[kind])('claims %s', (url) => {
        expect(predicate(new URL(url))).toBe(true);
        expect(detectPageKind(url)).toBe(kind);
      });

      const others = Object.entries(URLS_BY_KIND)
        .filter(([other]) => other !== kind)
        .flatMap(([, urls]) => urls);
      it.each(others)('does not claim %s', (url) => {
        expect(predicate(new URL(url))).toBe(false);
      });

      it.each(UNKNOWN_URLS.filter((u) => URL.canParse(u)))('does not claim %s', (url) => {
        expect(predicate(new URL(url))).toBe(false);
      });
    });
  }

  it.each(UNKNOWN_URLS)('detects nothing on %s', (url) => {
    expect(detectPageKind(url)).toBe('unknown');
  });

  it('drops ref= path segments', () => {
    expect(cleanPath(new URL('https://sellercentral.amazon.com/orders-v3/ref=xx_myo_dnav_xx/'))).toBe(
      '/orders-v3',
    );
  });
});
