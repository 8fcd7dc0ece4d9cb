import { readCii } from './cii';
import { embeddedXmlFiles, isPdf } from './pdf';
import { MAX_EINVOICE_BYTES, type EInvoice } from './types';
import { readUbl } from './ubl';
import { decodeXml, parseXml } from './xml';

export type { EInvoice, EInvoiceFormat } from './types';
export { MAX_EINVOICE_BYTES } from './types';
export { dueDateFromTerms } from './terms';

const NS = {
  cii: 'urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100',
  zugferd1: 'urn:ferd:CrossIndustryDocument:invoice:1p0',
  ublInvoice: 'urn:oasis:names:specification:ubl:schema:xsd:Invoice-2',
  ublCreditNote: 'urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2',
};

/**
 * Reads a Factur-X / ZUGFeRD 2.x PDF (its embedded CII), a ZUGFeRD 1.0 PDF, a raw CII or a UBL
 * 2.1 Invoice or CreditNote. Throws an Error whose message says why a file cannot be read; never
 * returns a guess. Pure: no DOM, no storage (DESIGN.md: readEInvoice).
 */
export async function readEInvoice(data: Uint8Array, fileName?: string): Promise<EInvoice> {
  if (data.byteLength > MAX_EINVOICE_BYTES) {
    throw new Error(`The file is too large (${(data.byteLength / 1024 / 1024).toFixed(1)} MB; the limit is 10 MB).`);
  }
  if (data.byteLength === 0) throw new Error('The file is empty.');
  if (isPdf(data)) return readPdf(data);
  if (looksLikeXml(data)) return readXml(data, false);
  const what = fileName ? `"${fileName.slice(0, 100)}" is` : 'The file is';
  throw new Error(`${what} neither a PDF nor an XML file.`);
}

async function readPdf(data: Uint8Array): Promise<EInvoice> {
  const files = await embeddedXmlFiles(data);
  if (files.length === 0) throw new Error('No embedded e-invoice XML in this PDF (an ordinary PDF, not Factur-X or ZUGFeRD).');
  let firstError: unknown;
  for (const file of files) {
    try {
      return readXml(file.bytes, true);
    } catch (error) {
      firstError ??= error;
    }
  }
  throw firstError;
}

function readXml(bytes: Uint8Array, inPdf: boolean): EInvoice {
  const { root, namespace, node } = parseXml(decodeXml(bytes));
  if (root === 'CrossIndustryInvoice' && namespace === NS.cii) return readCii(node, 'cii', inPdf ? 'factur-x' : 'cii');
  if (root === 'CrossIndustryDocument' && namespace === NS.zugferd1) return readCii(node, 'zugferd-1', 'zugferd-1');
  if (root === 'Invoice' && namespace === NS.ublInvoice) return readUbl(node, 'Invoice');
  if (root === 'CreditNote' && namespace === NS.ublCreditNote) return readUbl(node, 'CreditNote');
  throw new Error(
    `Not an e-invoice: the XML's root is <${root.slice(0, 60)}>${namespace ? ` in ${namespace.slice(0, 120)}` : ''} (expected a CII, ZUGFeRD or UBL invoice).`,
  );
}

/** XML starts with `<` once a BOM and spaces are skipped (UTF-16 puts a zero byte beside it). */
function looksLikeXml(data: Uint8Array): boolean {
  let i = 0;
  if (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) i = 3;
  else if ((data[0] === 0xff && data[1] === 0xfe) || (data[0] === 0xfe && data[1] === 0xff)) return true;
  // UTF-16 big-endian without a BOM starts with a zero byte, then `<` (XML 1.0 Appendix F).
  else if (data[0] === 0x00 && data[1] === 0x3c) return true;
  while (i < data.length && i < 4096 && (data[i] === 0x20 || data[i] === 0x0a || data[i] === 0x0d || data[i] === 0x09)) i += 1;
  return data[i] === 0x3c;
}
