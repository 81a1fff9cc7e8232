/**
 * mulberry32: a tiny, fast seeded generator, so that fixtures, fuzz cases and bench data are
 * the same on every run and every machine. (The Chromium fuzz test keeps its own copy: its
 * code is serialised into the page.)
 */
export type Random = () => number;

export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
