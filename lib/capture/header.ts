import type { InvoiceStatus } from '../core';
import { parseStatus } from '../parse';
import { mapHeaderCells, namesInvoices, stackedFields, type HeaderCell, type HeaderMapping } from './columns';
import { readParts } from './parts';
import { spanOf, type Grid, type GridRow } from './grid';
import { hasFormControl, numberIn, textOf } from './text';

/** Rows a header may stack ("Importes" over "Base imponible | Total | Pendiente"). */
const MAX_HEADER_ROWS = 3;

export interface Header extends HeaderMapping {
  /** The last row of the header: data starts after it. */
  index: number;
}

function rowSpanOf(cell: Element): number {
  const n = Number(cell.getAttribute('rowspan') ?? cell.getAttribute('aria-rowspan') ?? 1);
  return Number.isFinite(n) ? Math.min(MAX_HEADER_ROWS, Math.max(1, Math.trunc(n))) : 1;
}

/**
 * The header cells of stacked header rows, laid out as HTML lays them out (rowspan, colspan),
 * one label per column: the lowest cell with text. Group cells above ("Importes") are returned
 * apart; a group that speaks of invoices is a caption.
 */
/** A header cell drawn as lines, each naming a field ("Due Date" over "Invoice Date"): read as stacked fields ("Due Date / Invoice Date"). */
function headerText(el: Element): string {
  const lines = el.childElementCount > 1 ? readParts(el) : [];
  const stacked = lines.length > 1 && lines.join(' / ');
  return stacked && stackedFields(stacked) ? stacked : textOf(el);
}

export function headerLayout(rows: readonly GridRow[]): { cells: (HeaderCell | undefined)[]; groups: string[] } {
  const slots: Element[][] = rows.map(() => []);
  rows.forEach((row, r) => {
    let c = 0;
    for (const cell of row.cells) {
      if (!cell) continue;
      while (slots[r]![c]) c++;
      const cs = spanOf(cell);
      const rs = Math.min(rows.length - r, rowSpanOf(cell));
      for (let dr = 0; dr < rs; dr++) for (let dc = 0; dc < cs; dc++) slots[r + dr]![c + dc] = cell;
      c += cs;
    }
  });
  const texts = new Map<Element, string>();
  const text = (el: Element) => texts.get(el) ?? texts.set(el, headerText(el)).get(el)!;
  const width = Math.max(0, ...slots.map((s) => s.length));
  const labels: (Element | undefined)[] = [];
  for (let c = 0; c < width; c++) {
    let label: Element | undefined;
    for (let r = rows.length - 1; r >= 0 && !label; r--) {
      const cell = slots[r]![c];
      if (cell && text(cell) && !hasFormControl(cell)) label = cell;
    }
    labels.push(label);
  }
  const cells: (HeaderCell | undefined)[] = [];
  for (let c = 0; c < width; c++) {
    const label = labels[c];
    if (!label || labels[c - 1] === label) {
      cells.push(undefined);
      continue;
    }
    let span = 1;
    while (labels[c + span] === label) span++;
    cells.push({ text: text(label), span });
  }
  const groups = [...new Set(slots.flat())].filter((el) => spanOf(el) > 1 && !labels.includes(el) && text(el)).map(text);
  return { cells, groups };
}

/**
 * The header: among the first rows, the one (or the stack of header rows) that names the most
 * fields, at least two; else a row that titles the table as invoices ("Customer draft invoices",
 * one cell over all columns). Header markup (`th`, `thead`, `columnheader`) comes first: a data
 * row can name fields by chance ("Société Générale" holds "société", "Not paid" holds "paid").
 * Rows of filters are not headers.
 */
export function findHeader(grid: Grid): Header | null {
  let best: (Header & { marked: boolean }) | null = null;
  let titled: Header | null = null;
  const limit = Math.min(grid.rows.length, 6);
  for (let i = 0; i < limit; i++) {
    const row = grid.rows[i]!;
    const marked = row.isHeader;
    if (!marked && (hasFormControl(row.element) || row.cells.some((c) => c && numberIn(c)))) continue;
    let last = i;
    while (marked && last + 1 < Math.min(grid.rows.length, i + MAX_HEADER_ROWS) && grid.rows[last + 1]!.isHeader) last++;
    const { cells, groups } = headerLayout(grid.rows.slice(i, last + 1));
    const mapping = mapHeaderCells(cells);
    mapping.captions.push(...groups.filter(namesInvoices));
    const own = cells.filter(Boolean);
    if (own.length === 1 && own[0]!.text && namesInvoices(own[0]!.text) && !mapping.captions.length) mapping.captions.push(own[0]!.text);
    const better = !best || (marked && !best.marked) || (marked === best.marked && mapping.matched > best.matched);
    if (mapping.matched >= 2 && better) best = { ...mapping, index: last, marked };
    if (!titled && marked && mapping.captions.length) titled = { ...mapping, index: last };
  }
  if (best && (best.marked || !titled)) return best;
  return titled ?? best;
}

/**
 * The status a caption gives every row ("Unpaid customer invoices", "Factures clients impayées",
 * "Offene Rechnungen"). Status words are listed in the singular: plural and inflected endings
 * are tried off too, and counters glued by badges ("brouillons2").
 */
export function captionStatus(caption: string): InvoiceStatus | undefined {
  const words = caption.split(/\s+/).map((w) => w.replace(/(?<=\p{L})\d+$/u, ''));
  const variants = [
    words.join(' '),
    words.map((w) => (w.length > 4 ? w.replace(/s$/i, '') : w)).join(' '),
    words.map((w) => (w.length > 4 ? w.replace(/(e[ns]?|n)$/i, '') : w)).join(' '),
  ];
  for (const v of variants) {
    const status = parseStatus(v)?.status;
    if (status) return status;
  }
  return undefined;
}
