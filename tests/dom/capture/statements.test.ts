// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractInvoices } from '../../../lib/capture';

/**
 * Statements of account, drawn from one set of lines in several languages and layouts: the
 * customer named only in the title or heading, or in a labelled block above the table; debit,
 * credit and running-balance columns; payments and a credit note interleaved. A statement whose
 * lines fall due is a customer's; without due dates, the same caption is a bank's and gives nothing.
 */
const TODAY = '2026-12-03';

interface Words {
  lang: string;
  statement: string;
  head: [date: string, ref: string, text: string, due: string, debit: string, credit: string, balance: string];
  invoice: string;
  payment: string;
  credit: string;
  client: string;
}

const WORDS: Words[] = [
  {
    lang: 'de',
    statement: 'Kontoauszug',
    head: ['Datum', 'Beleg', 'Buchungstext', 'Fällig', 'Soll', 'Haben', 'Saldo'],
    invoice: 'Rechnung',
    payment: 'Zahlungseingang',
    credit: 'Gutschrift',
    client: 'Kunde',
  },
  {
    lang: 'fr',
    statement: 'Relevé de compte',
    head: ['Date', 'Pièce', 'Libellé', 'Échéance', 'Débit', 'Crédit', 'Solde'],
    invoice: 'Facture',
    payment: 'Règlement reçu',
    credit: 'Avoir',
    client: 'Client',
  },
  {
    lang: 'en',
    statement: 'Statement of account',
    head: ['Date', 'Reference', 'Description', 'Due date', 'Debit', 'Credit', 'Balance'],
    invoice: 'Invoice',
    payment: 'Payment received',
    credit: 'Credit note',
    client: 'Customer',
  },
];

const CUSTOMER = 'Tischlerei Olsen & Töchter';
/** [ref, date, due, debit, credit, kind of line] in cents; the balance runs over them from 500.00. */
const LINES: [string, string, string, number, number, 'invoice' | 'payment' | 'credit'][] = [
  ['ST-1001', '2026-09-03', '2026-10-03', 123_450, 0, 'invoice'],
  ['ZP-7', '2026-09-20', '', 0, 50_000, 'payment'],
  ['ST-1009', '2026-10-11', '2026-11-10', 88_000, 0, 'invoice'],
  ['CN-0004', '2026-10-30', '', 0, 12_000, 'credit'],
  ['ST-1020', '2026-11-21', '2026-12-21', 4_990, 0, 'invoice'],
];

const amount = (cents: number, lang: string) => {
  const [int, dec] = (cents / 100).toFixed(2).split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'en' ? ',' : '.');
  return cents ? (lang === 'en' ? `$${grouped}.${dec}` : `${grouped},${dec}`) : '';
};
const day = (iso: string, lang: string) => {
  if (!iso) return '';
  const [y, m, d] = iso.split('-');
  return lang === 'en' ? `${m}/${d}/${y}` : `${d}.${m}.${y}`;
};

/** One statement page: where the customer is named, and whether the lines carry due dates. */
function page(w: Words, naming: 'title' | 'heading' | 'block', withDue = true): Document {
  let balance = 50_000;
  const rows = LINES.map(([ref, date, due, debit, credit, kind]) => {
    balance += debit - credit;
    const text = kind === 'invoice' ? w.invoice : kind === 'payment' ? w.payment : w.credit;
    const cells = [
      day(date, w.lang),
      ref,
      text,
      withDue ? day(due, w.lang) : '',
      amount(debit, w.lang),
      amount(credit, w.lang),
      amount(balance, w.lang),
    ];
    return `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
  }).join('');
  const head = w.head.filter((_, i) => withDue || i !== 3);
  const body = rows.replace(withDue ? /$^/ : /<td>[^<]*<\/td>(?=<td>[$\d.,]*<\/td><td>[$\d.,]*<\/td><td>[$\d.,]*<\/td><\/tr>)/g, '');
  const title = naming === 'title' ? `${w.statement} ${CUSTOMER} – Konto 10233 | Fibu` : 'Fibu';
  const heading = naming === 'heading' ? `${w.statement} ${CUSTOMER}` : w.statement;
  const block = naming === 'block' ? `<div class="to"><div>${w.client}</div><div><b>${CUSTOMER}</b></div><div>1 Main St</div></div>` : '';
  const html = `<html lang="${w.lang}"><head><title>${title}</title></head><body><h1>${heading}</h1>${block}
    <table><thead><tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>
    <tr><td>${day('2026-09-01', w.lang)}</td><td></td><td>—</td>${withDue ? '<td></td>' : ''}<td></td><td></td><td>${amount(50_000, w.lang)}</td></tr>
    ${body}</tbody></table></body></html>`;
  return new DOMParser().parseFromString(html, 'text/html');
}

describe.each(WORDS)('a statement of account ($lang)', (w) => {
  it.each(['title', 'heading', 'block'] as const)('reads its invoices and credit note, the customer named in the %s', (naming) => {
    const found = extractInvoices(page(w, naming), { today: TODAY });
    const currency = found[0]?.total?.currency;
    expect(found.map((f) => [f.number, f.clientName, f.issueDate, f.dueDate, f.total?.minor, f.kind])).toEqual(
      LINES.filter((l) => l[5] !== 'payment').map(([ref, date, due, debit, credit, kind]) => [
        ref,
        CUSTOMER,
        date,
        due || undefined,
        debit || -credit,
        kind === 'credit' ? 'credit-note' : undefined,
      ]),
    );
    expect(currency).toBeDefined();
    // What each line adds to the balance is its amount, not what remains due on it: no amount due is made up.
    expect(found.every((f) => f.amountDue === undefined)).toBe(true);
  });

  // "Kontoauszug" and "Relevé de compte" also head a bank's statement; "Statement of account" never does.
  if (w.lang !== 'en')
    it('gives nothing when its lines never fall due: a bank statement under the same caption', () => {
      expect(extractInvoices(page(w, 'heading', false), { today: TODAY })).toEqual([]);
    });
});
