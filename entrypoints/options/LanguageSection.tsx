import { Field } from '../../components/Field';
import type { Settings } from '../../lib/core';
import { t, type MessageKey, type UiLanguage } from '../../lib/i18n';
import type { SectionProps } from './section';

type Choice = Settings['uiLanguage'];
type LanguageSetting = 'uiLanguage' | 'defaultClientLanguage';

/** The language of Relance itself, and the one reminders use for a client Relance has not met yet. */
export function LanguageSection({ lang, draft, update }: SectionProps) {
  const select = (setting: LanguageSetting, label: MessageKey, auto: MessageKey) => (
    <LanguageSelect
      lang={lang}
      setting={setting}
      label={label}
      auto={auto}
      value={draft[setting]}
      onChange={(value) => update({ [setting]: value })}
    />
  );
  return (
    <fieldset data-relance="settings-language">
      <legend>{t('settingsLanguage', lang)}</legend>
      {select('uiLanguage', 'settingsUiLanguage', 'settingsLangAuto')}
      {select('defaultClientLanguage', 'settingsClientLanguage', 'settingsClientLangAuto')}
    </fieldset>
  );
}

interface LanguageSelectProps {
  lang: UiLanguage;
  setting: LanguageSetting;
  label: MessageKey;
  /** What "automatic" means for this setting. */
  auto: MessageKey;
  value: Choice;
  onChange(value: Choice): void;
}

function LanguageSelect({ lang, setting, label, auto, value, onChange }: LanguageSelectProps) {
  return (
    <Field label={t(label, lang)} name={setting}>
      <select value={value} data-relance-setting={setting} onChange={(e) => onChange(e.currentTarget.value as Choice)}>
        <option value="auto">{t(auto, lang)}</option>
        <option value="fr">{t('settingsLangFr', lang)}</option>
        <option value="en">{t('settingsLangEn', lang)}</option>
      </select>
    </Field>
  );
}
