import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { readEInvoice } from '../../../lib/einvoice';
import { fixture } from './files';
import { seeded as random } from '../../seeded';

const enc = new TextEncoder();

/** Runs the reader and says what came out: the invoice, or the Error's message. */
async function outcome(data: Uint8Array): Promise<{ error: string } | { ok: unknown }> {
  try {
    return { ok: await readEInvoice(data) };
  } catch (error) {
    expect(error).toBeInstanceOf(Error);
    return { error: (error as Error).message };
  }
}

const cuts = (length: number, count: number) => Array.from({ length: count }, (_, i) => Math.floor(((i + 1) * length) / (count + 1)));

describe('readEInvoice refuses damaged and hostile input with an Error', () => {
  it.each(['EN16931_Einfach.pdf', 'Facture_FR_BASICWL.pdf', 'ZUGFeRD_1p0_BASIC_Einfach.pdf'])(
    'refuses %s cut at 40 points, unless the cut leaves an earlier complete revision',
    async (name) => {
      const pdf = fixture(name);
      const full = await readEInvoice(pdf);
      const text = new TextDecoder('latin1').decode(pdf);
      const revisionEnds = [...text.matchAll(/%%EOF/g)].map((m) => m.index + 5);
      let refused = 0;
      for (const cut of cuts(pdf.length, 40)) {
        const result = await outcome(pdf.slice(0, cut));
        // An incremental update cut off leaves the previous revision whole: reading it is no guess.
        const wholeRevision = revisionEnds.some((end) => end <= cut && cut - end < 1024);
        if (wholeRevision && 'ok' in result) expect(result.ok).toEqual(full);
        else {
          expect(result).toEqual({ error: expect.any(String) });
          refused += 1;
        }
      }
      expect(refused).toBeGreaterThanOrEqual(30);
    },
  );

  it.each(['XRECHNUNG_Einfach.cii.xml', 'XRECHNUNG_Einfach.ubl.xml', 'ubl-tc434-creditnote1.xml'])(
    'refuses %s cut at 60 points inside its root element',
    async (name) => {
      const xml = fixture(name);
      const end = new TextDecoder().decode(xml).trimEnd().length - 1;
      for (const cut of cuts(end, 60)) expect(await outcome(xml.slice(0, cut))).toEqual({ error: expect.any(String) });
    },
  );

  it('refuses XML bytes that are not the encoding they declare', async () => {
    const latin1 = Uint8Array.from('<?xml version="1.0" encoding="UTF-8"?><Invoice>Müller</Invoice>', (c) => c.charCodeAt(0));
    expect(await outcome(latin1)).toEqual({ error: 'The XML is not valid UTF-8 text (wrong encoding).' });
  });

  it('reads a UTF-16 file with its BOM the same as the UTF-8 one', async () => {
    const text = new TextDecoder().decode(fixture('XRECHNUNG_Einfach.ubl.xml')).replace('encoding="UTF-8"', 'encoding="UTF-16"');
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) utf16.set([text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8], 2 + i * 2);
    expect(await readEInvoice(utf16)).toEqual(await readEInvoice(fixture('XRECHNUNG_Einfach.ubl.xml')));
  });

  it('refuses a billion-laughs entity expansion before expanding anything', async () => {
    const lol = [
      '<?xml version="1.0"?>',
      '<!DOCTYPE lolz [',
      '<!ENTITY lol "lol">',
      ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`),
      ']>',
      '<Invoice>&lol9;</Invoice>',
    ].join('\n');
    expect(await outcome(enc.encode(lol))).toEqual({ error: expect.stringMatching(/^The XML has a DOCTYPE/) });
  });

  it('refuses 200 buffers of random bytes, and random bytes behind a PDF or XML header', async () => {
    const next = random(14);
    for (let i = 0; i < 200; i++) {
      const bytes = Uint8Array.from({ length: 1 + Math.floor(next() * 4000) }, () => Math.floor(next() * 256));
      const head = ['', '%PDF-1.7\n', '<?xml version="1.0"?><'][i % 3]!;
      bytes.set(enc.encode(head).subarray(0, bytes.length));
      expect(await outcome(bytes)).toEqual({ error: expect.any(String) });
    }
  });

  it('refuses a 50 MB buffer by its size, before reading it', async () => {
    const big = new Uint8Array(50 * 1024 * 1024);
    big.set(enc.encode('%PDF-1.7\n'));
    expect(await outcome(big)).toEqual({ error: 'The file is too large (50.0 MB; the limit is 10 MB).' });
  });

  it('stops inflating an embedded file past 10 MB (a zip bomb in a small PDF)', async () => {
    const doc = await PDFDocument.create();
    doc.addPage();
    await doc.attach(new Uint8Array(24 * 1024 * 1024).fill(0x20), 'factur-x.xml', { mimeType: 'text/xml' });
    const pdf = await doc.save();
    expect(pdf.byteLength).toBeLessThan(1024 * 1024);
    expect(await outcome(pdf)).toEqual({ error: 'The embedded XML is larger than 10 MB once decompressed.' });
  });

  it.each([
    [
      'XML of another kind',
      '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><rect/></svg>',
      /^Not an e-invoice: the XML's root is <svg> in http:\/\/www.w3.org\/2000\/svg/,
    ],
    ['an Invoice outside the UBL namespace', '<Invoice><ID>1</ID></Invoice>', /^Not an e-invoice: the XML's root is <Invoice> \(/],
    ['malformed XML', '<?xml version="1.0"?><a><b></a>', /^Malformed XML: /],
    ['an empty file', '', /^The file is empty/],
    ['text', 'Facture FA-1, 120,00 EUR', /^The file is neither a PDF nor an XML file/],
  ])('refuses %s', async (_what, content, message) => {
    await expect(readEInvoice(enc.encode(content))).rejects.toThrow(message);
  });

  const ubl = () => new TextDecoder().decode(fixture('XRECHNUNG_Einfach.ubl.xml'));
  it.each([
    ['no invoice number', (x: string) => x.replace('<cbc:ID>471102</cbc:ID>', ''), 'Missing mandatory field: invoice number (BT-1).'],
    [
      'no total',
      (x: string) => x.replace(/<cbc:TaxInclusiveAmount[^<]*<\/cbc:TaxInclusiveAmount>/, ''),
      'Missing mandatory field: invoice total with VAT (BT-112).',
    ],
    [
      'an amount that is no number',
      (x: string) => x.replace('>529.87</cbc:PayableAmount>', '>529,87</cbc:PayableAmount>'),
      'Not an amount in the amount due (BT-115): "529,87".',
    ],
    [
      'an unknown profile',
      (x: string) => x.replace(/<cbc:CustomizationID>[^<]*/, '<cbc:CustomizationID>urn:example:private'),
      'Unknown e-invoice profile "urn:example:private" (known: EN 16931, Factur-X, ZUGFeRD, XRechnung, Peppol, CEN BII).',
    ],
    [
      'an unknown type code',
      (x: string) => x.replace('>380<', '>999<'),
      'Unknown document type code 999 (BT-3): neither an invoice nor a credit note.',
    ],
    ['an impossible date', (x: string) => x.replace('2024-11-15', '2024-02-30'), 'Not a calendar date: "2024-02-30".'],
  ])('refuses a UBL invoice with %s', async (_what, change, message) => {
    await expect(readEInvoice(enc.encode(change(ubl())))).rejects.toThrow(message);
  });

  it('finds an XML attached under another name through its file specification, and refuses a PDF whose only XML is no invoice', async () => {
    const doc = await PDFDocument.create();
    doc.addPage();
    await doc.attach(fixture('XRECHNUNG_Einfach.cii.xml'), 'rechnung.xml', { mimeType: 'text/xml', description: 'invoice' });
    const read = await readEInvoice(await doc.save());
    expect(read).toEqual({ ...(await readEInvoice(fixture('XRECHNUNG_Einfach.cii.xml'))), format: 'factur-x' });

    const other = await PDFDocument.create();
    other.addPage();
    await other.attach(enc.encode('<?xml version="1.0"?><config><a/></config>'), 'config.xml', { mimeType: 'application/xml' });
    await expect(readEInvoice(await other.save())).rejects.toThrow(/^Not an e-invoice: the XML's root is <config>/);
  });
});
