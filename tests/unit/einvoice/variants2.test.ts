import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../lib/core/calendar';
import { readEInvoice } from '../../../lib/einvoice';

/** Variations real producers write, made on the held-out files of round 2 (tests/fixtures/einvoices-blind2). */
const BLIND = path.resolve(import.meta.dirname, '../../fixtures/einvoices-blind2');
const source = (name: string) => readFileSync(path.join(BLIND, name), 'utf8');
const read = (xml: string) => readEInvoice(new TextEncoder().encode(xml));

const CII_NOTES = source('c08-cii-terms-only-in-note-aab.xml');
const XRECHNUNG = source('c05-ubl-xrechnung-buyer-reference-only.xml');
const KWD = source('c01-ubl-peppol-kwd-three-decimals-prepaid.xml');
const CHF = source('c10-cii-chf-bt9-beats-terms-count.xml');
const PLAIN_UBL = source('c17-ubl21-two-paymentterms-discount-and-net.xml');

const ciiNotes = (...notes: [string, string?][]) =>
  CII_NOTES.replace(
    /(<ram:IncludedNote>[\s\S]*<\/ram:IncludedNote>)/,
    notes
      .map(
        ([text, subject]) =>
          `<ram:IncludedNote><ram:Content>${text}</ram:Content>${subject ? `<ram:SubjectCode>${subject}</ram:SubjectCode>` : ''}</ram:IncludedNote>`,
      )
      .join(''),
  );
const ublNotes = (...notes: string[]) =>
  XRECHNUNG.replace(/<cbc:Note>[^<]*<\/cbc:Note>/, notes.map((n) => `<cbc:Note>${n}</cbc:Note>`).join('')).replace(
    /<cac:PaymentTerms>[\s\S]*?<\/cac:PaymentTerms>/,
    '',
  );

describe('payment terms written as notes (BT-22) when BT-20 is absent', () => {
  it('reads a note whose subject is AAB (UNTDID 4451: terms of payments) as the terms', async () => {
    const xml = ciiNotes(['Vervaldatum 2026-11-30', 'AAB']);
    expect(await read(xml)).toMatchObject({ dueDate: '2026-11-30', dueDateFrom: 'terms' });
  });

  it('reads only the lines of other notes that speak of payment: a contract end or a delivery date is no due date', async () => {
    expect((await read(ciiNotes(['Contract geldig tot 31-12-2027.', 'AAI']))).dueDate).toBeUndefined();
    expect((await read(ciiNotes(['Vertrag gültig bis 31.12.2027\nLieferung am 20.11.2026']))).dueDate).toBeUndefined();
    const mixed = ciiNotes(['Vertrag gültig bis 31.12.2027\nBitte überweisen Sie bis 04.12.2026.']);
    expect(await read(mixed)).toMatchObject({ dueDate: '2026-12-04', paymentTerms: 'Bitte überweisen Sie bis 04.12.2026.' });
  });

  it('takes a date stated in one note over a count given in another', async () => {
    const xml = ciiNotes(['Betalingstermijn 30 dagen', 'AAB'], ['Uiterlijk te betalen op 10-12-2026.']);
    expect((await read(xml)).dueDate).toBe('2026-12-10');
  });

  it('reads the subject code UBL writes before the note between hashes (#AAB#, as XRechnung binds BT-21)', async () => {
    expect(await read(ublNotes('#AAB#Zahlbar bis 20.12.2026', '#ADU#Rahmenvertrag gültig bis 31.12.2027'))).toMatchObject({
      dueDate: '2026-12-20',
      paymentTerms: 'Zahlbar bis 20.12.2026',
    });
    expect((await read(ublNotes('#ADU#Rahmenvertrag gültig bis 31.12.2027'))).dueDate).toBeUndefined();
  });

  it('keeps BT-20 first: notes are read only when BT-20 is absent or states no date', async () => {
    const xml = XRECHNUNG.replace(
      '<cbc:Note>#ADU#Leistungszeitraum Oktober 2026.</cbc:Note>',
      '<cbc:Note>#AAB#Zahlbar bis 20.12.2026</cbc:Note>',
    );
    expect((await read(xml)).dueDate).toBe('2026-12-16');
  });

  it('reads the notes when BT-20 states no date, and keeps BT-20 as the terms shown', async () => {
    const xml = ciiNotes(['Zahlbar bis 20.12.2026', 'AAB']).replace(
      '<ram:ApplicableTradeTax><ram:CalculatedAmount>52.50',
      '<ram:SpecifiedTradePaymentTerms><ram:Description>Bankverbindung siehe unten.</ram:Description></ram:SpecifiedTradePaymentTerms><ram:ApplicableTradeTax><ram:CalculatedAmount>52.50',
    );
    expect(await read(xml)).toMatchObject({ dueDate: '2026-12-20', dueDateFrom: 'terms', paymentTerms: 'Bankverbindung siehe unten.' });
  });

  it('reads a generated count in an AAB note in any of six languages', async () => {
    const forms = [
      (n: number) => `Zahlbar innerhalb ${n} Tagen netto`,
      (n: number) => `Paiement à ${n} jours`,
      (n: number) => `Payment within ${n} days`,
      (n: number) => `Te betalen binnen ${n} dagen`,
      (n: number) => `Pago a ${n} días`,
      (n: number) => `Pagamento entro ${n} giorni`,
    ];
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 120 }), fc.nat(forms.length - 1), async (days, f) => {
        expect((await read(ciiNotes([forms[f]!(days), 'AAB']))).dueDate).toBe(addDays('2026-11-05', days));
      }),
      { numRuns: 60 },
    );
  });
});

describe('amounts in another currency than the document currency (BT-5)', () => {
  it.each([
    [
      'a UBL amount due',
      KWD.replace('<cbc:PayableAmount currencyID="KWD">', '<cbc:PayableAmount currencyID="USD">'),
      /^The amount due \(BT-115\) is given in USD, but the invoice currency \(BT-5\) is KWD/,
    ],
    [
      'a UBL total',
      KWD.replace('<cbc:TaxInclusiveAmount currencyID="KWD">', '<cbc:TaxInclusiveAmount currencyID="EUR">'),
      /^The invoice total \(BT-112\) is given in EUR, but the invoice currency \(BT-5\) is KWD/,
    ],
    [
      'a CII amount due',
      CHF.replace('<ram:DuePayableAmount currencyID="CHF">', '<ram:DuePayableAmount currencyID="EUR">'),
      /^The amount due \(BT-115\) is given in EUR, but the invoice currency \(BT-5\) is CHF/,
    ],
  ])('refuses %s stated only in another currency, naming both', async (_what, xml, message) => {
    await expect(read(xml)).rejects.toThrow(message);
  });

  it('reads a currency code written in lower case or with spaces as the same currency', async () => {
    const xml = CHF.replaceAll('currencyID="CHF"', 'currencyID=" chf "');
    expect((await read(xml)).amountDue).toEqual({ minor: 162_150, currency: 'CHF' });
  });

  it('still reads an amount given twice, once in BT-5 and once in another currency', async () => {
    const xml = KWD.replace(
      '<cbc:PayableAmount currencyID="KWD">1034.567</cbc:PayableAmount>',
      '<cbc:PayableAmount currencyID="USD">3370.00</cbc:PayableAmount><cbc:PayableAmount currencyID="KWD">1034.567</cbc:PayableAmount>',
    );
    expect((await read(xml)).amountDue).toEqual({ minor: 1_034_567, currency: 'KWD' });
  });
});

describe('the client e-mail of a UBL file', () => {
  const contact = (party: string, accounting: string) =>
    KWD.replace('<cbc:ElectronicMail>accounts@alnoor-trading.com.kw</cbc:ElectronicMail>', party).replace(
      '</cac:Party>\n  </cac:AccountingCustomerParty>',
      `</cac:Party>${accounting}\n  </cac:AccountingCustomerParty>`,
    );
  const accounting = '<cac:AccountingContact><cbc:ElectronicMail>ap@alnoor-trading.com.kw</cbc:ElectronicMail></cac:AccountingContact>';

  it("reads the customer's accounting contact (UBL 2.1 AccountingContact) when the party's contact has no e-mail", async () => {
    expect((await read(contact('', accounting))).clientEmail).toBe('ap@alnoor-trading.com.kw');
  });

  it("keeps the party's contact e-mail (BT-58) first", async () => {
    expect((await read(contact('<cbc:ElectronicMail>accounts@alnoor-trading.com.kw</cbc:ElectronicMail>', accounting))).clientEmail).toBe(
      'accounts@alnoor-trading.com.kw',
    );
  });
});

describe('a file that names no profile', () => {
  it('reads a UBL 2.1 invoice without cbc:CustomizationID, and a CII without a guideline, as their base syntax', async () => {
    expect(PLAIN_UBL).not.toContain('CustomizationID');
    expect((await read(PLAIN_UBL)).number).toBe('WH-26-3391');
    const cii = CHF.replace(/<rsm:ExchangedDocumentContext>[\s\S]*?<\/rsm:ExchangedDocumentContext>/, '<rsm:ExchangedDocumentContext/>');
    expect((await read(cii)).number).toBe('R-2026-5512');
  });

  it('still refuses a profile it names but that is not known', async () => {
    const xml = PLAIN_UBL.replace(
      '<cbc:UBLVersionID>2.1</cbc:UBLVersionID>',
      '<cbc:UBLVersionID>2.1</cbc:UBLVersionID><cbc:CustomizationID>OIOUBL-2.02</cbc:CustomizationID>',
    );
    await expect(read(xml)).rejects.toThrow(/^Unknown e-invoice profile "OIOUBL-2.02"/);
  });
});
