// The strings of the content scripts (pill, teaching panel, compose button, picker): only the
// `_locales` catalogs, which hold these and the manifest's. The pages' strings (desk, settings…)
// are in pages.*.json, kept out of every page a content script runs on.
import en from '../../public/_locales/en/messages.json';
import fr from '../../public/_locales/fr/messages.json';
import { translate } from './translate';
import type { UiLanguage } from './language';

export type ContentMessageKey = keyof typeof en;
/** In content-script code, a message key is one of theirs. */
export type MessageKey = ContentMessageKey;
export { localeOf, uiLanguage, type UiLanguage } from './language';

/** `t('pillTrack', 'fr')` → "Suivre". */
export function t(key: ContentMessageKey, lang: UiLanguage, ...subs: (string | number)[]): string {
  return translate({ en, fr }, key, lang, subs);
}
