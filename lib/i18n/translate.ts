import type { UiLanguage } from './language';

export type Catalog = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

/** `$COUNT$` in a message becomes its placeholder's substitution, as chrome.i18n does with `$1`. */
export function translate(
  catalogs: Record<UiLanguage, Catalog>,
  key: string,
  lang: UiLanguage,
  subs: readonly (string | number)[],
): string {
  const entry = catalogs[lang][key] ?? catalogs.en[key];
  if (!entry) return key;
  return entry.message.replace(/\$([A-Z_]+)\$/g, (whole, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content;
    const index = content ? Number(content.slice(1)) - 1 : -1;
    return index >= 0 && index < subs.length ? String(subs[index]) : whole;
  });
}
