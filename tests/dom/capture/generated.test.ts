// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractInvoices } from '../../../lib/capture';

/**
 * Generated lists (issue 11, item 7): a known set of invoices drawn as a table, an ARIA grid or a
 * card list, in French, English or German formats, with random decoration (avatars and initials,
 * e-mail lines and client codes under names, icon ligatures beside statuses, a hidden mobile copy,
 * action menus, a totals row, month group rows, a look-alike section of bills the user owes), and
 * from pages never seen before (blind2): rows split over pinned panes, a header drawn as its own
 * table, a line under the number, cells that carry their own labels, a look-alike list of quotes,
 * the net on a line under the total, a client code on the name's line, a second status column; and
 * from blind3: a client's cell spanning its invoices' rows (`rowspan`), a CSS-grid list of bare
 * divs under a row of labels, cards split into sections whose heading alone gives the status, and
 * numbers written with their series apart ("FT 12345"); and from blind7: a flat CSS grid whose
 * cells are all children of the list (no row elements), clients cut short there too, cards that
 * show a project's title before the client and its avatar, sections of one card, and tables grouped
 * by client whose group rows alone name it, after its account code ("411BOUL  Boulangerie").
 * Extraction must return exactly that set, every shown field right.
 */
const TODAY = '2026-11-22';
const NUM_RUNS = 150;

type Lang = 'fr' | 'en' | 'de';
type Status = 'open' | 'paid' | 'partial';
interface Inv {
  number: string;
  client: string;
  email?: string;
  code?: string;
  total: number;
  due: number;
  issue: string;
  dueDate: string;
  status: Status;
}
interface Deco {
  avatar: boolean;
  email: boolean;
  code: boolean;
  icon: boolean;
  mobileCopy: boolean;
  actions: boolean;
  totals: boolean;
  groups: boolean;
  payables: boolean;
  /** Amounts printed without cents ("$887", "1 240 €"): every amount is whole. */
  whole: boolean;
  /** A card's due date as "Due in 14 days", the date itself in a `title`. */
  relative: boolean;
  /** Self-labelled rows: the column labels in an aria-hidden block above. */
  detached: boolean;
  /** A hint beside the status ("· depuis 12 jours"). */
  hint: boolean;
  /** ARIA grids: each row drawn in a pinned pane (its number) and a scrolling pane (the rest), joined by `aria-rowindex`. */
  pinned: boolean;
  /** Tables: the header drawn as a table of its own above the body's table (fixed headers). */
  fixedHeader: boolean;
  /** A look-alike list of quotes (same columns, same card shape) that must be left out. */
  quotes: boolean;
  /** A line under the invoice number in its cell ("PDF"), with no link to single it out. */
  numberSub: boolean;
  /** Self-labelled rows whose cells each carry their column's label (mobile table layouts). */
  cellLabels: boolean;
  /** Tables: the net amount on a line under the total ("1 200,00 € HT"). */
  netLine: boolean;
  /** The client's code on the name's own line ("Hotel Alpenblick · CL-00103"). */
  inlineCode: boolean;
  /** Tables: a second status column, the document's state ("Posted"), beside the payment status. */
  state: boolean;
  /** Tables: invoices sorted by client, each client's cell spanning its invoices' rows. */
  rowspan: boolean;
  /** Cards: one section per status under a heading ("Overdue", "Paid"), no status on the cards. */
  sections: boolean;
  /** Tables and grids: two fields to a column under "Customer / Invoice #", "Date / Due date", "Total / Status". */
  stacked: boolean;
  /** Tables, ARIA grids and flat grids (not div grids of rows: a known gap): the client cut short ("Boulangerie…"), whole in its tooltip. */
  cut: boolean;
  /** Cards that show a project's title first and the client after, beside its avatar (deal boards): only with an avatar. */
  titled: boolean;
  /** Tables: no client column; each client's invoices under a row of its account code and name ("411BOUL  Boulangerie"). */
  clientGroups: boolean;
}

const CLIENTS = [
  'Boulangerie Dupont & Fils',
  'Garage Martin SARL',
  'Kessler Maschinenbau GmbH',
  'Hotel Alpenblick',
  'Brightline Analytics Inc.',
  'Harbor & Main LLC',
  'Müller & Söhne GmbH',
  'Cabinet Leroy',
  'Quill & Stone Studio',
  'Pharmacie du Marché',
  'Northwind Traders Ltd',
  'Bäckerei Schmidt',
];
const CURRENCY: Record<Lang, string> = { fr: 'EUR', en: 'USD', de: 'EUR' };
const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

const HEADERS: Record<Lang, string[]> = {
  fr: ['N° facture', 'Client', 'Date', 'Échéance', 'Montant TTC', 'Reste à payer', 'Statut'],
  en: ['Invoice #', 'Customer', 'Date', 'Due date', 'Total', 'Amount due', 'Status'],
  de: ['Rechnungsnr.', 'Kunde', 'Datum', 'Fällig am', 'Betrag', 'Offener Betrag', 'Status'],
};
const STATUS_WORDS: Record<Lang, Record<Status, [string, string]>> = {
  fr: { open: ['En retard', 'error'], paid: ['Payée', 'check_circle'], partial: ['Partiellement payée', 'schedule'] },
  en: { open: ['Overdue', 'error'], paid: ['Paid', 'check_circle'], partial: ['Partially paid', 'schedule'] },
  de: { open: ['Überfällig', 'error'], paid: ['Bezahlt', 'check_circle'], partial: ['Teilweise bezahlt', 'schedule'] },
};
const PAYABLES: Record<Lang, string> = { fr: 'Factures fournisseurs', en: 'Bills you owe', de: 'Lieferantenrechnungen' };
const NET: Record<Lang, string> = { fr: 'HT', en: 'net', de: 'netto' };
const STATE: Record<Lang, [string, string]> = { fr: ['État', 'Comptabilisée'], en: ['State', 'Posted'], de: ['Zustand', 'Gebucht'] };
const QUOTES: Record<Lang, string> = { fr: 'Devis en attente', en: 'Open estimates', de: 'Offene Angebote' };

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

let wholeAmounts = false;

function amount(minor: number, lang: Lang): string {
  const whole = String(Math.trunc(minor / 100));
  const cents = String(minor % 100).padStart(2, '0');
  if (wholeAmounts && minor % 100 === 0) {
    if (lang === 'en') return `$${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`;
    return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'de' ? '.' : ' ')} €`;
  }
  if (lang === 'en') return `$${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${cents}`;
  if (lang === 'de') return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${cents} €`;
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f')},${cents} €`;
}

function date(iso: string, lang: Lang, written: boolean): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  if (lang === 'en') return `${MONTHS_EN[m - 1]} ${d}, ${y}`;
  if (lang === 'fr') return written ? `${d} ${MONTHS_FR[m - 1]} ${y}` : `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`;
  return `${String(d).padStart(2, '0')}.${String(m).padStart(2, '0')}.${y}`;
}

function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** An avatar's letters: the first of the name's first two words, as apps draw them ("Müller & Söhne": "MS"). */
const initials = (name: string) =>
  name
    .split(/[^\p{L}]+/u)
    .filter(Boolean)
    .slice(0, 2)
    .map((w) => w[0]!.toUpperCase())
    .join('');

function clientHtml(inv: Inv, deco: Deco, cut = false): string {
  const inline = deco.inlineCode && inv.code ? ` · ${inv.code}` : '';
  const name = cut && !inline ? `<span title="${esc(inv.client)}">${esc(inv.client.slice(0, 11))}…</span>` : esc(inv.client);
  const lines = [`<div class="name">${name}${inline}</div>`];
  if (inv.email) lines.push(`<small class="text-muted">${inv.email}</small>`);
  if (inv.code && !inline) lines.push(`<small class="code">${inv.code}</small>`);
  const avatar = deco.avatar ? `<span class="avatar avatar-sm">${initials(inv.client)}</span>` : '';
  return `<div class="d-flex">${avatar}<div>${lines.join('')}</div></div>`;
}

function statusHtml(inv: Inv, lang: Lang, deco: Deco): string {
  const [word, icon] = STATUS_WORDS[lang][inv.status];
  const hint = deco.hint ? { fr: ' · depuis 12 jours', en: ' · 12 days', de: ' · seit 12 Tagen' }[lang] : '';
  return `<span class="badge">${deco.icon ? `<span class="material-icons" aria-hidden="${icon === 'error' ? 'false' : 'true'}">${icon}</span>` : ''}${word}${hint}</span>`;
}

const ACTIONS =
  '<button aria-haspopup="menu"><span class="material-icons">more_vert</span></button><ul role="menu" hidden><li role="menuitem">Relancer</li></ul>';

/** A table or an ARIA grid of the invoices. */
function tableHtml(invs: Inv[], lang: Lang, deco: Deco, aria: boolean, divs = false, flat = false): string {
  const [t, tr, th, td] = divs
    ? ['div class="grid-list"', 'div class="grid-row" style="display:grid"', 'div class="th"', 'div class="td"']
    : aria
      ? ['div role="grid"', 'div role="row"', 'div role="columnheader"', 'div role="gridcell"']
      : ['table', 'tr', 'th', 'td'];
  const spanned = !aria && !divs && deco.rowspan;
  const grouped = isClientGrouped(deco, aria || divs);
  // Grouped by client: the client column is dropped, its name given once in the group's row.
  const drop = <T>(xs: T[]) => (grouped ? xs.filter((_, i) => i !== 1) : xs);
  const close = (tag: string) => `</${tag.split(' ')[0]}>`;
  const cell = (tag: string, html: string) => `<${tag}>${html}${close(tag)}`;
  // A flat grid (CSS grid) has no row elements: every cell is a child of the list itself.
  const row = (cells: string[], cls = '') => (flat ? cells.join('') : `<${tr}${cls}>${cells.join('')}${close(tr)}`);
  const H = HEADERS[lang];
  const stacked = deco.stacked;
  const own = stacked ? [`${H[1]} / ${H[0]}`, `${H[2]} / ${H[3]}`, `${H[4]} / ${H[6]}`, H[5]!] : H;
  const headers = [...own, ...(deco.state ? [STATE[lang][0]] : []), ...(deco.actions ? [''] : [])];
  const rows: string[] = [row(drop(headers).map((h) => cell(th, esc(h))))];
  let month = '';
  let client = '';
  for (const inv of invs) {
    if (grouped && inv.client !== client) {
      client = inv.client;
      const code = `411${slug(client).slice(0, 4).toUpperCase()}`;
      rows.push(`<tr class="group"><td colspan="${headers.length - 1}"><b>${code}</b>&nbsp;&nbsp;${esc(client)}</td></tr>`);
    }
    if (deco.groups && !aria && !divs && !spanned && inv.issue.slice(0, 7) !== month) {
      month = inv.issue.slice(0, 7);
      rows.push(`<tr class="group"><td colspan="${headers.length}">${date(`${month}-01`, lang, true).replace(/^1\S* /, '')}</td></tr>`);
    }
    const days = Math.round((Date.parse(inv.dueDate) - Date.parse(TODAY)) / 86_400_000);
    const due = deco.relative
      ? `<time datetime="${inv.dueDate}">${days >= 0 ? `in ${days} days` : `${-days} days ago`}</time>`
      : date(inv.dueDate, lang, false);
    const numberHtml = deco.numberSub
      ? `<strong>${inv.number}</strong><small class="d-block">PDF</small>`
      : `<a href="/i/${inv.number}">${inv.number}</a>`;
    const net = deco.netLine ? `<div class="text-muted">${amount(Math.round(inv.total / 1.2), lang)} ${NET[lang]}</div>` : '';
    const total = deco.netLine ? `<div>${amount(inv.total, lang)}</div>${net}` : amount(inv.total, lang);
    const two = (a: string, b: string) => `<div>${a}</div><div>${b}</div>`;
    const cells = stacked
      ? [
          two(clientHtml(inv, deco), numberHtml),
          two(date(inv.issue, lang, false), due),
          two(total, statusHtml(inv, lang, deco)),
          amount(inv.due, lang),
        ]
      : [
          numberHtml,
          clientHtml(inv, deco, deco.cut && (!divs || flat)),
          date(inv.issue, lang, false),
          due,
          total,
          amount(inv.due, lang),
          statusHtml(inv, lang, deco),
        ];
    if (deco.state) cells.push(`<span class="badge">${STATE[lang][1]}</span>`);
    if (deco.actions) cells.push(ACTIONS);
    const tds = drop(cells).map((c) => cell(td, c));
    // The client's cell once, spanning the rows of its invoices that follow one another.
    const k = invs.indexOf(inv);
    if (spanned && stacked) {
      // A spanned client is its own column: never stacked with the number.
    } else if (spanned && k > 0 && invs[k - 1]!.client === inv.client) tds.splice(1, 1);
    else if (spanned)
      tds[1] = tds[1]!.replace(
        '<td>',
        `<td rowspan="${invs.slice(k).findIndex((o) => o.client !== inv.client) >>> 0 || invs.length - k}">`,
      );
    rows.push(row(tds));
  }
  if (deco.totals) {
    const sum = (f: (i: Inv) => number) =>
      amount(
        invs.reduce((s, i) => s + f(i), 0),
        lang,
      );
    const cells = stacked
      ? ['Total', '', sum((i) => i.total), sum((i) => i.due)]
      : ['Total', '', '', '', sum((i) => i.total), sum((i) => i.due), ''];
    if (deco.state) cells.push('');
    if (deco.actions) cells.push('');
    rows.push(
      row(
        drop(cells).map((c) => cell(td, c)),
        ' class="total"',
      ),
    );
  }
  if (aria && !divs && deco.pinned) return pinnedHtml(rows);
  if (!aria && !divs && deco.fixedHeader)
    return `<div class="table-head"><table><thead>${rows[0]}</thead></table></div><div class="table-body"><table><tbody>${rows.slice(1).join('')}</tbody></table></div>`;
  if (flat) return `<div class="grid-list" style="display:grid">${rows.join('')}</div>`;
  return `<${t}${aria ? ' aria-label="Invoices"' : ' class="table"'}>${rows.join('')}${close(t)}`;
}

/** Whether a table is drawn grouped by client (see Deco.clientGroups): a plain table, no other grouping or stacking. */
const isClientGrouped = (deco: Deco, notTable: boolean) => deco.clientGroups && !notTable && !deco.rowspan && !deco.groups && !deco.stacked;

/** An ARIA grid's rows split as grids with pinned columns draw them: first cell in one pane, the rest in another. */
function pinnedHtml(rows: string[]): string {
  const split = rows.map((r, i) => {
    const cells = r.replace(/^<div role="row">|<\/div>$/g, '').split(/(?=<div role="(?:gridcell|columnheader)">)/);
    const open = `<div role="row" aria-rowindex="${i + 1}">`;
    return [`${open}${cells[0]}</div>`, `${open}${cells.slice(1).join('')}</div>`];
  });
  return `<div role="grid" aria-label="Invoices"><div class="pinned" role="rowgroup">${split.map((p) => p[0]).join('')}</div><div class="center"><div role="rowgroup">${split.map((p) => p[1]).join('')}</div></div></div>`;
}

const LABELS: Record<Lang, { issued: string; due: string; remaining: (a: string) => string }> = {
  fr: { issued: 'émise le', due: 'échéance', remaining: (a) => `reste ${a}` },
  en: { issued: 'Issued', due: 'Due', remaining: (a) => `${a} remaining` },
  de: { issued: 'vom', due: 'fällig am', remaining: (a) => `noch offen: ${a}` },
};

const IN_DAYS: Record<Lang, (n: number) => string> = {
  fr: (n) => `à échoir dans ${n} jours`,
  en: (n) => `Due in ${n} days`,
  de: (n) => `fällig in ${n} Tagen`,
};

/** A due date by its label, or as a relative phrase with the date in a tooltip. */
function dueHtml(inv: Inv, lang: Lang, deco: Deco): string {
  const days = Math.round((Date.parse(inv.dueDate) - Date.parse(TODAY)) / 86_400_000);
  if (deco.relative && days > 1) return `<span title="${inv.dueDate}">${IN_DAYS[lang](days)}</span>`;
  return `<span>${LABELS[lang].due} ${date(inv.dueDate, lang, false)}</span>`;
}

/** A table with no header whose cells say what they hold; its labels, if any, in a separate block. */
function selfLabelledHtml(invs: Inv[], lang: Lang, deco: Deco): string {
  const l = LABELS[lang];
  const head = deco.detached
    ? `<div class="list-head" aria-hidden="true">${HEADERS[lang].map((h) => `<span>${esc(h)}</span>`).join('')}</div>`
    : '';
  const rows = invs.map((inv) => {
    const remaining = inv.status === 'partial' ? ` <div>${l.remaining(amount(inv.due, lang))}</div>` : '';
    const cells = [
      `<a href="/i/${inv.number}">${inv.number}</a>`,
      clientHtml(inv, deco),
      `${l.issued} ${date(inv.issue, lang, false)}`,
      dueHtml(inv, lang, deco),
      amount(inv.total, lang) + remaining,
      statusHtml(inv, lang, deco),
    ];
    if (deco.actions) cells.push(ACTIONS);
    const labels = [0, 1, 2, 3, 4, 6].map((c) => HEADERS[lang][c]!);
    const label = (i: number) => (deco.cellLabels && labels[i] ? `<div class="cell-label">${esc(labels[i])}</div>` : '');
    return `<tr>${cells.map((c, i) => `<td>${label(i)}${c}</td>`).join('')}</tr>`;
  });
  return `${head}<table class="list"><tbody>${rows.join('')}</tbody></table>`;
}

const SECTIONS: Record<Lang, Record<Status, string>> = {
  fr: { open: 'En retard', partial: 'Partiellement payées', paid: 'Payées' },
  en: { open: 'Overdue', partial: 'Partially paid', paid: 'Paid' },
  de: { open: 'Überfällig', partial: 'Teilweise bezahlt', paid: 'Bezahlt' },
};

/** Cards in one section per status, the status said by the section's heading only. */
function sectionsHtml(invs: Inv[], lang: Lang, deco: Deco, tag: 'li' | 'article'): string {
  const plain = { ...deco, sections: false, groups: false, totals: false, icon: false, hint: false };
  return (['open', 'partial', 'paid'] as const)
    .map((st) => {
      const mine = invs.filter((i) => i.status === st);
      const html = cardsHtml(mine, lang, plain, tag).replace(/<span class="badge">.*?<\/span>/g, '');
      return mine.length ? `<section><h2>${SECTIONS[lang][st]}</h2>${html}</section>` : '';
    })
    .join('');
}

/** What a deal board's card shows first: the deal's or project's name, never the client's. */
const TITLES = ['Website retainer', 'Annual audit', 'Spring campaign assets', 'Fleet tracking rollout', 'Brand refresh'];

/** A card list: fields known only by their wording, no header. */
function cardsHtml(invs: Inv[], lang: Lang, deco: Deco, tag: 'li' | 'article'): string {
  if (deco.sections) return sectionsHtml(invs, lang, deco, tag);
  const l = LABELS[lang];
  const cards = invs.map((inv, k) => {
    const remaining = inv.status === 'partial' ? `<div class="remaining">${l.remaining(amount(inv.due, lang))}</div>` : '';
    const title = deco.titled && deco.avatar ? `<div class="title">${TITLES[k % TITLES.length]}</div>` : '';
    return `<${tag} class="card">${title}<a href="/i/${inv.number}">${inv.number}</a>${clientHtml(inv, deco)}<div class="meta"><span>${l.issued} ${date(inv.issue, lang, false)}</span>${dueHtml(inv, lang, deco)}</div><div class="amount">${amount(inv.total, lang)}</div>${remaining}${statusHtml(inv, lang, deco)}${deco.actions ? ACTIONS : ''}</${tag}>`;
  });
  if (deco.groups)
    cards.splice(
      Math.min(1, cards.length),
      0,
      `<${tag} class="group">${date(invs[0]!.issue, lang, true).replace(/^\d+\S* /, '')}</${tag}>`,
    );
  const list = tag === 'li' ? `<ul class="invoices">${cards.join('')}</ul>` : `<div class="cards">${cards.join('')}</div>`;
  const totals = deco.totals
    ? `<div class="summary">Total ${amount(
        invs.reduce((s, i) => s + i.due, 0),
        lang,
      )}</div>`
    : '';
  return list + totals;
}

function payablesHtml(lang: Lang, cards: boolean): string {
  const bills = [
    ['B-7781', 'Stadtwerke Kiel', 231_044],
    ['B-7782', 'Office Depot', 11_820],
  ] as const;
  const l = LABELS[lang];
  const body = cards
    ? `<ul>${bills.map(([n, c, a]) => `<li class="card"><a href="/b/${n}">${n}</a><div>${c}</div><span>${l.due} ${date('2026-12-01', lang, false)}</span><div>${amount(a, lang)}</div><span>${STATUS_WORDS[lang].open[0]}</span></li>`).join('')}</ul>`
    : `<table><tr><th>${HEADERS[lang][0]}</th><th>${lang === 'fr' ? 'Fournisseur' : lang === 'de' ? 'Lieferant' : 'Vendor'}</th><th>${HEADERS[lang][4]}</th></tr>${bills.map(([n, c, a]) => `<tr><td>${n}</td><td>${c}</td><td>${amount(a, lang)}</td></tr>`).join('')}</table>`;
  return `<section><h2>${PAYABLES[lang]}</h2>${body}</section>`;
}

/** Quotes drawn exactly as the invoices are (same columns, same cards), under a heading that says what they are. */
function quotesHtml(lang: Lang, layout: Layout, deco: Deco): string {
  const quotes: Inv[] = [
    {
      number: 'Q-5501',
      client: 'Garage Martin SARL',
      total: 240_000,
      due: 240_000,
      issue: '2026-11-02',
      dueDate: '2026-12-02',
      status: 'open',
    },
    {
      number: 'Q-5502',
      client: 'Hotel Alpenblick',
      total: 89_000,
      due: 89_000,
      issue: '2026-11-09',
      dueDate: '2026-12-09',
      status: 'open',
    },
  ];
  const plain = { ...deco, groups: false, totals: false, pinned: false, fixedHeader: false, sections: false, rowspan: false };
  const body = tabular(layout)
    ? tableHtml(quotes, lang, plain, layout === 'grid', layout === 'divgrid' || layout === 'flatgrid', layout === 'flatgrid').replace(
        ' aria-label="Invoices"',
        '',
      )
    : layout === 'rows'
      ? selfLabelledHtml(quotes, lang, plain)
      : cardsHtml(quotes, lang, plain, layout === 'ul' ? 'li' : 'article');
  return `<section><h2>${QUOTES[lang]}</h2>${body}</section>`;
}

type Layout = 'table' | 'grid' | 'ul' | 'cards' | 'rows' | 'divgrid' | 'flatgrid';
const tabular = (layout: Layout) => layout === 'table' || layout === 'grid' || layout === 'divgrid' || layout === 'flatgrid';

function page(invs: Inv[], lang: Lang, layout: Layout, deco: Deco): Document {
  const title = { fr: 'Factures clients', en: 'Invoices', de: 'Rechnungen' }[lang];
  const list = tabular(layout)
    ? tableHtml(invs, lang, deco, layout === 'grid', layout === 'divgrid' || layout === 'flatgrid', layout === 'flatgrid')
    : layout === 'rows'
      ? selfLabelledHtml(invs, lang, deco)
      : cardsHtml(invs, lang, deco, layout === 'ul' ? 'li' : 'article');
  const mobile = deco.mobileCopy
    ? `<div class="d-md-none" aria-hidden="true">${invs.map((i) => `<div class="m-row"><b>${i.number}</b> · ${amount(i.total, lang)}</div>`).join('')}</div>`
    : '';
  const quotes = deco.quotes ? quotesHtml(lang, layout, deco) : '';
  const html = `<html lang="${lang}"><body><nav><a href="/">Home</a></nav><main><h1>${title}</h1><section>${list}${mobile}</section>${deco.payables ? payablesHtml(lang, layout === 'ul' || layout === 'cards') : ''}${quotes}</main></body></html>`;
  return new DOMParser().parseFromString(html, 'text/html');
}

const invoiceArb = (i: number) =>
  fc
    .record({
      prefix: fc.constantFrom('INV-', 'F-2026-', 'RE-', 'FA26', 'A-', 'FT '),
      digits: fc.integer({ min: 100, max: 99_999 }),
      client: fc.constantFrom(...CLIENTS),
      total: fc.integer({ min: 1_000, max: 5_000_000 }),
      part: fc.integer({ min: 1, max: 99 }),
      status: fc.constantFrom<Status>('open', 'paid', 'partial'),
      issueOffset: fc.integer({ min: 0, max: 300 }),
      term: fc.constantFrom(14, 30, 45),
      code: fc.constantFrom('CL-00103', 'Kd.-Nr. 10198', 'Customer ID: 4471', 'C123'),
    })
    .map((r): Omit<Inv, 'email' | 'code'> & { code: string } => {
      const issue = addDays('2026-01-01', r.issueOffset);
      const due = r.status === 'paid' ? 0 : r.status === 'open' ? r.total : Math.max(1, Math.floor((r.total * r.part) / 100));
      return {
        // A series apart from its number ("FT 112345"): digits only after it, the first the invoice's place.
        number: r.prefix === 'FT ' ? `FT ${i + 1}${r.digits}` : `${r.prefix}${r.digits}${String.fromCharCode(65 + i)}`,
        client: r.client,
        total: r.total,
        due,
        issue,
        dueDate: addDays(issue, r.term),
        status: r.status,
        code: r.code,
      };
    });

const caseArb = fc.record({
  lang: fc.constantFrom<Lang>('fr', 'en', 'de'),
  layout: fc.constantFrom<Layout>('table', 'grid', 'ul', 'cards', 'rows', 'divgrid', 'flatgrid'),
  deco: fc.record({
    avatar: fc.boolean(),
    email: fc.boolean(),
    code: fc.boolean(),
    icon: fc.boolean(),
    mobileCopy: fc.boolean(),
    actions: fc.boolean(),
    totals: fc.boolean(),
    groups: fc.boolean(),
    payables: fc.boolean(),
    whole: fc.boolean(),
    relative: fc.boolean(),
    detached: fc.boolean(),
    hint: fc.boolean(),
    pinned: fc.boolean(),
    fixedHeader: fc.boolean(),
    quotes: fc.boolean(),
    numberSub: fc.boolean(),
    cellLabels: fc.boolean(),
    netLine: fc.boolean(),
    inlineCode: fc.boolean(),
    state: fc.boolean(),
    rowspan: fc.boolean(),
    sections: fc.boolean(),
    stacked: fc.boolean(),
    cut: fc.boolean(),
    titled: fc.boolean(),
    clientGroups: fc.boolean(),
  }),
  invs: fc.integer({ min: 2, max: 7 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => invoiceArb(i)))),
});

const slug = (name: string) =>
  name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z]/g, '');

function expected(inv: Inv, lang: Lang, layout: Layout, grouped = false): Record<string, unknown> {
  const money = (minor: number) => ({ minor, currency: CURRENCY[lang] });
  const cards = layout === 'ul' || layout === 'cards' || layout === 'rows';
  const e: Record<string, unknown> = {
    number: inv.number,
    clientName: inv.client,
    total: money(inv.total),
    issueDate: inv.issue,
    dueDate: inv.dueDate,
    status: inv.status,
  };
  if (!cards || inv.status === 'partial') e.amountDue = money(inv.due);
  // Grouped by client, the e-mail line under a name has no cell to stand in.
  if (inv.email && !grouped) e.clientEmail = inv.email;
  return e;
}

describe('generated lists, grids and card lists', () => {
  it(`returns exactly the invoices drawn, every field right (${NUM_RUNS} pages)`, () => {
    fc.assert(
      fc.property(caseArb, ({ lang, layout, deco, invs }) => {
        wholeAmounts = deco.whole;
        // Stacked cells show the number as a link, a plain total and an absolute due date.
        // Not yet read on a CSS-grid list, whose labels are matched part by part (a known limit, see blind3's report).
        if (layout === 'divgrid' || layout === 'flatgrid') deco.stacked = false;
        // Grouped by client: a table's only grouping, its cells one line each.
        if (deco.clientGroups && layout === 'table') Object.assign(deco, { rowspan: false, groups: false, stacked: false });
        if (deco.stacked) Object.assign(deco, { numberSub: false, netLine: false, relative: false, pinned: false });
        const whole = (minor: number) => (deco.whole ? Math.max(100, Math.round(minor / 100) * 100) : minor);
        const list: Inv[] = invs.map((r) => {
          const total = whole(r.total);
          const due = r.status === 'paid' ? 0 : r.status === 'open' ? total : Math.min(total - 100, whole(r.due));
          return {
            ...r,
            total,
            due,
            email: deco.email ? `billing@${slug(r.client)}.example` : undefined,
            code: deco.code ? r.code : undefined,
          };
        });
        if (list.some((i) => i.status === 'partial' && i.due <= 0)) return;
        // Spanned clients follow one another; sections list the overdue, then the part paid, then the paid.
        const grouped = layout === 'table' && isClientGrouped(deco, false);
        if ((deco.rowspan || grouped) && layout === 'table') list.sort((a, b) => a.client.localeCompare(b.client));
        const order = ['open', 'partial', 'paid'];
        // A section of one card is read as the other sections' lists are: one of them at least must be a list.
        if (deco.sections && !order.some((st) => list.filter((i) => i.status === st).length >= 2)) return;
        if (deco.sections && (layout === 'ul' || layout === 'cards'))
          list.sort((a, b) => order.indexOf(a.status) - order.indexOf(b.status));
        const found = extractInvoices(page(list, lang, layout, deco), { today: TODAY });
        expect(found.map((f) => f.number)).toEqual(list.map((i) => i.number));
        found.forEach((f, i) => {
          const { confidence: _c, kind: _k, ...rest } = f as Record<string, unknown>;
          expect(rest, f.number).toEqual(expected(list[i]!, lang, layout, grouped));
        });
      }),
      { numRuns: NUM_RUNS, seed: Number(process.env.RELANCE_SEED ?? 20261203) },
    );
  });
});
