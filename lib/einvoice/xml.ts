import { XMLParser, XMLValidator } from 'fast-xml-parser';

/**
 * One parsed element: its text, its attributes (`@name`) and its children by local name, each an
 * array (every element is parsed as a list, so one path walker serves single and repeated ones).
 */
export interface XmlNode {
  '#text'?: string;
  [key: string]: XmlNode[] | string | undefined;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  // Prefixes differ from file to file (rsm:, ram:, cbc:, none): fields are found by local name.
  removeNSPrefix: true,
  // Values stay text: "00123" is an invoice number, "529.870" an amount read exactly later.
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  alwaysCreateTextNode: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  // Only the five XML entities and character references (&#233; &#x26;), which XML 1.0 §4.1 makes
  // part of every document; no HTML names (&nbsp;), and a DOCTYPE is refused before parsing. An
  // object here is fast-xml-parser's way (5.x, typed boolean) to decode character references and
  // no other name; tests/unit/einvoice/variants.test.ts proves it on every release.
  processEntities: true,
  htmlEntities: { amp: '&', apos: "'", gt: '>', lt: '<', quot: '"' } as unknown as boolean,
  isArray: (_name: string, _path: unknown, _leaf: boolean, isAttribute: boolean) => !isAttribute,
  // No path string built per element for callbacks that do not read it (a third of the parse).
  jPath: false,
});

/** Bytes to text, by the BOM, else the encoding the declaration names (UTF-8 by default). */
export function decodeXml(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return strictDecode(bytes.subarray(3), 'utf-8');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return strictDecode(bytes.subarray(2), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return strictDecode(bytes.subarray(2), 'utf-16be');
  // No BOM: XML 1.0 Appendix F tells UTF-16 by its first two characters, `<?` with zero bytes.
  if (startsWith(bytes, [0x3c, 0x00, 0x3f, 0x00])) return strictDecode(bytes, 'utf-16le');
  if (startsWith(bytes, [0x00, 0x3c, 0x00, 0x3f])) return strictDecode(bytes, 'utf-16be');
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 256));
  const declared = /^\s*<\?xml\s[^>]*?encoding\s*=\s*["']([^"']*)["']/.exec(head)?.[1];
  return strictDecode(bytes, declared ?? 'utf-8');
}

const startsWith = (bytes: Uint8Array, head: number[]) => head.every((b, i) => bytes[i] === b);

function strictDecode(bytes: Uint8Array, label: string): string {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label, { fatal: true });
  } catch {
    throw new Error(`The XML declares an unknown encoding "${label.slice(0, 40)}".`);
  }
  try {
    return decoder.decode(bytes);
  } catch {
    throw new Error(`The XML is not valid ${decoder.encoding.toUpperCase()} text (wrong encoding).`);
  }
}

export interface ParsedXml {
  /** Local name of the root element. */
  root: string;
  /** Namespace URI of the root element ('' when none). */
  namespace: string;
  node: XmlNode;
}

/** Parses well-formed XML, or throws an Error saying why. Never expands a custom entity. */
export function parseXml(text: string): ParsedXml {
  // E-invoices never carry a DTD; refusing one up front rules out entity expansion (billion laughs).
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) throw new Error('The XML has a DOCTYPE (entity declarations): refused, e-invoices never have one.');
  // Spaces or blank lines some exporters write before the declaration, which XML wants first:
  // they carry nothing, so they are dropped rather than the file refused.
  text = text.replace(/^\s+(?=<\?xml[\s?])/, '');
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new Error(`Malformed XML: ${valid.err.msg} (line ${valid.err.line}).`);
  const start = rootStartTag(text);
  if (!start) throw new Error('Malformed XML: no root element.');
  let doc: Record<string, unknown>;
  try {
    doc = parser.parse(text) as Record<string, unknown>;
  } catch (error) {
    throw new Error(`Malformed XML: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  const nodes = doc[start.local] as XmlNode[] | undefined;
  if (!nodes?.[0]) throw new Error('Malformed XML: no root element.');
  return { root: start.local, namespace: start.namespace, node: nodes[0] };
}

/** The root's local name and namespace, read from its start tag (the parser drops xmlns). */
function rootStartTag(text: string): { local: string; namespace: string } | null {
  const tag = /<([A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?)((?:\s+[^\s=>/]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*\/?>/.exec(stripProlog(text));
  if (!tag) return null;
  const [prefix, local] = tag[1]!.includes(':') ? tag[1]!.split(':') : ['', tag[1]!];
  const attr = new RegExp(`\\sxmlns${prefix ? `:${prefix.replace(/[.-]/g, '\\$&')}` : ''}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(
    tag[2] ?? '',
  );
  return { local: local!, namespace: attr ? (attr[1] ?? attr[2] ?? '') : '' };
}

/** The text from the root start tag on: declaration, comments and processing instructions skipped. */
function stripProlog(text: string): string {
  let i = 0;
  for (;;) {
    while (i < text.length && /\s/.test(text[i]!)) i += 1;
    if (text.startsWith('<?', i)) i = text.indexOf('?>', i) + 2;
    else if (text.startsWith('<!--', i)) i = text.indexOf('-->', i) + 3;
    else return text.slice(i);
    if (i < 2) return '';
  }
}

/** Every element at the end of `path` (local names) below `node`. */
export function all(node: XmlNode | undefined, ...path: string[]): XmlNode[] {
  let current: XmlNode[] = node ? [node] : [];
  for (const name of path) current = current.flatMap((n) => (Array.isArray(n[name]) ? (n[name] as XmlNode[]) : []));
  return current;
}

export function first(node: XmlNode | undefined, ...path: string[]): XmlNode | undefined {
  return all(node, ...path)[0];
}

/** The trimmed text of the first element at `path`, or undefined when absent or empty. */
export function text(node: XmlNode | undefined, ...path: string[]): string | undefined {
  for (const n of all(node, ...path)) {
    const t = textOf(n);
    if (t) return t;
  }
  return undefined;
}

export function textOf(node: XmlNode | undefined): string | undefined {
  const t = node?.['#text'];
  return typeof t === 'string' && t.trim() ? t.trim() : undefined;
}

export function attr(node: XmlNode | undefined, name: string): string | undefined {
  const v = node?.[`@${name}`];
  return typeof v === 'string' ? v.trim() : undefined;
}
