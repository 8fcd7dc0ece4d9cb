// @vitest-environment happy-dom
// @vitest-environment-options {"settings": {"handleDisabledFileLoadingAsSuccess": true}}
import path from 'node:path';
import { blindListSuite } from './blind-suite';
import { OWN_FIXTURES } from './load-fixture';

/**
 * A sixth batch of invoice lists, in shapes the earlier rounds did not draw: an AG Grid whose
 * rows sit absolutely positioned in three panes (pinned number, centre, pinned status) in an
 * order unlike their row index, a spreadsheet (Handsontable) whose header is its first data row
 * and whose clones repeat the headers, a React table with sort buttons and resizers in its
 * headers, a quick-entry table whose values sit in inputs and selected options, a CRM account's
 * related-list tiles (dt/dd pairs, the client only in the page header, an opportunities list
 * beside), an aged receivables report (client heading rows, ageing buckets, subtotals, a grand
 * total), an ERP list with amount and currency in separate columns (EUR, GBP, USD, CHF, JPY),
 * a transactions list with credits in parentheses and credit memos and payments mixed in, a
 * Brazilian list (R$ 1.234,56, dd/mm/aaaa, Vencida, Em aberto), a Spanish one (Pendiente de
 * cobro, a rectificativa), a German one (Offen, Teilbezahlt, Gemahnt, "3. Dez. 2026"), a list
 * whose client cells are cut short with the full name in a tooltip, under bulk actions and a
 * "Showing 1–25 of 312" pager, and a payables list of vendor bills (must give nothing). Each
 * page's invoices are in the JSON beside it, committed before capture first ran on the page.
 * First run (2026-12-03, before any rule of this round): F1 0.95 (53 of 59 found, 53 returned),
 * fields 298/385 = 0.77.
 * page | expected | found | right | F1 | fields right
 *   de-offene-posten-gemahnt.html | 5 | 5 | 5 | 1.00 | 35/35
 *   en-aggrid-virtual-shuffled.html | 5 | 5 | 5 | 1.00 | 35/35
 *   en-aging-subtotals.html | 6 | 6 | 6 | 1.00 | 24/36 (bucket columns and "Total": no amount due, no status)
 *   en-amount-currency-columns.html | 5 | 5 | 5 | 1.00 | 21/30 (Currency column ignored: all EUR; Cleared / Not Cleared unread)
 *   en-parentheses-credit-memos.html | 6 | 6 | 6 | 1.00 | 34/40 ("Open" amount column not read as the amount due)
 *   en-react-table-resizers.html | 5 | 5 | 5 | 1.00 | 35/35
 *   en-salesforce-related-lists.html | 4 | 2 | 2 | 0.67 | 12/28 (two tiles lost, client read as "Posted")
 *   en-truncated-tooltips-paged.html | 5 | 5 | 5 | 1.00 | 25/30 (client cut short: "Boulangerie Dup…")
 *   en-vendor-bills-payable.html | 0 | 0 | 0 | — | 0/0
 *   es-pendiente-cobro.html | 5 | 5 | 5 | 1.00 | 29/29
 *   fr-cellules-editables.html | 4 | 0 | 0 | 0.00 | 0/24 (values in inputs and selects: nothing read)
 *   fr-handsontable-clones.html | 4 | 4 | 4 | 1.00 | 28/28
 *   pt-br-faturas-vencidas.html | 5 | 5 | 5 | 1.00 | 20/35 (Emissão, Em aberto and the Portuguese statuses unread)
 * After this round's rules (measured on these same pages, so no longer a blind figure): F1 0.98
 * (57 of 59 found, 57 returned), fields 369/385 = 0.96; the CRM related list is still missed.
 * After round 7's rules (the party a record page's heading names, a label's value never a name):
 * F1 1.00, fields 385/385.
 */
const TODAY = '2026-12-03';
const DIR = path.join(OWN_FIXTURES, 'blind6');

/** What each page still misses, in the scorer's words; a page not listed must be read whole. */
const STILL_MISSED: Record<string, string[]> = {};

blindListSuite('Blind lists 6', DIR, TODAY, STILL_MISSED);
