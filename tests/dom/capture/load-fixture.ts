import { readFileSync } from 'node:fs';
import path from 'node:path';

export const OWN_FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/portals');
/** Real pages shared by the project (../shared/fixtures/SOURCES.md says where each comes from). */
export const SHARED_FIXTURES = path.resolve(import.meta.dirname, '../../../../shared/fixtures/portals');

/**
 * A saved page as a document of the test environment: the page's scripts stay in the DOM as text,
 * as in a real page, and never run; `<html lang>` is kept unless a language is given.
 */
export function loadPage(file: string, lang?: string): Document {
  const html = readFileSync(file, 'utf8');
  // DOMParser gives an inert document: no script runs, no stylesheet is fetched.
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const pageLang = lang ?? /<html[^>]*\blang="([^"]+)"/i.exec(html)?.[1];
  if (pageLang) doc.documentElement.setAttribute('lang', pageLang);
  return doc;
}
