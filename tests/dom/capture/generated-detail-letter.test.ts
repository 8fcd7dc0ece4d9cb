// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractInvoicesDetailed } from '../../../lib/capture';
import { seeded as rng, pick, pad, group, isoPlus } from '../../seeded';

/**
 * Generated single-invoice pages of the shapes round 6 taught (details-blind6): two unlabelled
 * address blocks side by side in either order, the seller known by its logo, its footer or what
 * only a seller prints; another invoice named by its relation ("Original invoice", "Betreft
 * factuur"); the total alone among empty cells of the items table, its label with a currency code;
 * an unlabelled IBAN on a payment slip; a message's "To:" line; and, on hosted pages, an amount due
 * (labelled, or named only by the Pay button) and a due date printed without its year. Each page must give exactly its invoice with these fields.
 */
const RUNS = 240;

interface Lang {
  lang: string;
  invoice: string;
  issued: string;
  due: string;
  other: string;
  total: string;
  items: string[];
  place: (r: () => number) => string;
  money: (minor: number) => string;
  currency: string;
  date: (iso: string) => string;
}

const dmy = (sep: string) => (iso: string) => iso.split('-').reverse().join(sep);

const LANGS: Lang[] = [
  {
    lang: 'en',
    invoice: 'Invoice',
    issued: 'Invoice date',
    due: 'Due date',
    other: 'Original invoice',
    total: 'Total',
    items: ['Description', 'Qty', 'Price', 'Amount'],
    place: (r) => ['Leeds LS11 5PS', 'Austin, TX 78701', 'Bristol BS1 4DJ'][Math.floor(r() * 3)]!,
    money: (m) => `$${group(Math.floor(m / 100), ',')}.${pad(m % 100)}`,
    currency: 'USD',
    date: (iso) => {
      const [y, m, d] = iso.split('-');
      return `${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][Number(m) - 1]} ${Number(d)}, ${y}`;
    },
  },
  {
    lang: 'de',
    invoice: 'Rechnung',
    issued: 'Rechnungsdatum',
    due: 'Fällig am',
    other: 'Bezug Rechnung',
    total: 'Gesamtbetrag',
    items: ['Bezeichnung', 'Menge', 'Preis', 'Betrag'],
    place: (r) => ['79098 Freiburg im Breisgau', '3700 Spiez', '10115 Berlin'][Math.floor(r() * 3)]!,
    money: (m) => `${group(Math.floor(m / 100), '.')},${pad(m % 100)} €`,
    currency: 'EUR',
    date: dmy('.'),
  },
  {
    lang: 'fr',
    invoice: 'Facture',
    issued: 'Date de facture',
    due: 'Échéance',
    other: "Facture d'origine",
    total: 'Total TTC',
    items: ['Désignation', 'Qté', 'PU', 'Montant'],
    place: (r) => ['60200 Compiègne', '80000 Amiens', '69003 Lyon'][Math.floor(r() * 3)]!,
    money: (m) => `${group(Math.floor(m / 100), ' ')},${pad(m % 100)} €`,
    currency: 'EUR',
    date: dmy('/'),
  },
  {
    lang: 'nl',
    invoice: 'Factuur',
    issued: 'Factuurdatum',
    due: 'Vervaldatum',
    other: 'Betreft factuur',
    total: 'Totaal',
    items: ['Omschrijving', 'Aantal', 'Prijs', 'Bedrag'],
    place: (r) => ['3511 ZH Utrecht', '1012 AB Amsterdam'][Math.floor(r() * 2)]!,
    money: (m) => `€ ${group(Math.floor(m / 100), '.')},${pad(m % 100)}`,
    currency: 'EUR',
    date: dmy('-'),
  },
];

const SELLERS = ['Holzwerk Baumann', 'Atelier Vasseur SARL', 'Copperleaf Software LLC', 'Grafisch Bureau Kuipers', 'Elektro Gasser AG'];
const CLIENTS = [
  'Boulangerie Morel',
  'Gartenbau Wyss AG',
  'Tamarack Trail Outfitters',
  'Fietsenmakerij Van Dam',
  'Praxis Engel & Roth GbR',
];
const STREETS = ['Seestrasse 88', '22 place Gambetta', '55 Lakeshore Rd', 'Twijnstraat 9', 'Kaiser-Joseph-Straße 212'];
const MARKS = ['Tel. 07641 55 02 18', 'SIRET 812 345 678 00021', 'VAT Reg No. GB 293 8817 46', 'KvK 71234567', 'USt-IdNr. DE287654321'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

interface Case {
  html: string;
  today: string;
  want: Record<string, unknown>;
}

/** One page and the invoice it shows. */
function generate(seed: number): Case {
  const r = rng(seed);
  const l = pick(r, LANGS);
  const seller = pick(r, SELLERS);
  const client = pick(
    r,
    CLIENTS.filter((c) => c !== seller),
  );
  const number = pick(r, [
    `INV-${1000 + Math.floor(r() * 9000)}`,
    `2026-${pad(Math.floor(r() * 99))}${Math.floor(r() * 90) + 10}`,
    `RE-26-0${Math.floor(r() * 900) + 100}`,
  ]);
  const other = `2026-0${Math.floor(r() * 900) + 100}`;
  const today = `2026-${pad(1 + Math.floor(r() * 12))}-${pad(1 + Math.floor(r() * 28))}`;
  const issue = isoPlus(today, -Math.floor(r() * 40));
  const due = isoPlus(issue, 14 + Math.floor(r() * 30));
  const minor = 10_000 + Math.floor(r() * 900_000);
  const sellerBy = pick(r, ['logo', 'mark', 'footer'] as const);
  const sellerLines = [seller, pick(r, STREETS), l.place(r), ...(sellerBy === 'mark' ? [pick(r, MARKS)] : [])];
  const clientLines = [client, ...(r() < 0.5 ? ['z. Hd. Frau Engel'] : []), pick(r, STREETS), l.place(r)];
  // The two blocks as divs side by side, or as the two cells of a layout table.
  const cell = r() < 0.5 ? 'div' : 'td';
  const blocks = [sellerLines, clientLines].map((lines) => `<${cell} class="col">${lines.join('<br>')}</${cell}>`);
  if (r() < 0.5) blocks.reverse();
  const row = cell === 'td' ? `<table class="row"><tr>${blocks.join('')}</tr></table>` : `<div class="row">${blocks.join('')}</div>`;
  // A hosted page (English): the amount due beside a Pay button and a due date without its year.
  const hosted = l.lang === 'en' && r() < 0.5;
  const dueLine = hosted
    ? `<p class="due">Due ${MONTHS[Number(due.slice(5, 7)) - 1]} ${Number(due.slice(8))}</p>`
    : `<table class="meta"><tr><td>${l.due}</td><td>${l.date(due)}</td></tr></table>`;
  const code = r() < 0.5 ? ` ${l.currency}` : '';
  const money = hosted
    ? `${r() < 0.5 ? `<p>Amount due</p>` : ''}<p class="big">${l.money(minor)}</p><button type="button">Pay ${l.money(minor)}</button>`
    : `<table class="items"><tr><th>${l.items.join('</th><th>')}</th></tr>
       <tr><td>Work</td><td>1</td><td>${l.money(minor)}</td><td>${l.money(minor)}</td></tr>
       <tr><td></td><td>${l.total}${code}</td><td></td><td>${l.money(minor)}</td></tr></table>`;
  const slip = r() < 0.5 ? `<div class="slip"><div>Konto</div><div>CH44 3199 9123 0008 8901 2</div></div>` : '';
  // Shown as a message: its "To:" line names the client's address.
  const email = r() < 0.3 ? `billing@${client.toLowerCase().replace(/[^a-z]/g, '')}.example` : undefined;
  const mail = email ? `<div class="headers"><span>To:</span> Accounts &lt;${email}&gt;</div>` : '';
  const html = `<!DOCTYPE html><html lang="${l.lang}"><head><title>${l.invoice}</title></head><body>
    ${mail}${sellerBy === 'logo' ? `<div class="top"><img src="l.png" alt="${seller}"></div>` : ''}
    ${row}
    <h1>${l.invoice} ${number}</h1>
    <table class="meta"><tr><td>${l.issued}</td><td>${l.date(issue)}</td></tr><tr><td>${l.other}</td><td>${other}</td></tr></table>
    ${dueLine}${money}${slip}
    ${sellerBy === 'footer' ? `<footer>${seller} · ${pick(r, STREETS)}</footer>` : ''}
  </body></html>`;
  const amount = { minor, currency: l.currency };
  const want: Record<string, unknown> = { number, clientName: client, issueDate: issue, dueDate: due };
  Object.assign(want, hosted ? { amountDue: amount, status: 'open' } : { total: amount });
  if (email) want.clientEmail = email;
  return { html, today, want };
}

describe('generated single-invoice pages: letters, unlabelled addresses, hosted pay pages', () => {
  it(`gives exactly each page's invoice with its fields (${RUNS} pages)`, () => {
    const wrong: string[] = [];
    for (let seed = 1; seed <= RUNS; seed++) {
      const { html, today, want } = generate(seed);
      const doc = new DOMParser().parseFromString(html, 'text/html');
      const found = extractInvoicesDetailed(doc, { today }) as unknown as Record<string, unknown>[];
      const got = found.length === 1 ? Object.fromEntries(Object.keys(want).map((k) => [k, found[0]![k]])) : found.map((f) => f.number);
      if (JSON.stringify(got) !== JSON.stringify(want)) wrong.push(`${seed}: ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`);
    }
    expect(wrong).toEqual([]);
  });

  it('reads a due date without its year in the year nearest the day the page is seen', () => {
    const page = (today: string) =>
      extractInvoicesDetailed(
        new DOMParser().parseFromString(
          `<html lang="en"><body><div>Acme Ltd<br>1 High St<br>Leeds LS1 1AA</div><div>Foxglove Co.<br>2 Low St<br>Bristol BS1 4DJ</div>
           <h1>Invoice INV-77</h1><p>Due January 5</p><p>Amount due</p><p>$120.00</p><button>Pay now</button></body></html>`,
          'text/html',
        ),
        { today },
      )[0]?.dueDate;
    expect(page('2026-12-20')).toBe('2027-01-05');
    expect(page('2027-01-20')).toBe('2027-01-05');
  });
});
