import { Unzlib } from 'fflate';
// pdf-lib's core only (parser and objects): its document API brings fonts, forms and image
// embedders that a reader never uses, and the package is not marked free of side effects.
import type PDFContext from 'pdf-lib/es/core/PDFContext';
import PDFArray from 'pdf-lib/es/core/objects/PDFArray';
import PDFDict from 'pdf-lib/es/core/objects/PDFDict';
import PDFHexString from 'pdf-lib/es/core/objects/PDFHexString';
import PDFName from 'pdf-lib/es/core/objects/PDFName';
import type PDFObject from 'pdf-lib/es/core/objects/PDFObject';
import PDFRawStream from 'pdf-lib/es/core/objects/PDFRawStream';
import PDFString from 'pdf-lib/es/core/objects/PDFString';
import PDFParser from 'pdf-lib/es/core/parser/PDFParser';
import { decodePDFRawStream } from 'pdf-lib/es/core/streams/decode';
import { MAX_EINVOICE_BYTES } from './types';

/** Names the standards give the embedded invoice (Factur-X, ZUGFeRD 2.x, XRechnung, ZUGFeRD 1.0). */
const KNOWN_NAMES = ['factur-x.xml', 'zugferd-invoice.xml', 'xrechnung.xml'];

export interface Attachment {
  name: string;
  bytes: Uint8Array;
}

export function isPdf(data: Uint8Array): boolean {
  return latin1(data.subarray(0, 1024)).includes('%PDF-');
}

/**
 * The XML files embedded in a PDF, the likeliest invoice first: found through the file
 * specifications of the catalog's `/AF` list (PDF/A-3) and of the EmbeddedFiles name tree (whose
 * keys are not reliable, so the specification's own `/UF` or `/F` names it), an XML by its name
 * or its `/Subtype /text#2Fxml`.
 */
export async function embeddedXmlFiles(data: Uint8Array): Promise<Attachment[]> {
  // A download cut short has no end-of-file marker in its last kilobyte (where readers look).
  if (!latin1(data.subarray(Math.max(0, data.length - 1024))).includes('%%EOF')) {
    throw new Error('The PDF is incomplete (no %%EOF at its end): a truncated download?');
  }
  let context: PDFContext;
  let catalog: PDFObject | undefined;
  try {
    context = await PDFParser.forBytesWithOptions(data, Infinity).parseDocument();
    catalog = context.lookup(context.trailerInfo.Root);
  } catch (error) {
    throw new Error(`Unreadable PDF: ${error instanceof Error ? error.message.slice(0, 200) : String(error)}`, { cause: error });
  }
  if (!(catalog instanceof PDFDict)) throw new Error('Unreadable PDF: no document catalog.');
  if (context.trailerInfo.Encrypt && context.lookup(context.trailerInfo.Encrypt))
    throw new Error('The PDF is encrypted: its embedded files cannot be read.');
  const embedded = fileSpecs(catalog)
    .map((spec) => ({ name: specName(spec), stream: embeddedStream(spec) }))
    .filter((s): s is { name: string; stream: PDFRawStream } => !!s.stream);
  const declared = embedded.filter((s) => isXmlName(s.name) || isXmlSubtype(s.stream)).sort((a, b) => rank(a.name) - rank(b.name));
  // Neither its name nor its /Subtype says XML ("invoice_2026-11", no subtype): its first bytes may.
  const sniffed = embedded.filter((s) => !declared.includes(s) && startsAsXml(head(s.stream)));
  return [...declared, ...sniffed].map(({ name, stream }) => ({ name, bytes: decodeStream(stream) }));
}

function fileSpecs(catalog: PDFDict): PDFDict[] {
  const found = new Set<PDFDict>();
  const af = catalog.lookup(PDFName.of('AF'));
  if (af instanceof PDFArray) for (let i = 0; i < af.size(); i++) addDict(found, af.lookup(i));
  const names = catalog.lookup(PDFName.of('Names'));
  if (names instanceof PDFDict) walkNameTree(names.lookup(PDFName.of('EmbeddedFiles')), found, 0);
  return [...found];
}

/** A name tree: leaves hold `/Names [key value …]`, inner nodes `/Kids` (depth-bounded: hostile files loop). */
function walkNameTree(node: PDFObject | undefined, found: Set<PDFDict>, depth: number): void {
  if (!(node instanceof PDFDict) || depth > 16 || found.size > 500) return;
  const leaf = node.lookup(PDFName.of('Names'));
  if (leaf instanceof PDFArray) for (let i = 1; i < leaf.size(); i += 2) addDict(found, leaf.lookup(i));
  const kids = node.lookup(PDFName.of('Kids'));
  if (kids instanceof PDFArray) for (let i = 0; i < kids.size(); i++) walkNameTree(kids.lookup(i), found, depth + 1);
}

function addDict(found: Set<PDFDict>, value: PDFObject | undefined): void {
  if (value instanceof PDFDict) found.add(value);
}

function specName(spec: PDFDict): string {
  for (const key of ['UF', 'F']) {
    const v = spec.lookup(PDFName.of(key));
    if (v instanceof PDFString || v instanceof PDFHexString) return v.decodeText();
  }
  return '';
}

function embeddedStream(spec: PDFDict): PDFRawStream | undefined {
  const ef = spec.lookup(PDFName.of('EF'));
  if (!(ef instanceof PDFDict)) return undefined;
  const stream = ef.lookup(PDFName.of('UF')) ?? ef.lookup(PDFName.of('F'));
  return stream instanceof PDFRawStream ? stream : undefined;
}

const isXmlName = (name: string) => /\.xml$/i.test(name.trim());

function isXmlSubtype(stream: PDFRawStream): boolean {
  const subtype = stream.dict.lookup(PDFName.of('Subtype'));
  return subtype instanceof PDFName && /xml/i.test(subtype.decodeText());
}

/**
 * An XML declaration, or the root element of an e-invoice (CII, ZUGFeRD 1.0, UBL), after a BOM,
 * blank space and comments (within the first 512 bytes); UTF-16 is read as such (every other byte
 * zero). Other attachments (images, sheets, an HTML page) are not taken for XML.
 */
function startsAsXml(bytes: Uint8Array | undefined): boolean {
  if (!bytes) return false;
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || bytes[0] === 0 || bytes[1] === 0;
  const text = utf16 ? latin1(bytes.filter((b) => b !== 0)) : latin1(bytes);
  return /^(?:\xef\xbb\xbf|\xff\xfe|\xfe\xff)?\s*(?:<\?xml\s|(?:<!--[\s\S]*?-->\s*)*<(?:[\w.-]+:)?(?:CrossIndustryInvoice|CrossIndustryDocument|Invoice|CreditNote)[\s/>])/.test(
    text,
  );
}

/** The first bytes of a stream, without inflating all of it (an attachment may be a large image). */
function head(stream: PDFRawStream): Uint8Array | undefined {
  const filter = stream.dict.lookup(PDFName.of('Filter'));
  const only = filter instanceof PDFArray && filter.size() === 1 ? filter.lookup(0) : filter;
  if (only === undefined) return stream.contents.subarray(0, 512);
  if (only !== PDFName.of('FlateDecode')) return undefined;
  const out = new Uint8Array(512);
  let size = 0;
  const unzlib = new Unzlib((chunk) => {
    const room = chunk.subarray(0, out.length - size);
    out.set(room, size);
    size += room.length;
  });
  try {
    for (let i = 0; i < stream.contents.length && size < out.length; i += 1024) {
      unzlib.push(stream.contents.subarray(i, i + 1024), i + 1024 >= stream.contents.length);
    }
  } catch {
    return undefined;
  }
  return out.subarray(0, size);
}

function rank(name: string): number {
  const i = KNOWN_NAMES.indexOf(name.trim().toLowerCase());
  return i < 0 ? KNOWN_NAMES.length : i;
}

/** The stream's bytes; FlateDecode through fflate, stopped past the size limit (a zip bomb). */
function decodeStream(stream: PDFRawStream): Uint8Array {
  const filter = stream.dict.lookup(PDFName.of('Filter'));
  const only = filter instanceof PDFArray && filter.size() === 1 ? filter.lookup(0) : filter;
  if (only === undefined) return stream.contents;
  if (only === PDFName.of('FlateDecode') && !stream.dict.lookup(PDFName.of('DecodeParms'))) return inflate(stream.contents);
  let bytes: Uint8Array;
  try {
    bytes = decodePDFRawStream(stream).decode();
  } catch (error) {
    throw new Error(`Cannot decode the embedded XML: ${error instanceof Error ? error.message.slice(0, 200) : String(error)}`, {
      cause: error,
    });
  }
  if (bytes.length > MAX_EINVOICE_BYTES) throw new Error('The embedded XML is larger than 10 MB.');
  return bytes;
}

function inflate(compressed: Uint8Array): Uint8Array {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const unzlib = new Unzlib((chunk) => {
    size += chunk.length;
    if (size > MAX_EINVOICE_BYTES) throw new Error('The embedded XML is larger than 10 MB once decompressed.');
    chunks.push(chunk);
  });
  try {
    // Small input slices bound what one step can inflate to.
    for (let i = 0; i < compressed.length; i += 16_384) unzlib.push(compressed.subarray(i, i + 16_384), i + 16_384 >= compressed.length);
    if (compressed.length === 0) unzlib.push(new Uint8Array(0), true);
  } catch (error) {
    if (error instanceof Error && error.message.includes('10 MB')) throw error;
    throw new Error('Cannot decompress the embedded XML (damaged Flate stream).', { cause: error });
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

function latin1(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]!);
  return s;
}
