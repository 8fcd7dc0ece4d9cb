export type UiLanguage = 'fr' | 'en';

/**
 * The UI language: the user's choice in settings, else the browser's. `browser.i18n` alone cannot
 * switch language at run time, so the catalogs are bundled and read by `t`.
 */
export function uiLanguage(choice: 'auto' | UiLanguage = 'auto', browserLanguage?: string): UiLanguage {
  if (choice !== 'auto') return choice;
  const lang = browserLanguage ?? browserUiLanguage() ?? 'fr';
  return lang.toLowerCase().startsWith('en') ? 'en' : 'fr';
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

/** The language to write to a client whose language is not known: the setting, else the UI language. */
export function clientLanguage(
  client: { language?: UiLanguage } | undefined,
  settings: { uiLanguage: 'auto' | UiLanguage; defaultClientLanguage: 'auto' | UiLanguage },
): UiLanguage {
  if (client?.language) return client.language;
  return settings.defaultClientLanguage === 'auto' ? uiLanguage(settings.uiLanguage) : settings.defaultClientLanguage;
}
