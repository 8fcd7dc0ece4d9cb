import { describe, expect, it } from 'vitest';
import en from '../../../public/_locales/en/messages.json';
import { pickMessages } from '../../../scripts/catalog-keys.mjs';
import { t as contentT, type ContentMessageKey } from '../../../lib/i18n/content';
import { t as pillT, type PillMessageKey } from '../../../lib/i18n/pill';
import { t as portalT, type PortalMessageKey } from '../../../lib/i18n/portal';
import { t as previewT, type PreviewMessageKey } from '../../../lib/i18n/preview';

const PORTAL_PREFIXES = ['pill', 'teach', 'field'];
const portalKeys = (Object.keys(en) as ContentMessageKey[]).filter((k) =>
  PORTAL_PREFIXES.some((p) => k.startsWith(p)),
) as PortalMessageKey[];

describe('the portal content script’s catalogs', () => {
  it('keep the messages of the asked prefixes only, with their placeholders', () => {
    const picked = pickMessages(en, ['pill']);
    expect(Object.keys(picked).sort()).toEqual(
      Object.keys(en)
        .filter((k) => k.startsWith('pill'))
        .sort(),
    );
    expect(picked.pillInvoices).toEqual({ message: '$COUNT$ invoices', placeholders: { count: { content: '$1' } } });
    expect(picked).not.toHaveProperty('extName');
  });

  it('translate every portal key as the whole catalogs do, in both languages', () => {
    expect(portalKeys.length).toBeGreaterThan(10);
    for (const key of portalKeys) {
      for (const lang of ['en', 'fr'] as const) expect(portalT(key, lang, 7, 'x')).toBe(contentT(key, lang, 7, 'x'));
    }
  });

  it('give the pill its own messages, each as the whole catalogs say it', () => {
    const pillKeys = portalKeys.filter((k): k is PillMessageKey => k.startsWith('pill'));
    expect(pillKeys.length).toBeGreaterThan(5);
    for (const key of pillKeys) {
      for (const lang of ['en', 'fr'] as const) expect(pillT(key, lang, 7, 'x')).toBe(contentT(key, lang, 7, 'x'));
    }
  });

  it('give the Track preview (a script of its own) its messages, each as the whole catalogs say it', () => {
    const previewKeys = (Object.keys(en) as ContentMessageKey[]).filter((k): k is PreviewMessageKey => k.startsWith('preview'));
    expect(previewKeys.length).toBeGreaterThan(10);
    for (const key of previewKeys) {
      for (const lang of ['en', 'fr'] as const) expect(previewT(key, lang, 7, 'x')).toBe(contentT(key, lang, 7, 'x'));
    }
  });
});
