// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { fieldOfHeader } from '../../../../lib/capture/columns';
import { parseAmount, parseDate } from '../../../../lib/parse';
import { Rng, readTextNodes, type PageFacts, type Transform } from './dom';
import { TRANSFORMS } from './harness';

/** The transforms themselves: each changes the page, and keeps what a person reads. */

const PAGE = `<html lang="fr"><head><title>Facturia</title><style>.row-a { color: red }</style></head><body>
<h1>Factures clients</h1>
<table class="list"><thead><tr><th>N° facture</th><th>Client</th><th>Échéance</th><th>Montant TTC</th><th>Statut</th></tr></thead>
<tbody>
<tr class="row-a"><td><a href="/f/1">FA-0001</a></td><td>Boulangerie Dupont</td><td>05/11/2026</td><td>1 234,50 €</td><td>En retard</td></tr>
<tr><td><a href="/f/2">FA-0002</a></td><td>Atelier Martin</td><td>20/12/2026</td><td>980,00 €</td><td>À venir</td></tr>
<tr><td><a href="/f/3">FA-0003</a></td><td>Café des Arts</td><td>14/01/2027</td><td>12 000,00 €</td><td>Payée</td></tr>
</tbody></table></body></html>`;

const FACTS: PageFacts = {
  lang: 'fr',
  locale: 'fr',
  invoices: [
    {
      number: 'FA-0001',
      clientName: 'Boulangerie Dupont',
      dueDate: '2026-11-05',
      total: { minor: 123450, currency: 'EUR' },
      confidence: 1,
    },
    { number: 'FA-0002', clientName: 'Atelier Martin', dueDate: '2026-12-20', total: { minor: 98000, currency: 'EUR' }, confidence: 1 },
    { number: 'FA-0003', clientName: 'Café des Arts', dueDate: '2027-01-14', total: { minor: 1200000, currency: 'EUR' }, confidence: 1 },
  ],
};

const h2 = (doc: Document, text: string) => Object.assign(doc.createElement('h2'), { textContent: text });
const parse = () => new DOMParser().parseFromString(PAGE, 'text/html');
const byName = (name: string): Transform => TRANSFORMS.find((t) => t.name === name)!;
const words = (doc: Document) => readTextNodes(doc).map((t) => t.nodeValue!.replace(/\s+/g, ' ').trim());
/** The characters a person reads, spaces aside (transforms that pad or split text keep these). */
const shown = (doc: Document) => (doc.body.textContent ?? '').replace(/\s+/g, '');
/** The page as serialised, and how its text is cut in nodes (splitting a text node changes only that). */
const signature = (doc: Document) => `${doc.documentElement.outerHTML} ${readTextNodes(doc).length}`;

/** The cells of each body row, in header order: `{ header: value }`, whatever the layout. */
function rowsByHeader(doc: Document): Record<string, string>[] {
  const rows = [...doc.querySelectorAll('tr, [role="row"]')];
  const headers = [...rows[0]!.children].map((c) => c.textContent!.trim());
  return rows.slice(1).map((r) => Object.fromEntries([...r.children].map((c, i) => [headers[i], c.textContent!.trim()])));
}

describe('metamorphic transforms', () => {
  it.each(TRANSFORMS.map((t) => [t.name, t] as const))('%s changes the page, the same way for the same seed', (_, t) => {
    const [a, b, untouched] = [parse(), parse(), parse()];
    const changed = t.apply(a, new Rng(7), FACTS);
    t.apply(b, new Rng(7), FACTS);
    expect(changed).toBeGreaterThan(0);
    expect(signature(a)).toBe(signature(b));
    expect(signature(a)).not.toBe(signature(untouched));
  });

  it.each(['split-text', 'pad-whitespace', 'wrap-inline', 'wrap-block', 'hash-classes', 'strip-classes'])(
    '%s keeps every word read',
    (name) => {
      for (let seed = 1; seed <= 20; seed++) {
        const doc = parse();
        byName(name).apply(doc, new Rng(seed), FACTS);
        expect(shown(doc)).toBe(shown(parse()));
      }
    },
  );

  it('table-to-grid keeps each row and cell in order, as ARIA rows and cells', () => {
    const doc = parse();
    byName('table-to-grid').apply(doc, new Rng(1), FACTS);
    expect(doc.querySelector('table')).toBeNull();
    expect(doc.querySelectorAll('[role="row"]')).toHaveLength(4);
    expect(doc.querySelectorAll('[role="columnheader"]')).toHaveLength(5);
    expect(rowsByHeader(doc)).toEqual(rowsByHeader(parse()));
  });

  it('shuffle-columns moves each header with its column', () => {
    for (let seed = 1; seed <= 10; seed++) {
      const doc = parse();
      byName('shuffle-columns').apply(doc, new Rng(seed), FACTS);
      expect(rowsByHeader(doc)).toEqual(rowsByHeader(parse()));
    }
  });

  it('header-in-body leaves no header element, its words in bold cells of the first row', () => {
    const doc = parse();
    byName('header-in-body').apply(doc, new Rng(1), FACTS);
    expect(doc.querySelector('thead, th')).toBeNull();
    const first = doc.querySelector('tbody tr')!;
    expect([...first.children].map((c) => [c.textContent, (c as HTMLElement).style.fontWeight])[0]).toEqual(['N° facture', 'bold']);
  });

  it('decorations add only what nobody reads: hidden, icon, avatar, tooltip or control elements', () => {
    for (const name of ['aria-hidden-icon', 'icon-ligature', 'avatar-initials', 'visually-hidden-copy', 'tooltip']) {
      const doc = parse();
      byName(name).apply(doc, new Rng(3), FACTS);
      const added = [
        ...doc.body.querySelectorAll(
          '[aria-hidden], [class*="icon"], [class*="material"], [class*="avatar"], .sr-only, .visually-hidden, [role="tooltip"]',
        ),
      ];
      expect(added.length, name).toBeGreaterThan(0);
      for (const el of added) el.remove();
      expect(shown(doc), name).toBe(shown(parse()));
    }
  });

  it('reformat-dates writes every date in another format that parses to the same day', () => {
    const dates = (doc: Document) => words(doc).flatMap((w) => parseDate(w, { lang: 'fr' }) ?? []);
    for (let seed = 1; seed <= 10; seed++) {
      const doc = parse();
      byName('reformat-dates').apply(doc, new Rng(seed), FACTS);
      expect(words(doc)).not.toContain('05/11/2026');
      expect(dates(doc)).toEqual(['2026-11-05', '2026-12-20', '2027-01-14']);
    }
  });

  it('reformat-money writes every amount in another style of the language that parses to the same money', () => {
    const amounts = (doc: Document) => words(doc).flatMap((w) => (/\d,\d\d/.test(w) ? [parseAmount(w, { lang: 'fr' })] : []));
    const styles = new Set<string>();
    for (let seed = 1; seed <= 20; seed++) {
      const doc = parse();
      byName('reformat-money').apply(doc, new Rng(seed), FACTS);
      expect(amounts(doc)).toEqual(amounts(parse()));
      styles.add(words(doc).find((w) => w.startsWith('1'))!);
    }
    expect(styles.size).toBeGreaterThan(2);
  });

  it('header-synonyms puts another word for the same field in a header', () => {
    const fields = (doc: Document) => [...doc.querySelectorAll('th')].map((th) => fieldOfHeader(th.textContent!));
    for (let seed = 1; seed <= 10; seed++) {
      const doc = parse();
      byName('header-synonyms').apply(doc, new Rng(seed), FACTS);
      expect(fields(doc)).toEqual(fields(parse()));
    }
  });

  it('neutral-headings renames a product name, never a heading that holds a field or says what the list is', () => {
    const doc = parse();
    doc.body.prepend(h2(doc, 'Boulangerie Dupont'), h2(doc, 'Facturia Pro'));
    byName('neutral-headings').apply(doc, new Rng(1), FACTS);
    expect(['Tableau de bord', 'Vue', 'Espace']).toContain(doc.title);
    expect([...doc.querySelectorAll('h1, h2')].map((e) => e.textContent)).toEqual([
      'Boulangerie Dupont',
      expect.stringMatching(/^(Tableau de bord|Vue|Espace)$/),
      'Factures clients',
    ]);
  });
});
