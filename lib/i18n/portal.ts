// The portal content script's strings (the pill, its preview, the teaching panel and the field
// names it asks for): the `_locales` messages whose keys start with `pill`, `teach` or `field`,
// picked at build time (scripts/catalog-keys.mjs). The mail scripts' and the manifest's strings
// stay out of every portal page.
import en from '../../public/_locales/en/messages.json?keys=pill,teach,field';
import fr from '../../public/_locales/fr/messages.json?keys=pill,teach,field';
import type { ContentMessageKey } from './content';
import type { UiLanguage } from './language';
import { translate } from './translate';

export type PortalMessageKey = Extract<ContentMessageKey, `pill${string}` | `teach${string}` | `field${string}`>;
export { localeOf, type UiLanguage } from './language';

/** `t('pillTrack', 'fr')` → "Suivre". */
export function t(key: PortalMessageKey, lang: UiLanguage, ...subs: (string | number)[]): string {
  return translate({ en, fr }, key, lang, subs);
}
