import { emAddress } from './cii';
import {
  amountIn,
  calendarDate,
  checkCurrency,
  checkProfile,
  earliest,
  email,
  iban,
  kindOf,
  oneLine,
  toEInvoice,
  type Note,
} from './fields';
import type { EInvoice } from './types';
import { all, first, text, textOf, type XmlNode } from './xml';

/** A UBL 2.1 `Invoice` or `CreditNote` (EN 16931 UBL syntax binding). */
export function readUbl(root: XmlNode, rootName: 'Invoice' | 'CreditNote'): EInvoice {
  checkProfile(text(root, 'CustomizationID'));
  const currency = checkCurrency(text(root, 'DocumentCurrencyCode'));
  const totals = first(root, 'LegalMonetaryTotal');
  const sum = (name: string, what: string) => amountIn(all(totals, name), currency, what);
  const buyer = first(root, 'AccountingCustomerParty', 'Party');
  const seller = first(root, 'AccountingSupplierParty', 'Party');
  const isCreditNote = rootName === 'CreditNote';
  return toEInvoice({
    format: 'ubl',
    number: text(root, 'ID'),
    kind: kindOf(text(root, isCreditNote ? 'CreditNoteTypeCode' : 'InvoiceTypeCode'), isCreditNote),
    issueDate: calendarDate(text(root, 'IssueDate')),
    dueDate: dueDate(root),
    currency,
    total: sum('TaxInclusiveAmount', 'the invoice total (BT-112)'),
    amountDue: sum('PayableAmount', 'the amount due (BT-115)'),
    prepaid: sum('PrepaidAmount', 'the prepaid amount (BT-113)'),
    clientName: partyName(buyer),
    // BT-58, else the customer's accounting contact (UBL 2.1, as OIOUBL and UBL 2.0 producers fill it), else BT-49 under `EM`.
    clientEmail:
      email(text(buyer, 'Contact', 'ElectronicMail')) ??
      email(text(root, 'AccountingCustomerParty', 'AccountingContact', 'ElectronicMail')) ??
      emAddress(all(buyer, 'EndpointID')),
    iban: all(root, 'PaymentMeans', 'PayeeFinancialAccount', 'ID')
      .map((x) => iban(textOf(x)))
      .find(Boolean),
    paymentTerms: oneLine(
      all(root, 'PaymentTerms', 'Note')
        .map((x) => textOf(x))
        .filter(Boolean)
        .join(' '),
    ),
    notes: all(root, 'Note').map((x) => note(textOf(x) ?? '')),
    sellerName: partyName(seller),
  });
}

/**
 * BT-9: cbc:DueDate in an Invoice; else (a CreditNote, or a file that leaves it out) the earliest
 * cac:PaymentMeans/cbc:PaymentDueDate, else the earliest date of UBL 2.1 cac:PaymentTerms
 * (PaymentDueDate, InstallmentDueDate: instalments, the chase starts at the first). Terms that
 * carry an early-payment discount or a penalty state that date, never the net one: skipped.
 */
function dueDate(root: XmlNode): string | undefined {
  const own = calendarDate(text(root, 'DueDate'));
  if (own) return own;
  const means = earliest(all(root, 'PaymentMeans', 'PaymentDueDate').map((d) => calendarDate(textOf(d))));
  if (means) return means;
  const net = all(root, 'PaymentTerms').filter((t) => !SIDE_TERMS.some((name) => text(t, name)));
  return earliest(net.flatMap((t) => [...all(t, 'PaymentDueDate'), ...all(t, 'InstallmentDueDate')]).map((d) => calendarDate(textOf(d))));
}

/** cac:PaymentTerms elements that make a payment term a discount or a penalty clause. */
const SIDE_TERMS = ['SettlementDiscountPercent', 'SettlementDiscountAmount', 'PenaltySurchargePercent', 'PenaltyAmount'];

/**
 * UBL has no element for BT-21: the EN 16931 UBL binding as XRechnung applies it writes the subject
 * code first, between hashes ("#AAB#Zahlbar innerhalb 14 Tagen").
 */
function note(value: string): Note {
  const m = /^#([A-Z]{3})#\s*/.exec(value);
  return m ? { text: value.slice(m[0].length), subject: m[1] } : { text: value };
}

/** The legal name (BT-44 / BT-27), else the trading name. */
function partyName(party: XmlNode | undefined): string | undefined {
  return text(party, 'PartyLegalEntity', 'RegistrationName') ?? text(party, 'PartyName', 'Name');
}
