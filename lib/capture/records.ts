import { fold, parseDate, parseStatus } from '../parse';
import { candidateFrom, type Candidate, type RawInvoice, type ReadHints } from './candidate';
import { fieldOfHeader, isForeignCaption, labelField, namesInvoices } from './columns';
import { headingBefore } from './grid';
import { emailPart, findEmail, isCodePart, isInitials, isNewPart, namePart, readParts } from './parts';
import { amountText, isLabelOnly, OFFER_LINE, rawFromReading, readPartValues, withoutCode } from './record-parts';
import { isStatusPart, statusOfParts } from './record-status';
import { captionStatus } from './header';
import { PAYABLE_WORDS } from './synonyms';
import type { InvoiceStatus } from '../core';
import { isSeriesNumber, looksLikeNumber, textOf, withSeries } from './text';

/**
 * Repeated records beyond tables: invoices shown as cards, list items or rows of a table with no
 * header, found as a person finds them (the idea of data-record mining, MDR/DEPTA): sibling
 * elements of the same kind that each carry one invoice number and one amount. Each record's
 * fields are read by their own wording ("échéance 30/09/2026", "$4,075.60 remaining", "Paid Nov
 * 18, 2026") and by position.
 */

/** Elements looked at per page when searching for records, and records read per group. */
const MAX_ELEMENTS = 30_000;
const MAX_RECORDS = 2_000;
/** A record is short: a card's text, not a section's. */
const MAX_RECORD_CHARS = 1_200;
const CONTROLS = 'button, [role="button"], [role="menu"], [role="menuitem"], menu, [aria-haspopup], select';
const DATED = 'time[datetime], [title], [datetime], [data-date]';
const HIDDEN = '[hidden], [aria-hidden="true"], [style*="display:none"], [style*="display: none"]';
// Long words also begin compounds ("Lieferantenrechnungen", "Eingangsrechnungen"); short ones stand alone ("bill", not "billing").
const payableRe = (words: readonly string[]) =>
  new RegExp(`(?<![a-z])(?:${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + (w.length >= 7 ? '' : '(?![a-z])')).join('|')})`);
const PAYABLE_CAPTION = payableRe(PAYABLE_WORDS);
/** In a record's own text "payable" is a customer invoice's terms ("Payable à réception"): headings only. */
const PAYABLE_RECORD = payableRe(PAYABLE_WORDS.filter((w) => !w.startsWith('payable')));
/** Words that label an invoice number ("Invoice INV-1", "Facture n° 12", "Rechnung Nr. 5"). */
const NUMBER_LABEL = /(?<![a-z])(?:invoice|inv|facture|fact|rechnung|factura|bill|no|nr|n°|num|numero|number|#)(?![a-z])/;
/** Words that label a client's own code: its tokens are never the invoice number. */
const CLIENT_CODE_LABEL = /(?<![a-z])(?:client|customer|cust|kunde|kd|kundennr|account|acct|compte|id|siret|tva|vat|ust)(?![a-z])/;
const INVOICE_WORD = /(?<![a-z])(?:invoice|facture|rechnung|factura|credit note|avoir|gutschrift)(?![a-z])/;
const YEAR = /^(?:19|20)\d{2}$/;

export interface RecordGroup {
  parent: Element;
  records: Element[];
  hidden: boolean;
  /** The column labels of a flat grid, whose records are its rows rebuilt apart (see flatGrid). */
  labels?: string[];
  /** A record alone in its container, which is shaped as another group's (a board's column of one card). */
  alone?: boolean;
}

/** A token a person takes for an invoice number: a code with letters, or digits marked as a number. */
function numberToken(token: string, marked: boolean): string | undefined {
  const hash = /^[#№]/.test(token);
  const t = token.replace(/^[#№]|[:.,;)]+$/g, '').replace(/^\(/, '');
  if (!looksLikeNumber(t) || YEAR.test(t)) return undefined;
  if (!/[a-z]/i.test(t) && !hash && !marked && !/[-/._]/.test(t)) return undefined;
  return t;
}

/** The first token of a part a person takes for an invoice number, with its series when written apart ("FT 2026/45"). */
function firstNumber(part: string, marked: boolean): string | undefined {
  let before = '';
  for (const token of part.split(/[\s,;|·]+/)) {
    const t = numberToken(token, marked);
    if (t) return withSeries(before, t);
    before = token;
  }
  return undefined;
}

/**
 * The invoice number of a record: one its words call an invoice's ("Invoice INV-1", "Facture n°
 * 12"), else a link's text, else the first code-like token of a part that no client-code label
 * claims ("Kd.-Nr. 10198", "Customer ID: 4471" are the client's).
 */
function recordNumber(
  el: Element,
  parts: readonly string[],
  numberColumn: (i: number) => boolean,
): { number: string; part: number; invoice: boolean } | undefined {
  let fallback: { number: string; part: number; invoice: boolean } | undefined;
  // A part under a column labelled as the invoice's number ("Invoice #") is it, whatever codes stand beside it.
  for (let i = 0; i < parts.length; i++) {
    const n = numberColumn(i) ? firstNumber(parts[i]!, true) : undefined;
    if (n) return { number: n, part: i, invoice: true };
  }
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    if (!/\d/.test(p)) continue;
    const f = fold(p);
    const invoice = INVOICE_WORD.test(f);
    if (!invoice && CLIENT_CODE_LABEL.test(f)) continue;
    const marked = invoice || NUMBER_LABEL.test(f);
    // Dates are not numbers: their tokens ("18,", "2026") go with them.
    if (!marked && parseDate(p) && !/[a-z]\d|\d[a-z]/i.test(p)) continue;
    const n = firstNumber(p, marked);
    if (n && invoice) return { number: n, part: i, invoice };
    if (n) fallback ??= { number: n, part: i, invoice: false };
  }
  // A link that shows a number, read in its parts: a screen reader's word before it ("Invoice" INV-10233) is not glued to it.
  const link = el.querySelector('a');
  const shown = link ? readParts(link) : [];
  for (const p of shown.length <= 2 ? shown : []) {
    const n = isSeriesNumber(p) ? p : numberToken(p, true);
    if (n) return { number: n, part: parts.indexOf(p), invoice: false };
  }
  return fallback;
}

/** Texts of the record's buttons and menus: actions, not fields. */
function controlTexts(el: Element): Set<string> {
  const out = new Set<string>();
  for (const c of el.querySelectorAll(CONTROLS)) for (const p of readParts(c)) out.add(p);
  return out;
}

/** Dates the record's elements carry in attributes, by the text they show. */
function attributeDates(el: Element, h: ReadHints): Map<string, string> {
  const out = new Map<string, string>();
  const hints = { lang: h.lang, order: h.order };
  const all = el.querySelectorAll(DATED);
  for (let i = 0; i < all.length && i < 20; i++) {
    const d = all[i]!;
    const attr = d.getAttribute('datetime') ?? d.getAttribute('data-date') ?? d.getAttribute('title') ?? '';
    const date = /\d/.test(attr) ? parseDate(attr.slice(0, 80), hints) : null;
    const shown = readParts(d).join(' ');
    if (date && shown) out.set(shown, date);
  }
  return out;
}

/**
 * One record as an invoice: its number, its client (the first name-like part that is no label,
 * value, status, code or action), e-mail, amounts and dates by wording, status from its words.
 * `columnLabel` names a part by the column it sits in, for a table whose labels stand apart.
 */
export function readRecord(
  el: Element,
  h: ReadHints,
  method: 'table' | 'grid',
  confidence: number,
  columnLabel: (i: number) => string | undefined = () => undefined,
  layout: RecordLayout = {},
): { candidate: Candidate; evidence: boolean } | null {
  const controls = el.querySelector(CONTROLS) ? controlTexts(el) : undefined;
  const { parts, cellOf } = partsOf(el, controls, layout.cells === true);
  const labelOf = (i: number) => (cellOf[i]! >= 0 ? columnLabel(cellOf[i]!) : undefined);
  const numberCell = layout.numberColumn ?? ((cell: number) => fieldOfHeader(columnLabel(cell) ?? '') === 'number');
  const found = recordNumber(el, parts, (i) => cellOf[i]! >= 0 && numberCell(cellOf[i]!));
  // A quote or estimate, by the word its number is written after ("Devis n° D-2026-014").
  if (!found || OFFER_LINE.test(fold(parts[found.part] ?? ''))) return null;
  const dated = el.querySelector(DATED) ? attributeDates(el, h) : undefined;
  const attrDate = (part: string) => {
    if (!dated) return undefined;
    for (const [shown, date] of dated) if (part === shown || part.includes(shown) || shown.includes(part)) return date;
    return undefined;
  };
  const raw: RawInvoice = { number: found.number };
  const reading = readPartValues(parts, h, labelOf, attrDate);
  if (!reading.amounts.length) return null;
  const { paidOn } = rawFromReading(raw, reading);
  const status = statusOfParts(parts, paidOn !== undefined);
  const sectionStatus = layout.status?.();
  // "Issued", "Sent" say open only by default: a section headed "Paid" says more.
  if (status && !(status === 'open' && sectionStatus && sectionStatus !== 'open')) raw.status = status;
  raw.email = clientEmailOf(parts);
  raw.client = columnClient(parts, labelOf) ?? avatarName(el, parts) ?? clientOf(parts, found, raw.status) ?? layout.client?.();
  if (raw.client) raw.client = untruncatedPart(el, withoutCode(raw.client));
  const c = candidateFrom(raw.number, (field) => raw[field], h, method, confidence, { byFigures: true, status: sectionStatus });
  return c && { candidate: c, evidence: reading.labelled > 0 || status !== undefined || found.invoice };
}

const CELL_ROLES = new Set(['cell', 'gridcell', 'rowheader']);

/**
 * How a group's records are laid out: children that are cells under a row of labels, a status the
 * section's heading gives them all (asked only of a record that reads as an invoice).
 */
export interface RecordLayout {
  cells?: boolean;
  status?: () => InvoiceStatus | undefined;
  /** Whether the column of a record's cell is labelled as the invoice's number. */
  numberColumn?: (cell: number) => boolean;
  /** The client of records that name none: the one party the page is about (see pagePartyName). */
  client?: () => string | undefined;
}

/** A record's parts, and for a table row (or a record whose children are cells) the column each comes from (-1 for a card). */
function partsOf(el: Element, controls: Set<string> | undefined, cells: boolean): { parts: string[]; cellOf: number[] } {
  const parts: string[] = [];
  const cellOf: number[] = [];
  const add = (ps: readonly string[], cell: number) => {
    for (const p of ps) {
      // The same text in two cells is two values ("Amount" and "Amount due" both €1,490.00).
      if (controls?.has(p) || (!isNewPart(parts, p) && (cell < 0 || cellOf[parts.lastIndexOf(p)] === cell))) continue;
      parts.push(p);
      cellOf.push(cell);
    }
  };
  const row = el.localName === 'tr' || el.getAttribute('role') === 'row';
  if (!row && !cells) add(readParts(el), -1);
  else {
    let i = 0;
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      if (cells || c.localName === 'td' || c.localName === 'th' || CELL_ROLES.has(c.getAttribute('role') ?? '')) add(readParts(c), i++);
    }
  }
  return { parts, cellOf };
}

/**
 * The client's e-mail: the one under a part that labels the client ("Destinataire", "Bill to"),
 * else the record's first. A card that shows both parties ("Émise par" with the seller's address
 * first) gives the seller's first.
 */
function clientEmailOf(parts: readonly string[]): string | undefined {
  const labelled = parts.findIndex((p) => labelField(p) === 'client');
  for (let i = labelled + 1; labelled >= 0 && i < parts.length && i <= labelled + 3; i++) {
    if (i > labelled + 1 && labelField(parts[i]!)) break;
    const found = findEmail(parts[i]!);
    if (found) return found;
  }
  return emailPart(parts);
}

/** The name in the cells of a column labelled as the client's ("Client", "Customer"), when the record has one. */
function columnClient(parts: readonly string[], labelOf: (i: number) => string | undefined): string | undefined {
  const own = parts.filter((p, i) => fieldOfHeader(labelOf(i) ?? '') === 'client' && !labelField(p));
  return own.length ? namePart(own) : undefined;
}

/**
 * The name an avatar stands for: the text right after an element that shows only initials, when
 * those initials are the name's ("HD" before "Harborview Dental Group"). A card that shows a deal,
 * a project or a title first names its customer so, with the customer's picture.
 */
function avatarName(el: Element, parts: readonly string[]): string | undefined {
  const all = el.getElementsByTagName('*');
  for (let i = 0; i < all.length && i < 200; i++) {
    const a = all[i]!;
    if (a.firstElementChild || !isInitials(a.textContent ?? '')) continue;
    // The name beside it, or around it when written in the same element ("<span>OF</span> Oakfield Farm").
    const next = a.nextElementSibling ?? a.parentElement;
    const name = next && namePart(readParts(next));
    if (name && parts.includes(name) && inOrder(fold(a.textContent!).replace(/[^a-z]/g, ''), initialsOf(name))) return name;
  }
  return undefined;
}

/** A name's initials, folded: the first letter of each word ("Lumen & Vale Studio": "lvs"). */
const initialsOf = (text: string) =>
  fold(text)
    .split(/[^a-z\d]+/)
    .map((w) => w[0] ?? '')
    .join('');

/** Whether every letter of `few` comes in `all`, in order: an avatar shows two or three of a name's initials. */
function inOrder(few: string, all: string): boolean {
  let at = 0;
  for (const ch of few) if ((at = all.indexOf(ch, at) + 1) === 0) return false;
  return few.length > 0;
}

/** A name cut short on screen ("Northwind Traders Intern…"): whole in the `title` or `aria-label` of the element that shows it. */
function untruncatedPart(el: Element, name: string): string {
  if (!/(?:…|\.\.\.)$/.test(name)) return name;
  const head = name.replace(/\s*(?:…|\.\.\.)$/, '');
  for (const holder of el.querySelectorAll('[title], [aria-label]')) {
    for (const full of [holder.getAttribute('title'), holder.getAttribute('aria-label')]) {
      const at = full ? full.indexOf(head) : -1;
      // A label before the name ("Customer: Gallowgate…") is no part of it.
      if (at >= 0 && full!.length > head.length && full!.length <= 200) return full!.slice(at).trim();
    }
  }
  return name;
}

/** The client: the first part with a name's letters that is no number, label, value, status, code or initials. */
function clientOf(
  parts: readonly string[],
  found: { number: string; part: number; invoice: boolean },
  status: string | undefined,
): string | undefined {
  // A cell that labels itself ("Client" over "SARL Atelier Noé"): the value after the label, its initials skipped.
  const labelled = parts.findIndex((p) => labelField(p) === 'client');
  for (let i = labelled + 1; labelled >= 0 && i < parts.length && i <= labelled + 2; i++) {
    const p = parts[i]!;
    if (!isInitials(p) && /\p{L}{2}/u.test(p) && !labelField(p) && !findEmail(p)) return withoutCode(p);
  }
  for (let i = 0; i < parts.length; i++) {
    // A name and its code run together on one line ("Autohaus Wendt GmbH · Kd.-Nr. 1008"): the name.
    const p = withoutCode(parts[i]!);
    if (i === found.part || p.includes(found.number) || p === status || !/\p{L}{2}/u.test(p) || labelField(p)) continue;
    // The value of another field's label ("Status:" over "Posted") is that field's, whatever its words.
    const before = i > 0 && parts[i - 1]!.endsWith(':') ? labelField(parts[i - 1]!) : undefined;
    if (before && before !== 'client') continue;
    if (findEmail(p) || isCodePart(p) || isInitials(p) || isLabelOnly(p) || amountText(p)) continue;
    if (/\d/.test(p) && parseDate(p)) continue;
    // A status, or the document's kind alone ("Gutschrift" above its number), is no name.
    if (isStatusPart(p) || (parseStatus(p)?.kind && p.split(/\s+/).length <= 3)) continue;
    return p;
  }
  return undefined;
}

/** Whether a record speaks of money the user owes (a bill, a supplier), by its own words or its section's heading. */
function isPayable(text: string, re: RegExp): boolean {
  // "Bill to" names the client on a customer's invoice; "Pay bill", "Bills you owe" do not.
  return re.test(fold(text).replace(/(?<![a-z])bill(?:ed)? to(?![a-z])/g, ' '));
}

/**
 * Groups of sibling elements of the same tag that each carry an invoice number and an amount,
 * innermost first; a group inside a hidden copy is marked hidden. Bounded: a page's first
 * 30,000 elements, 2,000 records per group.
 */
export function findRecordGroups(root: ParentNode, h: ReadHints, skip: (el: Element) => boolean = () => false): RecordGroup[] {
  const start = 'documentElement' in root ? (root as Document).documentElement : (root as Element);
  if (!start) return [];
  const groups: RecordGroup[] = [];
  const walker = (start.ownerDocument ?? (root as Document)).createTreeWalker(start, 1 /* SHOW_ELEMENT */);
  let seen = 0;
  for (let node: Node | null = walker.currentNode; node && seen < MAX_ELEMENTS; node = walker.nextNode(), seen++) {
    const parent = node as Element;
    if (parent.childElementCount < 2 || skip(parent)) continue;
    const byTag = new Map<string, Element[]>();
    for (let c = parent.firstElementChild; c; c = c.nextElementSibling) {
      const list = byTag.get(c.localName);
      if (list) list.push(c);
      else byTag.set(c.localName, [c]);
    }
    // Cells laid out by CSS alone (`display: grid`), all children of one element: its rows rebuilt.
    const flat = parent.childElementCount >= 9 && byTag.size === 1 ? flatGrid(parent) : undefined;
    if (flat) groups.push({ parent, records: flat.rows, hidden: parent.closest(HIDDEN) !== null, labels: flat.labels });
    else
      for (const [, siblings] of byTag) {
        if (siblings.length < 2) continue;
        const records = siblings.filter((s) => maybeRecord(s)).slice(0, MAX_RECORDS);
        if (records.length >= 2) groups.push({ parent, records, hidden: parent.closest(HIDDEN) !== null });
      }
  }
  return groups;
}

/**
 * A grid drawn from one element's children alone (CSS grid): its first children name fields (after
 * an empty corner or a select-all box, if any), then come its rows' cells, as many per row as there
 * are labels, or one or two more that none names (a checkbox, a menu). The width is the one under which every column holds one kind of value
 * (amounts, other text; empty cells fit any). Its rows are rebuilt from copies of the cells in an
 * inert document, where nothing loads and the page is left as it is.
 */
function flatGrid(parent: Element): { labels: string[]; rows: Element[] } | undefined {
  const cells = parent.children;
  const n = Math.min(cells.length, MAX_RECORDS * 8);
  // A select-all checkbox or an empty corner may come before the labels.
  let lead = 0;
  while (lead < 2 && !textOf(cells[lead]!)) lead++;
  let named = lead;
  while (named < n && named < 40 && textOf(cells[named]!).length < 40 && fieldOfHeader(textOf(cells[named]!))) named++;
  if (named - lead < 2) return undefined;
  for (let k = named; k <= named + 2; k++) {
    if (n % k || n / k < 3 || !aligned(cells, k, n)) continue;
    const inert = parent.ownerDocument.implementation.createHTMLDocument('');
    const rows: Element[] = [];
    for (let r = k; r < n; r += k) {
      const row = inert.createElement('div');
      for (let j = 0; j < k; j++) row.append(inert.importNode(cells[r + j]!, true));
      rows.push(row);
    }
    return { labels: Array.from({ length: k }, (_, j) => textOf(cells[j]!)), rows };
  }
  return undefined;
}

/** Whether cut into rows of `k` cells, every column of a flat grid holds amounts only or other text only. */
function aligned(cells: HTMLCollection, k: number, n: number): boolean {
  const kind = (c: Element) => {
    const t = textOf(c);
    return t ? (amountText(t) ? 2 : 1) : 0;
  };
  for (let j = 0; j < k; j++) {
    let seen = 0;
    for (let r = k + j; r < n; r += k) {
      const now = kind(cells[r]!);
      if (now && seen && now !== seen) return false;
      seen ||= now;
    }
  }
  return true;
}

/**
 * Records alone in containers shaped as a group's (same tag, same classes: a board's columns, a
 * column holding one card): a list of one is still a list when its siblings' lists are invoices.
 */
function aloneLike(group: RecordGroup, groups: readonly RecordGroup[]): RecordGroup[] {
  const { parent, records } = group;
  const shape = (el: Element) => `${el.localName}.${el.getAttribute('class') ?? ''}`;
  const record = shape(records[0]!);
  if (!parent.getAttribute('class') || !records.every((r) => shape(r) === record)) return [];
  const out: RecordGroup[] = [];
  for (const other of parent.ownerDocument.getElementsByClassName(parent.getAttribute('class')!)) {
    const only = other.firstElementChild;
    if (other === parent || shape(other) !== shape(parent) || other.childElementCount !== 1 || shape(only!) !== record) continue;
    if (groups.some((g) => g.parent === other) || !maybeRecord(only!)) continue;
    out.push({ parent: other, records: [only!], hidden: other.closest(HIDDEN) !== null, alone: true });
  }
  return out;
}

/** Whether a group's records hold another group: a section holding two card lists is no record of its own. */
const holds = (outer: RecordGroup, inner: RecordGroup) =>
  outer !== inner && outer.parent !== inner.parent && outer.records.some((r) => r.contains(inner.parent));

/** A cheap first look: short text with a digit, and an amount's look. */
function maybeRecord(el: Element): boolean {
  const text = el.textContent ?? '';
  return text.length <= MAX_RECORD_CHARS && /\d/.test(text) && amountText(text) !== undefined;
}

/** The invoices of a group of records; none when its section is about bills the user owes. */
export function readGroup(
  group: RecordGroup,
  h: ReadHints,
  method: 'table' | 'grid',
  columnLabel?: (i: number) => string | undefined,
  cells = false,
  client?: () => string | undefined,
): Candidate[] {
  // The heading is looked for only once a record reads as an invoice: most groups of a page are not lists of them.
  let heading: string | undefined;
  const headingOf = () => (heading ??= headingBefore(group.parent));
  let sectionStatus: { status?: InvoiceStatus } | undefined;
  // A list split into sections ("Overdue", "Paid"): the heading is the status of the records under it that state none.
  // A column's label names the same field for every record: each column is looked up once.
  const numberColumns = new Map<number, boolean>();
  const layout: RecordLayout = {
    cells,
    client,
    status: () => (sectionStatus ??= { status: captionStatus(headingOf()) }).status,
    numberColumn(cell) {
      if (!numberColumns.has(cell)) numberColumns.set(cell, fieldOfHeader(columnLabel?.(cell) ?? '') === 'number');
      return numberColumns.get(cell)!;
    },
  };
  const out: Candidate[] = [];
  const confidence = group.hidden ? 0.3 : 0.45;
  let evidence = 0;
  for (const r of group.records) {
    const read = readRecord(r, h, method, confidence, columnLabel, layout);
    // A record that names no client is not one to chase (storage refuses it): a quote, a product.
    if (!read || !read.candidate.clientName || isPayable(textOf(r), PAYABLE_RECORD)) continue;
    out.push(read.candidate);
    if (read.evidence) evidence++;
  }
  if (out.length < (group.alone ? 1 : 2)) return [];
  const caption = headingOf() + ' ' + (group.parent.getAttribute('aria-label') ?? '');
  if (isPayable(caption, PAYABLE_CAPTION) || isForeignCaption(caption)) return [];
  if (namesInvoices(caption)) evidence += group.records.length;
  // Codes beside sums are not invoices by themselves (a team's salaries, products, quotes): the
  // records' own words (a due date, "remaining", a status) or their heading must say so.
  return evidence * 2 >= out.length ? out : [];
}

/**
 * Column labels a table shows apart from it (a header drawn as a separate, often aria-hidden,
 * block above the rows): the nearest element before it whose children name fields.
 */
function detachedLabels(table: Element, seen = new Map<Element, string[] | null>()): string[] | undefined {
  let node: Element | null = table;
  for (let depth = 0; node && depth < 3; depth++, node = node.parentElement) {
    let sib = node.previousElementSibling;
    for (let step = 0; sib && step < 3; step++, sib = sib.previousElementSibling) {
      const row = sib.childElementCount === 1 && sib.firstElementChild!.childElementCount > 1 ? sib.firstElementChild! : sib;
      // Groups of one page share the elements before them (the rows above a row): each is read once.
      if (!seen.has(row)) seen.set(row, rowLabels(row));
      const labels = seen.get(row);
      if (labels) return labels;
    }
  }
  return undefined;
}

/** A row's children as labels, when two of them at least name fields. */
function rowLabels(row: Element): string[] | null {
  if (row.childElementCount < 2 || row.childElementCount > 40) return null;
  const labels = [...row.children].map((c) => readParts(c).join(' ') || textOf(c));
  return labels.filter((l) => fieldOfHeader(l)).length >= 2 ? labels : null;
}

/** What a record page's heading says it is about, in the word shown above the name ("Account", "Kunde"). */
const PARTY = /^(?:account|customer|client|company|organi[sz]ation|kunde|debitor|societe|entreprise|cliente|empresa|klant)$/;

/**
 * The party a record page is about: its main heading, when the label just above it says it is a
 * customer's or an account's ("Account" over "Cobalt Ridge Logistics, Inc."). The invoices listed
 * on such a page (a CRM's related lists) are that party's.
 */
function pagePartyName(root: ParentNode): string | undefined {
  const heading = root.querySelector('h1');
  const label = heading?.previousElementSibling;
  const name = heading && readParts(heading).join(' ');
  return label && name && PARTY.test(fold(textOf(label))) && !/\d/.test(name) ? name : undefined;
}

/** Every invoice the page's repeated records show: rows of headerless tables, cards, list items. */
export function extractFromRecords(root: ParentNode, h: ReadHints): Candidate[] {
  const read: { group: RecordGroup; found: Candidate[] }[] = [];
  const seen = new Map<Element, string[] | null>();
  let party: { name?: string } | undefined;
  const client = () => (party ??= { name: pagePartyName(root) }).name;
  const groups = findRecordGroups(root, h);
  for (let g = 0; g < groups.length; g++) {
    const group = groups[g]!;
    const first = group.records[0]!;
    const rows = first.localName === 'tr' || first.getAttribute('role') === 'row';
    const table = rows ? group.parent.closest('table, [role="table"], [role="grid"]') : null;
    // Labels drawn as a row before the records (a CSS-grid list, rows with no table around them):
    // each record's children are cells under them when they are as many.
    const before = table || group.labels ? undefined : detachedLabels(first, seen);
    const cells = !!group.labels || (!rows && before !== undefined && group.records.every((r) => r.childElementCount === before.length));
    const labels = group.labels ?? (table ? detachedLabels(table, seen) : rows || cells ? before : undefined);
    const found = readGroup(
      group,
      { ...h, memo: new Map(), dates: new Map(), statuses: new Map() },
      rows ? 'table' : 'grid',
      labels && ((i) => labels[i]),
      cells,
      client,
    );
    if (found.length) read.push({ group, found });
    if (found.length && !group.alone) groups.push(...aloneLike(group, groups));
  }
  // The innermost groups that are lists of invoices; a visible list before its hidden copy.
  const kept = read.filter((g) => !read.some((o) => holds(g.group, o.group)));
  // In the page's order: a record alone in its container was found after the lists it is shaped like.
  const order = (a: Element, b: Element) => (a === b ? 0 : a.compareDocumentPosition(b) & 4 /* FOLLOWING */ ? -1 : 1);
  kept.sort((a, b) => Number(a.group.hidden) - Number(b.group.hidden) || order(a.group.parent, b.group.parent));
  return kept.flatMap((g) => g.found);
}

/** The rows of a table with no header, read as records: cells that label themselves, labels shown apart. */
export function readTableRecords(table: Element, rows: readonly Element[], hidden: boolean, h: ReadHints): Candidate[] {
  const labels = detachedLabels(table);
  const group: RecordGroup = { parent: table, records: rows.filter(maybeRecord).slice(0, MAX_RECORDS), hidden };
  return readGroup(group, { ...h, memo: new Map(), dates: new Map(), statuses: new Map() }, 'table', labels && ((i) => labels[i]));
}
