/**
 * The Customer tiers form as strings the seller types, and back: each field parsed and
 * bounded on its own, and only what differs from DOMAIN.md §3's defaults saved, so that a
 * rule the seller never touched follows the defaults of later versions.
 */

import { MARKETPLACES } from '@/lib/locale/marketplaces';
import { minorUnitDigits } from '@/lib/locale/money';
import { DEFAULT_TIER_SETTINGS, type TierSettings, type TierSettingsInput } from '@/lib/tiers';
import type { MessageKey } from '../i18n';

type Group = 'highValue' | 'top20' | 'potential' | 'churnRisk' | 'complaintRisk';

export interface FieldSpec {
  id: string;
  group?: Group;
  name: string;
  label: MessageKey;
  kind: 'int' | 'number';
  min: number;
  max: number;
}

/** Bounds within the stored schema's (settings.ts), stricter where 0 would make a rule absurd. */
export const FIELDS = {
  highValue: [
    {
      id: 'hv-min-orders',
      group: 'highValue',
      name: 'minOrders',
      label: 'fieldMinOrders',
      kind: 'int',
      min: 1,
      max: 100_000,
    },
    {
      id: 'hv-window-days',
      group: 'highValue',
      name: 'windowDays',
      label: 'fieldWindowDays',
      kind: 'int',
      min: 1,
      max: 3650,
    },
    {
      id: 'hv-max-return-rate',
      group: 'highValue',
      name: 'maxReturnRatePercentBelow',
      label: 'fieldMaxReturnRate',
      kind: 'number',
      min: 0,
      max: 100,
    },
  ],
  top20: [
    {
      id: 'top-share',
      group: 'top20',
      name: 'sharePercent',
      label: 'fieldTopShare',
      kind: 'number',
      min: 1,
      max: 100,
    },
    {
      id: 'top-min-customers',
      group: 'top20',
      name: 'minCustomers',
      label: 'fieldTopMinCustomers',
      kind: 'int',
      min: 0,
      max: 100_000,
    },
  ],
  potential: [
    {
      id: 'potential-max-orders',
      group: 'potential',
      name: 'maxOrders',
      label: 'fieldPotentialMaxOrders',
      kind: 'int',
      min: 1,
      max: 100_000,
    },
  ],
  churnRisk: [
    {
      id: 'churn-after-days',
      group: 'churnRisk',
      name: 'afterDays',
      label: 'fieldChurnAfterDays',
      kind: 'int',
      min: 1,
      max: 3650,
    },
  ],
  complaintRisk: [
    {
      id: 'complaint-min-atoz',
      group: 'complaintRisk',
      name: 'minAtozClaims',
      label: 'fieldMinAtoz',
      kind: 'int',
      min: 1,
      max: 100_000,
    },
    {
      id: 'complaint-min-negative',
      group: 'complaintRisk',
      name: 'minNegativeFeedback',
      label: 'fieldMinNegative',
      kind: 'int',
      min: 1,
      max: 100_000,
    },
    {
      id: 'complaint-min-issues',
      group: 'complaintRisk',
      name: 'minIssues',
      label: 'fieldMinIssues',
      kind: 'int',
      min: 1,
      max: 100_000,
    },
  ],
  general: [
    {
      id: 'min-history-days',
      name: 'minHistoryDays',
      label: 'fieldMinHistoryDays',
      kind: 'int',
      min: 0,
      max: 3650,
    },
  ],
} as const satisfies Record<string, readonly FieldSpec[]>;

export const ALL_FIELDS: readonly FieldSpec[] = Object.values(FIELDS).flat();

/** The marketplaces' currencies, and the ones sellers commonly keep books in. */
export const CURRENCIES: readonly string[] = [
  ...new Set(['USD', 'CNY', 'EUR', 'GBP', 'JPY', 'HKD', ...MARKETPLACES.map((m) => m.currency)]),
];

export interface TierDraft {
  /** By FieldSpec.id. */
  fields: Record<string, string>;
  currency: string;
  minLifetime: string;
  minLifetimeCurrency: string;
  /** By currency code; '' is unknown. */
  rates: Record<string, string>;
}

export type FieldError = { key: MessageKey; args: (string | number)[] };

const fieldValue = (settings: TierSettings, f: FieldSpec): number =>
  f.group
    ? ((settings[f.group] as unknown as Record<string, number>)[f.name] ?? 0)
    : ((settings as unknown as Record<string, number>)[f.name] ?? 0);

const majorUnits = (amountMinor: number, currency: string): string => {
  const digits = minorUnitDigits(currency);
  return (amountMinor / 10 ** digits).toFixed(digits);
};

export function draftOf(settings: TierSettings): TierDraft {
  const fields: Record<string, string> = {};
  for (const f of ALL_FIELDS) fields[f.id] = String(fieldValue(settings, f));
  const rates: Record<string, string> = {};
  for (const [currency, rate] of Object.entries(settings.rates)) rates[currency] = String(rate);
  return {
    fields,
    currency: settings.currency,
    minLifetime: majorUnits(
      settings.highValue.minLifetime.amountMinor,
      settings.highValue.minLifetime.currency,
    ),
    minLifetimeCurrency: settings.highValue.minLifetime.currency,
    rates,
  };
}

/** "1,08" is how half the world types 1.08. */
const decimal = (text: string) => {
  const s = text.trim();
  return s.includes('.') ? s : s.replace(',', '.');
};

export function parseField(text: string, f: Pick<FieldSpec, 'kind' | 'min' | 'max'>): number | FieldError {
  const s = decimal(text);
  const ok = f.kind === 'int' ? /^\d+$/.test(s) : /^\d+(\.\d+)?$/.test(s);
  const n = Number(s);
  if (!ok || !Number.isFinite(n) || n < f.min || n > f.max)
    return { key: f.kind === 'int' ? 'errWholeNumber' : 'errNumber', args: [f.min, f.max] };
  return n;
}

export function parseAmount(text: string, currency: string): number | FieldError {
  const digits = minorUnitDigits(currency);
  const s = decimal(text);
  const pattern = digits === 0 ? /^\d+$/ : new RegExp(`^\\d+(\\.\\d{1,${digits}})?$`);
  if (!pattern.test(s) || Number(s) > 1e9) return { key: 'errAmount', args: [] };
  const [whole = '0', fraction = ''] = s.split('.');
  return Number(whole) * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
}

/** '' is unknown (no rate); anything else must be a positive number. */
export function parseRate(text: string): number | undefined | FieldError {
  const s = decimal(text);
  if (s === '') return undefined;
  const n = Number(s);
  if (!/^\d*\.?\d+(e-?\d+)?$/i.test(s) || !Number.isFinite(n) || n <= 0 || n > 1e6)
    return { key: 'errRate', args: [] };
  return n;
}

const isError = (v: unknown): v is FieldError => typeof v === 'object' && v !== null && 'key' in v;

/** The settings the draft stands for, or the errors by field id ('min-lifetime', 'rate-EUR'…). */
export function readDraft(
  draft: TierDraft,
): { settings: TierSettings } | { errors: Record<string, FieldError> } {
  const errors: Record<string, FieldError> = {};
  const next = structuredClone(DEFAULT_TIER_SETTINGS) as TierSettings & Record<string, unknown>;
  next.currency = draft.currency;
  for (const f of ALL_FIELDS) {
    const v = parseField(draft.fields[f.id] ?? '', f);
    if (isError(v)) errors[f.id] = v;
    else if (f.group) (next[f.group] as unknown as Record<string, number>)[f.name] = v;
    else next[f.name] = v;
  }
  const amount = parseAmount(draft.minLifetime, draft.minLifetimeCurrency);
  if (isError(amount)) errors['min-lifetime'] = amount;
  else next.highValue.minLifetime = { amountMinor: amount, currency: draft.minLifetimeCurrency };
  const rates: Record<string, number> = {};
  for (const [currency, text] of Object.entries(draft.rates)) {
    if (currency === draft.currency) continue;
    const rate = parseRate(text);
    if (isError(rate)) errors[`rate-${currency}`] = rate;
    else if (rate !== undefined) rates[currency] = rate;
  }
  next.rates = rates;
  return Object.keys(errors).length > 0 ? { errors } : { settings: next };
}

/** Only what differs from the defaults: what `writeSettings(db, { tiers })` keeps. */
export function changesFromDefaults(settings: TierSettings): TierSettingsInput {
  const d = DEFAULT_TIER_SETTINGS;
  const out: TierSettingsInput & Record<string, unknown> = {};
  if (settings.currency !== d.currency) out.currency = settings.currency;
  if (Object.keys(settings.rates).length > 0) out.rates = { ...settings.rates };
  for (const group of ['highValue', 'top20', 'potential', 'churnRisk', 'complaintRisk'] as const) {
    const changed: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(settings[group])) {
      const base = (d[group] as unknown as Record<string, unknown>)[k];
      if (JSON.stringify(v) !== JSON.stringify(base)) changed[k] = v;
    }
    if (Object.keys(changed).length > 0) out[group] = changed;
  }
  if (settings.minHistoryDays !== d.minHistoryDays) out.minHistoryDays = settings.minHistoryDays;
  return out;
}
