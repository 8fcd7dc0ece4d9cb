// @vitest-environment happy-dom
// @vitest-environment-options {"settings": {"handleDisabledFileLoadingAsSuccess": true}}
import path from 'node:path';
import { blindListSuite } from './blind-suite';
import { OWN_FIXTURES } from './load-fixture';

/**
 * A fourth batch of invoice lists in styles the capture was not written against: Stripe Billing's
 * table (amount then currency code, year-less dates with times, status pills), Zoho Books in en-IN
 * (lakh grouping ₹1,20,000.00, day-first dates, "Overdue by 12 days", a receivables summary above),
 * a Notion database (div grid, headers as buttons, a "Paid on" date and a SUM row), a French list
 * with HT/TTC/Reste dû and "En retard de 12 jours", Sage 50's German open-items report (rows grouped
 * under an account header, Soll/Haben/Saldo columns, subtotal rows), Dolibarr with its row of search
 * inputs under the header and a total row, a Chargebee-like table with bulk checkboxes, a
 * subscription-ID column and "Showing 1–6 of 143", and a German list whose status is only an icon's
 * label, amounts "EUR 1.190,00" and two-digit years. Each page's invoices are in the JSON beside it,
 * committed before capture first ran on the page.
 * First run (before any fix, today 2026-12-03): F1 1.00 (45 of 45 found, 45 returned), fields 297/305 = 0.97.
 * page | expected | found | right | F1 | fields right
 *   de-icon-status-liste.html | 5 | 5 | 5 | 1.00 | 39/40 (the "Storniert" icon label unread: cancelled read as paid)
 *   de-sage-offene-posten.html | 5 | 5 | 5 | 1.00 | 23/30 (customer only in the group row above; a credit note in Haben)
 *   en-bulk-paginated.html | 6 | 6 | 6 | 1.00 | 48/48
 *   en-notion-database.html | 5 | 5 | 5 | 1.00 | 30/30
 *   en-stripe-billing.html | 6 | 6 | 6 | 1.00 | 34/34
 *   en-zoho-receivables.html | 6 | 6 | 6 | 1.00 | 42/42
 *   fr-abby-encaisser.html | 6 | 6 | 6 | 1.00 | 41/41
 *   fr-dolibarr-liste-filtres.html | 6 | 6 | 6 | 1.00 | 40/40
 *   TOTAL | 45 | 45 | 45 | 1.00 | 297/305 = 0.97
 * After the fixes (measured on these same pages, so no longer a blind figure): F1 1.00, fields
 * 305/305 = 1.00: an icon's label read as the status when its cell has no words, a group row's
 * name read after a bare account number of five digits or more, and a ledger line with only a
 * credit that is owed back whole read as a credit note of that amount.
 */
const TODAY = '2026-12-03';
const DIR = path.join(OWN_FIXTURES, 'blind4');

/** What each page still misses, in the scorer's words; a page not listed must be read whole. */
const STILL_MISSED: Record<string, string[]> = {};

blindListSuite('Blind lists 4', DIR, TODAY, STILL_MISSED);
