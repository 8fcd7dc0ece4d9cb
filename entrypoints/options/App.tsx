import { useEffect, useState, type FormEvent } from 'react';
import type { Settings } from '../../lib/core';
import { getSettings } from '../../lib/db';
import { t, uiLanguage, type UiLanguage } from '../../lib/i18n';
import { send } from '../../lib/messaging/send';
import { DataSection } from './DataSection';
import { EInvoiceSection } from './EInvoiceSection';
import { RecipesSection } from './RecipesSection';
import { SitesSection } from './SitesSection';
import { TemplatesSection } from './TemplatesSection';

export function App() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState('');
  const reload = () => void getSettings().then(setSettings);
  useEffect(reload, []);
  if (!settings) return null;
  const lang: UiLanguage = uiLanguage(settings.uiLanguage);
  document.documentElement.lang = lang;

  const save = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    try {
      const next = await send<Settings>({
        type: 'ui:saveSettings',
        settings: {
          company: { name: String(form.get('name')), signature: String(form.get('signature')), iban: String(form.get('iban')) },
          checkHour: Number(form.get('checkHour')),
        },
      });
      setSettings(next);
      setStatus(t('optionsSaved', lang));
    } catch (error) {
      setStatus(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <main className="options">
      <h1>{t('optionsTitle', lang)}</h1>
      <form onSubmit={(e) => void save(e)}>
        <fieldset>
          <legend>{t('optionsCompany', lang)}</legend>
          <label>{t('optionsCompanyName', lang)}<input name="name" defaultValue={settings.company.name} maxLength={200} /></label>
          <label>{t('optionsSignature', lang)}<textarea name="signature" defaultValue={settings.company.signature} rows={3} maxLength={2000} /></label>
          <label>{t('optionsIban', lang)}<input name="iban" defaultValue={settings.company.iban} maxLength={40} /></label>
        </fieldset>
        <fieldset>
          <legend>{t('optionsSchedule', lang)}</legend>
          <label>{t('optionsCheckHour', lang)}<input name="checkHour" type="number" min={0} max={23} defaultValue={settings.checkHour} /></label>
        </fieldset>
        <button type="submit">{t('optionsSave', lang)}</button> <span role="status">{status}</span>
      </form>
      <SitesSection lang={lang} settings={settings} onChange={reload} />
      <RecipesSection lang={lang} settings={settings} onChange={reload} />
      <TemplatesSection lang={lang} />
      <EInvoiceSection lang={lang} defaultPaymentTermsDays={settings.defaultPaymentTermsDays} />
      <DataSection lang={lang} />
    </main>
  );
}
