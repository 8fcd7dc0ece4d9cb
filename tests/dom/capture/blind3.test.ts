// @vitest-environment happy-dom
// @vitest-environment-options {"settings": {"handleDisabledFileLoadingAsSuccess": true}}
import path from 'node:path';
import { blindListSuite } from './blind-suite';
import { OWN_FIXTURES } from './load-fixture';

/**
 * A third batch of invoice lists in styles the capture was not written against (QuickBooks' all-sales
 * list, FreshBooks' stacked cells, Zoho, a CSS-grid list with no roles, rowspan client cells, lists
 * split into Overdue / Due soon / Paid sections, split cents, mixed income and expense cards, a
 * statement naming its customer only in the title, Moneybird, InvoiceXpress, grouped Odoo 17, Wave,
 * `<dl>` cards beside quotes, Harvest, Fatture in Cloud). Each page's invoices are in the JSON beside
 * it, committed before capture first ran on the page.
 * First run (before any fix, today 2026-12-03): F1 0.68 (49 of 79 found, 66 returned), fields 287/509 = 0.56.
 * page | expected | found | right | F1 | fields right
 *   de-kontoauszug-titel.html | 4 | 0 | 0 | 0.00 | 0/20
 *   de-lexoffice-belege.html | 5 | 6 | 5 | 0.91 | 28/29
 *   de-odoo17-gruppiert.html | 5 | 3 | 0 | 0.00 | 0/34
 *   en-chargebee-cssgrid.html | 5 | 4 | 0 | 0.00 | 0/38
 *   en-freshbooks-stacked.html | 5 | 5 | 5 | 1.00 | 10/29
 *   en-harvest-cad-footer.html | 4 | 4 | 4 | 1.00 | 18/28
 *   en-qbo-all-sales.html | 6 | 7 | 6 | 0.92 | 41/41
 *   en-tailwind-sections.html | 6 | 3 | 3 | 0.67 | 20/40
 *   en-wave-amount-due.html | 5 | 5 | 5 | 1.00 | 29/29
 *   es-zoho-facturas.html | 5 | 5 | 5 | 1.00 | 35/35
 *   fr-cartes-dl-devis.html | 4 | 5 | 4 | 0.89 | 28/28
 *   fr-pennylane-styled.html | 5 | 5 | 5 | 1.00 | 34/34
 *   fr-sellsy-rowspan.html | 6 | 3 | 3 | 0.67 | 21/41
 *   it-fic-scadenze.html | 4 | 4 | 4 | 1.00 | 23/23
 *   nl-moneybird-lijst.html | 4 | 0 | 0 | 0.00 | 0/25
 *   pt-invoicexpress-documentos.html | 6 | 7 | 0 | 0.00 | 0/35
 *   TOTAL | 79 | 66 | 49 | 0.68 | 287/509 = 0.56
 * After the fixes (measured on these same pages, so no longer a blind figure): F1 0.97 (75 of 79
 * found, 76 returned), fields 489/509 = 0.96. Still missed: the statement whose caption is
 * "Kontoauszug" (read as a bank statement) and whose customer is named only in the title, and an
 * "Ausgabe" (expense) card among lexoffice's receipts. Round 5 (blind5.test.ts) reads that statement:
 * a "Kontoauszug" whose lines fall due is a customer's, and its title names the customer.
 */
const TODAY = '2026-12-03';
const DIR = path.join(OWN_FIXTURES, 'blind3');

/** What each page still misses, in the scorer's words; a page not listed must be read whole. */
const STILL_MISSED: Record<string, string[]> = {
  'de-lexoffice-belege.html': ['extra B-2026-118'],
};

blindListSuite('Blind lists 3', DIR, TODAY, STILL_MISSED);
