import { fold } from '../parse';
import { isForeignHeader, namesInvoices } from './columns';
import { detailFieldOf, type DetailField } from './detail-labels';
import { controlIn, linesOf, unspace, valueText } from './detail-values';
import { readParts } from './parts';
import { looksLikeNumber, textOf } from './text';

/** A labelled value: its text, its label, and its element when it holds the value alone. */
export interface Pair {
  text: string;
  label: string;
  el?: Element;
  whole: boolean;
  /** Read from a box of labels over values, which a one-row list looks like too. */
  box?: boolean;
}

/** A line that names the invoice with its number ("Facture n° FA2601-0007", "F A C T U R E  N° 2026-044"). */
export interface TitleLine {
  text: string;
  number: string;
  heading: boolean;
}

/** What a single-invoice page says, label by label. */
export interface DetailReading {
  pairs: Map<DetailField, Pair>;
  /** Number-like tokens of the other documents' references, terms and identifiers: never the invoice's. */
  refs: Set<string>;
  titles: TitleLine[];
  /** Tables of line items, products or payments: the invoice's own, never a list of invoices. */
  foreign: Element[];
}

const LABEL_MAX = 60;
const VALUE_MAX = 300;
const INVOICE_WORD = /^(?:facture|invoice|tax invoice|rechnung|avoir|credit note|gutschrift|factura|note de credit|rectificativa)\b/;
const COLON = /^([^:]{2,60}?)\s*:\s*(.+)$/;
const LETTER_DATE = /^[\p{L}\s'’.-]{2,40},\s*(?:le|den|am)\s+(.{6,30})$/u;
const HEADING = /^(?:h[1-3])$/;

/** The number a line names after its invoice word, or undefined ("Facture du 15/03/2026" names none). */
function numberAfterWord(text: string): string | undefined {
  for (const token of text.split(/[\s,;|()]+/).slice(1, 8)) {
    const t = token.replace(/^[#№]+|[:.]$/g, '');
    if (looksLikeNumber(t) && !/^(19|20)\d\d$/.test(t)) return t;
  }
  return undefined;
}

/** A label is words: "Order PO-5", "Page 1/2", "Date 12/10/2026" hold their value; "TVA 20 %" is a label. */
function holdsValue(label: string): boolean {
  return /\d/.test(label.replace(/\d+(?:[.,]\d+)?\s*%/g, ''));
}

class Collector implements DetailReading {
  pairs = new Map<DetailField, Pair>();
  refs = new Set<string>();
  titles: TitleLine[] = [];
  foreign: Element[] = [];

  remember(label: string, value: string, el: Element | undefined, whole: boolean, box = false): void {
    if (!label || !value || label.length > LABEL_MAX || value.length > VALUE_MAX) return;
    const field = detailFieldOf(unspace(label));
    if (!field) return;
    // The reference's own number: the first one of a short value ("CO-441", "30 jours", "FR12345678901").
    if ((field === 'reference' || field === 'terms') && value.length <= 60) {
      const ref = value.split(/[\s,;|()]+/).map((t) => t.replace(/^[#№]+|[:.]$/g, '')).find(looksLikeNumber);
      if (ref) this.refs.add(ref);
    }
    if (!this.pairs.has(field)) this.pairs.set(field, { text: value, label, el, whole, box });
  }

  /** Reads one line; true when it is a title naming the invoice (so not a label). */
  line(text: string, el: Element, heading: boolean, colons = true): boolean {
    const t = unspace(text);
    if (t.length > 80) return false;
    const colon = colons ? COLON.exec(t) : null;
    // "Invoice date : 10 October 2025" labels a date; "Facture n° : 2026-044" names the invoice.
    const field = colon ? detailFieldOf(colon[1]!) : undefined;
    const number = INVOICE_WORD.test(fold(t)) && (!field || field === 'number') ? numberAfterWord(t) : undefined;
    if (number) {
      this.titles.push({ text: t, number, heading });
      return true;
    }
    if (colon) this.remember(colon[1]!, colon[2]!, el, false);
    else if (LETTER_DATE.test(t) && !this.pairs.has('issueDate')) this.remember('date', LETTER_DATE.exec(t)![1]!, el, false);
    return false;
  }
}

/** Tables that list line items, products or payments: their rows are not label/value pairs. */
function isForeignTable(table: Element): boolean {
  const first = table.querySelector('tr');
  return first ? first.children.length > 40 || [...first.children].some((c) => (c.textContent ?? '').length < 40 && isForeignHeader(textOf(c))) : false;
}

/** A row's cells with something in them: a cell holding only ":" between label and value is layout. */
function filledCells(tr: Element): Element[] {
  return [...tr.children].filter((c) => (c.localName === 'td' || c.localName === 'th') && (controlIn(c) || /[\p{L}\p{N}]/u.test(c.textContent ?? '')));
}

/**
 * A box of labels over values ("Rechnungsnr. | Datum | Kundennummer" above their values): two
 * rows of as many cells, the first all labels. A bare "#" or "Reference" over a value is a list's
 * column as often: only a label that says invoice names the number.
 */
function readBox(grid: Element[][], c: Collector): boolean {
  if (grid.length !== 2 || grid[0]!.length < 2 || grid[0]!.length !== grid[1]!.length) return false;
  const labels = grid[0]!.map((cell) => textOf(cell));
  if (!labels.every((l) => detailFieldOf(l) && !holdsValue(l))) return false;
  labels.forEach((label, i) => (detailFieldOf(label) !== 'number' || namesInvoices(label)) && c.remember(label, valueText(grid[1]![i]!), grid[1]![i], true, true));
  return true;
}

function readTables(root: ParentNode, c: Collector, foreign: Set<Element>, lists: Set<Element>): void {
  let reads = 0;
  for (const table of root.querySelectorAll('table')) {
    if (isForeignTable(table)) {
      foreign.add(table);
      continue;
    }
    const rows = [...table.querySelectorAll('tr')].filter((tr) => tr.closest('table') === table && tr.children.length <= MAX_PAIR_CELLS);
    if ((reads += rows.length) > MAX_READS) break;
    const grid = rows.map(filledCells);
    if (readBox(grid, c)) continue;
    // A header row over several rows is a list (the client's other invoices), not labels and values.
    if (grid.length > 2 && grid[0]!.length >= 3 && grid[0]!.every((cell) => detailFieldOf(textOf(cell)))) {
      lists.add(table);
      continue;
    }
    for (const cells of grid) {
      if (cells.length !== 2 && cells.length !== 4) continue;
      for (let i = 0; i + 1 < cells.length; i += 2) if (!cells[i]!.querySelector('table')) c.remember(textOf(cells[i]), valueText(cells[i + 1]!), cells[i + 1], true);
    }
  }
}

/** The value a label element labels: its `for` control, the next element, else the lines after it in its parent. */
function valueOfLabel(label: Element): { text: string; el: Element } | undefined {
  const target = label.localName === 'label' ? label.getAttribute('for') : null;
  const byFor = target ? label.ownerDocument.getElementById(target) : null;
  if (byFor) return { text: valueText(byFor), el: byFor };
  const inside = label.localName === 'label' ? controlIn(label) : undefined;
  if (inside) return { text: valueText(inside), el: inside };
  const next = label.nextElementSibling;
  const nextText = next && next.localName !== 'br' ? valueText(next) : '';
  if (next && nextText && (!label.nextSibling || label.nextSibling === next || !/\S/.test(label.nextSibling.textContent ?? ''))) return { text: nextText, el: next };
  const parent = label.parentElement;
  if (!parent) return undefined;
  const after = linesOf(parent, label.nextSibling);
  return after.length ? { text: after[0]!, el: parent } : undefined;
}

const LABELLING = 'label, span, div, p, strong, b, th, td, li, h1, h2, h3, h4, h5, h6, address, [role="heading"]';

/** Elements read as possible labels, and rows read as pairs: a page of a single invoice has far fewer. */
const MAX_READS = 3000;
/** A row with more cells is a list's row, never a label and its value. */
const MAX_PAIR_CELLS = 8;

/** `tables`: tables whose cells label nothing (line items, lists). */
function readLabels(root: ParentNode, c: Collector, tables: Set<Element>): void {
  let reads = 0;
  for (const el of root.querySelectorAll(LABELLING)) {
    if (el.children.length > 2 || ((el.localName === 'td' || el.localName === 'th') && el.parentElement!.children.length > MAX_PAIR_CELLS)) continue;
    if (++reads > MAX_READS) break;
    if (el.closest('select, textarea, script, style') || ((el.localName === 'td' || el.localName === 'th') && tables.has(el.closest('table')!))) continue;
    const raw = el.textContent ?? '';
    if (raw.length > 240) continue;
    // Its visual parts, spaced as printed: "Avoir n° AV-12" and its badge "Validé" are not one word,
    // and "Label : value" is read in one part only (a card's label beside its body is no such line).
    const parts = el.children.length ? readParts(el) : [raw];
    const text = unspace(parts.join('  '));
    if (!text || text.length > 120) continue;
    const heading = HEADING.test(el.localName) || el.getAttribute('role') === 'heading';
    // A label is one part: a row holding a label and its value ("Statut Impayée") is not one.
    if (c.line(text, el, heading, parts.length === 1) || parts.length > 1 || text.length > LABEL_MAX || COLON.test(text.replace(/\s*:\s*$/, ''))) continue;
    // A form row holds its label and its field: the label element inside says which.
    if (el.localName !== 'label' && el.querySelector('input, select, textarea')) continue;
    if (!detailFieldOf(unspace(text)) || holdsValue(text)) continue;
    const value = valueOfLabel(el);
    if (value) c.remember(text, value.text, value.el, value.el !== el.parentElement);
  }
  // A letter's "Facture n° : 2026-044<br>Date : 15/03/2026" in one block.
  for (const br of root.querySelectorAll('br')) {
    const block = br.parentElement;
    if (!block || block.querySelector(':scope > br') !== br) continue;
    for (const line of linesOf(block).slice(0, 20)) c.line(line, block, false);
  }
}

/** dl terms, two- and four-cell rows, label boxes, labelled elements and form fields, "Label : value" lines. */
export function readDetail(root: ParentNode): DetailReading {
  const c = new Collector();
  for (const dt of root.querySelectorAll('dt')) {
    const dd = dt.nextElementSibling;
    if (dd?.localName === 'dd') c.remember(textOf(dt), valueText(dd), dd, true);
  }
  const foreign = new Set<Element>();
  const lists = new Set<Element>();
  readTables(root, c, foreign, lists);
  readLabels(root, c, new Set([...foreign, ...lists]));
  c.foreign = [...foreign];
  return c;
}
