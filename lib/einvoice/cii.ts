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
  type RawFields,
} from './fields';
import { periodEnd } from './period';
import type { EInvoice, EInvoiceFormat } from './types';
import { all, attr, first, text, textOf, type XmlNode } from './xml';

/** Element names that differ between CII (D16B, Factur-X / ZUGFeRD 2.x) and ZUGFeRD 1.0 (D13B). */
const NAMES = {
  cii: {
    context: 'ExchangedDocumentContext',
    document: 'ExchangedDocument',
    transaction: 'SupplyChainTradeTransaction',
    agreement: 'ApplicableHeaderTradeAgreement',
    settlement: 'ApplicableHeaderTradeSettlement',
    summation: 'SpecifiedTradeSettlementHeaderMonetarySummation',
  },
  'zugferd-1': {
    context: 'SpecifiedExchangedDocumentContext',
    document: 'HeaderExchangedDocument',
    transaction: 'SpecifiedSupplyChainTradeTransaction',
    agreement: 'ApplicableSupplyChainTradeAgreement',
    settlement: 'ApplicableSupplyChainTradeSettlement',
    summation: 'SpecifiedTradeSettlementMonetarySummation',
  },
} as const;

/** A CrossIndustryInvoice (CII) or a ZUGFeRD 1.0 CrossIndustryDocument. */
export function readCii(root: XmlNode, dialect: 'cii' | 'zugferd-1', format: EInvoiceFormat): EInvoice {
  const n = NAMES[dialect];
  checkProfile(text(root, n.context, 'GuidelineSpecifiedDocumentContextParameter', 'ID'));
  const doc = first(root, n.document);
  const tx = first(root, n.transaction);
  const agreement = first(tx, n.agreement);
  const settlement = first(tx, n.settlement);
  const currency = checkCurrency(
    text(settlement, 'InvoiceCurrencyCode') ?? attr(first(settlement, n.summation, 'GrandTotalAmount'), 'currencyID'),
  );
  const sum = (name: string, what: string) => amountIn(all(settlement, n.summation, name), currency, what);
  const buyer = first(agreement, 'BuyerTradeParty');
  const terms = all(settlement, 'SpecifiedTradePaymentTerms');
  const fields: RawFields = {
    format,
    number: text(doc, 'ID'),
    kind: kindOf(text(doc, 'TypeCode')),
    issueDate: dateTime(first(doc, 'IssueDateTime', 'DateTimeString')),
    dueDate: earliest(terms.map((t) => dueDateTime(first(t, 'DueDateDateTime', 'DateTimeString')))),
    currency,
    total: sum('GrandTotalAmount', 'the invoice total (BT-112)'),
    amountDue: sum('DuePayableAmount', 'the amount due (BT-115)'),
    prepaid: sum('TotalPrepaidAmount', 'the prepaid amount (BT-113)'),
    clientName: text(buyer, 'Name'),
    clientEmail:
      email(text(buyer, 'DefinedTradeContact', 'EmailURIUniversalCommunication', 'URIID')) ??
      emAddress(all(buyer, 'URIUniversalCommunication', 'URIID')),
    iban: all(settlement, 'SpecifiedTradeSettlementPaymentMeans', 'PayeePartyCreditorFinancialAccount', 'IBANID')
      .map((x) => iban(textOf(x)))
      .find(Boolean),
    paymentTerms: oneLine(
      terms
        .map((t) => text(t, 'Description'))
        .filter(Boolean)
        .join(' '),
    ),
    notes: all(doc, 'IncludedNote').map((note) => ({
      text: text(note, 'Content') ?? '',
      subject: text(note, 'SubjectCode')?.toUpperCase(),
    })),
    sellerName: text(agreement, 'SellerTradeParty', 'Name'),
  };
  return toEInvoice(fields);
}

function dateTime(node: XmlNode | undefined): string | undefined {
  return calendarDate(textOf(node), attr(node, 'format'));
}

/** BT-9 as a day (102), or as a month (610) or week (616): the period's last day. */
function dueDateTime(node: XmlNode | undefined): string | undefined {
  const [value, format] = [textOf(node), attr(node, 'format')];
  if (!value || (format !== '610' && format !== '616')) return calendarDate(value, format);
  const end = periodEnd(value, format);
  if (!end) throw new Error(`Not a ${format === '610' ? 'month (CCYYMM)' : 'week (CCYYWW)'}: "${value.slice(0, 30)}".`);
  return end;
}

/** BT-49 is an e-mail only under the scheme `EM` (0225, for one, is a SIREN-based address). */
export function emAddress(nodes: XmlNode[]): string | undefined {
  return nodes
    .filter((u) => attr(u, 'schemeID')?.toUpperCase() === 'EM')
    .map((u) => email(textOf(u)))
    .find(Boolean);
}
