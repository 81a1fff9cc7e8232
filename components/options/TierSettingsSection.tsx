import { type FormEvent, useRef, useState } from 'react';
import { marketplaceByCode } from '@/lib/locale/marketplaces';
import { DEFAULT_TIER_SETTINGS, type TierSettings, type TierSettingsInput } from '@/lib/tiers';
import { tierName } from '../customers/wording';
import { t } from '../i18n';
import {
  CURRENCIES,
  changesFromDefaults,
  draftOf,
  FIELDS,
  type FieldError,
  type FieldSpec,
  parseAmount,
  parseField,
  parseRate,
  readDraft,
  type TierDraft,
} from './tier-form';

export interface TierSettingsSectionProps {
  /** The rules in force (the seller's changes over the defaults). */
  value: TierSettings;
  /** Saves only what differs from the defaults. */
  onSave: (input: TierSettingsInput) => Promise<void>;
  /** Marketplaces the stored customers buy in: their currencies' rates are the ones needed. */
  marketplaces?: readonly string[];
}

const errorText = (e: FieldError) => t(e.key, ...e.args);

/** The tier rules, the comparison currency and the seller's own exchange rates. */
export function TierSettingsSection({ value, onSave, marketplaces = [] }: TierSettingsSectionProps) {
  const [draft, setDraft] = useState<TierDraft>(() => draftOf(value));
  const [outcome, setOutcome] = useState<
    { ok: true } | { ok: false; count: number } | { ok: false; failed: string } | undefined
  >();
  const [cleared, setCleared] = useState<string | undefined>();
  const form = useRef<HTMLFormElement>(null);
  const change = (next: Partial<TierDraft>) => {
    setDraft((d) => ({ ...d, ...next }));
    setOutcome(undefined);
  };
  const currencies = [...new Set([...CURRENCIES, draft.currency, draft.minLifetimeCurrency])];
  // Currency → the marketplaces that use it, for the currencies the seller's buyers pay in.
  const usedBy = new Map<string, string[]>();
  for (const code of marketplaces) {
    const currency = marketplaceByCode(code)?.currency;
    if (currency) usedBy.set(currency, [...(usedBy.get(currency) ?? []), code]);
  }
  const rateRows = [...new Set([...usedBy.keys(), ...currencies, ...Object.keys(draft.rates)])].filter(
    (c) => c !== draft.currency,
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const read = readDraft(draft);
    if ('errors' in read) {
      setOutcome({ ok: false, count: Object.keys(read.errors).length });
      form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    try {
      await onSave(changesFromDefaults(read.settings));
      setOutcome({ ok: true });
    } catch (error) {
      setOutcome({ ok: false, failed: error instanceof Error ? error.name || error.message : String(error) });
    }
  };

  const field = (f: FieldSpec) => {
    const text = draft.fields[f.id] ?? '';
    const parsed = parseField(text, f);
    return (
      <NumberField
        key={f.id}
        id={f.id}
        label={t(f.label)}
        value={text}
        error={typeof parsed === 'number' ? undefined : parsed}
        onChange={(v) => change({ fields: { ...draft.fields, [f.id]: v } })}
      />
    );
  };
  const amount = parseAmount(draft.minLifetime, draft.minLifetimeCurrency);

  return (
    <section aria-labelledby="sl-tiers-heading" className="sl-tier-settings">
      <h2 id="sl-tiers-heading">{t('tiersHeading')}</h2>
      <p>{t('tiersIntro')}</p>
      <form ref={form} onSubmit={submit} noValidate>
        <label className="sl-field">
          <span>{t('tiersCurrencyLabel')}</span>
          <select
            id="tiers-currency"
            value={draft.currency}
            onChange={(e) => {
              const currency = e.target.value;
              // Rates are "per one unit, in the comparison currency": a new currency voids them all.
              const hadRates = Object.values(draft.rates).some((r) => r.trim() !== '');
              change({ currency, rates: {} });
              setCleared(hadRates ? currency : undefined);
            }}
          >
            {currencies.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </label>

        <fieldset>
          <legend>{t('ratesHeading')}</legend>
          <p className="sl-hint">{t('ratesIntro')}</p>
          {cleared ? (
            <p role="status" data-testid="rates-cleared">
              {t('ratesCleared', cleared)}
            </p>
          ) : null}
          <div className="sl-rates">
            {rateRows.map((c) => {
              const text = draft.rates[c] ?? '';
              const parsed = parseRate(text);
              const used = usedBy.get(c);
              const noteText = used
                ? parsed === undefined
                  ? t('rateUsedMissing', used.join(', '))
                  : t('rateUsedBy', used.join(', '))
                : c === draft.minLifetimeCurrency
                  ? t('rateNeededByThreshold', c)
                  : undefined;
              return (
                <NumberField
                  key={c}
                  id={`rate-${c}`}
                  label={t('rateLabel', c, draft.currency)}
                  value={text}
                  error={typeof parsed === 'object' ? parsed : undefined}
                  onChange={(v) => change({ rates: { ...draft.rates, [c]: v } })}
                  {...(noteText ? { note: { text: noteText, missing: parsed === undefined } } : {})}
                />
              );
            })}
          </div>
        </fieldset>

        <fieldset>
          <legend>{tierName('high-value')}</legend>
          {FIELDS.highValue.slice(0, 2).map(field)}
          <NumberField
            id="min-lifetime"
            label={t('fieldMinLifetime')}
            value={draft.minLifetime}
            error={typeof amount === 'number' ? undefined : amount}
            onChange={(minLifetime) => change({ minLifetime })}
          />
          <label className="sl-field">
            <span>{t('fieldMinLifetimeCurrency')}</span>
            <select
              id="min-lifetime-currency"
              value={draft.minLifetimeCurrency}
              onChange={(e) => change({ minLifetimeCurrency: e.target.value })}
            >
              {currencies.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          </label>
          {FIELDS.highValue.slice(2).map(field)}
        </fieldset>
        <fieldset>
          <legend>{tierName('top-20')}</legend>
          {FIELDS.top20.map(field)}
        </fieldset>
        <fieldset>
          <legend>{tierName('potential')}</legend>
          {FIELDS.potential.map(field)}
        </fieldset>
        <fieldset>
          <legend>{tierName('churn-risk')}</legend>
          {FIELDS.churnRisk.map(field)}
        </fieldset>
        <fieldset>
          <legend>{tierName('complaint-risk')}</legend>
          {FIELDS.complaintRisk.map(field)}
        </fieldset>
        <fieldset>
          <legend>{t('tiersGeneral')}</legend>
          {FIELDS.general.map(field)}
        </fieldset>

        <p className="sl-actions">
          <button type="submit">{t('tiersSave')}</button>
          <button
            type="button"
            onClick={() => {
              change(draftOf(DEFAULT_TIER_SETTINGS));
              setCleared(undefined);
            }}
          >
            {t('tiersReset')}
          </button>
        </p>
        {outcome?.ok === true ? (
          <p role="status" className="sl-ok" data-testid="tiers-outcome" data-state="saved">
            {t('tiersSaved')}
          </p>
        ) : outcome && 'failed' in outcome ? (
          <p role="alert" className="sl-error" data-testid="tiers-outcome" data-state="failed">
            {t('tiersSaveFailed', outcome.failed)}
          </p>
        ) : outcome && 'count' in outcome ? (
          <p
            role="alert"
            className="sl-error"
            data-testid="tiers-outcome"
            data-state="invalid"
            data-count={outcome.count}
          >
            {t('tiersInvalid', outcome.count)}
          </p>
        ) : null}
      </form>
    </section>
  );
}

function NumberField(props: {
  id: string;
  label: string;
  value: string;
  error: FieldError | undefined;
  onChange: (value: string) => void;
  /** Said under the field (e.g. which buyers need a rate); `missing` marks it as a gap. */
  note?: { text: string | undefined; missing: boolean };
}) {
  const { id, label, value, error, onChange, note } = props;
  const described = [error ? `${id}-error` : '', note?.text ? `${id}-note` : ''].filter(Boolean).join(' ');
  return (
    <div
      className="sl-field"
      {...(note ? { 'data-used': 'true', 'data-missing': String(note.missing) } : {})}
    >
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={described || undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      {error ? (
        <span id={`${id}-error`} className="sl-error" data-error={error.key}>
          {errorText(error)}
        </span>
      ) : null}
      {note?.text ? (
        <span id={`${id}-note`} className={note.missing ? 'sl-note sl-missing' : 'sl-note'}>
          {note.text}
        </span>
      ) : null}
    </div>
  );
}
