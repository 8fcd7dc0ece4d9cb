import { useEffect, useState } from 'react';
import type { Settings } from '../../lib/core';
import { today as todayOf } from '../../lib/clock';
import { getSettings } from '../../lib/db';
import { t, uiLanguage, type UiLanguage } from '../../lib/i18n';
import { send } from '../../lib/messaging/send';
import { settingsErrors, settingsPatch } from '../../lib/settings/form';
import { CompanySection } from './CompanySection';
import { CsvImportSection } from './CsvImportSection';
import { DataSection } from './DataSection';
import { EInvoiceSection } from './EInvoiceSection';
import { LanguageSection } from './LanguageSection';
import { LawSection } from './LawSection';
import { RecipesSection } from './RecipesSection';
import { ScheduleSection } from './ScheduleSection';
import { SitesSection } from './SitesSection';
import { TemplatesSection } from './TemplatesSection';
import type { SectionProps } from './section';

/** One level deep, as saveSettings merges: `{ company: { iban } }` keeps the company's name. */
function merge(draft: Settings, change: Parameters<SectionProps['update']>[0]): Settings {
  const next: Record<string, unknown> = { ...draft };
  for (const [key, value] of Object.entries(change)) {
    const before = next[key];
    next[key] =
      before && typeof before === 'object' && !Array.isArray(before) && value && typeof value === 'object' && !Array.isArray(value)
        ? { ...before, ...value }
        : value;
  }
  return next as Settings;
}

export function App() {
  const [saved, setSaved] = useState<Settings | null>(null);
  const [draft, setDraft] = useState<Settings | null>(null);
  const [today, setToday] = useState('');
  const [status, setStatus] = useState('');
  const reload = () =>
    void getSettings().then((s) => {
      setSaved(s);
      setDraft(s);
    });
  useEffect(reload, []);
  useEffect(() => void todayOf().then(setToday), []);
  if (!saved || !draft || !today) return null;
  const lang: UiLanguage = uiLanguage(saved.uiLanguage);
  document.documentElement.lang = lang;
  const errors = settingsErrors(draft, lang);
  const hasErrors = Object.keys(errors).length > 0;
  const update: SectionProps['update'] = (change) => {
    setDraft((d) => (d ? merge(d, change) : d));
    setStatus('');
  };
  const props: SectionProps = { lang, draft, errors, today, update };

  const save = async () => {
    if (hasErrors) return setStatus(t('settingsFixErrors', lang));
    try {
      const next = await send({ type: 'ui:saveSettings', settings: settingsPatch(draft) });
      setSaved(next);
      setDraft(next);
      setStatus(t('optionsSaved', lang));
    } catch (error) {
      setStatus(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <main className="options" lang={lang}>
      <h1>{t('optionsTitle', lang)}</h1>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
        noValidate
      >
        <CompanySection {...props} />
        <ScheduleSection {...props} />
        <LawSection {...props} />
        <LanguageSection {...props} />
        <div className="save-bar">
          <button type="submit" data-relance-action="save-settings" disabled={hasErrors}>
            {t('optionsSave', lang)}
          </button>{' '}
          <span role="status" data-relance="settings-status">
            {status || (hasErrors ? t('settingsFixErrors', lang) : '')}
          </span>
        </div>
      </form>
      <TemplatesSection lang={lang} settings={draft} today={today} />
      <SitesSection lang={lang} settings={saved} onChange={reload} />
      <RecipesSection lang={lang} settings={saved} onChange={reload} />
      <EInvoiceSection lang={lang} defaultPaymentTermsDays={saved.defaultPaymentTermsDays} />
      <DataSection lang={lang} />
      <CsvImportSection lang={lang} settings={saved} />
    </main>
  );
}
