/**
 * Converting minor units between currencies with the seller's own rates. Currencies differ in
 * minor-unit digits (JPY has none), so the scale is part of the conversion, not the caller's.
 */
import { minorUnitDigits } from '../locale/money';

/** The seller's rate for `currency`, or undefined when it is missing or unusable. */
export function rateFor(currency: string, target: string, rates: Readonly<Record<string, number>>) {
  if (currency === target) return 1;
  const rate = rates[currency];
  return rate !== undefined && Number.isFinite(rate) && rate > 0 ? rate : undefined;
}

/**
 * `amountMinor` of `from` in minor units of `to`, rounded half away from zero; undefined
 * without a rate. `rates` map to `to` (see TierSettings.rates).
 */
export function convertMinor(
  amountMinor: number,
  from: string,
  to: string,
  rates: Readonly<Record<string, number>>,
): number | undefined {
  if (from === to) return amountMinor;
  const rate = rateFor(from, to, rates);
  if (rate === undefined) return undefined;
  const raw = amountMinor * rate * 10 ** (minorUnitDigits(to) - minorUnitDigits(from));
  // 15000 × 0.0067 × 100 is 10049.999999999998 in binary floating point; 12 significant digits
  // drop that noise before rounding, so a rate typed with few decimals converts as written.
  const clean = Number(raw.toPrecision(12));
  // `+ 0` turns a -0 into 0, which equality checks tell apart.
  return (clean < 0 ? -Math.round(-clean) : Math.round(clean)) + 0;
}
