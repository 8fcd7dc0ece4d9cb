// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractInvoicesDetailed } from '../../../lib/capture';
import { seeded as rng, pick, pad, group, isoPlus } from '../../seeded';

/**
 * Generated CRM record pages of the shapes round 7 taught (details-blind7), in English, French,
 * Spanish and Dutch: label/value fields in two columns in any order, the customer labelled as the
 * CRM's "account" ("Account Name", "Nom du compte"), values followed by an inline edit button whose
 * screen-reader text names the field, the record's heading a subject that ends in a year, the
 * owner a user of the app; French labels sometimes printed with their German twin ("Échéance /
 * Fälligkeit"). The document's kind is a caption printed alone above the heading: an invoice gives
 * exactly itself, a credit note gives itself as one (negative, never open), a pro-forma gives nothing.
 */
const RUNS = 200;

type Kind = 'invoice' | 'credit' | 'proforma';

interface Lang {
  lang: string;
  currency: string;
  caption: Record<Kind, string>;
  labels: { number: string; client: string; owner: string; subject: string; issue: string; due: string; total: string; edit: string };
  twin?: Partial<Lang['labels']>;
  section: string;
  date: (iso: string) => string;
  money: (minor: number) => string;
  subject: string;
}

const dmy = (sep: string) => (iso: string) => iso.split('-').reverse().join(sep);
const LANGS: Lang[] = [
  {
    lang: 'en-US',
    currency: 'USD',
    caption: { invoice: 'Invoice', credit: 'Credit Note', proforma: 'Pro Forma Invoice' },
    labels: {
      number: 'Invoice Number',
      client: 'Account Name',
      owner: 'Owner',
      subject: 'Opportunity',
      issue: 'Invoice Date',
      due: 'Due Date',
      total: 'Total Amount',
      edit: 'Edit',
    },
    section: 'Information',
    date: (iso) => `${Number(iso.slice(5, 7))}/${Number(iso.slice(8))}/${iso.slice(0, 4)}`,
    money: (m) => `$${group(Math.floor(m / 100), ',')}.${pad(m % 100)}`,
    subject: 'Annual renewal',
  },
  {
    lang: 'fr',
    currency: 'EUR',
    caption: { invoice: 'Facture', credit: 'Avoir', proforma: 'Facture pro forma' },
    labels: {
      number: 'N° de facture',
      client: 'Nom du compte',
      owner: 'Propriétaire',
      subject: 'Objet',
      issue: 'Date de la facture',
      due: "Date d'échéance",
      total: 'Total général',
      edit: 'Modifier',
    },
    twin: { number: 'N° de facture / Rechnungsnummer', due: 'Échéance / Fälligkeit', total: 'Total TVA incluse / Total inkl. MWST' },
    section: 'Informations sur la facture',
    date: dmy('/'),
    money: (m) => `${group(Math.floor(m / 100), ' ')},${pad(m % 100)} €`,
    subject: 'Contrat de maintenance',
  },
  {
    lang: 'es',
    currency: 'EUR',
    caption: { invoice: 'Factura', credit: 'Nota de crédito', proforma: 'Factura proforma' },
    labels: {
      number: 'Número de factura',
      client: 'Nombre de la cuenta',
      owner: 'Propietario',
      subject: 'Asunto',
      issue: 'Fecha de factura',
      due: 'Fecha de vencimiento',
      total: 'Total',
      edit: 'Editar',
    },
    section: 'Información de la factura',
    date: dmy('/'),
    money: (m) => `${group(Math.floor(m / 100), '.')},${pad(m % 100)} €`,
    subject: 'Mantenimiento anual',
  },
  {
    lang: 'nl',
    currency: 'EUR',
    caption: { invoice: 'Factuur', credit: 'Creditnota', proforma: 'Proformafactuur' },
    labels: {
      number: 'Factuurnummer',
      client: 'Accountnaam',
      owner: 'Eigenaar',
      subject: 'Onderwerp',
      issue: 'Factuurdatum',
      due: 'Vervaldatum',
      total: 'Totaal',
      edit: 'Bewerken',
    },
    section: 'Factuurgegevens',
    date: dmy('-'),
    money: (m) => `€ ${group(Math.floor(m / 100), '.')},${pad(m % 100)}`,
    subject: 'Onderhoudscontract',
  },
];

const CLIENTS = [
  'Northwind Veterinary Clinic',
  'Crèche Les Petits Pas',
  'Talleres Hermanos Ruiz',
  'Bakkerij De Korenbloem',
  'Larkspur Landscaping',
];
const OWNERS = ['Priya Raman', 'Julien Marchal', 'Sofía Ortega', 'Bram de Vries'];

/** One record page and what it must give. */
function generate(seed: number): { html: string; today: string; want: Record<string, unknown> | null } {
  const r = rng(seed);
  const l = pick(r, LANGS);
  const kind: Kind = r() < 0.6 ? 'invoice' : r() < 0.5 ? 'credit' : 'proforma';
  const labels = { ...l.labels, ...(l.twin && r() < 0.5 ? l.twin : {}) };
  const number = pick(r, [
    `INV-${100000 + Math.floor(r() * 900000)}`,
    `FAC-00${100 + Math.floor(r() * 900)}`,
    `2026-0${100 + Math.floor(r() * 900)}`,
  ]);
  const client = pick(r, CLIENTS);
  const today = `2026-${pad(2 + Math.floor(r() * 10))}-${pad(1 + Math.floor(r() * 28))}`;
  const issue = isoPlus(today, -Math.floor(r() * 30));
  const due = isoPlus(issue, 30);
  const minor = 10_000 + Math.floor(r() * 900_000);
  const subject = `${l.subject} ${2027 + Math.floor(r() * 2)}`;
  const edit = r() < 0.6;
  const field = (label: string, value: string) =>
    `<div class="field" role="listitem"><div class="label"><span>${label}</span></div><div class="value"><span>${value}</span>${
      edit ? `<button type="button"><span class="assistive-text">${l.labels.edit} ${label}</span></button>` : ''
    }</div></div>`;
  const fields = [
    field(labels.number, number),
    field(labels.client, `<a href="/accounts/77">${client}</a>`),
    field(labels.owner, `<a href="/users/5">${pick(r, OWNERS)}</a>`),
    field(labels.subject, subject),
    field(labels.issue, l.date(issue)),
    ...(kind === 'credit' ? [] : [field(labels.due, l.date(due))]),
    field(labels.total, l.money(minor)),
  ];
  // Two columns, the fields dealt in a random order.
  for (let i = fields.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [fields[i], fields[j]] = [fields[j]!, fields[i]!];
  }
  const half = Math.ceil(fields.length / 2);
  const html = `<!DOCTYPE html><html lang="${l.lang}"><head><title>${subject} | CRM</title></head><body>
    <nav><a href="/">Home</a><a href="/accounts">Accounts</a><a href="/invoices">${l.caption.invoice}s</a></nav>
    <div class="record-header"><span class="module">${l.caption[kind]}</span><h1>${subject}</h1><button type="button">${l.labels.edit}</button></div>
    <section><h3>${l.section}</h3><div class="cols"><div class="col">${fields.slice(0, half).join('')}</div><div class="col">${fields
      .slice(half)
      .join('')}</div></div></section>
    <section class="related"><h3>Notes</h3><p>—</p></section>
  </body></html>`;
  if (kind === 'proforma') return { html, today, want: null };
  const total = { minor: kind === 'credit' ? -minor : minor, currency: l.currency };
  const want: Record<string, unknown> = { number, clientName: client, issueDate: issue, total };
  if (kind === 'credit') Object.assign(want, { kind: 'credit-note', status: undefined });
  else want.dueDate = due;
  return { html, today, want };
}

describe('generated CRM record pages: account labels, edit buttons, kinds by their caption', () => {
  it(`gives each invoice and credit note exactly, and nothing for a pro-forma (${RUNS} pages)`, () => {
    const wrong: string[] = [];
    for (let seed = 1; seed <= RUNS; seed++) {
      const { html, today, want } = generate(seed);
      const doc = new DOMParser().parseFromString(html, 'text/html');
      const found = extractInvoicesDetailed(doc, { today }) as unknown as Record<string, unknown>[];
      const got = !want
        ? found.map((f) => f.number)
        : found.length === 1
          ? Object.fromEntries(Object.keys(want).map((k) => [k, found[0]![k]]))
          : found.map((f) => f.number);
      const expected = want ? Object.fromEntries(Object.keys(want).map((k) => [k, want[k]])) : [];
      if (JSON.stringify(got) !== JSON.stringify(expected)) wrong.push(`${seed}: ${JSON.stringify(got)} ≠ ${JSON.stringify(expected)}`);
    }
    expect(wrong).toEqual([]);
  });
});
