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
 */
const TODAY = '2026-12-03';
const DIR = path.join(OWN_FIXTURES, 'blind6');

/** What each page still misses, in the scorer's words; a page not listed must be read whole. */
const STILL_MISSED: Record<string, string[]> = {
  'en-aging-subtotals.html': [
    'INV-3311.amountDue: want {"minor":198000,"currency":"AUD"} got undefined',
    'INV-3311.status: want "open" got undefined',
    'INV-3342.amountDue: want {"minor":76050,"currency":"AUD"} got undefined',
    'INV-3342.status: want "open" got undefined',
    'INV-3250.amountDue: want {"minor":440000,"currency":"AUD"} got undefined',
    'INV-3250.status: want "open" got undefined',
    'INV-3187.amountDue: want {"minor":61500,"currency":"AUD"} got undefined',
    'INV-3187.status: want "open" got undefined',
    'INV-3329.amountDue: want {"minor":214520,"currency":"AUD"} got undefined',
    'INV-3329.status: want "open" got undefined',
    'INV-3350.amountDue: want {"minor":33000,"currency":"AUD"} got undefined',
    'INV-3350.status: want "open" got undefined',
  ],
  'en-amount-currency-columns.html': [
    '90004411.status: want "open" got undefined',
    '90004418.total: want {"minor":721560,"currency":"GBP"} got {"minor":721560,"currency":"EUR"}',
    '90004418.status: want "partial" got undefined',
    '90004420.total: want {"minor":305000,"currency":"USD"} got {"minor":305000,"currency":"EUR"}',
    '90004420.status: want "paid" got undefined',
    '90004427.total: want {"minor":1890000,"currency":"CHF"} got {"minor":1890000,"currency":"EUR"}',
    '90004427.status: want "open" got undefined',
    '90004433.total: want {"minor":1250000,"currency":"JPY"} got {"minor":125000000,"currency":"EUR"}',
    '90004433.status: want "open" got undefined',
  ],
  'en-parentheses-credit-memos.html': [
    '10482.amountDue: want {"minor":520000,"currency":"USD"} got undefined',
    'CM-1031.amountDue: want {"minor":-75000,"currency":"USD"} got undefined',
    '10487.amountDue: want {"minor":297500,"currency":"USD"} got undefined',
    '10493.amountDue: want {"minor":166700,"currency":"USD"} got undefined',
    'CM-1036.amountDue: want {"minor":-42500,"currency":"USD"} got undefined',
    '10475.amountDue: want {"minor":0,"currency":"USD"} got undefined',
  ],
  'en-salesforce-related-lists.html': [
    'INV-000734.number: want "INV-000734" got no invoice',
    'INV-000734.clientName: want "Granite Peak Outfitters" got no invoice',
    'INV-000734.issueDate: want "2026-10-02" got no invoice',
    'INV-000734.dueDate: want "2026-11-01" got no invoice',
    'INV-000734.total: want {"minor":1845000,"currency":"USD"} got no invoice',
    'INV-000734.amountDue: want {"minor":845000,"currency":"USD"} got no invoice',
    'INV-000734.status: want "partial" got no invoice',
    'INV-000761.clientName: want "Granite Peak Outfitters" got "Posted"',
    'INV-000702.number: want "INV-000702" got no invoice',
    'INV-000702.clientName: want "Granite Peak Outfitters" got no invoice',
    'INV-000702.issueDate: want "2026-08-28" got no invoice',
    'INV-000702.dueDate: want "2026-09-27" got no invoice',
    'INV-000702.total: want {"minor":230000,"currency":"USD"} got no invoice',
    'INV-000702.amountDue: want {"minor":0,"currency":"USD"} got no invoice',
    'INV-000702.status: want "paid" got no invoice',
    'INV-000768.clientName: want "Granite Peak Outfitters" got "Posted"',
  ],
  'en-truncated-tooltips-paged.html': [
    'IE-5501.clientName: want "Boulangerie Dupont & Fils" got "Boulangerie Dup…"',
    'IE-5497.clientName: want "O\'Sullivan Architectural Salvage Ltd" got "O\'Sullivan Archit…"',
    'IE-5504.clientName: want "Connemara Wool Collective" got "Connemara Wool …"',
    'IE-5492.clientName: want "Kilkenny Community Sports Partnership" got "Kilkenny Commun…"',
    'IE-5506.clientName: want "Wicklow Way Guesthouse" got "Wicklow Way Gue…"',
  ],
  'fr-cellules-editables.html': [
    'VT-2026-0412.number: want "VT-2026-0412" got no invoice',
    'VT-2026-0412.clientName: want "Atelier Rousseau Céramique" got no invoice',
    'VT-2026-0412.issueDate: want "2026-11-03" got no invoice',
    'VT-2026-0412.dueDate: want "2026-12-03" got no invoice',
    'VT-2026-0412.total: want {"minor":195000,"currency":"EUR"} got no invoice',
    'VT-2026-0412.status: want "open" got no invoice',
    'VT-2026-0415.number: want "VT-2026-0415" got no invoice',
    'VT-2026-0415.clientName: want "Transports Girard" got no invoice',
    'VT-2026-0415.issueDate: want "2026-11-12" got no invoice',
    'VT-2026-0415.dueDate: want "2026-12-27" got no invoice',
    'VT-2026-0415.total: want {"minor":841236,"currency":"EUR"} got no invoice',
    'VT-2026-0415.status: want "partial" got no invoice',
    'VT-2026-0418.number: want "VT-2026-0418" got no invoice',
    'VT-2026-0418.clientName: want "Pharmacie du Marché" got no invoice',
    'VT-2026-0418.issueDate: want "2026-11-20" got no invoice',
    'VT-2026-0418.dueDate: want "2026-12-20" got no invoice',
    'VT-2026-0418.total: want {"minor":32640,"currency":"EUR"} got no invoice',
    'VT-2026-0418.status: want "paid" got no invoice',
    'VT-2026-0421.number: want "VT-2026-0421" got no invoice',
    'VT-2026-0421.clientName: want "SCI Les Tilleuls" got no invoice',
    'VT-2026-0421.issueDate: want "2026-12-01" got no invoice',
    'VT-2026-0421.dueDate: want "2026-12-31" got no invoice',
    'VT-2026-0421.total: want {"minor":420000,"currency":"EUR"} got no invoice',
    'VT-2026-0421.status: want "draft" got no invoice',
  ],
  'pt-br-faturas-vencidas.html': [
    'FAT-1208.issueDate: want "2026-10-05" got undefined',
    'FAT-1208.amountDue: want {"minor":483000,"currency":"BRL"} got undefined',
    'FAT-1208.status: want "open" got undefined',
    'FAT-1215.issueDate: want "2026-10-20" got undefined',
    'FAT-1215.amountDue: want {"minor":300000,"currency":"BRL"} got undefined',
    'FAT-1215.status: want "partial" got undefined',
    'FAT-1222.issueDate: want "2026-11-10" got undefined',
    'FAT-1222.amountDue: want {"minor":1225040,"currency":"BRL"} got undefined',
    'FAT-1222.status: want "open" got undefined',
    'FAT-1219.issueDate: want "2026-11-01" got undefined',
    'FAT-1219.amountDue: want {"minor":0,"currency":"BRL"} got undefined',
    'FAT-1219.status: want "paid" got undefined',
    'FAT-1225.issueDate: want "2026-11-25" got undefined',
    'FAT-1225.amountDue: want {"minor":115250,"currency":"BRL"} got undefined',
    'FAT-1225.status: want "open" got undefined',
  ],
};

blindListSuite('Blind lists 6', DIR, TODAY, STILL_MISSED);
