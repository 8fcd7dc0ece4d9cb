import { Field } from '../../components/Field';
import type { Settings } from '../../lib/core';
import { t } from '../../lib/i18n';
import type { SectionProps } from './section';

type Choice = Settings['uiLanguage'];

/** The language of Relance itself, and the one reminders use for a client Relance has not met yet. */
export function LanguageSection({ lang, draft, update }: SectionProps) {
  return (
    <fieldset data-relance="settings-language">
      <legend>{t('settingsLanguage', lang)}</legend>
      <Field label={t('settingsUiLanguage', lang)} name="uiLanguage">
        <select value={draft.uiLanguage} data-relance-setting="uiLanguage" onChange={(e) => update({ uiLanguage: e.currentTarget.value as Choice })}>
          <option value="auto">{t('settingsLangAuto', lang)}</option>
          <option value="fr">{t('settingsLangFr', lang)}</option>
          <option value="en">{t('settingsLangEn', lang)}</option>
        </select>
      </Field>
      <Field label={t('settingsClientLanguage', lang)} name="defaultClientLanguage">
        <select value={draft.defaultClientLanguage} data-relance-setting="defaultClientLanguage" onChange={(e) => update({ defaultClientLanguage: e.currentTarget.value as Choice })}>
          <option value="auto">{t('settingsClientLangAuto', lang)}</option>
          <option value="fr">{t('settingsLangFr', lang)}</option>
          <option value="en">{t('settingsLangEn', lang)}</option>
        </select>
      </Field>
    </fieldset>
  );
}
