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
 * After this round's rules (measured on these same pages, so no longer a blind figure): F1 1.00
 * (58 of 58 found, 58 returned), fields 362/362 = 1.00.
 */
const TODAY = '2026-12-03';
const DIR = path.join(OWN_FIXTURES, 'blind5');

/** What each page still misses, in the scorer's words; a page not listed must be read whole. */
const STILL_MISSED: Record<string, string[]> = {};

blindListSuite('Blind lists 5', DIR, TODAY, STILL_MISSED);
