import en from '../../public/_locales/en/messages.json';
import fr from '../../public/_locales/fr/messages.json';

export type MessageKey = keyof typeof en;
export type UiLanguage = 'fr' | 'en';
type Catalog = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const CATALOGS: Record<UiLanguage, Catalog> = { en, fr };

/**
 * The UI language: the user's choice in settings, else the browser's. `browser.i18n` alone cannot
 * switch language at run time, so the same `_locales` catalogs are bundled and read here.
 */
export function uiLanguage(choice: 'auto' | UiLanguage = 'auto', browserLanguage?: string): UiLanguage {
  if (choice !== 'auto') return choice;
  const lang = browserLanguage ?? browserUiLanguage() ?? 'fr';
  return lang.toLowerCase().startsWith('en') ? 'en' : 'fr';
}

/** The language to write to a client whose language is not known: the setting, else the UI language. */
export function clientLanguage(client: { language?: UiLanguage } | undefined, settings: { uiLanguage: 'auto' | UiLanguage; defaultClientLanguage: 'auto' | UiLanguage }): UiLanguage {
  if (client?.language) return client.language;
  return settings.defaultClientLanguage === 'auto' ? uiLanguage(settings.uiLanguage) : settings.defaultClientLanguage;
}

/** `t('popupDaysLate', 'fr', 9)` → "9 j de retard". Substitutions follow chrome.i18n's `$1` rules. */
export function t(key: MessageKey, lang: UiLanguage, ...subs: (string | number)[]): string {
  const entry = CATALOGS[lang][key] ?? CATALOGS.en[key];
  if (!entry) return key;
  return entry.message.replace(/\$([A-Z_]+)\$/g, (whole, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content;
    const index = content ? Number(content.slice(1)) - 1 : -1;
    return index >= 0 && index < subs.length ? String(subs[index]) : whole;
  });
}

/** BCP 47 locale for Intl formatting. */
export function localeOf(lang: UiLanguage): string {
  return lang === 'fr' ? 'fr-FR' : 'en-GB';
}

function browserUiLanguage(): string | undefined {
  try {
    return typeof browser !== 'undefined' ? browser.i18n?.getUILanguage?.() : undefined;
  } catch {
    return undefined; // unit tests' fake browser has no i18n
  }
}
