// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractInvoices } from '../../../lib/capture';

/**
 * Rules of the fourth held-out round (details-blind4), each on pages of its own: a client's code is
 * no client name, an unlabelled block whose class says "to" is the client's address, and a card
 * showing both parties gives the e-mail under the client's label.
 */
const TODAY = '2026-12-03';
const parse = (html: string, lang: string) => {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  doc.documentElement.setAttribute('lang', lang);
  return doc;
};

describe('a client code beside the invoice fields is not its name', () => {
  it.each([
    ['en', 'Customer Code', 'C-0417', 'Invoice Date', '11/18/2026', 'Total', '$5,405.00'],
    ['en', 'Client code', 'CL-88', 'Invoice Date', '11/18/2026', 'Total', '$980.00'],
    ['de', 'Kundencode', 'K-2231', 'Rechnungsdatum', '18.11.2026', 'Gesamt', '1.190,00 €'],
    ['it', 'Codice cliente', 'C0091', 'Data fattura', '18/11/2026', 'Totale', '610,00 €'],
  ])('%s "%s"', (lang, label, code, dateLabel, date, totalLabel, total) => {
    const doc = parse(
      `<body><address><div>Pinecrest Veterinary Hospital</div><div>2201 Hawthorne Blvd</div></address>
       <h2>Invoice INV/2026/00077</h2>
       <div><strong>${dateLabel}</strong><p>${date}</p></div><div><strong>${label}</strong><p>${code}</p></div>
       <table><tr><td>${totalLabel}</td><td>${total}</td></tr></table></body>`,
      lang,
    );
    const [invoice] = extractInvoices(doc, { today: TODAY });
    expect(invoice?.number).toBe('INV/2026/00077');
    expect(invoice?.clientName).toBe('Pinecrest Veterinary Hospital');
  });
});

describe('an unlabelled block whose class says "to" is the client', () => {
  it.each([['oi-to'], ['invoice-to'], ['to'], ['doc_to'], ['col invoice-to wide']])('class "%s"', (cls) => {
    const doc = parse(
      `<body><h1>TAX INVOICE</h1><div class="cols"><div class="${cls}"><p>Wattle Grove Primary School</p><p>14 Banksia Rd</p><p>Ballarat VIC 3350</p></div>
       <div class="meta"><p><strong>Invoice Number</strong><br>INV-3307</p><p><strong>Invoice Date</strong><br>20 Nov 2026</p></div></div>
       <table><tr><td>TOTAL AUD</td><td>4,180.00</td></tr></table></body>`,
      'en-AU',
    );
    const [invoice] = extractInvoices(doc, { today: TODAY });
    expect(invoice?.number).toBe('INV-3307');
    expect(invoice?.clientName).toBe('Wattle Grove Primary School');
  });

  it('a class merely containing the letters ("tooltip", "total") is not', () => {
    const doc = parse(
      `<body><h1>Invoice INV-3308</h1><div class="tooltip"><p>Hover for help</p></div><div class="totals">
       <p><strong>Invoice Date</strong><br>20 Nov 2026</p></div><table><tr><td>Total</td><td>$4,180.00</td></tr></table></body>`,
      'en',
    );
    const [invoice] = extractInvoices(doc, { today: TODAY });
    expect(invoice?.number).toBe('INV-3308');
    expect(invoice?.clientName).toBeUndefined();
  });
});

describe("a card showing both parties gives the client's e-mail", () => {
  it.each([
    ['fr', 'Émise par', 'Destinataire', 'Facture', 'Montant TTC', '2 160,00 €', 'Échéance', '31/12/2026'],
    ['en', 'From', 'Bill to', 'Invoice', 'Total', '$2,160.00', 'Due date', '12/31/2026'],
    ['de', 'Absender', 'Kunde', 'Rechnung', 'Gesamt', '2.160,00 €', 'Fällig am', '31.12.2026'],
  ])('%s', (lang, from, to, title, totalLabel, total, dueLabel, due) => {
    const cell = (k: string, v: string) => `<div class="cell"><div class="label">${k}</div><div class="value">${v}</div></div>`;
    const doc = parse(
      `<body><section class="card"><div class="title">${title} F-2026-1187</div><div class="grid">
       ${cell(totalLabel, total)}${cell(dueLabel, due)}
       ${cell(from, 'Atelier Mirabelle<br>contact@atelier-mirabelle.example')}${cell(to, 'Hôtel Les Remparts<br>compta@hotel-remparts.example')}
       </div></section></body>`,
      lang,
    );
    const [invoice] = extractInvoices(doc, { today: TODAY });
    expect(invoice?.number).toBe('F-2026-1187');
    expect(invoice?.clientEmail).toBe('compta@hotel-remparts.example');
  });
});
