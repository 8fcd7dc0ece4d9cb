// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractInvoices } from '../../../lib/capture';

/**
 * A printed invoice's lines as a person reads them: the date a payment sentence gives as its limit,
 * a small label over the bill-to block, the app's user ("Assigned To") who is not the client, a
 * client block that opens with its tax code and names the client below, the seller's e-mail
 * printed beside the client's block, and a page headed as expenses that holds no invoice of ours.
 */
const TODAY = '2026-12-03';
const doc = (lang: string, body: string) =>
  new DOMParser().parseFromString(`<html lang="${lang}"><body>${body}</body></html>`, 'text/html');
const pairs = (rows: [string, string][]) => `<table>${rows.map(([l, v]) => `<tr><td>${l}</td><td>${v}</td></tr>`).join('')}</table>`;

describe('the date a payment sentence names as its limit', () => {
  it.each([
    [
      'de',
      'Rechnungsnummer',
      'Rechnungsdatum',
      '03.12.2026',
      'Bitte überweisen Sie den Betrag bis zum <b>17.12.2026</b> ohne Abzug.',
      '2026-12-17',
    ],
    ['de', 'Rechnungsnummer', 'Rechnungsdatum', '03.12.2026', 'Zahlbar spätestens am 20.12.2026 auf unser Konto.', '2026-12-20'],
    [
      'fr',
      'Facture n°',
      'Date',
      '19/11/2026',
      'Conditions de règlement : 30 jours à réception, soit au plus tard le <b>19/12/2026</b>.',
      '2026-12-19',
    ],
    ['en', 'Invoice #', 'Date', '11/19/2026', 'Please pay the balance no later than December 21, 2026.', '2026-12-21'],
    ['it', 'Fattura n.', 'Data', '19/11/2026', 'Pagamento tramite bonifico entro il 18/12/2026.', '2026-12-18'],
    ['nl', 'Factuurnummer', 'Datum', '19-11-2026', 'Graag betalen uiterlijk op 19-12-2026 op onze rekening.', '2026-12-19'],
  ])('%s: %s', (lang, numberLabel, dateLabel, date, sentence, due) => {
    const page = doc(
      lang,
      `${pairs([
        [numberLabel, 'R-77'],
        [dateLabel, date],
        ['Total', lang === 'en' ? '$100.00' : '100,00 €'],
      ])}<p>${sentence}</p>`,
    );
    expect(extractInvoices(page, { today: TODAY })[0]?.dueDate).toBe(due);
  });
});

describe('who the invoice is for', () => {
  it.each([
    ['fr', 'Facturé à'],
    ['en', 'Bill to'],
    ['de', 'Rechnungsempfänger'],
  ])('reads a small "%s" label over the block (%s)', (lang, label) => {
    const page = doc(
      lang,
      `${pairs([
        ['N°', 'F-12'],
        ['Date', '19/11/2026'],
        ['Total', '100,00 €'],
      ])}<table><tr><td><small>${label}</small><br><b>Coopérative du Val</b><br>ZA de la Lande</td></tr></table>`,
    );
    expect(extractInvoices(page, { today: TODAY })[0]?.clientName).toBe('Coopérative du Val');
  });

  it.each(['Assigned To', 'Created by', 'Sales Person'])('never takes the app user under "%s" for the client', (label) => {
    const page = doc(
      'en',
      pairs([
        [label, 'Priya Raman'],
        ['Invoice #', 'INV-9'],
        ['Customer', 'Granite Peak Outfitters'],
        ['Total', '$100.00'],
      ]),
    );
    expect(extractInvoices(page, { today: TODAY })[0]?.clientName).toBe('Granite Peak Outfitters');
  });

  it.each([
    ['Codice fiscale: 01987650354', 'Denominazione: Hotel Bellavista S.r.l.', 'Hotel Bellavista S.r.l.'],
    ['VAT: GB 123 4567 89', 'Name: Harbour Cafe Ltd', 'Harbour Cafe Ltd'],
    ['NIF: B93456781', 'Razón social: Editorial Mar S.L.', 'Editorial Mar S.L.'],
  ])('skips a block that opens with a tax code (%s) for the name labelled below', (code, named, name) => {
    const page = doc(
      'it',
      `<table><tr><td class="seller"><div>Cedente/prestatore (fornitore)</div><div>Denominazione: Ghidini S.n.c.</div><div>PEC: ghidini@pec.example</div></td>
       <td class="buyer"><div>Cessionario/committente (cliente)</div><div>${code}</div><div>${named}</div><div>Via Roma 1</div></td></tr></table>
       ${pairs([
         ['Numero documento', '214/B'],
         ['Data documento', '24-11-2026'],
         ['Totale documento', '12.200,00'],
       ])}`,
    );
    const [found] = extractInvoices(page, { today: TODAY });
    expect(found?.clientName).toBe(name);
    // The only address on the page is the seller's: never the client's.
    expect(found?.clientEmail).toBeUndefined();
  });
});

describe('a page headed as expenses', () => {
  it.each(['Ausgaben', 'Bills', 'Factures fournisseurs', 'Expenses'])('gives nothing under "%s"', (heading) => {
    const card = (n: string, v: string) =>
      `<li><div>Telekom GmbH</div><div>Beleg-Nr. ${n}</div><div>Fällig 28.11.2026</div><div>${v}</div></li>`;
    const page = doc(
      'de',
      `<h1>${heading}</h1><p>Offen zu zahlen 3.604,28 €</p><ul>${card('RE 4411', '89,95 €')}${card('2026-118', '1.159,55 €')}</ul>`,
    );
    expect(extractInvoices(page, { today: TODAY })).toEqual([]);
  });
});
