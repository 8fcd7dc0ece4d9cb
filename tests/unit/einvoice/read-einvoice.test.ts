import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readEInvoice, type EInvoice } from '../../../lib/einvoice';
import { EINVOICES, fixture } from './files';

const eur = (minor: number) => ({ minor, currency: 'EUR' });
const AU_BON_MOULIN = { clientName: 'Ma jolie boutique', sellerName: 'Au bon moulin' };
const KUNDEN_AG = { clientName: 'Kunden AG Mitte', sellerName: 'Lieferant GmbH' };
const SKONTO_2018 = 'Zahlbar innerhalb 30 Tagen netto bis 04.04.2018, 3% Skonto innerhalb 10 Tagen bis 15.03.2018';
const SKONTO_2024 = 'Zahlbar innerhalb 30 Tagen netto bis 15.12.2024, 3% Skonto innerhalb 10 Tagen bis 25.11.2024';
const OEPNV = {
  number: 'E2018092011804',
  kind: 'invoice',
  issueDate: '2018-09-20',
  dueDate: '2018-10-03',
  dueDateFrom: 'document',
  total: eur(900),
  amountDue: eur(900),
  clientName: 'Liselotte Müllermann',
  iban: 'DE12123456789012345678',
  paymentTerms: 'Zahlungsbedingungen: Der Rechnungsbetrag wurde bereits beglichen.',
  sellerName: 'Verkehrsbetriebe GmbH',
} as const;
const XRECHNUNG = {
  number: '471102',
  kind: 'invoice',
  issueDate: '2024-11-15',
  dueDate: '2024-12-15',
  dueDateFrom: 'terms',
  total: eur(52_987),
  amountDue: eur(52_987),
  ...KUNDEN_AG,
  clientEmail: 'info@kunde.de',
  iban: 'DE02120300000000202051',
  paymentTerms: SKONTO_2024,
} as const;

/** Every value below was read by hand from the file's XML (the PDFs' embedded factur-x.xml). */
const EXPECTED: Record<string, EInvoice> = {
  // Total 671,15 €, 201,00 € prepaid: 470,15 € due (BT-115, not BT-112); IBAN FR20… (BT-84).
  'Facture_FR_BASICWL.pdf': {
    format: 'factur-x',
    number: 'FA-2017-0010',
    kind: 'invoice',
    issueDate: '2017-11-13',
    dueDate: '2017-12-13',
    dueDateFrom: 'document',
    total: eur(67_115),
    amountDue: eur(47_015),
    ...AU_BON_MOULIN,
    iban: 'FR2012421242124212421242124',
  },
  // MINIMUM: no due date, no IBAN, no e-mail, no terms.
  'Facture_FR_MINIMUM.pdf': {
    format: 'factur-x',
    number: 'FA-2017-0010',
    kind: 'invoice',
    issueDate: '2017-11-13',
    total: eur(67_115),
    amountDue: eur(47_015),
    ...AU_BON_MOULIN,
  },
  // Type 381, positive amounts in the XML: negative here, from the type. Due date 20171116.
  'Avoir_FR_type381_BASIC.pdf': {
    format: 'factur-x',
    number: 'AV-2017-0005',
    kind: 'credit-note',
    issueDate: '2017-11-16',
    dueDate: '2017-11-16',
    dueDateFrom: 'document',
    total: eur(-23_347),
    amountDue: eur(-23_347),
    ...AU_BON_MOULIN,
  },
  'Facture_UE_BASICWL.pdf': {
    format: 'factur-x',
    number: 'FA-2017-0008',
    kind: 'invoice',
    issueDate: '2017-11-03',
    dueDate: '2017-12-03',
    dueDateFrom: 'document',
    total: eur(207_676),
    amountDue: eur(145_376),
    clientName: 'Me gusta olive',
    sellerName: 'Au bon moulin',
    iban: 'FR2012421242124212421242124',
  },
  // No BT-9: the net date of the terms (04.04.2018), not the Skonto date (15.03.2018).
  'EN16931_Einfach.pdf': {
    format: 'factur-x',
    number: '471102',
    kind: 'invoice',
    issueDate: '2018-03-05',
    dueDate: '2018-04-04',
    dueDateFrom: 'terms',
    total: eur(52_987),
    amountDue: eur(52_987),
    ...KUNDEN_AG,
    paymentTerms: SKONTO_2018,
  },
  // 389 (self-billed) is an invoice; its terms state no date.
  'EN16931_Gutschrift.pdf': {
    format: 'factur-x',
    number: '471102',
    kind: 'invoice',
    issueDate: '2018-03-05',
    total: eur(52_987),
    amountDue: eur(52_987),
    ...KUNDEN_AG,
    paymentTerms: 'Der Betrag wird ihrem Kundenkonto gutgeschrieben und mit der nächsten Rechnung verrechnet.',
  },
  'EN16931_OEPNV.cii.xml': { format: 'cii', ...OEPNV },
  'EN16931_OEPNV.ubl.xml': { format: 'ubl', ...OEPNV },
  'XRECHNUNG_Einfach.cii.xml': { format: 'cii', ...XRECHNUNG },
  // The buyer has no contact: its electronic address under scheme EM (BT-49) is the e-mail.
  'XRECHNUNG_Einfach.ubl.xml': { format: 'ubl', ...XRECHNUNG },
  // CreditNote root (with a BOM); BT-44 is the legal name, not the trading name "… S.A.".
  'ubl-tc434-creditnote1.xml': {
    format: 'ubl',
    number: '018304 / 28865',
    kind: 'credit-note',
    issueDate: '2019-09-23',
    total: eur(-10_011),
    amountDue: eur(-10_011),
    clientName: 'My Customer Company',
    clientEmail: 'pete.smith@mycustomercompany.be',
    iban: 'BE91000000143476',
    sellerName: 'My Supplier Company',
  },
  // Prepaid 1059,74 on a total of 529,87: the amount due is negative, nothing to chase.
  'EN16931_Einfach_negativePaymentDue.cii.xml': {
    format: 'cii',
    number: '471102',
    kind: 'invoice',
    issueDate: '2018-03-05',
    total: eur(52_987),
    amountDue: eur(-52_987),
    ...KUNDEN_AG,
  },
  // ZUGFeRD 1.0 BASIC: no BT-115 (due = total − prepaid) and the terms only in a note (BT-22).
  'ZUGFeRD_1p0_BASIC_Einfach.pdf': {
    format: 'zugferd-1',
    number: '471102',
    kind: 'invoice',
    issueDate: '2013-03-05',
    dueDate: '2013-04-04',
    dueDateFrom: 'terms',
    total: eur(23_562),
    amountDue: eur(23_562),
    ...KUNDEN_AG,
    iban: 'DE08700901001234567890',
    paymentTerms: 'Zahlbar innerhalb 30 Tagen netto bis 04.04.2013, 3% Skonto innerhalb 10 Tagen bis 15.03.2013.',
  },
};

const REFUSED: Record<string, RegExp> = {
  // Typed 380 with negative amounts: an invoice cannot ask for −233,47 €, and calling it a credit
  // note would be a guess. Refused, with the reason.
  'Avoir_FR_type380_BASIC.pdf': /^An invoice with a negative total \(-233\.47 EUR\).*typed 381/,
  'factur-x-invalid-xml-encoding-attribute.pdf': /^The XML declares an unknown encoding "UTF-8-W\/O-BOM"/,
  'RE-E-974-Hetzner_2016-01-19_R0005532486.pdf': /^No embedded e-invoice XML in this PDF/,
};

describe('readEInvoice on the shared real files', () => {
  it('has an expectation for every shared file', () => {
    const files = readdirSync(EINVOICES)
      .filter((f) => !f.endsWith('.md'))
      .sort();
    expect(files).toEqual([...Object.keys(EXPECTED), ...Object.keys(REFUSED)].sort());
  });

  it.each(Object.entries(EXPECTED))('reads %s', async (name, expected) => {
    expect(await readEInvoice(fixture(name), name)).toEqual(expected);
  });

  it.each(Object.entries(REFUSED))('refuses %s with its reason', async (name, message) => {
    await expect(readEInvoice(fixture(name), name)).rejects.toThrow(message);
  });
});
