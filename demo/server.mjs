// The demo accounting portal: a small French SaaS-like site rendered from invoices.json, with
// dates relative to today so the demo always shows invoices overdue by a plausible few days.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const here = path.dirname(new URL(import.meta.url).pathname);
const read = (name) => readFileSync(path.join(here, 'portal', name), 'utf8');

const escape = (s) => String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
const euros = (minor) => new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }).format(minor / 100);
const day = (today, offset) => new Date(Date.UTC(today.getFullYear(), today.getMonth(), today.getDate() + offset));
const frDate = (d) => d.toLocaleDateString('fr-FR', { timeZone: 'UTC' });
const isoDate = (d) => d.toISOString().slice(0, 10);

export function loadInvoices(today = new Date()) {
  const { invoices } = JSON.parse(read('invoices.json'));
  return invoices.map((i) => {
    const due = day(today, i.dueIn);
    const remaining = i.ttc - i.paid;
    const status = i.draft ? 'draft' : remaining === 0 ? 'paid' : i.paid > 0 ? 'partial' : 'open';
    return {
      ...i,
      issued: day(today, i.issuedIn),
      due,
      remaining,
      status,
      late: status !== 'draft' && remaining > 0 && i.dueIn < 0 && !i.creditNote,
    };
  });
}

function statusBadge(i) {
  if (i.status === 'draft') return '<span class="badge b-draft">Brouillon</span>';
  if (i.status === 'paid') return '<span class="badge b-paid">Payée</span>';
  if (i.creditNote) return '<span class="badge b-open">Avoir</span>';
  if (i.late) return `<span class="badge b-late">En retard</span>`;
  if (i.status === 'partial') return '<span class="badge b-part">Paiement partiel</span>';
  return '<span class="badge b-open">À payer</span>';
}

function listPage(invoices) {
  const rows = invoices
    .map(
      (i) => `<tr>
  <td><a href="/factures/${encodeURIComponent(i.ref)}">${escape(i.ref)}</a></td>
  <td>${escape(i.client)}</td>
  <td>${frDate(i.issued)}</td>
  <td>${frDate(i.due)}</td>
  <td class="num">${euros(i.ttc)}</td>
  <td class="num">${euros(i.remaining)}</td>
  <td>${statusBadge(i)}</td>
  <td><button class="menu" aria-label="Actions">⋯</button></td>
</tr>`,
    )
    .join('\n');
  const total = invoices.filter((i) => !i.draft).reduce((s, i) => s + i.ttc, 0);
  const remaining = invoices.filter((i) => !i.draft && !i.creditNote).reduce((s, i) => s + i.remaining, 0);
  return `<h1>Factures clients</h1>
<div class="toolbar"><input type="search" placeholder="Rechercher une facture…"><select><option>Tous les états</option><option>En retard</option></select><a class="btn" href="#">+ Nouvelle facture</a></div>
<div class="card">
<table id="invoices">
<thead><tr><th><a href="?sort=ref">N° facture ▾</a></th><th><a href="?sort=client">Client</a></th><th>Date</th><th>Échéance</th><th class="num">Montant TTC</th><th class="num">Reste à payer</th><th>État</th><th></th></tr></thead>
<tbody>
${rows}
</tbody>
<tfoot><tr><td colspan="4">Total (${invoices.length} documents)</td><td class="num">${euros(total)}</td><td class="num">${euros(remaining)}</td><td colspan="2"></td></tr></tfoot>
</table>
<div class="pager">Page 1 sur 1 · <a href="#">‹</a> <a href="#">›</a></div>
</div>`;
}

function detailPage(i) {
  const ht = Math.round(i.ttc / 1.2);
  return `<h1>Facture ${escape(i.ref)} ${statusBadge(i)}</h1>
<div class="card">
<dl class="facts">
  <dt>Client</dt><dd>${escape(i.client)}</dd>
  <dt>E-mail de facturation</dt><dd><a href="mailto:${escape(i.email)}">${escape(i.email)}</a></dd>
  <dt>Date de facture</dt><dd>${frDate(i.issued)}</dd>
  <dt>Date d'échéance</dt><dd>${frDate(i.due)}</dd>
  <dt>Conditions</dt><dd>30 jours net</dd>
</dl>
<table>
<thead><tr><th>Désignation</th><th class="num">Qté</th><th class="num">P.U. HT</th><th class="num">Total HT</th></tr></thead>
<tbody><tr><td>Prestation d'éclairage scénique</td><td class="num">1</td><td class="num">${euros(ht)}</td><td class="num">${euros(ht)}</td></tr></tbody>
</table>
<dl class="facts">
  <dt>Total HT</dt><dd>${euros(ht)}</dd>
  <dt>TVA 20 %</dt><dd>${euros(i.ttc - ht)}</dd>
  <dt>Total TTC</dt><dd><strong>${euros(i.ttc)}</strong></dd>
  <dt>Déjà réglé</dt><dd>${euros(i.paid)}</dd>
  <dt>Reste à payer</dt><dd><strong>${euros(i.remaining)}</strong></dd>
</dl>
</div>`;
}

function dashboard(invoices) {
  const open = invoices.filter((i) => !i.draft && !i.creditNote && i.remaining > 0);
  const late = open.filter((i) => i.late);
  return `<h1>Tableau de bord</h1>
<div class="grid">
  <div class="kpi">Encours clients<b>${euros(open.reduce((s, i) => s + i.remaining, 0))}</b></div>
  <div class="kpi">En retard<b>${euros(late.reduce((s, i) => s + i.remaining, 0))}</b></div>
  <div class="kpi">Factures en retard<b>${late.length}</b></div>
</div>
<p><a class="btn" href="/factures">Voir les factures</a></p>`;
}

export function render(url, today = new Date()) {
  const invoices = loadInvoices(today);
  const layout = (title, content, nav = '') =>
    read('layout.html').replace('{{title}}', escape(title)).replace('{{navInvoices}}', nav).replace('{{content}}', content);
  if (url.pathname === '/portal.css') return { type: 'text/css', body: read('portal.css') };
  if (url.pathname === '/') return { type: 'text/html', body: layout('Tableau de bord', dashboard(invoices)) };
  if (url.pathname === '/factures') return { type: 'text/html', body: layout('Factures', listPage(invoices), 'active') };
  const m = url.pathname.match(/^\/factures\/(.+)$/);
  const invoice = m && invoices.find((i) => i.ref === decodeURIComponent(m[1]));
  if (invoice) return { type: 'text/html', body: layout(`Facture ${invoice.ref}`, detailPage(invoice), 'active') };
  return null;
}

/** Starts the portal on 127.0.0.1; resolves with its base URL and a close function. */
export function startPortal(port = 0) {
  const server = createServer((req, res) => {
    const page = render(new URL(req.url ?? '/', 'http://localhost'));
    if (!page) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Page introuvable');
      return;
    }
    res.writeHead(200, { 'content-type': `${page.type}; charset=utf-8` }).end(page.body);
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address();
      resolve({ url: `http://localhost:${actual}`, close: () => new Promise((r) => server.close(r)) });
    });
  });
}

export { isoDate };
