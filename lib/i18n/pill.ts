// The pill's strings only (the `_locales` messages whose keys start with `pill`): the portal
// content script runs on every page of a portal and shows the pill; the teaching panel's and the
// field names' strings (lib/i18n/portal.ts) go with teach mode's own script.
import en from '../../public/_locales/en/messages.json?keys=pill';
import fr from '../../public/_locales/fr/messages.json?keys=pill';
import type { ContentMessageKey } from './content';
import type { UiLanguage } from './language';
import { translate } from './translate';

export type PillMessageKey = Extract<ContentMessageKey, `pill${string}`>;
export { localeOf, type UiLanguage } from './language';

/** `t('pillTrack', 'fr')` → "Suivre". */
export function t(key: PillMessageKey, lang: UiLanguage, ...subs: (string | number)[]): string {
  return translate({ en, fr }, key, lang, subs);
}
