import { Field } from '../../components/Field';
import type { Settings } from '../../lib/core';
import { t, type UiLanguage } from '../../lib/i18n';
import { DEFAULT_RATES, lateCharges, RATE_KEYS, type RateKey, type RateTable } from '../../lib/legal';
import { frenchFloorWarning } from '../../lib/settings/form';
import type { SectionProps } from './section';

const RATE_LABEL = { ecb: 'settingsRateEcb', frLegalPro: 'settingsRateFrLegal', boe: 'settingsRateBoe' } as const;

/** The regime, the dated reference rates (defaults shown, each correctable) and an agreed rate. */
export function LawSection({ lang, draft, errors, today, update }: SectionProps) {
  const legal = draft.legal;
  const table: RateTable = legal.rates ?? DEFAULT_RATES;
  const setRate = (period: string, key: RateKey, value: number) => {
    const entry = { ...table[period] };
    if (Number.isNaN(value)) delete entry[key];
    else entry[key] = value;
    update({ legal: { rates: { ...table, [period]: entry } } });
  };
  const applied = errors['legal.rates']
    ? null
    : lateCharges({
        amountDue: { minor: 100, currency: 'EUR' },
        dueDate: today,
        today,
        regime: legal.regime,
        ratePercent: legal.ratePercent,
        rates: table,
      }).ratePercent;
  const floor = frenchFloorWarning(draft, today, lang);
  return (
    <fieldset data-relance="settings-law">
      <legend>{t('settingsLaw', lang)}</legend>
      <Field label={t('settingsRegime', lang)} name="legal.regime">
        <select
          value={legal.regime}
          data-relance-setting="legal.regime"
          onChange={(e) => update({ legal: { regime: e.currentTarget.value as Settings['legal']['regime'] } })}
        >
          <option value="FR">{t('settingsRegimeFR', lang)}</option>
          <option value="EU">{t('settingsRegimeEU', lang)}</option>
          <option value="UK">{t('settingsRegimeUK', lang)}</option>
        </select>
      </Field>
      <Field
        label={t('settingsOverrideRate', lang)}
        name="legal.ratePercent"
        error={errors['legal.ratePercent']}
        hint={t('settingsOverrideHint', lang)}
      >
        <input
          type="number"
          step="0.01"
          value={legal.ratePercent ?? ''}
          data-relance-setting="legal.ratePercent"
          onChange={(e) => update({ legal: { ratePercent: e.currentTarget.value === '' ? undefined : e.currentTarget.valueAsNumber } })}
        />
      </Field>
      {floor && (
        <p className="error" role="alert" data-relance-error="legal.floor">
          {floor}
        </p>
      )}
      {applied !== null && (
        <p data-relance="rate-today">{t('settingsRateToday', lang, lang === 'fr' ? String(applied).replace('.', ',') : String(applied))}</p>
      )}
      <details>
        <summary>{t('settingsRates', lang)}</summary>
        <p className="hint">{t('settingsRatesSources', lang)}</p>
        <RatesTable lang={lang} table={table} setRate={setRate} />
        {errors['legal.rates'] && (
          <p className="error" role="alert">
            {errors['legal.rates']}
          </p>
        )}
        <button type="button" onClick={() => update({ legal: { rates: undefined } })} disabled={!legal.rates}>
          {t('settingsRatesRestore', lang)}
        </button>
      </details>
    </fieldset>
  );
}

/** The dated rates, newest half-year first: the ones the user changed are marked, provisional ones starred. */
function RatesTable({
  lang,
  table,
  setRate,
}: {
  lang: UiLanguage;
  table: RateTable;
  setRate(period: string, key: RateKey, value: number): void;
}) {
  const periods = Object.keys(table).sort().reverse();
  return (
    <table className="rates" data-relance="rates">
      <thead>
        <tr>
          <th>{t('settingsHalfYear', lang)}</th>
          {RATE_KEYS.map((k) => (
            <th key={k}>{t(RATE_LABEL[k], lang)}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {periods.map((p) => (
          <tr key={p}>
            <th scope="row">{p}</th>
            {RATE_KEYS.map((k) => {
              const value = table[p]?.[k];
              const isDefault = value === DEFAULT_RATES[p]?.[k];
              return (
                <td key={k} className={isDefault ? 'default' : 'changed'}>
                  <input
                    type="number"
                    step="0.01"
                    aria-label={`${p} ${t(RATE_LABEL[k], lang)}`}
                    value={value ?? ''}
                    onChange={(e) => setRate(p, k, e.currentTarget.valueAsNumber)}
                  />
                  {table[p]?.provisional?.includes(k) ? '*' : ''}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
