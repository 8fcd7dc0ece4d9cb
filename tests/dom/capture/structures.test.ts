// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { explainExtraction, extractInvoices } from '../../../lib/capture';

const TODAY = '2026-11-22';
const doc = (body: string, lang = 'en-GB') =>
  new DOMParser().parseFromString(`<html lang="${lang}"><body>${body}</body></html>`, 'text/html');
const gbp = (minor: number) => ({ minor, currency: 'GBP' });
const eur = (minor: number) => ({ minor, currency: 'EUR' });

describe('list structures', () => {
  it.each([
    [
      'a client cell linking to the client’s e-mail',
      '<table><tr><th>Invoice</th><th>Customer</th><th>Amount</th></tr><tr><td>INV-1</td><td><a href="mailto:Pay@Acme.example">Acme</a></td><td>£5.00</td></tr></table>',
      [{ number: 'INV-1', clientName: 'Acme', clientEmail: 'pay@acme.example', total: gbp(500) }],
    ],
    [
      'an e-mail column',
      '<table><tr><th>Invoice</th><th>Customer</th><th>E-mail</th><th>Amount</th></tr><tr><td>INV-1</td><td>Acme</td><td>billing@acme.example</td><td>£5.00</td></tr></table>',
      [{ number: 'INV-1', clientEmail: 'billing@acme.example' }],
    ],
    [
      'a table with no header under an "Invoices" heading, its columns told by their cells',
      '<h2>Unpaid invoices</h2><table><tr><td>INV-7</td><td>Acme Ltd</td><td>£1,200.00</td><td>Overdue</td></tr><tr><td>INV-8</td><td>Globex</td><td>£80.00</td><td>Sent</td></tr></table>',
      [
        { number: 'INV-7', clientName: 'Acme Ltd', total: gbp(120_000), status: 'open' },
        { number: 'INV-8', clientName: 'Globex', total: gbp(8000), status: 'open' },
      ],
    ],
    [
      'a box titled by one cell over all its columns',
      '<table><tr><th colspan="3">Draft invoices</th></tr><tr><td>INV-9</td><td>Acme</td><td>£10.00</td></tr><tr><td>Total</td><td></td><td>£10.00</td></tr></table>',
      [{ number: 'INV-9', clientName: 'Acme', total: gbp(1000), status: 'draft' }],
    ],
    [
      'a header in two rows (a group over three amount columns)',
      '<table><thead><tr><th rowspan="2">Invoice</th><th rowspan="2">Customer</th><th colspan="2">Amounts</th><th rowspan="2">Status</th></tr><tr><th>Total</th><th>Balance</th></tr></thead>' +
        '<tbody><tr><td>INV-3</td><td>Acme</td><td>£30.00</td><td>£10.00</td><td>Partially paid</td></tr></tbody></table>',
      [{ number: 'INV-3', clientName: 'Acme', total: gbp(3000), amountDue: gbp(1000), status: 'partial' }],
    ],
    [
      'a filter row under the header and a totals row in tfoot',
      '<table><thead><tr><th>Invoice</th><th>Customer</th><th>Amount</th></tr><tr><td><input name="n"></td><td><input name="c"></td><td></td></tr></thead>' +
        '<tbody><tr><td>INV-4</td><td>Acme</td><td>£4.00</td></tr></tbody><tfoot><tr><td>INV-total</td><td></td><td>£4.00</td></tr></tfoot></table>',
      [{ number: 'INV-4', total: gbp(400) }],
    ],
    [
      'a "Total" row without markup',
      '<table><tr><th>Facture</th><th>Client</th><th>Montant TTC</th></tr><tr><td>F-1</td><td>Dupont</td><td>10,00 €</td></tr><tr class="sum-row"><td>Sous-total</td><td></td><td>10,00 €</td></tr><tr><td>Totaux</td><td></td><td>10,00 €</td></tr></table>',
      [{ number: 'F-1', total: eur(1000) }],
    ],
    [
      'a hidden copy that is the only one (a closed tab)',
      '<div hidden><table><tr><th>Invoice</th><th>Customer</th><th>Amount</th></tr><tr><td>INV-5</td><td>Acme</td><td>£5.00</td></tr></table></div>',
      [{ number: 'INV-5', clientName: 'Acme' }],
    ],
    [
      'an invoice in two tables of one page, read once with the fields of both',
      '<table><tr><th>Invoice</th><th>Customer</th><th>Amount</th></tr><tr><td>INV-6</td><td>Acme</td><td>£6.00</td></tr></table>' +
        '<table><tr><th>Invoice</th><th>Due date</th><th>Balance</th></tr><tr><td>INV-6</td><td>01/12/2026</td><td>£6.00</td></tr></table>',
      [{ number: 'INV-6', clientName: 'Acme', total: gbp(600), dueDate: '2026-12-01', amountDue: gbp(600) }],
    ],
  ])('reads %s', (_what, body, expected) => {
    const found = extractInvoices(doc(body), { today: TODAY });
    expect(found.map((f) => f.number)).toEqual(expected.map((e) => e.number));
    expected.forEach((e, i) => expect(found[i]).toMatchObject(e));
  });

  it.each([
    [
      'a products table',
      '<table><tr><th>Product</th><th>Ref.</th><th>Unit price</th></tr><tr><td>Lamp</td><td>LMP-200</td><td>£24.90</td></tr></table>',
    ],
    [
      'line items',
      '<table><tr><th>Description</th><th>Qty</th><th>Amount</th></tr><tr><td>Logo INV-1</td><td>1</td><td>£800.00</td></tr></table>',
    ],
    [
      'supplier bills under a "Bills" heading',
      '<h2>Bills</h2><table><tr><th>Bill #</th><th>Company</th><th>Amount</th></tr><tr><td>B-100</td><td>Power Co</td><td>£90.00</td></tr></table>',
    ],
    [
      'payments received quoting invoice numbers',
      '<h3>Recent payments</h3><table><tr><th>Date</th><th>Reference</th><th>Amount</th></tr><tr><td>01/11/2026</td><td>INV-1</td><td>£5.00</td></tr></table>',
    ],
    [
      'a header-less table under no invoice heading',
      '<h2>Team</h2><table><tr><td>EMP-1</td><td>Ann Smith</td><td>£3,000.00</td></tr><tr><td>EMP-2</td><td>Bob Jones</td><td>£3,100.00</td></tr></table>',
    ],
    [
      'a table of numbers and dates only',
      '<table><tr><th>Invoice</th><th>Date</th></tr><tr><td>INV-1</td><td>01/10/2026</td></tr></table>',
    ],
  ])('leaves out %s', (_what, body) => {
    expect(extractInvoices(doc(body), { today: TODAY })).toEqual([]);
  });

  it('says in its report why a table was left out', () => {
    const { report } = explainExtraction(
      doc(
        '<table><tr><th>Fournisseur</th><th>N° facture</th><th>Montant TTC</th></tr><tr><td>EDF</td><td>EDF-1</td><td>10,00 €</td></tr></table>',
        'fr',
      ),
    );
    expect(report.grids[0]?.rejected).toMatch(/foreign columns/);
    expect(report.found).toBe(0);
  });
});

describe('single-invoice pages', () => {
  it.each([
    [
      '"Label: value" lines and a total due',
      '<h1>Invoice INV-77</h1><p>Customer: Acme Ltd</p><p>Invoice date: 03/02/2026</p><p>Due date: 05/03/2026</p><p>Total: £120.00</p><p>Total due: £20.00</p>',
      {
        number: 'INV-77',
        clientName: 'Acme Ltd',
        issueDate: '2026-02-03',
        dueDate: '2026-03-05',
        total: gbp(12_000),
        amountDue: gbp(2000),
      },
    ],
    [
      'four-cell rows of labels and values',
      '<h1>Facture F-88</h1><table><tr><th>Client</th><td>Dupont SA</td><th>Échéance</th><td>15/12/2026</td></tr><tr><th>Total HT</th><td>100,00 €</td><th>Total TTC</th><td>120,00 €</td></tr></table>',
      { number: 'F-88', clientName: 'Dupont SA', dueDate: '2026-12-15', total: eur(12_000) },
    ],
    [
      'a total built from excl. tax and tax when no total incl. tax is shown',
      '<h1>Facture F-89</h1><dl><dt>Client</dt><dd>Dupont SA</dd><dt>Total HT</dt><dd>100,00 €</dd><dt>TVA</dt><dd>20,00 €</dd></dl>',
      { number: 'F-89', total: eur(12_000) },
    ],
    [
      'an invoice number label over a heading that names another number',
      '<h1>Order PO-5</h1><dl><dt>Invoice number</dt><dd>INV-90</dd><dt>Customer</dt><dd>Acme</dd><dt>Amount due</dt><dd>£9.00</dd></dl>',
      { number: 'INV-90', amountDue: gbp(900) },
    ],
    [
      'the client’s own address, not the seller’s or the support’s',
      '<p>Support: <a href="mailto:help@tool.example">help@tool.example</a></p><h1>Invoice INV-91</h1><div><span>Bill to</span><span>Acme</span><a href="mailto:ap@acme.example">ap@acme.example</a></div><p>Total: £1.00</p>',
      { number: 'INV-91', clientName: 'Acme', clientEmail: 'ap@acme.example' },
    ],
  ])('reads %s', (_what, body, expected) => {
    const found = extractInvoices(doc(body, body.includes('€') ? 'fr' : 'en-GB'), { today: TODAY });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject(expected);
  });

  it('reads the invoice a page is about, and not the others of the client it lists beside it', () => {
    const body =
      '<h1>Invoice INV-95 <span class="badge">Overdue</span></h1><dl><dt>Customer</dt><dd>Acme</dd><dt>Due date</dt><dd>01/11/2026</dd><dt>Amount due</dt><dd>£95.00</dd></dl>' +
      '<h2>Other invoices of this customer</h2><table><tr><th>Invoice</th><th>Date</th><th>Amount</th><th>Status</th></tr>' +
      '<tr><td>INV-80</td><td>01/06/2026</td><td>£80.00</td><td>Paid</td></tr><tr><td>INV-70</td><td>01/05/2026</td><td>£70.00</td><td>Paid</td></tr></table>';
    const found = extractInvoices(doc(body), { today: TODAY });
    // One invoice's page gives that invoice: its history or "recent invoices" is a widget, not invoices to track.
    expect(found.map((f) => f.number)).toEqual(['INV-95']);
    expect(found[0]).toMatchObject({ clientName: 'Acme', dueDate: '2026-11-01', amountDue: gbp(9500), status: 'open' });
  });

  it('takes a year in a list page’s title for no invoice number', () => {
    const body =
      '<h1>Invoices 2026</h1><p>Total: £1,000.00</p><table><tr><th>Invoice</th><th>Customer</th><th>Amount</th></tr><tr><td>INV-1</td><td>Acme</td><td>£1,000.00</td></tr></table>';
    expect(extractInvoices(doc(body), { today: TODAY }).map((f) => f.number)).toEqual(['INV-1']);
  });

  it('takes no e-mail when the client block shows none', () => {
    const [inv] = extractInvoices(
      doc(
        '<footer><a href="mailto:help@tool.example">help</a></footer><h1>Invoice INV-92</h1><dl><dt>Customer</dt><dd>Acme</dd><dt>Total</dt><dd>£1.00</dd></dl>',
      ),
      { today: TODAY },
    );
    expect(inv).toMatchObject({ number: 'INV-92', clientName: 'Acme' });
    expect(inv?.clientEmail).toBeUndefined();
  });

  it('is not a single invoice without an amount', () => {
    expect(extractInvoices(doc('<h1>Invoice INV-93</h1><p>Customer: Acme</p>'), { today: TODAY })).toEqual([]);
  });
});

describe('schema.org data', () => {
  const withJsonLd = (json: unknown, body = '') => {
    const d = doc(body);
    const script = d.createElement('script');
    script.type = 'application/ld+json';
    script.textContent = JSON.stringify(json);
    d.head.append(script);
    return d;
  };
  const invoice = (n: string, extra = {}) => ({
    '@type': 'Invoice',
    confirmationNumber: n,
    totalPaymentDue: { '@type': 'MonetaryAmount', value: '12.00', currency: 'GBP' },
    ...extra,
  });

  it.each([
    ['at the top', invoice('S-1')],
    ['in an array', [invoice('S-1')]],
    ['in an @graph', { '@context': 'https://schema.org', '@graph': [{ '@type': 'WebSite' }, invoice('S-1')] }],
    ['as a page’s main entity', { '@type': 'WebPage', mainEntity: invoice('S-1') }],
    ['in an item list', { '@type': 'ItemList', itemListElement: [{ '@type': 'ListItem', position: 1, item: invoice('S-1') }] }],
  ])('finds an Invoice %s', (_where, json) => {
    expect(extractInvoices(withJsonLd(json), { today: TODAY })).toMatchObject([{ number: 'S-1', total: gbp(1200) }]);
  });

  it('merges what JSON-LD and the visible table say about one invoice', () => {
    const table =
      '<table><tr><th>Invoice</th><th>Customer</th><th>Due date</th></tr><tr><td>S-2</td><td>Acme</td><td>01/12/2026</td></tr></table>';
    const found = extractInvoices(withJsonLd(invoice('S-2', { paymentStatus: 'https://schema.org/PaymentComplete' }), table), {
      today: TODAY,
    });
    expect(found).toEqual([
      expect.objectContaining({ number: 'S-2', clientName: 'Acme', dueDate: '2026-12-01', total: gbp(1200), status: 'paid' }),
    ]);
  });
});

describe('page conventions', () => {
  const list =
    '<table><tr><th>Invoice</th><th>Customer</th><th>Date</th><th>Amount</th></tr><tr><td>INV-1</td><td>Acme</td><td>02/03/2026</td><td>1.234,00 €</td></tr></table>';

  it.each([
    ['the context’s language first', 'en-US', 'fr', '2026-02-03', 123_400],
    ['the language of the element read when none is given', undefined, 'de', '2026-03-02', 123_400],
  ])('takes %s', (_what, given, sectionLang, date, minor) => {
    const d = doc(`<section lang="${sectionLang}">${list}</section>`, 'en-US');
    const [inv] = extractInvoices(d.querySelector('section')!, { today: TODAY, ...(given && { lang: given }) });
    expect(inv).toMatchObject({ issueDate: date, total: { minor, currency: 'EUR' } });
  });

  it('falls back to <html lang> for a whole document', () => {
    const [inv] = extractInvoices(doc(list, 'en-US'), { today: TODAY });
    expect(inv?.issueDate).toBe('2026-02-03');
  });
});
