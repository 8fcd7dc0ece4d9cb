// The Track preview's strings only (the `_locales` messages whose keys start with `preview`): the
// preview is its own script (entrypoints/preview), loaded on a site's first Track.
import en from '../../public/_locales/en/messages.json?keys=preview';
import fr from '../../public/_locales/fr/messages.json?keys=preview';
import type { ContentMessageKey } from './content';
import type { UiLanguage } from './language';
import { translate } from './translate';

export type PreviewMessageKey = Extract<ContentMessageKey, `preview${string}`>;
export { localeOf, type UiLanguage } from './language';

/** `t('previewColClient', 'fr')` → "Client". */
export function t(key: PreviewMessageKey, lang: UiLanguage, ...subs: (string | number)[]): string {
  return translate({ en, fr }, key, lang, subs);
}
