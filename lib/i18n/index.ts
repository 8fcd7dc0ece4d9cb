// Every string, for the extension's own pages and the background: the content scripts' catalogs
// (public/_locales) and the pages' (pages.*.json). Content-script code imports ./content instead.
import en from '../../public/_locales/en/messages.json';
import fr from '../../public/_locales/fr/messages.json';
import pagesEn from './pages.en.json';
import pagesFr from './pages.fr.json';
import { translate, type Catalog } from './translate';
import type { UiLanguage } from './language';

export type MessageKey = keyof typeof en | keyof typeof pagesEn;
export { clientLanguage, localeOf, uiLanguage, type UiLanguage } from './language';

const CATALOGS: Record<UiLanguage, Catalog> = { en: { ...en, ...pagesEn }, fr: { ...fr, ...pagesFr } };

/** `t('popupDaysLate', 'fr', 9)` → "9 j de retard". Substitutions follow chrome.i18n's `$1` rules. */
export function t(key: MessageKey, lang: UiLanguage, ...subs: (string | number)[]): string {
  return translate(CATALOGS, key, lang, subs);
}
