// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { GMAIL_SELECTORS } from '../../../lib/mail/gmail';
import { OUTLOOK_SELECTORS } from '../../../lib/mail/outlook';
import { fixtureFiles, loadWebmail } from './load-webmail';

/**
 * Every selector Relance keeps for a webmail is proven by a fixture built from what the real page
 * shows (WEBMAIL.md): a selector no fixture matches is a guess, and guesses break silently.
 */
describe.each([
  ['gmail', GMAIL_SELECTORS],
  ['outlook', OUTLOOK_SELECTORS],
] as const)('%s selectors', (site, table) => {
  const docs = fixtureFiles(site).map((f) => [f, loadWebmail(f, true)] as const);
  const entries = Object.entries(table as Record<string, readonly string[]>);
  const rows = entries.flatMap(([field, list]) => list.map((selector: string, rank: number) => [field, rank, selector] as const));

  it.each(rows)('%s #%i `%s` matches in at least one fixture', (_field, _rank, selector) => {
    const matching = docs.filter(([, doc]) => doc.querySelector(selector)).map(([f]) => f);
    expect(matching.length).toBeGreaterThan(0);
  });

  it('has fixtures for every kind of compose in both UI languages', () => {
    const langs = new Set(docs.map(([, doc]) => doc.documentElement.lang));
    expect([...langs].sort()).toEqual(['en', 'fr']);
  });

  it('the fallbacks are needed: each field has a fixture where only a later selector matches', () => {
    for (const [field, list] of entries) {
      // Send, discard and subject list one selector per UI language; Outlook's first well selector
      // also matches the old body editor, which the adapter filters out (not a document-wide test).
      if (list.length < 2 || ['discard', 'send', 'subject', 'wells'].includes(field)) continue;
      const onlyLater = docs.some(([, doc]) => !doc.querySelector(list[0]!) && list.slice(1).some((s) => doc.querySelector(s)));
      expect(onlyLater, field).toBe(true);
    }
  });
});
