import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

export const WEBMAIL_FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/webmail');

/**
 * A webmail fixture as an inert document of the test environment (its behaviour script does not
 * run). The composes that open late live in a <template>: with `opened`, one copy is added to the
 * page as the site would add it.
 */
export function loadWebmail(file: string, opened = false): Document {
  const doc = new DOMParser().parseFromString(readFileSync(path.join(WEBMAIL_FIXTURES, file), 'utf8'), 'text/html');
  const template = doc.querySelector<HTMLTemplateElement>('#fixture-compose');
  if (opened && template) (doc.querySelector('[data-fixture="pane"], .dw .nH.nn') ?? doc.body).append(template.content.cloneNode(true));
  return doc;
}

export const fixtureFiles = (site: 'gmail' | 'outlook') =>
  readdirSync(path.join(WEBMAIL_FIXTURES, site))
    .filter((f) => f.endsWith('.html'))
    .map((f) => `${site}/${f}`);

/** Puts a fixture in the test window's own document (the controller needs its window and timers). */
export function mountWebmail(file: string, opened = false): Document {
  const parsed = loadWebmail(file, opened);
  parsed.querySelectorAll('script').forEach((s) => s.remove()); // inert, as in loadWebmail
  document.documentElement.lang = parsed.documentElement.lang;
  document.documentElement.replaceChildren(document.importNode(parsed.head, true), document.importNode(parsed.body, true));
  return document;
}
