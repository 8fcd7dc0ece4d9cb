import type { InvoiceStatus } from '../core';
import { detectDateOrder, detectDecimalSeparator, fold, parseStatus } from '../parse';
import { candidateFrom, money, type Candidate, type FieldText, type ReadHints } from './candidate';
import { fieldOfHeader, isBankStatement, isForeignCaption, namesInvoices, type ColumnMap } from './columns';
import { spanOf, type Grid, type GridRow } from './grid';
import { captionStatus, findHeader } from './header';
import { inferColumns, inferNumberColumn } from './infer-columns';
import { BALANCE_HEADER, columnsByFigures, isRunningBalance } from './figures';
import { pageClient, sectionClient } from './page-client';
import { amountFieldOf, amountText, dateFieldOf, OFFER_LINE, withoutCode } from './record-parts';
import { emailPart, namePart, readParts, statusPart } from './parts';
import {
  controlTextOf,
  hasCode,
  hasFormControl,
  holdsControl,
  headerKey,
  looksLikeNumber,
  numberIn,
  shownText,
  textOf,
  untruncated,
  visibleTextOf,
} from './text';

type AmountField = 'total' | 'totalExcl' | 'tax' | 'amountDue' | 'paid';
const AMOUNT_FIELDS = new Set<string>(['total', 'totalExcl', 'tax', 'amountDue', 'paid']);
const PAYMENT_LINE =
  /^(?:payment|payment received|receipt|paiement|reglement|encaissement|zahlung|zahlungseingang|pago|cobro|pagamento|incasso)(?![a-z])/;
/** States that close an invoice whatever its payment state says. */
const CLOSING = new Set<InvoiceStatus>(['cancelled', 'draft', 'disputed']);
const MAY_BE_TOTAL = /^\s*(tot|sous|sub|sum|ges|zwi|imp)/i;
const TOTAL_ROW = /^(total|totaux|sous-total|subtotal|sum|summe|gesamt|zwischensumme|suma|importe total|total general)\b/;
/** A hidden copy (mobile cards, a closed tab) fills gaps; the visible list decides. */
const HIDDEN_PENALTY = 0.15;
/**
 * Rows that decide a grid's columns, date order and decimal separator: a hundred rows of a real
 * list settle them (one day over 12, one grouped amount), and reading more costs every capture.
 */
const SAMPLE_ROWS = 100;
/** Columns looked at when guessing what unnamed ones hold: no invoice list is wider. */
const MAX_COLUMNS = 60;
const MAILTO = 'a[href^="mailto:" i]';

/** What was decided about one table or grid, for `explainExtraction`. */
export interface GridReport {
  method: 'table' | 'grid';
  rows: number;
  hidden: boolean;
  /** No header row: the rows may label their own cells, and are read as records first. */
  headerless?: boolean;
  caption?: string;
  headerRow?: number;
  columns?: ColumnMap;
  inferred?: string[];
  defaultStatus?: InvoiceStatus;
  /** An aging report's bucket columns: every row is open, its amount is what remains due. */
  aging?: number[];
  /** A statement's running balance column, left unread. */
  runningBalance?: number;
  rejected?: string;
  found?: number;
}

export interface GridPlan {
  rows: GridRow[];
  /** The table-wide checks `read` needs; done by the first `read` if not called before. */
  prepare(): void;
  read(row: GridRow): Candidate | null;
  report: GridReport;
}

const SUMMARY_CLASS = /(^|\s|_|-)(total|totals|summary|sum|subtotal)(\s|$|_|-)/i;

/**
 * Header, footer, totals and summary rows: structure and wording, not content. `classes` keeps
 * what a class attribute was found to say: a list's rows share a handful.
 */
function isSummaryRow(row: GridRow, firstText: string, classes?: Map<string, boolean>): boolean {
  if (row.isHeader) return true;
  const el = row.element;
  const section = el.parentElement?.tagName;
  if (section === 'TFOOT' || section === 'THEAD') return true;
  const cls = el.getAttribute('class');
  if (cls) {
    let summary = classes?.get(cls);
    if (summary === undefined) {
      summary = SUMMARY_CLASS.test(cls);
      if (classes && classes.size < 256) classes.set(cls, summary);
    }
    if (summary) return true;
  }
  // Folding costs more than the rest of a row: only texts that can start with a totals word.
  return MAY_BE_TOTAL.test(firstText) && TOTAL_ROW.test(fold(firstText));
}

/**
 * Rows left out of the sample that decides columns: summaries, and filter rows of inputs. Each
 * row is asked, not the whole table first: on a long list that is three walks of every row.
 */
function isSampleRow(row: GridRow): boolean {
  const first = row.cells.find((c) => c && textOf(c));
  return !isSummaryRow(row, first ? textOf(first) : '') && !hasFormControl(row.element);
}

const LEDGER_DEBIT = /^(?:debit|soll|debe|dare|debet)$/;

/**
 * A statement: its balance column is a running sum of the amounts. That column is left unread,
 * and the amount of each line, what it adds to the balance, is what remains due on it.
 */
function runningBalanceOf(
  map: ColumnMap,
  texts: readonly (string | undefined)[],
  sample: readonly GridRow[],
  h: ReadHints,
): number | undefined {
  const balance = map.amountDue;
  if (
    balance === undefined ||
    (map.total === undefined && map.totalExcl === undefined) ||
    !BALANCE_HEADER.test(headerKey(texts[balance] ?? ''))
  )
    return undefined;
  if (!isRunningBalance(sample, balance, [map.total, map.totalExcl], map.paid, h)) return undefined;
  delete map.amountDue;
  // A ledger's debit is what the line charged (the invoice's total); a plain amount is what remains due on it.
  if (!LEDGER_DEBIT.test(headerKey(texts[(map.total ?? map.totalExcl)!] ?? ''))) {
    map.amountDue = map.total ?? map.totalExcl;
    delete map.total;
    delete map.totalExcl;
    delete map.paid;
  }
  return balance;
}

/**
 * A month or client heading among the rows ("Octobre 2026" across the whole row): a year is no
 * invoice number when words stand beside it, nor a row whose only text is that one cell.
 */
function isGroupRow(number: string, text: string, cell: Element, cells: readonly (Element | undefined)[]): boolean {
  const alone = () => !cells.some((c) => c && c !== cell && textOf(c));
  // A lettered account code with the name beside it, alone across the row ("411BOUL  Boulangerie Dupont").
  if (!/^\d+$/.test(number)) return spanOf(cell) > 1 && /\p{L}{3}/u.test(text.replace(number, '')) && alone();
  if (/^(?:19|20)\d{2}$/.test(number) && /\p{L}{3}/u.test(text)) return true;
  return spanOf(cell) > 1 || alone();
}

/**
 * The date a cell carries for machines, `<time datetime>` or a tooltip ("in 3 days" shown, the
 * date in `title`): exact where the shown text is relative or abbreviated.
 */
function attributeDate(cell: Element | undefined): string | undefined {
  if (!cell) return undefined;
  const holder = cell.hasAttribute('title') ? cell : cell.firstElementChild ? cell.querySelector('time[datetime], [title]') : null;
  const value = holder?.getAttribute(holder.localName === 'time' && holder.hasAttribute('datetime') ? 'datetime' : 'title');
  return value && /\d/.test(value) && value.length <= 80 ? value : undefined;
}

/**
 * A group's account code before its name: set off by a mark ("10045 · Gasthof", "D-12: Acme") or,
 * five characters and more of digits and capitals as ledgers number their accounts, by a space
 * alone ("10010 Schreinerei Albrecht KG", "411BOUL Boulangerie"); fewer may be a year or a street number.
 */
const GROUP_CODE = /^(?:[\p{L}.-]{0,6}\d[\w.-]*\s*[·|:–—-]\s+|(?=[A-Z\d]{5,}\s)[A-Z]*\d[A-Z\d]*\s+(?=\p{L}))/u;

/** What an icon standing alone in a cell means, by its label (`aria-label`, `title`, `alt`): a status shown as a coloured mark. */
function iconLabel(cell: Element | undefined): string | undefined {
  const icon = cell?.querySelector('[aria-label], [title], img[alt]');
  const label = icon && (icon.getAttribute('aria-label') ?? icon.getAttribute('title') ?? icon.getAttribute('alt'))?.trim();
  return label && label.length <= 80 ? label : undefined;
}

/** A column whose cells show no words, only icons whose labels are statuses (✓ "Pagada", ✗ "Sin pagar"): the status. */
function iconStatusColumn(sample: readonly GridRow[], width: number): number | undefined {
  for (let c = 0; c < width; c++) {
    if (sample.every((r) => r.cells[c] && !textOf(r.cells[c]) && parseStatus(iconLabel(r.cells[c]) ?? '')?.status)) return c;
  }
  return undefined;
}

/** A cell's amounts when it shows several, each with the field its words name ("1 200,00 € HT", "reste 1 160,00 €"). */
function amountsIn(cell: Element | undefined): { text: string; field: AmountField | undefined }[] | undefined {
  if (!cell || cell.childElementCount < 2) return undefined;
  const found = readParts(cell).filter((p) => amountText(p) !== undefined);
  return found.length < 2 ? undefined : found.map((p) => ({ text: p, field: amountFieldOf(fold(p)) }));
}

/** An amount field's text: its column's (the line that names it, or the plain one, when the cell shows several), else a line naming it under another amount. */
function amountOf(
  field: AmountField,
  map: ColumnMap,
  cells: readonly (Element | undefined)[],
  cellText: (c: number | undefined) => string | undefined,
): string | undefined {
  const c = map[field];
  if (c !== undefined) {
    const several = amountsIn(cells[c]);
    const text = several ? (several.find((a) => a.field === field) ?? several.find((a) => !a.field))?.text : cellText(c);
    // A currency in a column of its own ("12,480.00 | GBP"): the amount's.
    return text && map.currency !== undefined ? `${text} ${cellText(map.currency)}` : text;
  }
  // No column of its own: "reste 1 160,00 €" under the total.
  for (const other of [map.total, map.amountDue]) {
    const hit = other === undefined ? undefined : amountsIn(cells[other])?.find((a) => a.field === field);
    if (hit) return hit.text;
  }
  return undefined;
}

/** A number cell's text read for the document's kind: only words name one (Avoir, Gutschrift, Nota de crédito), not a bare code. */
const kindWords = (text: string) => (/\p{L}{4}/u.test(text) ? text : undefined);

const STARTS_WITH_WORD = /^\s*\p{L}{4}/u;

/**
 * A line a type column calls a payment ("Payment", "Règlement", "Zahlung"), which moves money and
 * bills nothing, or an offer, by its type column or the word its number is written after
 * ("Orçamento OR 2026/9", "Estimate").
 */
function isNotInvoiceLine(typeText: string | undefined, numberText: string): boolean {
  // Payment and offer words are four letters and more, at the text's start: a bare code ("FA2611-0012") is never folded.
  const text = typeText ?? numberText;
  if (!STARTS_WITH_WORD.test(text)) return false;
  if (typeText !== undefined && PAYMENT_LINE.test(fold(typeText))) return true;
  return OFFER_LINE.test(fold(text));
}

const kindOf = (field: string) => (AMOUNT_FIELDS.has(field) ? 'amount' : field === 'issueDate' || field === 'dueDate' ? 'date' : field);

/**
 * One field of a cell that shows several ("Northwind Traders" over "0000214", "$1,850.00 USD" over
 * "Overdue"): each field picks its part, the name for the client, the status word for the status,
 * and amounts and dates in the order the header names them. A date that says when the invoice was
 * paid ("Paid 10/22/2026") is no due date.
 */
function stackedText(field: string, plan: RowPlan, parts: readonly string[] | undefined): string | undefined {
  if (!parts?.length) return undefined;
  if (field === 'client') {
    const name = namePart(parts);
    return name ? withoutCode(name) : undefined;
  }
  if (field === 'status') return statusPart(parts) ?? undefined;
  const kind = kindOf(field);
  const col = plan.map[field as keyof ColumnMap];
  const rank = Object.entries(plan.stacked).filter(
    ([f, line]) => f !== field && plan.map[f as keyof ColumnMap] === col && kindOf(f) === kind && line! < plan.stacked[field]!,
  ).length;
  const fitting = parts.filter((p) => (kind === 'amount' ? amountText(p) !== undefined : /\d/.test(p)));
  const text = fitting[rank];
  return text && kind === 'date' && dateFieldOf(fold(text)) === 'paidOn' ? undefined : text;
}

/** A row with one text and no figure, no date, no total word: a group's name ("Acme Corporation", "10045 · Gasthof Zur Linde"). */
function groupLabel(row: GridRow, cells: readonly (Element | undefined)[], noClientColumn: boolean): string | undefined {
  let label: string | undefined;
  for (const c of cells) {
    const t = c && shownText(c);
    if (!t) continue;
    if (label !== undefined) return undefined;
    label = t;
  }
  if (!label || label.length > 120) return undefined;
  // The group's account code before its name ("10045 · Gasthof Zur Linde") and a count after it ("(3)").
  const name = label.replace(GROUP_CODE, '').replace(/\s*\(\d+\)$/, '');
  if (/\d/.test(name) || !/\p{L}{2}/u.test(name) || isSummaryRow(row, label)) return undefined;
  // With no client column, rows may be grouped by anything: a status ("Overdue") or a field's name is no client.
  if (noClientColumn && (parseStatus(name) || fieldOfHeader(name))) return undefined;
  return name;
}

export function gridReport(grid: Grid): GridReport {
  return { method: grid.method, rows: grid.rows.length, hidden: grid.hidden };
}

/**
 * A column headed as a number but empty on some invoices ("Número 2", a customer's second
 * reference) is not the invoice's: a column unnamed that holds a number on every row is.
 */
function fullNumberColumn(named: number, map: ColumnMap, sample: readonly GridRow[], width: number): number {
  if (sample.every((r) => textOf(r.cells[named]))) return named;
  const full = inferNumberColumn(sample, width, new Set(Object.values(map)));
  return full !== undefined && sample.every((r) => numberIn(r.cells[full])) ? full : named;
}

function reject(report: GridReport, reason: string): null {
  report.rejected = reason;
  return null;
}

/**
 * Everything about a grid that does not depend on one row: its header, its columns (named by the
 * header or, where unnamed, told by their content), its date order and decimal separator, what
 * its caption says of every row. Tables of supplier bills, line items, products or payments are
 * rejected by their headers or captions.
 */
export function planGrid(grid: Grid, page: ReadHints, report: GridReport = gridReport(grid)): GridPlan | null {
  if (grid.rows.length < 2) return reject(report, 'fewer than two rows');
  const header = findHeader(grid);
  if (!header) report.headerless = true;
  const caption = grid.caption();
  report.caption = [...(header?.captions ?? []), caption].filter(Boolean).join(' · ') || undefined;
  if (header?.foreign) return reject(report, 'foreign columns (supplier, line items, payments)');
  const cap = report.caption ?? '';
  if (isForeignCaption(cap) || isBankStatement(cap, header?.map.dueDate !== undefined))
    return reject(report, 'foreign caption (supplier bills, expenses)');
  const headerIndex = header?.index ?? -1;
  if (!header && !namesInvoices(caption)) return reject(report, 'no header naming invoice fields');
  report.headerRow = headerIndex;
  const map: ColumnMap = { ...header?.map };
  const rows = grid.rows.slice(headerIndex + 1);
  // A sample decides columns and conventions up front; every row is checked again as it is read.
  const sample: GridRow[] = [];
  for (const r of rows) {
    if (isSampleRow(r)) sample.push(r);
    if (sample.length >= SAMPLE_ROWS) break;
  }
  if (sample.length === 0) return reject(report, 'no data rows');
  const width = Math.min(MAX_COLUMNS, Math.max(...sample.slice(0, 40).map((r) => r.cells.length)));
  const named = header?.named ?? [];
  let confidence = 0.55;
  if (map.number !== undefined) map.number = fullNumberColumn(map.number, map, sample, width);
  if (map.number === undefined) {
    map.number = inferNumberColumn(sample, width, new Set(Object.values(map)));
    confidence = 0.45;
  }
  if (map.number === undefined) return reject(report, 'no column of invoice numbers');
  const buckets = columnsByFigures(map, header?.texts ?? [], sample, page);
  if (buckets.length) report.aging = buckets;
  const inferred = inferColumns(sample, map, named, width, page);
  if (map.status === undefined) map.status = iconStatusColumn(sample, width);
  if (inferred.length) report.inferred = inferred;
  if (map.client === undefined && map.total === undefined && map.amountDue === undefined && map.totalExcl === undefined && !buckets.length)
    return reject(report, 'neither client nor amount column');
  report.columns = map;

  // The page's conventions, from this table's own cells: 13/02 settles DMY, 1 234,56 the comma.
  const col = (c: number | undefined) => (c === undefined ? [] : sample.map((r) => shownText(r.cells[c])));
  const hints: ReadHints = {
    ...page,
    order: detectDateOrder([...col(map.issueDate), ...col(map.dueDate)], page.lang) ?? undefined,
    decimal: detectDecimalSeparator([...col(map.total), ...col(map.totalExcl), ...col(map.amountDue)], page.lang) ?? undefined,
    memo: new Map(),
    dates: new Map(),
    statuses: new Map(),
  };
  const statement = runningBalanceOf(map, header?.texts ?? [], sample, hints);
  if (statement !== undefined) report.runningBalance = statement;
  const defaultStatus = (report.caption ? captionStatus(report.caption) : undefined) ?? (buckets.length ? 'open' : undefined);
  if (defaultStatus) report.defaultStatus = defaultStatus;
  if (grid.hidden) confidence -= HIDDEN_PENALTY;

  const texts = header?.texts ?? [];
  const state = texts.findIndex((t, i) => i !== map.status && t !== undefined && fieldOfHeader(t) === 'status');
  // No client column: the customer the list's folded section or the whole page (a statement) is about, if it names one.
  const client =
    map.client === undefined ? (sectionClient(grid.element) ?? pageClient(grid.element.ownerDocument, grid.element)) : undefined;
  const { read, walk } = rowReader(grid, {
    map,
    numberColumn: map.number,
    buckets,
    statement,
    state: state < 0 ? undefined : state,
    stacked: header?.stacked ?? {},
    client,
    hints,
    confidence,
    defaultStatus,
  });
  return { rows, read, prepare: walk, report };
}

/**
 * A statement's line without a debit: its words (which name its kind) when it credits the account
 * as a credit note ("Gutschrift", "Avoir"); empty for a payment.
 */
function creditNoteLine(cells: readonly (Element | undefined)[], map: ColumnMap, text: (el: Element | undefined) => string): string {
  const words = cells.map((c) => text(c)).join(' ');
  return map.paid !== undefined && text(cells[map.paid]) && parseStatus(words)?.kind === 'credit-note' ? words : '';
}

/** What the plan decided for a grid's rows: where each field is, and what holds for every row. */
interface RowPlan {
  map: ColumnMap;
  numberColumn: number;
  buckets: readonly number[];
  statement: number | undefined;
  state: number | undefined;
  /** Fields drawn one above the other in a column, by their line in its cells. */
  stacked: Partial<Record<string, number>>;
  client: string | undefined;
  hints: ReadHints;
  confidence: number;
  defaultStatus: InvoiceStatus | undefined;
}

/**
 * How the rows of a planned grid are read, one at a time: number first, then each field from its
 * column only when asked.
 */
/**
 * How a table's rows are read, checked per table, then per row (most tables need neither): code in
 * a cell is not its text; the inputs and selects of a table edited in place hold its values, read as shown.
 */
function textReader(grid: Grid): (row: Element) => typeof textOf {
  const scripted = hasCode(grid.element);
  const edited = holdsControl(grid.element);
  return (row) => (edited && holdsControl(row) ? controlTextOf : scripted && hasCode(row) ? visibleTextOf : shownText);
}

function rowReader(grid: Grid, plan: RowPlan) {
  const { map, numberColumn, buckets, statement, state, hints, confidence, defaultStatus } = plan;
  // How rows' cells are read: a walk of the whole table, done on the first row read (its own step
  // when the extraction is sliced: on 10,000 rows it costs as much as the plan). A mailto link is
  // looked for in the client cell itself, and only in one with elements inside that gave no address in its parts.
  let rowText: ((row: Element) => typeof textOf) | undefined;
  const walk = () => void (rowText = textReader(grid));
  const classes = new Map<string, boolean>();
  const defaults = { status: defaultStatus, byFigures: true };
  // The row being read: its cells, and how their text is read (without code where it holds some).
  let cells: (Element | undefined)[] = [];
  let text = textOf;
  const cellText = (c: number | undefined) => (c === undefined ? undefined : text(cells[c]) || undefined);
  /** The client a group row names ("Acme Corporation" above its invoices), for the rows under it. */
  let group = plan.client;
  /** The row's number cell's text: with no type column, its words name the document's kind ("Nota de crédito NC 2026/3"). */
  let numberText = '';
  // Each field is read from its cell only when toCandidate asks: most rows need no net, tax, paid or type.
  // A cell with elements inside is read in its parts: the name beside an avatar and an e-mail line,
  // the status word beside an icon's ligature.
  // The parts of the row's last cell read that way: a client cell gives its name and its e-mail,
  // and is walked once for both (reset by `read` for each row).
  let partsCell: Element | undefined;
  let partsRead: string[] | undefined;
  const parts = (c: number | undefined) => {
    const cell = c === undefined ? undefined : cells[c];
    if (!cell?.firstElementChild || text === controlTextOf) return undefined;
    if (cell !== partsCell) {
      partsCell = cell;
      partsRead = readParts(cell);
    }
    return partsRead;
  };
  const statusText = (c: number | undefined) => {
    const p = parts(c);
    return (p ? (statusPart(p) ?? (p.join(' ') || undefined)) : cellText(c)) ?? iconLabel(c === undefined ? undefined : cells[c]);
  };
  const bucketText = () => buckets.map((c) => cellText(c)).find((t) => t && money(t, hints)?.minor);
  const fieldText: FieldText = (field) => {
    if (plan.stacked[field] !== undefined) return stackedText(field, plan, parts(map[field as keyof ColumnMap]));
    if (field === 'client') {
      const p = parts(map.client);
      // Rows grouped under their client's name (an aging report by customer) leave the cell empty.
      const name = p ? namePart(p) : cellText(map.client);
      return (name && withoutCode(untruncated(cells[map.client!], name))) ?? group;
    }
    if (field === 'status') {
      const own = statusText(map.status);
      // A second status column (a document's state beside its payment state): a closing state
      // there ("Cancelled", "Draft") says more than the payment state ("Not paid", "Paid").
      const other = state === undefined ? undefined : statusText(state);
      const closing = other && parseStatus(other)?.status;
      return closing && CLOSING.has(closing) ? other : (own ?? other);
    }
    if (field === 'email' && map.email === undefined) {
      const p = parts(map.client);
      return p && (emailPart(p) ?? cells[map.client!]!.querySelector(MAILTO)?.getAttribute('href')?.slice(7));
    }
    if (field === 'amountDue' && map.amountDue === undefined && buckets.length) return bucketText();
    if (AMOUNT_FIELDS.has(field)) return amountOf(field as AmountField, map, cells, cellText);
    if (field === 'dueDate' || field === 'issueDate') return attributeDate(cells[map[field]!]) ?? cellText(map[field]);
    if (field === 'type' && map.type === undefined) return kindWords(numberText);
    return cellText(map[field]);
  };
  // A row is read number first: most rows that are not invoices fail there, at the cost of one cell.
  const read = (row: GridRow): Candidate | null => {
    // A row the page removed since the plan (chunked reading, a live list) is not shown any more.
    if (!row.element.isConnected) return null;
    if (!rowText) walk();
    cells = row.cells;
    partsCell = undefined;
    text = rowText!(row.element);
    const numberCell = cells[numberColumn];
    // A number with a line under it ("58/2026" over "FPR") is read in its parts, not glued.
    numberText = numberCell && numberCell.childElementCount > 1 ? readParts(numberCell).join(' ') : text(numberCell);
    const number = numberIn(numberCell, numberText);
    if (
      !number ||
      (number.includes('(') && !looksLikeNumber(number.replace(/[()]/g, '') || number)) ||
      isSummaryRow(row, numberText, classes)
    ) {
      if (!number) group = groupLabel(row, cells, map.client === undefined) ?? group;
      return null;
    }
    if (isGroupRow(number, numberText, numberCell!, cells)) {
      group = groupLabel(row, cells, map.client === undefined) ?? group;
      return null;
    }
    if (isNotInvoiceLine(map.type === undefined ? undefined : (cellText(map.type) ?? ''), numberText)) return null;
    // On a statement, a line with no invoice amount is a payment or a balance carried forward, or a credit note.
    if (statement !== undefined && !cellText(map.amountDue ?? map.total) && !(numberText = creditNoteLine(cells, map, text))) return null;
    return candidateFrom(number, fieldText, hints, grid.method, confidence, defaults);
  };
  return { read, walk };
}
