import { detectDateOrder, detectDecimalSeparator, fold } from '../parse';
import { toCandidate, type Candidate, type RawInvoice, type ReadHints } from './candidate';
import { mapHeaders, type ColumnMap } from './columns';
import type { Grid, GridRow } from './grid';
import { looksLikeNumber, numberIn, textOf } from './text';

const TOTAL_ROW = /^(total|totaux|sous-total|subtotal|sum|summe|gesamt|zwischensumme|suma|importe total|total general)\b/;
const FORM_CONTROLS = 'input:not([type=checkbox]):not([type=hidden]), select, textarea';

function headerTexts(row: GridRow): string[] {
  return row.cells.map((c) => (c ? textOf(c) : ''));
}

/**
 * The header row: the one among the first rows that names the most fields (at least two). Rows
 * of filters (inputs, selects) are not headers.
 */
function findHeader(grid: Grid): { index: number; map: ColumnMap; foreign: boolean } | null {
  let best: { index: number; map: ColumnMap; foreign: boolean; matched: number } | null = null;
  const limit = Math.min(grid.rows.length, 6);
  for (let i = 0; i < limit; i++) {
    const row = grid.rows[i]!;
    if (row.element.querySelector(FORM_CONTROLS) && !row.isHeader) continue;
    const { map, foreign, matched } = mapHeaders(headerTexts(row));
    if (matched >= 2 && (!best || matched > best.matched)) best = { index: i, map, foreign, matched };
  }
  return best;
}

/** The column whose cells most often hold an invoice number, when no header names one. */
function inferNumberColumn(rows: GridRow[], width: number): number | undefined {
  let best: { col: number; score: number } | undefined;
  const sample = rows.slice(0, 40);
  for (let col = 0; col < width; col++) {
    const hits = sample.filter((r) => numberIn(r.cells[col]) !== undefined).length;
    const score = hits / Math.max(1, sample.length);
    if (score >= 0.6 && (!best || score > best.score)) best = { col, score };
  }
  return best?.col;
}

function isSkippedRow(row: GridRow): boolean {
  if (row.isHeader) return true;
  const el = row.element;
  if (el.parentElement?.tagName === 'TFOOT' || el.parentElement?.tagName === 'THEAD') return true;
  if (/(^|\s|_|-)(total|totals|summary|sum)(\s|$|_|-)/i.test(el.getAttribute('class') ?? '')) return true;
  const first = row.cells.find((c) => c && textOf(c));
  if (first && TOTAL_ROW.test(fold(textOf(first)))) return true;
  return el.querySelector(FORM_CONTROLS) !== null;
}

/**
 * Invoices of one list: a table or ARIA grid whose header names an invoice number (or whose
 * cells show one) and a client or an amount. Tables of supplier bills, line items, products or
 * payments are rejected by their headers.
 */
export interface GridPlan {
  rows: GridRow[];
  read(row: GridRow): Candidate | null;
}

/** Everything about a grid that does not depend on one row: its columns and its conventions. */
export function planGrid(grid: Grid, page: ReadHints): GridPlan | null {
  if (grid.rows.length < 2) return null;
  const header = findHeader(grid);
  if (!header || header.foreign) return null;
  const map = { ...header.map };
  // Rows are checked as they are read: a sample decides columns and conventions up front.
  const rows = grid.rows.slice(header.index + 1);
  const dataRows: GridRow[] = [];
  for (const r of rows) {
    if (!isSkippedRow(r)) dataRows.push(r);
    if (dataRows.length >= 200) break;
  }
  if (dataRows.length === 0) return null;
  let confidence = 0.55;
  if (map.number === undefined) {
    map.number = inferNumberColumn(dataRows, Math.max(...dataRows.map((r) => r.cells.length)));
    confidence = 0.45;
  }
  if (map.number === undefined) return null;
  if (map.client === undefined && map.total === undefined && map.amountDue === undefined && map.totalExcl === undefined) return null;

  // The page's conventions, from this table's own cells: 13/02 settles DMY, 1 234,56 settles the comma.
  const col = (c: number | undefined) => (c === undefined ? [] : dataRows.map((r) => textOf(r.cells[c])));
  const hints: ReadHints = {
    ...page,
    order: detectDateOrder([...col(map.issueDate), ...col(map.dueDate)], page.lang) ?? undefined,
    decimal: detectDecimalSeparator([...col(map.total), ...col(map.totalExcl), ...col(map.amountDue)], page.lang) ?? undefined,
  };
  const cell = (row: GridRow, c: number | undefined) => (c === undefined ? undefined : textOf(row.cells[c]) || undefined);
  const numberColumn = map.number;
  const read = (row: GridRow): Candidate | null => {
    if (isSkippedRow(row)) return null;
    const number = numberIn(row.cells[numberColumn]);
    if (!number || !looksLikeNumber(number.replace(/[()]/g, '') || number)) return null;
    const raw: RawInvoice = {
      number,
      client: cell(row, map.client),
      email: cell(row, map.email) ?? row.cells[map.client ?? -1]?.querySelector('a[href^="mailto:"]')?.getAttribute('href')?.slice(7),
      issueDate: cell(row, map.issueDate),
      dueDate: cell(row, map.dueDate),
      total: cell(row, map.total),
      totalExcl: cell(row, map.totalExcl),
      tax: cell(row, map.tax),
      amountDue: cell(row, map.amountDue),
      paid: cell(row, map.paid),
      status: cell(row, map.status),
      type: cell(row, map.type),
    };
    return toCandidate(raw, hints, grid.method, confidence);
  };
  return { rows, read };
}

export function extractFromGrid(grid: Grid, page: ReadHints): Candidate[] {
  const plan = planGrid(grid, page);
  if (!plan) return [];
  const out: Candidate[] = [];
  for (const row of plan.rows) {
    const c = plan.read(row);
    if (c) out.push(c);
  }
  return out;
}
