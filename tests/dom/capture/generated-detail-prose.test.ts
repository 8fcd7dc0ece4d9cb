// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractInvoicesDetailed } from '../../../lib/capture';
import { seeded as rng, pick, pad, group, isoPlus } from '../../seeded';

/**
 * Generated reminder letters and e-mails of the shapes round 7 taught (details-blind7), in German,
 * English, French, Italian, Spanish and Dutch: the invoice named only in sentences ("unsere
 * Rechnung Nr. … vom … über …", "la fattura n. … del …, con scadenza il …"), its dates numeric or
 * written long, its amount in the same sentence or the next paragraph, the reminder's own date and
 * its new deadline ("bis zum …", "entro il …") beside them, the client in the letter's window under
 * a one-line return address, or in a message's "To:" header with its company name. Each page must
 * give exactly its invoice: number, client, issue date, due date (the invoice's, never the new
 * deadline), total.
 */
const RUNS = 240;

const parts = (iso: string) => iso.split('-').map(Number) as [number, number, number];
const ordinal = (d: number) =>
  `${d}${d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th'}`;

interface Lang {
  lang: string;
  currency: string;
  months: string[];
  /** A date, numeric or written long; the generator picks. */
  dates: ((iso: string) => string)[];
  money: ((minor: number) => string)[];
  subject: string;
  /** The sentence naming the invoice: with its amount, or without it (`amount` undefined) when the next paragraph gives it. */
  sentence: (n: string, issue: string, due: string, amount?: string) => string;
  /** The next paragraph's amount. */
  amountLine: (amount: string) => string;
  deadline: (date: string) => string;
  place: string;
  letterDate: (date: string) => string;
}

const cents = (m: number) => pad(m % 100);
const LANGS: Lang[] = [
  {
    lang: 'de',
    currency: 'EUR',
    months: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
    dates: [
      (iso) => iso.split('-').reverse().join('.'),
      (iso) => `${parts(iso)[2]}. ${LANGS[0]!.months[parts(iso)[1] - 1]} ${parts(iso)[0]}`,
    ],
    money: [(m) => `${group(Math.floor(m / 100), '.')},${cents(m)} €`, (m) => `EUR ${group(Math.floor(m / 100), '.')},${cents(m)}`],
    subject: '1. Mahnung',
    sentence: (n, issue, due, amount) =>
      `sicherlich ist Ihnen entgangen, dass unsere Rechnung Nr. ${n} vom ${issue}${amount ? ` über ${amount}` : ''} noch nicht beglichen ist. Die Zahlung war am ${due} fällig.`,
    amountLine: (a) => `Der offene Betrag von ${a} ist bis heute nicht auf unserem Konto eingegangen.`,
    deadline: (d) => `Bitte überweisen Sie den Betrag bis zum ${d} auf unser Konto.`,
    place: '10115 Berlin',
    letterDate: (d) => `Berlin, den ${d}`,
  },
  {
    lang: 'en-GB',
    currency: 'GBP',
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    dates: [
      (iso) => `${ordinal(parts(iso)[2])} ${LANGS[1]!.months[parts(iso)[1] - 1]} ${parts(iso)[0]}`,
      (iso) => iso.split('-').reverse().join('/'),
    ],
    money: [(m) => `£${group(Math.floor(m / 100), ',')}.${cents(m)}`, (m) => `GBP ${group(Math.floor(m / 100), ',')}.${cents(m)}`],
    subject: 'Payment reminder',
    sentence: (n, issue, due, amount) =>
      `This is a friendly reminder that invoice ${n}${amount ? ` for ${amount}` : ''}, which we sent on ${issue}, was due on ${due}.`,
    amountLine: (a) => `The amount of ${a} is still outstanding.`,
    deadline: (d) => `Please arrange payment no later than ${d}.`,
    place: 'Leeds LS11 5PS',
    letterDate: (d) => d,
  },
  {
    lang: 'fr',
    currency: 'EUR',
    months: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
    dates: [
      (iso) => iso.split('-').reverse().join('/'),
      (iso) => `${parts(iso)[2]} ${LANGS[2]!.months[parts(iso)[1] - 1]} ${parts(iso)[0]}`,
    ],
    money: [(m) => `${group(Math.floor(m / 100), ' ')},${cents(m)} €`],
    subject: 'Relance : facture impayée',
    sentence: (n, issue, due, amount) =>
      `sauf erreur de notre part, notre facture n° ${n} du ${issue}${amount ? ` d'un montant de ${amount}` : ''}, échue le ${due}, reste impayée à ce jour.`,
    amountLine: (a) => `Le montant de ${a} reste dû.`,
    deadline: (d) => `Nous vous remercions de bien vouloir la régler avant le ${d}.`,
    place: '69003 Lyon',
    letterDate: (d) => `Lyon, le ${d}`,
  },
  {
    lang: 'it',
    currency: 'EUR',
    months: [
      'gennaio',
      'febbraio',
      'marzo',
      'aprile',
      'maggio',
      'giugno',
      'luglio',
      'agosto',
      'settembre',
      'ottobre',
      'novembre',
      'dicembre',
    ],
    dates: [
      (iso) => iso.split('-').reverse().join('/'),
      (iso) => `${parts(iso)[2]} ${LANGS[3]!.months[parts(iso)[1] - 1]} ${parts(iso)[0]}`,
    ],
    money: [(m) => `€ ${group(Math.floor(m / 100), '.')},${cents(m)}`, (m) => `euro ${group(Math.floor(m / 100), '.')},${cents(m)}`],
    subject: 'Sollecito di pagamento',
    sentence: (n, issue, due, amount) =>
      `da un controllo risulta che la fattura n. ${n} emessa il ${issue}, con scadenza il ${due}${amount ? `, per un importo complessivo di ${amount}` : ''}, non è stata ancora saldata.`,
    amountLine: (a) => `L'importo di ${a} risulta tuttora da saldare.`,
    deadline: (d) => `Vi invitiamo a provvedere al pagamento entro il ${d}.`,
    place: '40123 Bologna',
    letterDate: (d) => `Bologna, ${d}`,
  },
  {
    lang: 'es',
    currency: 'EUR',
    months: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
    dates: [
      (iso) => iso.split('-').reverse().join('/'),
      (iso) => `${parts(iso)[2]} de ${LANGS[4]!.months[parts(iso)[1] - 1]} de ${parts(iso)[0]}`,
    ],
    money: [(m) => `${group(Math.floor(m / 100), '.')},${cents(m)} €`],
    subject: 'Recordatorio de pago',
    sentence: (n, issue, due, amount) =>
      `le recordamos que la factura n.º ${n} de fecha ${issue}${amount ? ` por importe de ${amount}` : ''}, vencida el ${due}, sigue pendiente de pago.`,
    amountLine: (a) => `El importe de ${a} sigue pendiente.`,
    deadline: (d) => `Le rogamos que efectúe el pago antes del ${d}.`,
    place: '46012 Valencia',
    letterDate: (d) => `Valencia, ${d}`,
  },
  {
    lang: 'nl',
    currency: 'EUR',
    months: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
    dates: [
      (iso) => iso.split('-').reverse().join('-'),
      (iso) => `${parts(iso)[2]} ${LANGS[5]!.months[parts(iso)[1] - 1]} ${parts(iso)[0]}`,
    ],
    money: [(m) => `€ ${group(Math.floor(m / 100), '.')},${cents(m)}`],
    subject: 'Betalingsherinnering',
    sentence: (n, issue, due, amount) =>
      `volgens onze administratie is factuur ${n} van ${issue}${amount ? ` ten bedrage van ${amount}` : ''}, vervallen op ${due}, nog niet betaald.`,
    amountLine: (a) => `Het bedrag van ${a} staat nog open.`,
    deadline: (d) => `Wij verzoeken u het bedrag uiterlijk ${d} over te maken.`,
    place: '3511 ZH Utrecht',
    letterDate: (d) => `Utrecht, ${d}`,
  },
];

const SELLERS = [
  'Holzwerk Baumann GmbH',
  'Atelier Vasseur SARL',
  'Copperleaf Studio Ltd',
  'Tipografia Moretti s.n.c.',
  'Grafisch Bureau Kuipers B.V.',
];
const CLIENTS = [
  'Boulangerie Morel SARL',
  'Hausverwaltung Engel & Roth',
  'Harbor Pine Dental Ltd',
  'Cartoleria Bianchi snc',
  'Talleres Ruiz S.L.',
];
const STREETS = ['Seestrasse 88', '22 place Gambetta', '55 Lakeshore Rd', 'Via Roma 14', 'Twijnstraat 9'];
const NUMBERS = [
  (r: () => number) => `RE-2026-${1000 + Math.floor(r() * 9000)}`,
  (r: () => number) => `FE/2026/0${100 + Math.floor(r() * 900)}`,
  (r: () => number) => `${100 + Math.floor(r() * 900)}/2026`,
  (r: () => number) => `INV-${1000 + Math.floor(r() * 9000)}`,
  (r: () => number) => `${4000 + Math.floor(r() * 5000)}`,
];

/** One letter (or message) and the invoice it is about. */
function generate(seed: number): { html: string; today: string; want: Record<string, unknown> } {
  const r = rng(seed);
  const l = pick(r, LANGS);
  const seller = pick(r, SELLERS);
  const client = pick(
    r,
    CLIENTS.filter((c) => c !== seller),
  );
  const number = pick(r, NUMBERS)(r);
  const today = `2026-${pad(3 + Math.floor(r() * 9))}-${pad(1 + Math.floor(r() * 28))}`;
  const issue = isoPlus(today, -40 - Math.floor(r() * 40));
  const due = isoPlus(issue, 14 + Math.floor(r() * 16));
  const deadline = isoPlus(today, 10);
  const minor = 10_000 + Math.floor(r() * 900_000);
  const date = pick(r, l.dates);
  const amount = pick(r, l.money)(minor);
  const split = r() < 0.4;
  const body = `<p>${l.sentence(number, date(issue), date(due), split ? undefined : amount)}</p>${split ? `<p>${l.amountLine(amount)}</p>` : ''}`;
  const email = `office@${client.toLowerCase().replace(/[^a-z]/g, '')}.example`;
  // A message names its recipient in its header (a company's name, known by its legal form, is the
  // client's; a person's would not be); a letter in its window, under the one-line return address.
  const asMessage = r() < 0.35 && / (?:SARL|Ltd|snc|S\.L\.)$/.test(client);
  const top = asMessage
    ? `<table class="headers"><tr><td>From</td><td>${seller} &lt;billing@seller.example&gt;</td></tr><tr><td>To</td><td>${client} &lt;${email}&gt;</td></tr></table>`
    : `<div class="window"><div class="return">${seller} · ${pick(r, STREETS)} · ${l.place}</div><div>${client}<br>${pick(r, STREETS)}<br>${l.place}</div></div>
       <p class="date">${l.letterDate(date(today))}</p>`;
  const html = `<!DOCTYPE html><html lang="${l.lang}"><head><title>${l.subject}</title></head><body>
    ${top}<h2>${l.subject}</h2>${body}
    <p>${l.deadline(date(deadline))} IBAN DE12 7605 0101 0001 2345 67</p>
    <div class="footer">${seller} · ${pick(r, STREETS)} · Tel. 0911 654321</div>
  </body></html>`;
  const want: Record<string, unknown> = {
    number,
    clientName: client,
    issueDate: issue,
    dueDate: due,
    total: { minor, currency: l.currency },
  };
  if (asMessage) want.clientEmail = email;
  return { html, today, want };
}

describe('generated reminder letters and e-mails that name their invoice in sentences', () => {
  it(`gives exactly each letter's invoice with its fields, never the reminder's deadline (${RUNS} pages)`, () => {
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
});
