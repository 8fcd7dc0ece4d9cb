import { describe, expect, it } from 'vitest';
import contentEn from '../../../public/_locales/en/messages.json';
import contentFr from '../../../public/_locales/fr/messages.json';
import pagesEn from '../../../lib/i18n/pages.en.json';
import pagesFr from '../../../lib/i18n/pages.fr.json';

type Catalog = Record<string, { message: string; placeholders?: Record<string, unknown> }>;
const placeholders = (c: Catalog) => Object.fromEntries(Object.entries(c).map(([k, v]) => [k, Object.keys(v.placeholders ?? {}).sort()]));

describe('string catalogs', () => {
  it.each([
    ['content scripts and manifest (public/_locales)', contentEn as Catalog, contentFr as Catalog],
    ['extension pages (lib/i18n/pages.*.json)', pagesEn as Catalog, pagesFr as Catalog],
  ])('%s: French and English have the same keys, with the same placeholders, and no empty message', (_label, en, fr) => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    expect(placeholders(fr)).toEqual(placeholders(en));
    for (const catalog of [en, fr]) for (const [key, entry] of Object.entries(catalog)) expect(entry.message.trim(), key).not.toBe('');
  });

  it('keeps every key in one catalog only', () => {
    expect(Object.keys(pagesEn).filter((k) => k in contentEn)).toEqual([]);
  });
});
