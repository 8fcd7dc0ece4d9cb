import { friendlyFormatIBAN } from 'ibantools';
import { Field } from '../../components/Field';
import { RenderedHtml } from '../../components/RenderedHtml';
import type { Settings } from '../../lib/core';
import { t } from '../../lib/i18n';
import { ibanToStore } from '../../lib/settings/form';
import { renderPaymentBlock } from '../../lib/templates';
import type { SectionProps } from './section';

type CompanyKey = keyof Settings['company'];

/** The company (letterhead, signature) and how clients pay it, with the payment block as a reminder shows it. */
export function CompanySection({ lang, draft, errors, today, update }: SectionProps) {
  const c = draft.company;
  const set = (key: CompanyKey, value: string) => update({ company: { [key]: value } });
  const input = (key: CompanyKey, label: string, extra: { type?: string; hint?: string; multiline?: boolean } = {}) => (
    <Field label={label} name={`company.${key}`} error={errors[`company.${key}`]} hint={extra.hint}>
      {extra.multiline ? (
        <textarea
          rows={3}
          value={c[key]}
          aria-invalid={!!errors[`company.${key}`]}
          data-relance-setting={`company.${key}`}
          onChange={(e) => set(key, e.currentTarget.value)}
        />
      ) : (
        <input
          type={extra.type ?? 'text'}
          value={c[key]}
          aria-invalid={!!errors[`company.${key}`]}
          data-relance-setting={`company.${key}`}
          onChange={(e) => set(key, e.currentTarget.value)}
        />
      )}
    </Field>
  );
  const grouped = c.iban && !errors['company.iban'] ? friendlyFormatIBAN(ibanToStore(c.iban)) : null;
  const preview = renderPaymentBlock(draft, lang, today);
  return (
    <>
      <fieldset data-relance="settings-company">
        <legend>{t('optionsCompany', lang)}</legend>
        {input('name', t('optionsCompanyName', lang))}
        {input('address', t('settingsAddress', lang), { multiline: true })}
        {input('phone', t('settingsPhone', lang), { type: 'tel' })}
        {input('email', t('settingsEmail', lang), { type: 'email' })}
        {input('signature', t('optionsSignature', lang), { multiline: true })}
      </fieldset>
      <fieldset data-relance="settings-payment">
        <legend>{t('settingsPayment', lang)}</legend>
        {input('iban', t('optionsIban', lang), { hint: grouped ? t('settingsIbanGrouped', lang, grouped) : undefined })}
        {input('bic', t('settingsBic', lang))}
        {input('chequePayee', t('settingsChequePayee', lang))}
        {input('chequeAddress', t('settingsChequeAddress', lang), { multiline: true })}
        {input('paymentLinkPattern', t('settingsPaymentLink', lang), { type: 'url', hint: t('settingsPaymentLinkHint', lang) })}
        <div className="preview">
          <p className="preview-title">{t('settingsPaymentPreview', lang)}</p>
          {preview ? (
            <RenderedHtml html={preview} data-relance="payment-preview" />
          ) : (
            <p className="hint" data-relance="payment-preview">
              {t('settingsPaymentPreviewEmpty', lang)}
            </p>
          )}
        </div>
      </fieldset>
    </>
  );
}
