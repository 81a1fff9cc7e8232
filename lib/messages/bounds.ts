/**
 * The bounds a reading must respect, shared by the schema (reading.ts) and the readers,
 * which never bundle zod: a reader leaves out, or refuses, a value beyond them, so that one
 * garbled figure never gets a whole reading rejected.
 */
export const MAX_QUANTITY = 100_000;

/** Larger amounts are no order's: a garbled figure. */
export const MAX_AMOUNT_MINOR = 1e12;

export const isPlausibleAmount = (minor: number): boolean =>
  Number.isSafeInteger(minor) && Math.abs(minor) <= MAX_AMOUNT_MINOR;
