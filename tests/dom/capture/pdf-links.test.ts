// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractInvoices } from '../../../lib/capture';
import { findPdfLinks, isPdfLink, sameOriginUrl, withPdfLinks } from '../../../lib/capture/pdf-links';
import { DetectedInvoiceSchema } from '../../../lib/core';
import { loadPage, OWN_FIXTURES } from './load-fixture';
import { seeded as random } from '../../seeded';

const fixture = (name: string) => loadPage(`${OWN_FIXTURES}/pdf-links/${name}`);
const html = (body: string) => new DOMParser().parseFromString(`<html><body>${body}</body></html>`, 'text/html');
const link = (a: string) => html(a).querySelector('a')!;

describe('findPdfLinks on portal pages', () => {
  it('reads a French list: icon-only "Télécharger" titles, .pdf file names, a "Télécharger (PDF)" menu item; skips the other site and javascript:', () => {
    const page = 'https://gestion.example.fr/factures';
    const numbers = ['FA2611-0101', 'FA2611-0102', 'FA2611-0103', 'FA2611-0104', 'FA2611-0105'];
    expect(Object.fromEntries(findPdfLinks(fixture('factures-fr.html'), numbers, page))).toEqual({
      'FA2611-0101': 'https://gestion.example.fr/factures/101/document',
      'FA2611-0102': 'https://gestion.example.fr/documents/FA2611-0102.pdf',
      'FA2611-0103': 'https://gestion.example.fr/factures/103?action=builddoc&model=crabe',
    });
  });

  it('reads English cards: aria-label only, an SVG title, the download mark; skips "Download XML" and the site\'s "Download the app"', () => {
    const page = 'https://app.ledgerly.example/invoices';
    expect(Object.fromEntries(findPdfLinks(fixture('invoices-en.html'), ['INV-1001', 'INV-1002', 'INV-1003', 'INV-1004'], page))).toEqual({
      'INV-1001': 'https://app.ledgerly.example/api/invoices/1001?format=pdf',
      'INV-1002': 'https://app.ledgerly.example/files/7f3a9c',
      'INV-1004': 'https://app.ledgerly.example/invoices/1004/pdf',
    });
  });

  it("reads a German invoice page: \"Herunterladen\" with a PDF icon; the footer's PDFs (the site's terms, another site's AGB) are ignored", () => {
    const links = findPdfLinks(fixture('rechnung-de.html'), ['RE-2026-0042'], 'https://buchhaltung.example.de/rechnungen/42');
    expect(Object.fromEntries(links)).toEqual({ 'RE-2026-0042': 'https://buchhaltung.example.de/rechnungen/42/datei' });
  });

  it.each([
    ['factures-fr.html', 'https://gestion.example.fr/factures', 3],
    ['invoices-en.html', 'https://app.ledgerly.example/invoices', 3],
    ['rechnung-de.html', 'https://buchhaltung.example.de/rechnungen/42', 1],
  ])('%s: what capture detects carries its link, in the shape the background accepts', (file, page, withLink) => {
    const doc = fixture(file);
    const found = withPdfLinks(doc, extractInvoices(doc, { url: page, today: '2026-11-20' }), page);
    expect(found.filter((i) => i.pdfUrl).length).toBe(withLink);
    for (const invoice of found) {
      expect(DetectedInvoiceSchema.safeParse(invoice).success, invoice.number).toBe(true);
      if (invoice.pdfUrl) expect(new URL(invoice.pdfUrl).origin).toBe(new URL(page).origin);
    }
  });
});

describe('which links are PDF links', () => {
  const page = 'https://erp.example.fr/factures';
  it.each([
    ['<a href="/f/1.PDF">Facture</a>', true],
    ['<a href="/f/1" title="Télécharger">⬇</a>', true],
    ['<a href="/f/1" aria-label="Rechnung herunterladen"><svg></svg></a>', true],
    ['<a href="/f/1" aria-label="Download"><svg></svg></a>', true],
    ['<a href="/f/1"><img src="i.png" alt="PDF"></a>', true],
    ['<a href="/f/1/pdf"><i class="icon"></i></a>', true],
    ['<a href="/f/1?output=PDF"><i class="icon"></i></a>', true],
    ['<a href="/f/1" download><i class="icon"></i></a>', true],
    ['<a href="/f/1" type="application/pdf"><i class="icon"></i></a>', true],
    ['<a href="/f/1">Voir la facture</a>', false],
    ['<a href="/f/1.xml" download>Factur-X</a>', false],
    ['<a href="/f/1">Télécharger le CSV</a>', false],
    ['<a href="/f/1">Download XML</a>', false],
    ['<nav><a href="/app">Download the app</a></nav>', false],
    ['<footer><a href="/x" download>Télécharger</a></footer>', false],
    ['<footer><a href="/cgv.pdf">CGV</a></footer>', false],
    ['<ul><li>FA-1 <footer><a href="/f/1.pdf">Facture</a></footer></li></ul>', true],
    ['<article><footer class="card-footer"><a href="/f/1" download>⬇</a></footer></article>', true],
  ])('%s → %s', (markup, expected) => {
    const a = link(markup);
    expect(isPdfLink(a, new URL(a.getAttribute('href')!, page))).toBe(expected);
  });
});

describe("sameOriginUrl: only the page's own origin, over http(s)", () => {
  const page = 'https://erp.example.fr/factures/';
  it.each([
    ['/f/1.pdf', 'https://erp.example.fr/f/1.pdf'],
    ['1.pdf#page=2', 'https://erp.example.fr/factures/1.pdf'],
    ['  https://erp.example.fr/f/1.pdf ', 'https://erp.example.fr/f/1.pdf'],
    ['https://erp.example.fr:8443/f/1.pdf', null],
    ['http://erp.example.fr/f/1.pdf', null],
    ['//cdn.example.com/f/1.pdf', null],
    ['https://erp.example.fr.evil.example/f/1.pdf', null],
    ['https://user:pw@erp.example.fr/f/1.pdf', null],
    ['javascript:alert(1)', null],
    ['JaVaScRiPt:fetch("/f/1.pdf")', null],
    ['data:application/pdf;base64,JVBERi0=', null],
    ['blob:https://erp.example.fr/1234', null],
    ['mailto:compta@example.fr', null],
    ['', null],
  ])('%j → %s', (href, expected) => {
    expect(sameOriginUrl(href, page)).toBe(expected);
  });

  it("resolves against the document's base, but keeps only the page's origin (a <base> elsewhere gives nothing)", () => {
    expect(sameOriginUrl('f/1.pdf', page, 'https://erp.example.fr/docs/')).toBe('https://erp.example.fr/docs/f/1.pdf');
    expect(sameOriginUrl('f/1.pdf', page, 'https://evil.example/')).toBeNull();
  });
});

describe('which invoice a link belongs to', () => {
  const page = 'https://erp.example.fr/factures';
  const table = (rows: string) => html(`<table><tr><th>N°</th><th>Client</th><th></th></tr>${rows}</table>`);

  it('a row that cites another invoice keeps the link the link itself names, else none', () => {
    const doc = table(
      '<tr><td>AV-7</td><td>Avoir sur FA-1</td><td><a href="/pdf/AV-7.pdf">PDF</a></td></tr>' +
        '<tr><td>AV-8</td><td>Avoir sur FA-2</td><td><a href="/pdf/98">PDF</a></td></tr>',
    );
    expect(Object.fromEntries(findPdfLinks(doc, ['AV-7', 'AV-8', 'FA-1', 'FA-2'], page))).toEqual({
      'AV-7': 'https://erp.example.fr/pdf/AV-7.pdf',
    });
  });

  it('a list\'s own "Export PDF" belongs to no invoice; a list of one invoice with no row-level link gets none from the toolbar when others are listed', () => {
    const doc = html('<div><a href="/export.pdf">Exporter (PDF)</a></div><ul><li>FA-1 Dupont</li><li>FA-2 Martin</li></ul>');
    expect(findPdfLinks(doc, ['FA-1', 'FA-2'], page).size).toBe(0);
  });

  it('the first link found for an invoice is kept', () => {
    const doc = table('<tr><td>FA-1</td><td>Dupont</td><td><a href="/a.pdf">PDF</a> <a href="/b.pdf">Duplicata PDF</a></td></tr>');
    expect(findPdfLinks(doc, ['FA-1'], page).get('FA-1')).toBe('https://erp.example.fr/a.pdf');
  });

  it('numbers written with spaces are found too', () => {
    const doc = table(
      '<tr><td>FA 2026 001</td><td>Dupont</td><td><a href="/f/1" title="PDF">⬇</a></td></tr><tr><td>FA 2026 002</td><td>Martin</td><td></td></tr>',
    );
    expect(Object.fromEntries(findPdfLinks(doc, ['FA 2026 001', 'FA 2026 002'], page))).toEqual({
      'FA 2026 001': 'https://erp.example.fr/f/1',
    });
  });
});

describe('generated lists', () => {
  const WORDINGS = [
    (n: string) => `<a href="/docs/${n}.pdf">${n}.pdf</a>`,
    () => `<a href="/doc?id=1&amp;format=pdf" title="Télécharger"><i></i></a>`,
    () => `<a href="/doc/get" aria-label="Download invoice"><svg></svg></a>`,
    () => `<a href="/doc/get" aria-label="Rechnung herunterladen"><svg></svg></a>`,
    () => `<a href="/doc/get" download><span class="icon"></span></a>`,
    () => `<a href="/doc/get"><img alt="PDF" src="p.png"></a>`,
  ];
  const DECOYS = [
    () => `<a href="https://other.example/x.pdf">PDF</a>`,
    () => `<a href="javascript:void(0)">PDF</a>`,
    () => `<a href="/doc/get.csv" download>CSV</a>`,
    () => `<a href="/invoice/view">Voir</a>`,
    () => '',
  ];
  it.each(Array.from({ length: 40 }, (_, i) => i + 1))("seed %i: every row's own link, and nothing for rows without one", (seed) => {
    const next = random(seed);
    const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
    const numbers = Array.from(
      { length: 1 + Math.floor(next() * 12) },
      (_, i) => `${pick(['FA', 'INV', 'RE-2026'])}-${String(seed * 100 + i).padStart(5, '0')}`,
    );
    const expected: Record<string, string> = {};
    const layout = pick(['table', 'cards'] as const);
    const rows = numbers.map((n) => {
      const hasLink = next() < 0.6;
      const anchor = hasLink ? pick(WORDINGS)(n) : pick(DECOYS)();
      if (hasLink) expected[n] = new URL(/href="([^"]+)"/.exec(anchor)![1]!.replace(/&amp;/g, '&'), 'https://erp.example.fr/list').href;
      const cells = [`<span>${n}</span>`, 'Client SA', '120,00 €', anchor];
      if (next() < 0.5) cells.reverse();
      return layout === 'table'
        ? `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`
        : `<div class="card"><div>${cells.map((c) => `<p>${c}</p>`).join('')}</div></div>`;
    });
    const body = layout === 'table' ? `<table><tbody>${rows.join('')}</tbody></table>` : rows.join('');
    const doc = html(`<nav><a href="/app" download>Download</a></nav><a href="/export.pdf">Export PDF</a>${body}`);
    const found = Object.fromEntries(findPdfLinks(doc, numbers, 'https://erp.example.fr/list'));
    // A list of one invoice: the page's "Export PDF" is then the nearest PDF link of its record.
    if (numbers.length === 1 && !expected[numbers[0]!]) expected[numbers[0]!] = 'https://erp.example.fr/export.pdf';
    expect(found).toEqual(expected);
  });
});
