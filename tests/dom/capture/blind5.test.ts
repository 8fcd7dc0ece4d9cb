// @vitest-environment happy-dom
// @vitest-environment-options {"settings": {"handleDisabledFileLoadingAsSuccess": true}}
import path from 'node:path';
import { blindListSuite } from './blind-suite';
import { OWN_FIXTURES } from './load-fixture';

/**
 * A fifth batch of invoice lists, shaped like the pages open-source billing software renders:
 * InvoicePlane's status tabs and option menus (m/d/Y), Crater's avatar + name + e-mail cells,
 * Kimai's archive (icon-font ligatures in the status badge, a customer number under the name),
 * ERPNext's Accounts Receivable report (header in a separate table, ageing buckets, a payment
 * entry among the invoices, a total row), a French statement with an opening balance, payments
 * interleaved and a running balance, a Swiss account sheet naming its customer only in the title
 * and heading (CHF 1'234.50), a payables expense card list (must give nothing), receivable cards
 * beside a "Bills you owe" list, FacturaScripts (Neto/IVA/Total, paid shown by an icon's title),
 * an Italian ARIA grid with screen-reader copies, a Dutch flex list with detached column labels
 * and month groups, Akaunting's two-line cells (due over issue date, customer over number), and
 * Odoo grouped by customer with relative due dates. Each page's invoices are in the JSON beside
 * it, committed before capture first ran on the page.
 * First run (2026-12-03, before any rule of this round): F1 0.79 (40 of 58 found, 43 returned),
 * fields 230/362 = 0.64.
 * page | expected | found | right | F1 | fields right
 *   de-ausgaben-karten.html | 0 | 1 | 0 | — | 0/0 (a supplier's bill "4411" taken from the payables cards)
 *   de-ch-kontoblatt-titel.html | 4 | 0 | 0 | 0.00 | 0/20 (customer only in the title and heading)
 *   de-kimai-archiv.html | 5 | 5 | 5 | 1.00 | 29/29
 *   en-akaunting-stacked.html | 6 | 6 | 6 | 1.00 | 18/36 (two-line header cells: issue date read from the due date, no client)
 *   en-cards-bills-beside.html | 4 | 4 | 4 | 1.00 | 20/20
 *   en-erpnext-ar-report.html | 5 | 5 | 5 | 1.00 | 29/34 (the receivable account read as the client)
 *   en-invoiceplane-tabs.html | 5 | 5 | 5 | 1.00 | 35/35
 *   es-facturascripts-lista.html | 5 | 2 | 0 | 0.00 | 0/29 (the customer's order column "Número 2" taken for the number)
 *   fr-crater-avatar.html | 5 | 5 | 5 | 1.00 | 35/35
 *   fr-odoo-relatif-groupes.html | 5 | 5 | 5 | 1.00 | 35/35
 *   fr-releve-solde-courant.html | 4 | 0 | 0 | 0.00 | 0/20 (statement: client in a block above the table)
 *   it-fatture-grid-aria.html | 5 | 5 | 5 | 1.00 | 29/29
 *   nl-facturen-flex.html | 5 | 0 | 0 | 0.00 | 0/40 (links as rows, labels detached)
 */
const TODAY = '2026-12-03';
const DIR = path.join(OWN_FIXTURES, 'blind5');

/** What each page still misses, in the scorer's words; a page not listed must be read whole. */
const STILL_MISSED: Record<string, string[]> = {
  'de-ausgaben-karten.html': ['extra 4411'],
  'de-ch-kontoblatt-titel.html': [
    'RE-1187.number: want "RE-1187" got no invoice',
    'RE-1187.clientName: want "Gärtnerei Imhof AG" got no invoice',
    'RE-1187.issueDate: want "2026-09-08" got no invoice',
    'RE-1187.dueDate: want "2026-10-08" got no invoice',
    'RE-1187.total: want {"minor":238640,"currency":"CHF"} got no invoice',
    'RE-1203.number: want "RE-1203" got no invoice',
    'RE-1203.clientName: want "Gärtnerei Imhof AG" got no invoice',
    'RE-1203.issueDate: want "2026-09-29" got no invoice',
    'RE-1203.dueDate: want "2026-10-29" got no invoice',
    'RE-1203.total: want {"minor":795000,"currency":"CHF"} got no invoice',
    'RE-1240.number: want "RE-1240" got no invoice',
    'RE-1240.clientName: want "Gärtnerei Imhof AG" got no invoice',
    'RE-1240.issueDate: want "2026-11-03" got no invoice',
    'RE-1240.dueDate: want "2026-12-03" got no invoice',
    'RE-1240.total: want {"minor":111825,"currency":"CHF"} got no invoice',
    'RE-1256.number: want "RE-1256" got no invoice',
    'RE-1256.clientName: want "Gärtnerei Imhof AG" got no invoice',
    'RE-1256.issueDate: want "2026-11-20" got no invoice',
    'RE-1256.dueDate: want "2026-12-20" got no invoice',
    'RE-1256.total: want {"minor":86460,"currency":"CHF"} got no invoice',
  ],
  'en-akaunting-stacked.html': [
    'INV-00093.clientName: want "Quarry Lane Bakery" got undefined',
    'INV-00093.issueDate: want "2026-11-18" got "2026-12-18"',
    'INV-00093.dueDate: want "2026-12-18" got undefined',
    'INV-00088.clientName: want "Tidewater Yacht Club" got undefined',
    'INV-00088.issueDate: want "2026-10-26" got "2026-11-25"',
    'INV-00088.dueDate: want "2026-11-25" got undefined',
    'INV-00089.clientName: want "Redbud Family Practice" got undefined',
    'INV-00089.issueDate: want "2026-10-31" got "2026-11-30"',
    'INV-00089.dueDate: want "2026-11-30" got undefined',
    'INV-00095.clientName: want "Ironbridge Fitness" got undefined',
    'INV-00095.issueDate: want "2026-11-29" got "2026-12-29"',
    'INV-00095.dueDate: want "2026-12-29" got undefined',
    'INV-00097.clientName: want "Quarry Lane Bakery" got undefined',
    'INV-00097.issueDate: want "2026-12-03" got "2026-01-02"',
    'INV-00097.dueDate: want "2027-01-02" got undefined',
    'INV-00081.clientName: want "Westfield Auto Glass" got undefined',
    'INV-00081.issueDate: want "2026-09-30" got "2026-10-30"',
    'INV-00081.dueDate: want "2026-10-30" got undefined',
  ],
  'en-erpnext-ar-report.html': [
    'ACC-SINV-2026-00418.clientName: want "Brightwater Aquatics Ltd" got "1310 - Debtors - NMS"',
    'ACC-SINV-2026-00391.clientName: want "Brightwater Aquatics Ltd" got "1310 - Debtors - NMS"',
    'ACC-SINV-2026-00344.clientName: want "Kestrel Field Services" got "1310 - Debtors - NMS"',
    'ACC-SINV-2026-00427.clientName: want "Kestrel Field Services" got "1310 - Debtors - NMS"',
    'ACC-SINV-2026-00287.clientName: want "Lumen Optics Inc." got "1310 - Debtors - NMS"',
  ],
  'es-facturascripts-lista.html': [
    'FAC2026A0312.number: want "FAC2026A0312" got no invoice',
    'FAC2026A0312.clientName: want "Clínica Dental Robles S.L." got no invoice',
    'FAC2026A0312.issueDate: want "2026-10-15" got no invoice',
    'FAC2026A0312.dueDate: want "2026-11-14" got no invoice',
    'FAC2026A0312.total: want {"minor":290400,"currency":"EUR"} got no invoice',
    'FAC2026A0312.status: want "open" got no invoice',
    'FAC2026A0318.number: want "FAC2026A0318" got no invoice',
    'FAC2026A0318.clientName: want "Hostal Las Acacias" got no invoice',
    'FAC2026A0318.issueDate: want "2026-11-02" got no invoice',
    'FAC2026A0318.dueDate: want "2026-12-02" got no invoice',
    'FAC2026A0318.total: want {"minor":78650,"currency":"EUR"} got no invoice',
    'FAC2026A0318.status: want "paid" got no invoice',
    'FAC2026A0321.number: want "FAC2026A0321" got no invoice',
    'FAC2026A0321.clientName: want "Ayuntamiento de Villanueva del Río" got no invoice',
    'FAC2026A0321.issueDate: want "2026-11-16" got no invoice',
    'FAC2026A0321.dueDate: want "2027-01-16" got no invoice',
    'FAC2026A0321.total: want {"minor":949850,"currency":"EUR"} got no invoice',
    'FAC2026A0321.status: want "open" got no invoice',
    'FAC2026R0019.number: want "FAC2026R0019" got no invoice',
    'FAC2026R0019.clientName: want "Hostal Las Acacias" got no invoice',
    'FAC2026R0019.issueDate: want "2026-11-20" got no invoice',
    'FAC2026R0019.total: want {"minor":-12100,"currency":"EUR"} got no invoice',
    'FAC2026R0019.kind: want "credit-note" got no invoice',
    'FAC2026A0325.number: want "FAC2026A0325" got no invoice',
    'FAC2026A0325.clientName: want "Talleres Ibáñez e Hijos" got no invoice',
    'FAC2026A0325.issueDate: want "2026-11-27" got no invoice',
    'FAC2026A0325.dueDate: want "2026-12-27" got no invoice',
    'FAC2026A0325.total: want {"minor":135520,"currency":"EUR"} got no invoice',
    'FAC2026A0325.status: want "open" got no invoice',
    'extra PED-8841',
    'extra OC 2026/77',
  ],
  'fr-releve-solde-courant.html': [
    'FA2610-0051.number: want "FA2610-0051" got no invoice',
    'FA2610-0051.clientName: want "Atelier Mercier SARL" got no invoice',
    'FA2610-0051.issueDate: want "2026-10-06" got no invoice',
    'FA2610-0051.dueDate: want "2026-11-05" got no invoice',
    'FA2610-0051.total: want {"minor":180000,"currency":"EUR"} got no invoice',
    'FA2610-0063.number: want "FA2610-0063" got no invoice',
    'FA2610-0063.clientName: want "Atelier Mercier SARL" got no invoice',
    'FA2610-0063.issueDate: want "2026-10-22" got no invoice',
    'FA2610-0063.dueDate: want "2026-11-21" got no invoice',
    'FA2610-0063.total: want {"minor":324000,"currency":"EUR"} got no invoice',
    'AV2611-0004.number: want "AV2611-0004" got no invoice',
    'AV2611-0004.clientName: want "Atelier Mercier SARL" got no invoice',
    'AV2611-0004.issueDate: want "2026-11-04" got no invoice',
    'AV2611-0004.total: want {"minor":-24000,"currency":"EUR"} got no invoice',
    'AV2611-0004.kind: want "credit-note" got no invoice',
    'FA2611-0072.number: want "FA2611-0072" got no invoice',
    'FA2611-0072.clientName: want "Atelier Mercier SARL" got no invoice',
    'FA2611-0072.issueDate: want "2026-11-18" got no invoice',
    'FA2611-0072.dueDate: want "2026-12-18" got no invoice',
    'FA2611-0072.total: want {"minor":96000,"currency":"EUR"} got no invoice',
  ],
  'nl-facturen-flex.html': [
    '2026-0187.number: want "2026-0187" got no invoice',
    '2026-0187.clientName: want "Bakkerij Van den Berg" got no invoice',
    '2026-0187.clientEmail: want "bestellingen@bakkerijvdberg.example" got no invoice',
    '2026-0187.issueDate: want "2026-11-24" got no invoice',
    '2026-0187.dueDate: want "2026-12-24" got no invoice',
    '2026-0187.total: want {"minor":145200,"currency":"EUR"} got no invoice',
    '2026-0187.amountDue: want {"minor":145200,"currency":"EUR"} got no invoice',
    '2026-0187.status: want "open" got no invoice',
    '2026-0183.number: want "2026-0183" got no invoice',
    '2026-0183.clientName: want "Fietsenmakerij De Spaak" got no invoice',
    '2026-0183.clientEmail: want "info@despaak.example" got no invoice',
    '2026-0183.issueDate: want "2026-11-12" got no invoice',
    '2026-0183.dueDate: want "2026-11-26" got no invoice',
    '2026-0183.total: want {"minor":38995,"currency":"EUR"} got no invoice',
    '2026-0183.amountDue: want {"minor":38995,"currency":"EUR"} got no invoice',
    '2026-0183.status: want "open" got no invoice',
    '2026-0179.number: want "2026-0179" got no invoice',
    '2026-0179.clientName: want "Stichting Buurthuis Oost" got no invoice',
    '2026-0179.clientEmail: want "penningmeester@buurthuisoost.example" got no invoice',
    '2026-0179.issueDate: want "2026-11-03" got no invoice',
    '2026-0179.dueDate: want "2026-12-03" got no invoice',
    '2026-0179.total: want {"minor":211750,"currency":"EUR"} got no invoice',
    '2026-0179.amountDue: want {"minor":61750,"currency":"EUR"} got no invoice',
    '2026-0179.status: want "partial" got no invoice',
    '2026-0171.number: want "2026-0171" got no invoice',
    '2026-0171.clientName: want "Tandartspraktijk Smit" got no invoice',
    '2026-0171.clientEmail: want "administratie@smit-tandarts.example" got no invoice',
    '2026-0171.issueDate: want "2026-10-20" got no invoice',
    '2026-0171.dueDate: want "2026-11-19" got no invoice',
    '2026-0171.total: want {"minor":72600,"currency":"EUR"} got no invoice',
    '2026-0171.amountDue: want {"minor":0,"currency":"EUR"} got no invoice',
    '2026-0171.status: want "paid" got no invoice',
    '2026-0166.number: want "2026-0166" got no invoice',
    '2026-0166.clientName: want "Bakkerij Van den Berg" got no invoice',
    '2026-0166.clientEmail: want "bestellingen@bakkerijvdberg.example" got no invoice',
    '2026-0166.issueDate: want "2026-10-06" got no invoice',
    '2026-0166.dueDate: want "2026-11-05" got no invoice',
    '2026-0166.total: want {"minor":99825,"currency":"EUR"} got no invoice',
    '2026-0166.amountDue: want {"minor":99825,"currency":"EUR"} got no invoice',
    '2026-0166.status: want "open" got no invoice',
  ],
};

blindListSuite('Blind lists 5', DIR, TODAY, STILL_MISSED);
