import { isYearless } from './detail-letter';
import { fold, parseDate } from '../parse';
import { isForeignCaption, isForeignHeader, isGenericAmount, namesInvoices } from './columns';
import { headingBefore } from './grid';
import { detailFieldOf, type DetailField } from './detail-labels';
import { controlIn, linesOf, unspace, valueText } from './detail-values';
import { findEmail, isUnread, readParts } from './parts';
import { headerKey, looksLikeNumber, textOf } from './text';

/** A labelled value: its text, its label, and its element when it holds the value alone. */
export interface Pair {
  text: string;
  label: string;
  el?: Element;
  whole: boolean;
  /** Read from a box of labels over values, which a one-row list looks like too. */
  box?: boolean;
  /** Its box names the document an invoice ("TD01 fattura"): a bare "Numero" there is the invoice's. */
  typed?: boolean;
}

/** A line that names the invoice with its number ("Facture n° FA2601-0007", "F A C T U R E  N° 2026-044"). */
export interface TitleLine {
  text: string;
  number: string;
  heading: boolean;
  /** The date the line gives after the number ("… del 05/11/2026"), as shown. */
  date?: string;
}

/** What a single-invoice page says, label by label. */
export interface DetailReading {
  pairs: Map<DetailField, Pair>;
  /** Number-like tokens of the other documents' references, terms and identifiers: never the invoice's. */
  refs: Set<string>;
  titles: TitleLine[];
  /** Tables of line items, products or payments: the invoice's own, never a list of invoices. */
  foreign: Element[];
  /** The document's `<title>`, the browser tab's text. */
  documentTitle?: string;
}

const LABEL_MAX = 60;
const VALUE_MAX = 300;
/** A title's invoice word: German compounds name an invoice too ("Ausgangsrechnung", "Schlussrechnung"). */
const INVOICE_WORD =
  /^(?:facture|(?:sales |tax |commercial )?invoice|[a-z]*rechnung|avoir|credit note|credit memo|gutschrift|factura|fattura|factuur|nota di credito|creditnota|note de credit|rectificativa|fatura|nota de credito|[a-z]*factuur)\b/;
const COLON = /^([^:]{2,60}?)\s*:\s*(.+)$/;
/** A heading that names one document's type and no number ("Factura rectificativa", "INVOICE"), not a list's ("Invoices"). */
export const namesOneDocument = (text: string): boolean => text.length <= 60 && !/\d/.test(text) && INVOICE_WORD.test(fold(unspace(text)));
/** A date after the number in a title: "Fattura n. 2026/118 del 05/11/2026", "Rechnung 12 vom 14.11.2026". */
const TITLE_DATE = /\s(?:du|del|de|vom|of|dated|from|van|le)\s+(.{6,30})$/i;
/** Fields a value must be an amount for: "VAT: US77120453" or "Get paid: Status: Partial" label no amount. */
const MONEY_FIELDS = new Set<DetailField>(['total', 'totalExcl', 'tax', 'amountDue', 'paid']);
/** A legal identifier (VAT, company number): letters then a long run of digits. */
const LEGAL_ID = /^[A-Z]{2}\s?[0-9A-Z]{0,3}[\s.]?\d[\d\s.]{6,14}[A-Z0-9]{0,3}$/;
/** A letter's place and date: "Lyon, le 3 mars 2026", "Biel/Bienne, le 3 novembre 2026", "Halle (Saale), den 2.3.2026". */
const LETTER_DATE = /^[\p{L}\s'’./()-]{2,40},\s*(?:le|den|am)\s+(.{6,30})$/u;
const HEADING = /^(?:h[1-3])$/;

/** The number a line names after its invoice word, or undefined ("Facture du 15/03/2026" names none). */
function numberAfterWord(text: string): string | undefined {
  const tokens = text.split(/[\s,;|()]+/).slice(0, 8);
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!.replace(/^[#№]+|[:.]$/g, '');
    if (!looksLikeNumber(t) || /^(19|20)\d\d$/.test(t)) continue;
    return i > 1 ? withSeries(tokens[i - 1]!, t) : t;
  }
  return undefined;
}

const SERIES = /^[A-Z]{2,3}$/;
/** Capitals that are a label's abbreviation ("NO 12", "NR. 5", "REF 7"), not a series. */
const NOT_SERIES = /^(?:NO|NR|NUM|REF|ID|DU|DE|DEL|VOM|OF|THE|LE|LA|EL|IL|N)$/;

/** "Fatura FT 2026/57": a series code in capitals printed right before the number is part of it (`before`: the token before). */
export function withSeries(before: string, number: string): string {
  return SERIES.test(before) && !NOT_SERIES.test(before) ? `${before} ${number}` : number;
}

/**
 * Whether a value can be what its label names: an amount holds a digit, an invoice number a token
 * that is one ("Taxes facture 0,00 €" names no number), and a client label is a few words or starts
 * with its word ("Dernières factures du client" heads a list, it labels no client).
 */
function fits(field: DetailField, label: string, value: string): boolean {
  if (MONEY_FIELDS.has(field)) return /\d/.test(value);
  // A number's value is the number (a badge beside it at most), never a block that happens to hold one,
  // nor a subject that ends in a year ("Contrat de maintenance 2027").
  if (field === 'number') return value.length <= 40 && value.split(/[\s()]+/).some((t) => isNumberToken(t.replace(/^[#№]+|[:.]$/g, '')));
  if (field === 'client') {
    const key = headerKey(label);
    // A list's "Company" or "Contact" column labels a client; on a letterhead "My Company (…)" is a name.
    if (WEAK_CLIENT.test(key) && !WEAK_CLIENT_FIRST.test(key)) return false;
    // A longer label that names no invoices is still a client's ("Nombre de la cuenta"); one that does heads a list.
    return key.split(' ').length <= 3 || detailFieldOf(key.split(' ').slice(0, 3).join(' ')) === 'client' || !namesInvoices(label);
  }
  return true;
}

const isNumberToken = (t: string) => looksLikeNumber(t) && !/^\d+[.,]\d{2}$/.test(t) && !/^(?:19|20)\d\d$/.test(t);

/** A company's legal form ending its name: "snc", "S.r.l.", "GmbH", "Ltd", "LLC", "SAS", "B.V.", "S.L.", "Lda". */
const LEGAL_FORM =
  /\s(?:s\.?n\.?c|s\.?r\.?l|s\.?p\.?a|s\.?a\.?s|s\.?a\.?r\.?l|s\.?a|s\.?l|s\.?l\.?u|e\.?u\.?r\.?l|gmbh|ag|kg|ohg|ug|e\.?k|ltd|limited|llc|inc|plc|corp|b\.?v|n\.?v|v\.?o\.?f|lda|oy|ab|a\/s|aps)\.?$/i;

const WEAK_CLIENT = /\b(?:company|account|contact|firma|societe|tiers)\b/;
const WEAK_CLIENT_FIRST = /^(?:company|account|contact|firma|societe|tiers)\b/;

/** Words that only say "a sum", below even a bare "Total": an instalment's "Importo", a payment box's "Valor". */
const PLAIN_AMOUNT = /^(?:amount|montant|betrag|bedrag|importe|importo|valor|price|prix|preis|precio)$/;

/** Whether a later total's label says more than the first one's: "Total TTC" over "Total", "Total" over "Valor". */
function outranksTotal(first: string, later: string): boolean {
  if (isGenericAmount(first) && !isGenericAmount(later)) return true;
  return PLAIN_AMOUNT.test(headerKey(first)) && !PLAIN_AMOUNT.test(headerKey(later));
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
  documentTitle?: string;

  remember(label: string, value: string, el: Element | undefined, whole: boolean, box = false, typed = false): void {
    if (!label || !value || label.length > LABEL_MAX || value.length > VALUE_MAX) return;
    let field = detailFieldOf(unspace(label));
    if (!field || !fits(field, label, value)) return;
    // "VAT: US77120453", "Tax Number: GB 123 4567 89": an identifier, not an amount.
    if (MONEY_FIELDS.has(field) && LEGAL_ID.test(value.trim())) field = 'reference';
    // The reference's own number: the first one of a short value ("CO-441", "30 jours", "FR12345678901").
    if ((field === 'reference' || field === 'terms') && value.length <= 60) {
      const ref = value
        .split(/[\s,;|()]+/)
        .map((t) => t.replace(/^[#№]+|[:.]$/g, ''))
        .find(looksLikeNumber);
      if (ref) this.refs.add(ref);
    }
    // "Total TTC … Acompte versé … Net à payer": a total after the payments deducted is what remains due.
    if (field === 'total' && this.pairs.has('total') && this.pairs.has('paid')) field = 'amountDue';
    // "To: Accounts <billing@…>": a message's mailbox gives the client's address, and its name only
    // when the name is a company's ("Cartoleria Bianchi snc <…>"), not a person's or a department's.
    if (field === 'client' && /<[^<>\s]+@[^<>\s]+>$/.test(value.trim())) {
      if (!this.pairs.has('email')) this.pairs.set('email', { text: value, label, el, whole });
      const name = value.slice(0, value.lastIndexOf('<')).replace(/["']/g, '').trim();
      if (!LEGAL_FORM.test(name)) return;
      value = name;
      el = undefined;
    }
    // "Émetteur" over "Raison sociale : …": a name label within the seller's own block names the seller.
    const seller = this.pairs.get('seller')?.el;
    if (field === 'client' && seller && el && (seller.contains(el) || el.contains(seller))) return;
    // "Client : …" then "Contact : Mme Aubert — direction@…": the client's contact line gives the client's e-mail.
    if (field === 'client' && this.pairs.has('client') && !this.pairs.has('email') && findEmail(value))
      this.pairs.set('email', { text: value, label, el, whole });
    const had = this.pairs.get(field);
    // "Importo" over an instalment, then "Totale documento": a label naming the total outranks one that only says "amount".
    const outranks = field === 'total' && had && outranksTotal(unspace(had.label), unspace(label));
    if (!had || outranks) this.pairs.set(field, { text: value, label, el, whole, box, typed });
  }

  /** Reads one line; true when it is a title naming the invoice (so not a label). */
  line(text: string, el: Element, heading: boolean, colons = true): boolean {
    const t = unspace(text);
    if (t.length > 80) return false;
    const colon = COLON.exec(t);
    // "Invoice date : 10 October 2025" labels a date; "Facture n° : 2026-044" names the invoice.
    const field = colon ? detailFieldOf(colon[1]!) : undefined;
    const number = INVOICE_WORD.test(fold(t)) && (!field || field === 'number') ? numberAfterWord(t) : undefined;
    if (number) {
      // "Fattura n. 2026/118 del 05/11/2026": the title dates the invoice.
      const dated = TITLE_DATE.exec(t.slice(t.indexOf(number) + number.length));
      this.titles.push({ text: t, number, heading, date: dated && /\d/.test(dated[1]!) ? dated[1] : undefined });
      return true;
    }
    if (!colons) return false;
    if (colon) this.remember(colon[1]!, colon[2]!, el, false);
    else if (LETTER_DATE.test(t) && !this.pairs.has('issueDate')) this.remember('date', LETTER_DATE.exec(t)![1]!, el, false);
    else this.datedLine(t, el);
    return false;
  }

  /** "Due December 12, 2026", "Fällig am 28.11.2026": a date's label and the date in one line, no colon. */
  datedLine(t: string, el: Element): void {
    const words = t.split(' ');
    if (words.length < 2 || words.length > 8 || !/\d/.test(t)) return;
    for (let n = 1; n <= 3 && n < words.length; n++) {
      const label = words.slice(0, n).join(' ');
      if (/\d/.test(label)) return;
      const field = detailFieldOf(label);
      if (field === 'issueDate' || field === 'dueDate') {
        // "Vence el 20 de diciembre", "Due on Dec 15", "Fällig am 28.11.": the article after the verb is no part of the date.
        const rest = words
          .slice(n)
          .join(' ')
          .replace(/^(?:el|le|il|on|am|op|em|the)\s+/i, '');
        // "Due December 15": a date without its year is read in the year nearest today (readDetailPage).
        if (!this.pairs.has(field) && (parseDate(rest) || isYearless(rest))) this.remember(label, rest, el, false);
        return;
      }
    }
  }
}

/** Tables that list line items, products or payments: their rows are not label/value pairs. */
function isForeignTable(table: Element): boolean {
  const first = table.querySelector('tr');
  if (!first) return false;
  if (first.children.length > 40) return true;
  const labels = [...first.children].map((c) => ((c.textContent ?? '').length < 40 ? textOf(c) : ''));
  const foreign = labels.filter((l) => l && isForeignHeader(l)).length;
  // "Date | Échéance | Réf. client | Mode de règlement" over one row: the invoice's own box, one payment word in it.
  // A line item's row has an amount: such a box has none.
  const fields = labels.map((l) => (l ? detailFieldOf(l) : undefined));
  // A due date makes a box of payment terms ("Modalità pagamento | IBAN | Data scadenza | Importo"), not a payment made.
  const box =
    foreign === 1 &&
    table.querySelectorAll('tr').length === 2 &&
    fields.filter(Boolean).length >= 2 &&
    (fields.includes('dueDate') || !fields.some((f) => f && MONEY_FIELDS.has(f)));
  if (foreign > 0 && !box) return true;
  // A table under "Payments" or "Règlements", its header row over its rows: money moving, not the invoice's labels.
  return first.parentElement?.localName === 'thead' && isForeignCaption(headingBefore(table));
}

/** A row's cells with something in them: a cell holding only ":" between label and value is layout. */
function filledCells(tr: Element): Element[] {
  return [...tr.children].filter(
    (c) => (c.localName === 'td' || c.localName === 'th') && (controlIn(c) || /[\p{L}\p{N}]/u.test(c.textContent ?? '')),
  );
}

/**
 * A box of labels over values ("Rechnungsnr. | Datum | Kundennummer" above their values): two
 * rows of as many cells, the first all labels. A bare "#" or "Reference" over a value is a list's
 * column as often: only a label that says invoice names the number.
 */
function readBox(grid: Element[][], c: Collector): boolean {
  if (grid.length !== 2 || grid[0]!.length < 2 || grid[0]!.length !== grid[1]!.length) return false;
  const labels = grid[0]!.map((cell) => textOf(cell));
  // Every cell of the first row a label (words, no value), most of them known: "Leistungsdatum" may be new.
  const known = labels.filter((l) => detailFieldOf(l)).length;
  // The first label known, or three: "Modalità pagamento | IBAN | Data scadenza pagamento | Importo".
  if (
    // A label with a number of its own ("Art. 73") over an empty cell labels nothing and holds no value.
    labels.some((l, i) => !l || l.length > LABEL_MAX || (holdsValue(l) && /\S/.test(grid[1]![i]!.textContent ?? ''))) ||
    known < 2 ||
    2 * known < labels.length ||
    (!detailFieldOf(labels[0]!) && known < 3)
  )
    return false;
  // "Tipologia documento | Numero documento" over "TD01 fattura | 2026/FE/0033": the box says whose number it holds.
  const typed = grid[1]!.some((cell) => namesInvoices(textOf(cell)));
  labels.forEach(
    (label, i) =>
      (detailFieldOf(label) !== 'number' || namesInvoices(label) || typed) &&
      c.remember(label, valueText(grid[1]![i]!), grid[1]![i], true, true, typed),
  );
  return true;
}

/** A cell that is itself a label ("Rechnungsdatum | Leistungsdatum" in a header row): no label's value. */
const isLabelCell = (text: string) => text.length <= LABEL_MAX && !holdsValue(text) && detailFieldOf(text) !== undefined;

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
    // A box keeps its empty values in place: "Art. 73" over nothing leaves the next label over its own value.
    const cells = rows.map((tr) => [...tr.children].filter((td) => td.localName === 'td' || td.localName === 'th'));
    if ((cells.length === 2 && cells[0]!.length === cells[1]!.length && readBox(cells, c)) || readBox(grid, c)) continue;
    // A header row over several rows is a list (the client's other invoices), not labels and values.
    if (grid.length > 2 && grid[0]!.length >= 3 && grid[0]!.every((cell) => detailFieldOf(textOf(cell)))) {
      lists.add(table);
      continue;
    }
    for (const cells of grid) {
      if (cells.length !== 2 && cells.length !== 4) continue;
      for (let i = 0; i + 1 < cells.length; i += 2) {
        const value = valueText(cells[i + 1]!);
        if (!cells[i]!.querySelector('table') && !isLabelCell(value)) c.remember(textOf(cells[i]), value, cells[i + 1], true);
      }
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
  // A header row's cells each label a column below, never the one beside.
  if (label.localName === 'th' && next?.localName === 'th') return undefined;
  const nextText = next && next.localName !== 'br' ? valueText(next) : '';
  if (next && nextText && (!label.nextSibling || label.nextSibling === next || !/\S/.test(label.nextSibling.textContent ?? '')))
    return { text: nextText, el: next };
  const parent = label.parentElement;
  if (!parent) return undefined;
  const after = linesOf(parent, label.nextSibling);
  return after.length ? { text: after[0]!, el: parent } : undefined;
}

/** A heading with the count of what it lists: "Company (1)", "Contacts (2)". */
const COUNTED = /^(\p{L}[\p{L} ]{1,30}?)\s*\(1\)$/u;

const LABELLING = 'label, span, div, p, strong, b, small, th, td, li, h1, h2, h3, h4, h5, h6, address, [role="heading"]';

/** Elements read as possible labels, and rows read as pairs: a page of a single invoice has far fewer. */
const MAX_READS = 3000;
/** A row with more cells is a list's row, never a label and its value. */
const MAX_PAIR_CELLS = 8;

/**
 * A line-items table's own total line: a label spanning the item columns, or standing among empty
 * cells, then one figure in the last column ("Total | $3,012.50", "| Total CHF | | | 1'277.70").
 */
function isSumRow(row: Element): boolean {
  const cells = [...row.children].filter((c) => c.textContent?.trim());
  if (cells.length !== 2 || !/\d/.test(cells[1]!.textContent ?? '')) return false;
  const spans = Number(cells[0]!.getAttribute('colspan') ?? 1) > 1;
  return spans || (row.children.length > 2 && cells[1] === row.lastElementChild && !holdsValue(cells[0]!.textContent ?? ''));
}

/** `tables`: tables whose cells label nothing (line items, lists). */
function readLabels(root: ParentNode, c: Collector, tables: Set<Element>): void {
  let reads = 0;
  for (const el of root.querySelectorAll(LABELLING)) {
    if (el.children.length > 2 || ((el.localName === 'td' || el.localName === 'th') && el.parentElement!.children.length > MAX_PAIR_CELLS))
      continue;
    if (++reads > MAX_READS) break;
    // Menus and links are ways elsewhere ("Contact us"), never a field's label.
    if (
      el.closest('select, textarea, script, style, nav, a, button, [role="navigation"]') ||
      ((el.localName === 'td' || el.localName === 'th') && tables.has(el.closest('table')!) && !isSumRow(el.parentElement!))
    )
      continue;
    const raw = el.textContent ?? '';
    // An icon's ligature ("payments"), a tooltip or a copy for screen readers labels nothing a person reads.
    if (raw.length > 240 || isUnread(el)) continue;
    // Its visual parts, spaced as printed: "Avoir n° AV-12" and its badge "Validé" are not one word,
    // and "Label : value" is read in one part only (a card's label beside its body is no such line).
    const parts = el.children.length ? readParts(el) : [raw];
    const text = unspace(parts.join('  '));
    if (!text || text.length > 120) continue;
    const heading = HEADING.test(el.localName) || el.getAttribute('role') === 'heading';
    // A label is one part: a row holding a label and its value ("Statut Impayée") is not one.
    // A label part ending in ":" and its value part ("<p>Estado: <span>Pendiente</span></p>") are one line too.
    const labelled = parts.length === 1 || (parts.length === 2 && parts[0]!.endsWith(':'));
    // "Subtotal <span>$1,100.00</span>": the label's own words, then its value's one element, no colon between.
    if (
      parts.length === 2 &&
      el.children.length === 1 &&
      el.firstChild?.nodeType === 3 &&
      !holdsValue(parts[0]!) &&
      detailFieldOf(parts[0]!)
    ) {
      c.remember(parts[0]!, parts[1]!, el.firstElementChild!, true);
      continue;
    }
    if (c.line(text, el, heading, labelled) || parts.length > 1 || text.length > LABEL_MAX || COLON.test(text.replace(/\s*:\s*$/, '')))
      continue;
    // A form row holds its label and its field: the label element inside says which.
    if (el.localName !== 'label' && el.querySelector('input, select, textarea')) continue;
    // "Company (1)" over a card: a CRM's associated records, counted; the one company is the client.
    const counted = COUNTED.exec(text)?.[1];
    const label = counted && detailFieldOf(counted) === 'client' ? counted : text;
    if (!detailFieldOf(unspace(label)) || holdsValue(label)) continue;
    const value = valueOfLabel(el);
    if (value) c.remember(label, value.text, value.el, value.el !== el.parentElement);
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
  const doc = (root as Node).ownerDocument ?? (root as Document);
  c.documentTitle = 'title' in doc ? doc.title : undefined;
  return c;
}
