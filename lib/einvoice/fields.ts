import { electronicFormatIBAN } from 'ibantools';
import { toMajor, type Money } from '../core/minor-units';
import { money } from './amount';
import { dueDateFromTerms, speaksOfPayment } from './terms';
import type { EInvoice, EInvoiceFormat } from './types';
import { attr, textOf, type XmlNode } from './xml';

/**
 * UNTDID 1001 document types EN 16931 uses for credit notes; every other known type is an
 * invoice (380, 383 debit note, 384 corrected, 386 prepayment, 389 self-billed, 751…).
 */
const CREDIT_NOTE_TYPES = new Set(['81', '83', '261', '262', '296', '308', '381', '396', '420', '458', '532']);
const INVOICE_TYPES = new Set([
  '71',
  '80',
  '82',
  '84',
  '102',
  '218',
  '219',
  '326',
  '331',
  '380',
  '382',
  '383',
  '384',
  '385',
  '386',
  '387',
  '388',
  '389',
  '390',
  '393',
  '394',
  '395',
  '456',
  '457',
  '527',
  '553',
  '575',
  '623',
  '633',
  '751',
  '780',
  '817',
  '870',
  '875',
  '876',
  '877',
  '935',
]);

/** Profiles (CII guideline, UBL customization) whose fields mean what EN 16931 says. */
// CEN BII 2 (`urn:www.cenbii.eu:…`, behind PEPPOL BIS 2 and EHF 2) is EN 16931's forerunner, with the
// same UBL places for every field read here.
const KNOWN_PROFILE = /en16931|factur-x|zugferd|urn:ferd:|xrechnung|peppol|cenbii/i;

/**
 * A file that names no profile is the base syntax itself (UBL 2.1, where cbc:CustomizationID is
 * optional, or CII D16B), whose elements are the ones EN 16931 binds these fields to: read. A file
 * that names a profile not known here may give them rules of its own: refused, saying so.
 */
export function checkProfile(profile: string | undefined): void {
  if (!profile) return;
  if (!KNOWN_PROFILE.test(profile))
    throw new Error(
      `Unknown e-invoice profile "${profile.slice(0, 120)}" (known: EN 16931, Factur-X, ZUGFeRD, XRechnung, Peppol, CEN BII).`,
    );
}

export function kindOf(typeCode: string | undefined, creditNoteRoot = false): EInvoice['kind'] {
  if (creditNoteRoot) return 'credit-note';
  if (!typeCode) throw new Error('Missing mandatory field: document type code (BT-3).');
  if (CREDIT_NOTE_TYPES.has(typeCode)) return 'credit-note';
  if (INVOICE_TYPES.has(typeCode)) return 'invoice';
  throw new Error(`Unknown document type code ${typeCode.slice(0, 10)} (BT-3): neither an invoice nor a credit note.`);
}

export function required<T>(value: T | undefined | null, what: string): T {
  if (value === undefined || value === null || value === '') throw new Error(`Missing mandatory field: ${what}.`);
  return value;
}

/**
 * The amount among `nodes` in `currency` (a tax total may be given twice, in two currencies). An
 * amount stated only in another currency than BT-5 contradicts the document (PEPPOL-EN16931-R051:
 * every amount is in BT-5 but the VAT total in accounting currency, BT-111): refused, never read
 * as if it were in BT-5 nor converted.
 */
export function amountIn(nodes: XmlNode[], currency: string, what: string): Money | undefined {
  const stated = nodes.filter((n) => textOf(n));
  const node = stated.find((n) => (attr(n, 'currencyID')?.trim().toUpperCase() ?? currency) === currency);
  if (!node && stated.length > 0) {
    const other = (attr(stated[0], 'currencyID') ?? '').trim().slice(0, 10);
    throw new Error(
      `The ${what.replace(/^the /, '')} is given in ${other}, but the invoice currency (BT-5) is ${currency}: refused rather than converted or guessed.`,
    );
  }
  const value = textOf(node);
  if (value === undefined) return undefined;
  const m = money(value, currency);
  if (!m) throw new Error(`Not an amount in ${what}: "${value.slice(0, 40)}".`);
  return m;
}

export function checkCurrency(code: string | undefined): string {
  const currency = required(code, 'document currency (BT-5)').toUpperCase();
  if (!/^[A-Z]{3}$/.test(currency)) throw new Error(`Not an ISO 4217 currency code: "${currency.slice(0, 20)}".`);
  return currency;
}

/**
 * CII format 102 (YYYYMMDD) or an xsd:date `YYYY-MM-DD` (UBL) to a real calendar date. An xsd:date
 * may carry a time zone ("2026-10-05Z", "2026-10-05+02:00", XML Schema Part 2 §3.2.9): BT-2 and
 * BT-9 are days, not instants, so the day written is kept and the zone dropped, never shifted.
 */
export function calendarDate(value: string | undefined, format?: string): string | undefined {
  if (!value) return undefined;
  if (format && format !== '102') throw new Error(`Date format ${format.slice(0, 10)} is not a calendar date.`);
  const m = /^(\d{4})(?:(\d{2})(\d{2})|-(\d{2})-(\d{2})(?:Z|[+-](?:0\d|1[0-4]):[0-5]\d)?)$/.exec(value.trim());
  if (!m) throw new Error(`Not a date: "${value.slice(0, 30)}".`);
  const iso = `${m[1]}-${m[2] ?? m[4]}-${m[3] ?? m[5]}`;
  const t = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(t.getTime()) || t.toISOString().slice(0, 10) !== iso) throw new Error(`Not a calendar date: "${value.slice(0, 30)}".`);
  return iso;
}

/**
 * BT-58 / BT-49 as one address. BT-58 is a single e-mail, yet contact fields are filled as people
 * write them: "Sabine Lang <s.lang@example.de>", "a@example.de; b@example.de". The first address
 * written is the contact's; text around it is not part of it.
 */
export function email(value: string | undefined): string | undefined {
  const whole = plainEmail(value);
  if (whole || !value?.includes('@')) return whole;
  for (const token of value.split(/[\s,;<>()[\]"]+/)) {
    const e = plainEmail(token);
    if (e) return e;
  }
  return undefined;
}

function plainEmail(value: string | undefined): string | undefined {
  const e = value
    ?.trim()
    .toLowerCase()
    .replace(/^mailto:/, '');
  return e && /^[^\s@<>"]{1,64}@[^\s@<>"]+\.[^\s@<>"]+$/.test(e) && e.length <= 254 ? e : undefined;
}

/** Several due dates (instalments, several payment means): the chase starts at the first. */
export function earliest(dates: (string | undefined)[]): string | undefined {
  return dates.filter((d): d is string => !!d).sort()[0];
}

/**
 * BT-84 is an account identifier: kept when it has the shape of an IBAN (spaces allowed), in its
 * electronic form. The check digits are not enforced: the standards' own sample files carry
 * made-up IBANs, and the account is the issuer's statement, shown as written, never computed.
 */
export function iban(value: string | undefined): string | undefined {
  const e = value ? electronicFormatIBAN(value) : null;
  return e && /^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(e) ? e : undefined;
}

export function oneLine(value: string | undefined): string | undefined {
  const t = value?.replace(/\s+/g, ' ').trim();
  return t || undefined;
}

/** BT-22 and its subject code BT-21 (UNTDID 4451: `AAB` is "terms of payments"). */
export interface Note {
  text: string;
  subject?: string;
}

export interface RawFields {
  format: EInvoiceFormat;
  number?: string;
  kind: EInvoice['kind'];
  issueDate?: string;
  dueDate?: string;
  currency: string;
  total?: Money;
  amountDue?: Money;
  prepaid?: Money;
  clientName?: string;
  clientEmail?: string;
  iban?: string;
  paymentTerms?: string;
  /** Free notes (BT-22) with their subject (BT-21): ZUGFeRD 1.0 BASIC puts the payment terms there. */
  notes: Note[];
  sellerName?: string;
}

/** The checks and rules common to CII and UBL: mandatory fields, signs, the due date. */
export function toEInvoice(f: RawFields): EInvoice {
  const number = required(oneLine(f.number), 'invoice number (BT-1)');
  const issueDate = required(f.issueDate, 'issue date (BT-2)');
  const total = required(f.total, 'invoice total with VAT (BT-112)');
  const clientName = required(oneLine(f.clientName), 'buyer name (BT-44)');
  // BT-115 = BT-112 − BT-113 (+ rounding); ZUGFeRD 1.0 BASIC has no BT-115, only the two others.
  const due = f.amountDue ?? { minor: total.minor - (f.prepaid?.minor ?? 0), currency: total.currency };
  if (total.minor < 0) {
    const label = f.kind === 'credit-note' ? 'A credit note' : 'An invoice';
    throw new Error(
      `${label} with a negative total (${toMajor(total)} ${total.currency}): the amounts contradict the document type; refused rather than guessed (a credit note is typed 381).`,
    );
  }
  // EN 16931 amounts are positive on a credit note: the sign comes from the type.
  const sign = f.kind === 'credit-note' ? -1 : 1;
  const terms = dueFromTerms(f, issueDate);
  return stripUndefined({
    format: f.format,
    number,
    kind: f.kind,
    issueDate,
    dueDate: f.dueDate ?? terms.date,
    dueDateFrom: f.dueDate ? 'document' : terms.date ? 'terms' : undefined,
    total: { minor: sign * total.minor || 0, currency: total.currency },
    amountDue: { minor: sign * due.minor || 0, currency: due.currency },
    clientName,
    clientEmail: f.clientEmail,
    iban: f.iban,
    paymentTerms: f.paymentTerms ?? terms.text,
    sellerName: oneLine(f.sellerName),
  }) as EInvoice;
}

/**
 * The net date of BT-20. When BT-20 is absent or states no date ("Bankverbindung siehe unten"), the
 * notes that hold terms: a note whose subject is `AAB` whole, and the lines of the others that speak
 * of payment ("Zahlbar innerhalb 21 Tagen…", as ZUGFeRD 1.0 BASIC writes them); a contract's end or
 * a delivery date in a note is no due date.
 */
function dueFromTerms(f: RawFields, issueDate: string): { date?: string; text?: string } {
  const stated = f.paymentTerms ? dueDateFromTerms(f.paymentTerms, issueDate) : undefined;
  if (stated) return { date: stated };
  const lines = f.notes.flatMap((n) => (n.subject === 'AAB' ? [n.text] : n.text.split(/\r?\n/).filter(speaksOfPayment)));
  const date = lines.length > 0 ? dueDateFromTerms(lines.join('\n'), issueDate) : undefined;
  return date ? { date, text: oneLine(lines.join(' ')) } : {};
}

function stripUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
