// @vitest-environment happy-dom
// @vitest-environment-options {"settings": {"handleDisabledFileLoadingAsSuccess": true}}
import path from 'node:path';
import { blindListSuite } from './blind-suite';
import { OWN_FIXTURES } from './load-fixture';

/**
 * A seventh batch of invoice lists, in shapes the earlier rounds did not draw: a CRM account's
 * related lists whose items pair form-element labels and values (a payments list naming the same
 * invoices beside), deal-board cards that carry an invoice number under a stage column, a CSS grid
 * whose cells are all siblings of one container and whose client names are cut short with the full
 * name in `title`/`aria-label`, a statement of account with no due-date column, an "Awaiting
 * Payment" list with relative due dates ("Due in 5 days", "12 days overdue") and Paid/Due amount
 * columns, a German list (Offen seit, Fällig am, Netto/Brutto/Offen), a French one (TTC tags,
 * Relancée, Reste à encaisser, kebab menus), a balance âgée whose clients appear only in group
 * rows, a list of `<details>` per customer, rows carrying hidden mobile copies, a checkbox/kebab
 * table with EUR/GBP/USD amounts, and a supplier-bills page (must give nothing). Each page's
 * invoices are in the JSON beside it, committed before capture first ran on the page.
 * First run (2026-12-03, before any rule of this round): F1 0.88 (45 of 54 found, 48 returned),
 * fields 251/339 = 0.74.
 * page | expected | found | right | F1 | fields right
 *   de-rechnungen-offen-seit.html | 5 | 5 | 5 | 1.00 | 35/35
 *   en-accordion-per-customer.html | 5 | 5 | 5 | 1.00 | 30/35 (client only in each <summary>: none)
 *   en-awaiting-payment-relative.html | 5 | 5 | 5 | 1.00 | 30/30
 *   en-checkbox-kebab-currencies.html | 5 | 5 | 5 | 1.00 | 35/35
 *   en-deal-cards-invoice.html | 5 | 4 | 4 | 0.89 | 16/24 (deal title taken for the client; the lone Paid card lost)
 *   en-grid-ellipsis-names.html | 5 | 0 | 0 | 0.00 | 0/30 (cells all siblings of one grid: nothing)
 *   en-hidden-mobile-copies.html | 4 | 4 | 4 | 1.00 | 28/28
 *   en-lightning-related-cards.html | 4 | 1 | 1 | 0.40 | 6/28 (three items lost, client "Invoices")
 *   en-statement-no-due.html | 5 | 5 | 5 | 1.00 | 16/21 (client "— Harbour Lights Marine Ltd")
 *   fr-balance-agee-groupes.html | 6 | 9 | 6 | 0.80 | 22/35 (group rows taken for invoices; no client, no issue date)
 *   fr-factures-fournisseurs.html | 0 | 0 | 0 | — | 0/0
 *   fr-ttc-tags-relancee.html | 5 | 5 | 5 | 1.00 | 33/38 (client read as the checkbox's label "Sélectionner")
 */
const TODAY = '2026-12-03';
const DIR = path.join(OWN_FIXTURES, 'blind7');

/** What each page still misses, in the scorer's words; a page not listed must be read whole. */
const STILL_MISSED: Record<string, string[]> = {
  'en-accordion-per-customer.html': [
    'FV-2210.clientName: want "Fernhill Veterinary Practice" got undefined',
    'FV-2245.clientName: want "Fernhill Veterinary Practice" got undefined',
    'FV-2233.clientName: want "Saltbush Landscaping Pty Ltd" got undefined',
    'FV-2251.clientName: want "Quokka Creative Co" got undefined',
    'FV-2198.clientName: want "Quokka Creative Co" got undefined',
  ],
  'en-deal-cards-invoice.html': [
    'INV-2026-0412.clientName: want "Harborview Dental Group" got "Website retainer \u2014 December"',
    'INV-2026-0415.clientName: want "Meridian Freight Co." got "Fleet tracking rollout"',
    'INV-2026-0377.clientName: want "Pinecrest Realty" got "Annual SEO audit"',
    'INV-2026-0359.clientName: want "Lumen & Vale Studio" got "Spring campaign assets"',
    'INV-2026-0340.number: want "INV-2026-0340" got no invoice',
    'INV-2026-0340.clientName: want "Oakmont Bakery" got no invoice',
    'INV-2026-0340.total: want {"minor":360000,"currency":"USD"} got no invoice',
    'INV-2026-0340.status: want "paid" got no invoice',
  ],
  'en-grid-ellipsis-names.html': [
    'SI-0118.number: want "SI-0118" got no invoice',
    'SI-0118.clientName: want "Northwind Traders International Holdings Ltd" got no invoice',
    'SI-0118.issueDate: want "2026-11-04" got no invoice',
    'SI-0118.dueDate: want "2026-12-04" got no invoice',
    'SI-0118.total: want {"minor":124000,"currency":"GBP"} got no invoice',
    'SI-0118.status: want "open" got no invoice',
    'SI-0119.number: want "SI-0119" got no invoice',
    'SI-0119.clientName: want "Abernethy, Sloane & Partners LLP" got no invoice',
    'SI-0119.issueDate: want "2026-10-06" got no invoice',
    'SI-0119.dueDate: want "2026-11-05" got no invoice',
    'SI-0119.total: want {"minor":840000,"currency":"GBP"} got no invoice',
    'SI-0119.status: want "open" got no invoice',
    'SI-0120.number: want "SI-0120" got no invoice',
    'SI-0120.clientName: want "Kingsbridge Community Theatre Trust" got no invoice',
    'SI-0120.issueDate: want "2026-11-12" got no invoice',
    'SI-0120.dueDate: want "2026-12-12" got no invoice',
    'SI-0120.total: want {"minor":56050,"currency":"GBP"} got no invoice',
    'SI-0120.status: want "paid" got no invoice',
    'SI-0121.number: want "SI-0121" got no invoice',
    'SI-0121.clientName: want "St. Aldhelm\'s Primary School Parent Teacher Association" got no invoice',
    'SI-0121.issueDate: want "2026-11-15" got no invoice',
    'SI-0121.dueDate: want "2026-12-15" got no invoice',
    'SI-0121.total: want {"minor":209500,"currency":"GBP"} got no invoice',
    'SI-0121.status: want "partial" got no invoice',
    'SI-0122.number: want "SI-0122" got no invoice',
    'SI-0122.clientName: want "Gallowgate Fabrication & Welding Services Ltd" got no invoice',
    'SI-0122.issueDate: want "2026-11-20" got no invoice',
    'SI-0122.dueDate: want "2026-12-20" got no invoice',
    'SI-0122.total: want {"minor":1275000,"currency":"GBP"} got no invoice',
    'SI-0122.status: want "open" got no invoice',
  ],
  'en-lightning-related-cards.html': [
    'INV-10233.clientName: want "Cobalt Ridge Logistics, Inc." got "Invoices"',
    'INV-10297.number: want "INV-10297" got no invoice',
    'INV-10297.clientName: want "Cobalt Ridge Logistics, Inc." got no invoice',
    'INV-10297.issueDate: want "2026-11-02" got no invoice',
    'INV-10297.dueDate: want "2026-12-02" got no invoice',
    'INV-10297.total: want {"minor":341275,"currency":"USD"} got no invoice',
    'INV-10297.amountDue: want {"minor":341275,"currency":"USD"} got no invoice',
    'INV-10297.status: want "open" got no invoice',
    'INV-10311.number: want "INV-10311" got no invoice',
    'INV-10311.clientName: want "Cobalt Ridge Logistics, Inc." got no invoice',
    'INV-10311.issueDate: want "2026-11-20" got no invoice',
    'INV-10311.dueDate: want "2026-12-20" got no invoice',
    'INV-10311.total: want {"minor":115000,"currency":"USD"} got no invoice',
    'INV-10311.amountDue: want {"minor":115000,"currency":"USD"} got no invoice',
    'INV-10311.status: want "open" got no invoice',
    'INV-10188.number: want "INV-10188" got no invoice',
    'INV-10188.clientName: want "Cobalt Ridge Logistics, Inc." got no invoice',
    'INV-10188.issueDate: want "2026-09-05" got no invoice',
    'INV-10188.dueDate: want "2026-10-05" got no invoice',
    'INV-10188.total: want {"minor":520000,"currency":"USD"} got no invoice',
    'INV-10188.amountDue: want {"minor":0,"currency":"USD"} got no invoice',
    'INV-10188.status: want "paid" got no invoice',
  ],
  'en-statement-no-due.html': [
    'INV-4471.clientName: want "Harbour Lights Marine Ltd" got "\u2014 Harbour Lights Marine Ltd"',
    'INV-4502.clientName: want "Harbour Lights Marine Ltd" got "\u2014 Harbour Lights Marine Ltd"',
    'CRN-0117.clientName: want "Harbour Lights Marine Ltd" got "\u2014 Harbour Lights Marine Ltd"',
    'INV-4560.clientName: want "Harbour Lights Marine Ltd" got "\u2014 Harbour Lights Marine Ltd"',
    'INV-4588.clientName: want "Harbour Lights Marine Ltd" got "\u2014 Harbour Lights Marine Ltd"',
  ],
  'fr-balance-agee-groupes.html': [
    'FC26-1042.clientName: want "Boulangerie Dupont" got undefined',
    'FC26-1042.issueDate: want "2026-09-15" got undefined',
    'FC26-1102.clientName: want "Boulangerie Dupont" got undefined',
    'FC26-1102.issueDate: want "2026-11-12" got undefined',
    'FC26-0987.clientName: want "Garage Martin SARL" got undefined',
    'FC26-0987.issueDate: want "2026-07-28" got undefined',
    'FC26-1077.clientName: want "Garage Martin SARL" got undefined',
    'FC26-1077.issueDate: want "2026-10-20" got undefined',
    'AV26-0031.clientName: want "Garage Martin SARL" got undefined',
    'AV26-0031.issueDate: want "2026-11-05" got undefined',
    'AV26-0031.kind: want "credit-note" got undefined',
    'FC26-1115.clientName: want "Traiteur Les Saveurs" got undefined',
    'FC26-1115.issueDate: want "2026-11-24" got undefined',
    'extra 411BOUL',
    'extra 411GARA',
    'extra 411TRAI',
  ],
  'fr-ttc-tags-relancee.html': [
    'F-2026-0231.clientName: want "SAS Horizon Conseil" got "S\u00e9lectionner"',
    'F-2026-0238.clientName: want "Boulangerie Dupont & Fils" got "S\u00e9lectionner"',
    'F-2026-0226.clientName: want "Cabinet Lef\u00e8vre Avocats" got "S\u00e9lectionner"',
    'F-2026-0244.clientName: want "Mairie de Saint-Genis" got "S\u00e9lectionner"',
    'F-2026-0219.clientName: want "SARL Les Jardins d\'\u00c9ole" got "S\u00e9lectionner"',
  ],
};

blindListSuite('Blind lists 7', DIR, TODAY, STILL_MISSED);
