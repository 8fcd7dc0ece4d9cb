import { emAddress } from './cii';
import { amountIn, calendarDate, checkCurrency, checkProfile, email, iban, kindOf, oneLine, toEInvoice } from './fields';
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
    // BT-9: cbc:DueDate in an Invoice, cac:PaymentMeans/cbc:PaymentDueDate in a CreditNote.
    dueDate: calendarDate(text(root, 'DueDate') ?? text(root, 'PaymentMeans', 'PaymentDueDate')),
    currency,
    total: sum('TaxInclusiveAmount', 'the invoice total (BT-112)'),
    amountDue: sum('PayableAmount', 'the amount due (BT-115)'),
    prepaid: sum('PrepaidAmount', 'the prepaid amount (BT-113)'),
    clientName: partyName(buyer),
    clientEmail: email(text(buyer, 'Contact', 'ElectronicMail')) ?? emAddress(all(buyer, 'EndpointID')),
    iban: all(root, 'PaymentMeans', 'PayeeFinancialAccount', 'ID')
      .map((x) => iban(textOf(x)))
      .find(Boolean),
    paymentTerms: oneLine(
      all(root, 'PaymentTerms', 'Note')
        .map((x) => textOf(x))
        .filter(Boolean)
        .join(' '),
    ),
    notes: all(root, 'Note').map((x) => textOf(x) ?? ''),
    sellerName: partyName(seller),
  });
}

/** The legal name (BT-44 / BT-27), else the trading name. */
function partyName(party: XmlNode | undefined): string | undefined {
  return text(party, 'PartyLegalEntity', 'RegistrationName') ?? text(party, 'PartyName', 'Name');
}
