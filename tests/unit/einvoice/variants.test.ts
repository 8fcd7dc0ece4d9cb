import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../lib/core/calendar';
import { readEInvoice } from '../../../lib/einvoice';

/** Variations real producers write, made on the held-out files (tests/fixtures/einvoices-blind). */
const BLIND = path.resolve(import.meta.dirname, '../../fixtures/einvoices-blind');
const source = (name: string) => readFileSync(path.join(BLIND, name), 'utf8');
const read = (xml: string) => readEInvoice(new TextEncoder().encode(xml));

const SELF_BILLED = source('b04-ubl-389-self-billed-9925.xml');
const TERMS_NOTE = source('b16-ubl-due-in-terms-note-lowercase-decl.xml');
const GBP = source('b03-ubl-gbp-tax-eur-paymentmeans-due.xml');
const CII_CREDIT = source('b09-cii-381-settlement-first-contact-and-em.xml');

describe('character references (XML 1.0 §4.1) are text like any other', () => {
  it('decodes decimal and hexadecimal references in names and numbers, and leaves an escaped one as written', async () => {
    const xml = SELF_BILLED.replace('Laiterie Centrale SA<', 'Laiterie Li&#232;ge &#x26; Fils &amp;#233;<').replace(
      '<cbc:ID>SB-2026-0930-14<',
      '<cbc:ID>SB&#x2D;2026&#45;0930-14<',
    );
    expect(await read(xml)).toMatchObject({ clientName: 'Laiterie Liège & Fils &#233;', number: 'SB-2026-0930-14' });
  });

  it('reads any buyer name written entirely as character references', async () => {
    const name = fc
      .string({ unit: 'grapheme', minLength: 1, maxLength: 30 })
      .filter((s) => /^[^\p{Cc}\p{Cs}\p{Zl}\p{Zp}\uFFFE\uFFFF]+$/u.test(s) && s.trim() === s && !/\s\s|[^\S ]/.test(s));
    await fc.assert(
      fc.asyncProperty(name, fc.boolean(), async (clientName, hex) => {
        const refs = [...clientName].map((c) => (hex ? `&#x${c.codePointAt(0)!.toString(16)};` : `&#${c.codePointAt(0)};`)).join('');
        expect((await read(SELF_BILLED.replace('Laiterie Centrale SA<', `${refs}<`))).clientName).toBe(clientName);
      }),
      { numRuns: 150 },
    );
  });
});

describe('an xsd:date with a time zone (XML Schema Part 2 §3.2.9) is the day written', () => {
  it('keeps the day of issue and due date whatever the zone', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 30_000 }),
        fc.integer({ min: 0, max: 90 }),
        fc.constantFrom('Z', '+00:00', '+02:00', '-05:00', '+14:00', '-12:00'),
        async (day, days, zone) => {
          const issue = addDays('2000-01-01', day);
          const due = addDays(issue, days);
          const xml = SELF_BILLED.replace('<cbc:IssueDate>2026-09-30<', `<cbc:IssueDate>${issue}${zone}<`).replace(
            '<cbc:DueDate>2026-10-30<',
            `<cbc:DueDate>${due}${zone}<`,
          );
          expect(await read(xml)).toMatchObject({ issueDate: issue, dueDate: due, dueDateFrom: 'document' });
        },
      ),
      { numRuns: 100 },
    );
  });

  it.each(['2026-09-30+15:00', '2026-09-30 Z', '20260930Z', '2026-09-30T10:00:00'])('refuses %s', async (value) => {
    await expect(read(SELF_BILLED.replace('<cbc:IssueDate>2026-09-30<', `<cbc:IssueDate>${value}<`))).rejects.toThrow(/^Not a date/);
  });
});

describe('UBL due date (BT-9) outside cbc:DueDate', () => {
  const terms = (inner: string) => TERMS_NOTE.replace('<cac:PaymentTerms>', `<cac:PaymentTerms>${inner}`);

  it.each([
    ['UBL 2.1 cac:PaymentTerms/cbc:PaymentDueDate', terms('<cbc:PaymentDueDate>2027-01-15</cbc:PaymentDueDate>'), '2027-01-15'],
    [
      'instalments, the first of them',
      TERMS_NOTE.replace(
        '<cac:PaymentTerms>',
        '<cac:PaymentTerms><cbc:Amount currencyID="EUR">295.00</cbc:Amount><cbc:InstallmentDueDate>2027-02-20</cbc:InstallmentDueDate></cac:PaymentTerms><cac:PaymentTerms><cbc:Amount currencyID="EUR">300.00</cbc:Amount><cbc:InstallmentDueDate>2027-01-10</cbc:InstallmentDueDate></cac:PaymentTerms><cac:PaymentTerms>',
      ),
      '2027-01-10',
    ],
    [
      'a discount term: its date is skipped, the net term is read',
      TERMS_NOTE.replace(
        '<cac:PaymentTerms>',
        '<cac:PaymentTerms><cbc:SettlementDiscountPercent>2</cbc:SettlementDiscountPercent><cbc:PaymentDueDate>2026-12-30</cbc:PaymentDueDate></cac:PaymentTerms><cac:PaymentTerms><cbc:PaymentDueDate>2027-01-25</cbc:PaymentDueDate></cac:PaymentTerms><cac:PaymentTerms>',
      ),
      '2027-01-25',
    ],
  ])('reads %s', async (_what, xml, due) => {
    expect(await read(xml)).toMatchObject({ dueDate: due, dueDateFrom: 'document' });
  });

  it('reads only a discount term as no date, and falls back on the terms text', async () => {
    const xml = terms(
      '<cbc:SettlementDiscountAmount currencyID="EUR">11.90</cbc:SettlementDiscountAmount><cbc:PaymentDueDate>2026-12-30</cbc:PaymentDueDate>',
    );
    expect(await read(xml)).toMatchObject({ dueDate: '2027-01-20', dueDateFrom: 'terms' });
  });

  it('takes the earliest of several payment means, and cbc:DueDate over all of them', async () => {
    const second =
      '<cac:PaymentMeans><cbc:PaymentMeansCode>58</cbc:PaymentMeansCode><cbc:PaymentDueDate>2026-11-15</cbc:PaymentDueDate></cac:PaymentMeans><cac:LegalMonetaryTotal>';
    const two = GBP.replace('<cac:LegalMonetaryTotal>', second);
    expect(await read(two)).toMatchObject({ dueDate: '2026-11-15' });
    const own = two.replace('<cbc:InvoiceTypeCode>', '<cbc:DueDate>2026-12-01</cbc:DueDate><cbc:InvoiceTypeCode>');
    expect(await read(own)).toMatchObject({ dueDate: '2026-12-01' });
  });
});

describe('the buyer contact e-mail (BT-58) as people fill it in', () => {
  it.each([
    ['Sabine Lang &lt;S.Lang@weber-partner.de&gt;', 's.lang@weber-partner.de'],
    ['s.lang@weber-partner.de; buchhaltung@weber-partner.de', 's.lang@weber-partner.de'],
    ['s.lang@weber-partner.de, buchhaltung@weber-partner.de', 's.lang@weber-partner.de'],
    ['"Lang, Sabine" (s.lang@weber-partner.de)', 's.lang@weber-partner.de'],
    ['mailto:s.lang@weber-partner.de', 's.lang@weber-partner.de'],
    // Not an address at all: the EM endpoint (BT-49) is the e-mail.
    ['Sabine Lang, Buchhaltung', 'kanzlei@weber-partner.de'],
    ['s.lang at weber-partner.de', 'kanzlei@weber-partner.de'],
  ])('reads "%s" as %s', async (written, expected) => {
    const xml = TERMS_NOTE.replace('>s.lang@weber-partner.de<', `>${written}<`);
    expect((await read(xml)).clientEmail).toBe(expected);
  });

  it('reads the first address of a CII contact the same way', async () => {
    const xml = CII_CREDIT.replace(
      '>anna.berg@nordlicht-design.de<',
      '>Anna Berg &lt;anna.berg@nordlicht-design.de&gt;, einkauf@nordlicht-design.de<',
    );
    expect((await read(xml)).clientEmail).toBe('anna.berg@nordlicht-design.de');
  });
});

describe('profiles', () => {
  const profile = (id: string) => SELF_BILLED.replace(/<cbc:CustomizationID>[^<]*/, `<cbc:CustomizationID>${id}`);

  it('reads a CEN BII 2 invoice (PEPPOL BIS 2, EHF 2): the same UBL fields', async () => {
    const xml = profile('urn:www.cenbii.eu:transaction:biitrns010:ver2.0:extended:urn:www.difi.no:ehf:faktura:ver2.0');
    expect(await read(xml)).toMatchObject({ number: 'SB-2026-0930-14', amountDue: { minor: 79_553, currency: 'EUR' } });
  });

  it.each(['OIOUBL-2.02', 'urn:example:private'])('still refuses the profile %s, saying so', async (id) => {
    await expect(read(profile(id))).rejects.toThrow(/^Unknown e-invoice profile/);
  });
});

describe('how the bytes of an XML file are laid out', () => {
  const utf16 = (text: string, bigEndian: boolean) => {
    const out = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i += 1) {
      const [hi, lo] = [text.charCodeAt(i) >> 8, text.charCodeAt(i) & 0xff];
      out.set(bigEndian ? [hi, lo] : [lo, hi], i * 2);
    }
    return out;
  };
  const declared16 = SELF_BILLED.replace('encoding="UTF-8"', 'encoding="UTF-16"');

  it.each([
    ['UTF-16LE without a BOM', utf16(declared16, false)],
    ['UTF-16BE without a BOM', utf16(declared16, true)],
    ['UTF-16BE with a BOM', new Uint8Array([0xfe, 0xff, ...utf16(declared16, true)])],
  ])('reads %s as the same invoice (XML 1.0 Appendix F)', async (_what, bytes) => {
    expect(await readEInvoice(bytes)).toEqual(await read(SELF_BILLED));
  });

  it('reads a file with blank space before its declaration, with or without a BOM, as the same invoice', async () => {
    const plain = await read(SELF_BILLED);
    await fc.assert(
      fc.asyncProperty(fc.stringMatching(/^[ \t\r\n]{1,12}$/), fc.boolean(), async (space, bom) => {
        const bytes = new TextEncoder().encode(space + SELF_BILLED);
        expect(await readEInvoice(bom ? new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]) : bytes)).toEqual(plain);
      }),
      { numRuns: 60 },
    );
  });

  it('still refuses text before the declaration, and a declaration that is not first', async () => {
    await expect(read(`x${SELF_BILLED}`)).rejects.toThrow();
    await expect(read(`<!-- c -->${SELF_BILLED}`)).rejects.toThrow(/^Malformed XML/);
  });
});
