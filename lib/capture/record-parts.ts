import { fold } from '../parse';
import { money, plausibleDate, type RawInvoice, type ReadHints } from './candidate';
import { findEmail, isCodePart } from './parts';

/**
 * What one part of a record (a card, a row whose cells label themselves) says, by its own words:
 * "échéance 30/09/2026" is a due date, "émise le 31/08/2026" an issue date, "payée le 12/10/2026"
 * a payment (the invoice is paid; the date is not its due date), "$4,075.60 remaining" the amount
 * still due. A part with a label and no value ("Échéance") labels the part after it.
 */

type DateField = 'dueDate' | 'issueDate' | 'paidOn';
type AmountField = 'amountDue' | 'paid' | 'totalExcl' | 'tax' | 'total';

// Folded words; each list is the general wording of one field in FR, EN, DE, ES.
const word = (words: string) => new RegExp(`(?<![a-z])(?:${words})(?![a-z])`);
const DUE_DATE = word(
  'echeance|echoir|echu|echue|due|due on|due by|due date|expires|faellig|fallig|falligkeit|zahlbar|zahlungsziel|vence|vencimiento|payable|avant le|bis|limite|retard|overdue|late|uberfallig|ueberfaellig|depuis|seit',
);
const ISSUE_DATE = word(
  'emise|emis|emission|issued|issue date|invoice date|date|dated|datum|rechnungsdatum|created|cree|creee|erstellt|ausgestellt|vom|sent|envoyee|envoye|facturee|billed|fecha|emitida',
);
const PAID_DATE = word('payee|paye|paid|reglee|regle|bezahlt|beglichen|encaissee|encaisse|received|recue|pagada|pagado|cobrada');
const AMOUNT_DUE = word(
  'reste|restant|reste a payer|remaining|left|due|balance|outstanding|offen|offener|restbetrag|ausstehend|fallig|pendiente|solde|en-cours|encours|a payer|to pay|open|openstaand',
);
const AMOUNT_PAID = word('payee|paye|paid|reglee|regle|bezahlt|gezahlt|received|recu|encaisse|pagado|cobrado');
const AMOUNT_NET = word('ht|net|netto|excl|excl. tax|hors taxes|neto');
const AMOUNT_TAX = word('tva|tax|vat|mwst|ust|iva');
const AMOUNT_GROSS = word('ttc|brutto|incl|gross|total');
/** A line an offer: quotes and estimates are listed beside invoices in most tools, and nobody owes them yet. */
export const OFFER_LINE =
  /^(?:quote|quotation|estimate|proposal|devis|angebot|kostenvoranschlag|presupuesto|cotizacion|orcamento|preventivo|offerte)(?![a-z])/;
/** A dot, bullet or bar between two items of one line. */
export const SEPARATED = /\s[·•|]\s/;
/** A part that is a label and nothing else: letters, a colon. */
const LABEL_ONLY = /^[\p{L}\s.'’()/-]{2,40}:?$/u;

export interface PartReading {
  dates: { field: DateField | undefined; date: string }[];
  amounts: { field: AmountField; text: string }[];
  /** Values whose field their words named: what tells an invoice from any list of codes and sums. */
  labelled: number;
}

/** The date field a wording names, if any; a paid word names a payment date. */
export function dateFieldOf(folded: string): DateField | undefined {
  if (PAID_DATE.test(folded) && !DUE_DATE.test(folded)) return 'paidOn';
  if (DUE_DATE.test(folded)) return 'dueDate';
  if (ISSUE_DATE.test(folded)) return 'issueDate';
  return undefined;
}

/** The amount field a wording names: still due first ("payée partiellement — reste 1 600 €"), then paid, net, tax, total. */
export function amountFieldOf(folded: string): AmountField | undefined {
  if (AMOUNT_DUE.test(folded)) return 'amountDue';
  if (AMOUNT_PAID.test(folded)) return 'paid';
  if (AMOUNT_GROSS.test(folded)) return 'total';
  if (AMOUNT_NET.test(folded)) return 'totalExcl';
  if (AMOUNT_TAX.test(folded)) return 'tax';
  return undefined;
}

/** A label alone ("Échéance", "Reste à payer :"): it names the value in the next part. */
export function isLabelOnly(part: string): boolean {
  return LABEL_ONLY.test(part) && (dateFieldOf(fold(part)) !== undefined || amountFieldOf(fold(part)) !== undefined);
}

/** An amount as a person recognises one without a header: a currency mark or cents. */
const MONEY_LOOK = /[€$£¥₹]|(?<![A-Za-z])(?:EUR|USD|GBP|CHF|CAD|AUD)(?![A-Za-z])|\d[.,]\d{2}(?!\d)/;
/** Dates, for an amount's text: "Due 12.10.2026 · 1 200,00 €" keeps only the amount. */
const DATE_TEXT = /\d{1,4}[./-]\d{1,2}[./-]\d{2,4}|\b\d{1,2}\.?\s+\p{L}{3,}\.?\s+\d{4}|\p{L}{3,}\.?\s+\d{1,2},?\s+\d{4}/gu;

/** The amount of a part, its dates taken out, when it looks like money. */
export function amountText(part: string): string | undefined {
  if (!MONEY_LOOK.test(part) || !/\d/.test(part)) return undefined;
  const t = part.replace(DATE_TEXT, ' ');
  return MONEY_LOOK.test(t) ? t : undefined;
}

/**
 * Reads each part for its date and amount, with the field its words (or the label before it, or
 * the column's label) name. `attrDate` gives a date a part's element carries in `datetime` or
 * `title` ("Due in 3 days" with the date in the tooltip): it wins over the relative phrase.
 */
export function readPartValues(
  parts: readonly string[],
  h: ReadHints,
  columnLabel: (i: number) => string | undefined,
  attrDate: (part: string) => string | undefined,
): PartReading {
  const out: PartReading = { dates: [], amounts: [], labelled: 0 };
  let pending: string | undefined;
  // A label names values in its own column only ("Payment Due" as a status never labels the amount beside it).
  let pendingColumn: string | undefined;
  // Items a line runs together with a dot or a bar ("Rechnungsdatum 12.11.2026 · Fällig am 12.12.2026") are read one by one.
  const items = parts.flatMap((part, i) =>
    SEPARATED.test(part)
      ? part
          .split(SEPARATED)
          .filter((t) => t.trim())
          .map((t) => [t.trim(), i] as const)
      : [[part, i] as const],
  );
  items.forEach(([part, i]) => {
    if (isLabelOnly(part)) {
      pending = part;
      pendingColumn = columnLabel(i);
      return;
    }
    const column = columnLabel(i);
    const wording = fold([column, column === pendingColumn ? pending : undefined, part].filter(Boolean).join(' '));
    pending = undefined;
    const amount = amountText(part);
    if (amount && money(amount, h)) {
      const field = amountFieldOf(wording);
      if (field) out.labelled++;
      out.amounts.push({ field: field ?? 'total', text: amount });
      return;
    }
    if (
      !/\d/.test(part) &&
      !attrDate(part) &&
      !/\b(?:today|tomorrow|yesterday|aujourd|demain|hier|heute|morgen|gestern)\b/i.test(fold(part))
    )
      return;
    const date = attrDate(part) ?? plausibleDate(part, h);
    const field = date ? dateFieldOf(wording) : undefined;
    if (field) out.labelled++;
    if (date) out.dates.push({ field, date });
  });
  return out;
}

/** Fills a raw invoice from a reading: labelled dates first, unlabelled ones by position (issued, then due). */
export function rawFromReading(raw: RawInvoice, reading: PartReading): { paidOn?: string } {
  let paidOn: string | undefined;
  for (const d of reading.dates) {
    if (d.field === 'paidOn') paidOn ??= d.date;
    else if (d.field) raw[d.field] ??= d.date;
  }
  for (const d of reading.dates) {
    if (d.field) continue;
    if (!raw.issueDate) raw.issueDate = d.date;
    else raw.dueDate ??= d.date;
  }
  for (const a of reading.amounts) raw[a.field] ??= a.text;
  return paidOn ? { paidOn } : {};
}

export { findEmail };

/** A name with its code on one line ("Hotel Alpenblick · CL-00103", "Autohaus Wendt GmbH · Kd.-Nr. 1008"): the name alone. */
export function withoutCode(name: string): string {
  if (!SEPARATED.test(name)) return name;
  return (
    name
      .split(SEPARATED)
      .map((item) => item.trim())
      .find((item) => item && !isCodePart(item)) ?? name
  );
}
