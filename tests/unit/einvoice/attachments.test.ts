import fc from 'fast-check';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { readEInvoice } from '../../../lib/einvoice';
import { fixture } from './files';

/**
 * An invoice attached under a name that does not end in .xml and with no XML /Subtype is found by its
 * first bytes (an XML declaration or a CII / UBL root element); other attachments are never taken for it.
 */
const enc = new TextEncoder();
const CII = fixture('XRECHNUNG_Einfach.cii.xml');
const UBL = fixture('XRECHNUNG_Einfach.ubl.xml');

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const OTHERS: [string, Uint8Array, string | undefined][] = [
  ['logo', PNG, 'image/png'],
  ['terms', enc.encode('<!DOCTYPE html><html><body><p>Conditions générales</p></body></html>'), undefined],
  ['lines', enc.encode('number;amount\nFA-1;120,00\n'), 'text/csv'],
  ['meta', enc.encode('{"invoice":"FA-1"}'), 'application/json'],
  ['blank', new Uint8Array(2048).fill(0x20), undefined],
];

/** UTF-16 little-endian with its BOM, as some producers write the attachment. */
function utf16le(bytes: Uint8Array): Uint8Array {
  const text = new TextDecoder().decode(bytes).replace(/encoding=["']UTF-8["']/i, 'encoding="UTF-16"');
  const out = new Uint8Array(2 + text.length * 2);
  out.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i += 1) out.set([text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8], 2 + i * 2);
  return out;
}

async function pdf(files: [string, Uint8Array, string | undefined][]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage();
  for (const [name, bytes, mimeType] of files) await doc.attach(bytes, name, mimeType ? { mimeType } : {});
  return doc.save();
}

describe('an embedded invoice found by its bytes', () => {
  it('reads the invoice whatever its attachment name, subtype, encoding and place among other attachments', async () => {
    const expected = { cii: await readEInvoice(CII), ubl: await readEInvoice(UBL) };
    await fc.assert(
      fc.asyncProperty(
        fc.stringMatching(/^[A-Za-z0-9_-]{1,24}$/),
        fc.constantFrom(undefined, 'application/octet-stream', 'application/pdf'),
        fc.constantFrom('cii', 'ubl'),
        fc.constantFrom('utf-8', 'bom', 'utf-16'),
        fc.subarray(OTHERS),
        fc.nat(5),
        async (name, mimeType, syntax, encoding, others, at) => {
          const xml = syntax === 'cii' ? CII : UBL;
          const bytes = encoding === 'bom' ? new Uint8Array([0xef, 0xbb, 0xbf, ...xml]) : encoding === 'utf-16' ? utf16le(xml) : xml;
          const files = [...others];
          files.splice(Math.min(at, files.length), 0, [name, bytes, mimeType]);
          const read = await readEInvoice(await pdf(files));
          expect(read).toEqual({ ...expected[syntax], format: syntax === 'cii' ? 'factur-x' : 'ubl' });
        },
      ),
      { numRuns: 40 },
    );
  });

  it('reads an attachment whose first bytes are a CII root element with no XML declaration, after a comment or not', async () => {
    const bare = new TextDecoder().decode(CII).replace(/^<\?xml[^>]*>\s*(?:<!--[\s\S]*?-->\s*)*/, '');
    expect(bare.startsWith('<rsm:CrossIndustryInvoice')).toBe(true);
    expect((await readEInvoice(await pdf([['RE-471102', enc.encode(bare), undefined]]))).number).toBe('471102');
    const commented = `<!-- exported by ERP 7.2 -->\n${bare}`;
    expect((await readEInvoice(await pdf([['RE-471102', enc.encode(commented), undefined]]))).number).toBe('471102');
  });

  it('takes no other kind of attachment for XML: a PDF with only those has no e-invoice', async () => {
    await expect(readEInvoice(await pdf(OTHERS))).rejects.toThrow(/^No embedded e-invoice XML in this PDF/);
  });

  it('tries an XML found by its bytes that is no invoice, and says what it is', async () => {
    const svg = enc.encode('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><rect/></svg>');
    await expect(readEInvoice(await pdf([['drawing', svg, undefined]]))).rejects.toThrow(/^Not an e-invoice: the XML's root is <svg>/);
  });
});
